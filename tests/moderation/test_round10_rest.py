"""Round 10 of issue #12 (helper r10-rest): profanity, e-mail and phone after set13 was read.

The classes of set13's misses and false alarms, the known misses earlier rounds left (a swear split
by a space after a common word, an emoji between spaced pieces, a handle before "on <platform>"
read as a link), and a red team on profanity and e-mail in the six languages other than English,
written from the policy (docs/rulepacks.md, "What each category means"). Every class has examples
of our own in several languages, none a set's message, and innocent messages of its shape. Before
the fixes the engine got 106 of the 183 examples below wrong (98 of 115 positives missed, 8 of 68
innocents flagged: the cock birds, the illness in medical talk, the foreign surnames).
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

PROF, MAIL, PHONE, DRUGS, PII, SPAM, CLEAN = ("profanity",), ("email",), ("phone",), ("drugs",), ("pii",), ("spam",), ()

CLASSES = {
    # An invisible character (a word joiner, a zero-width space, a bidi override) between the letters
    # of a word hides it from a filter whatever its neighbours: a word that needs a context word counts
    # without one, as in leetspeak, even alone in the message.
    "an invisible character inside a word": [
        ("tr\u2060oia", PROF),
        ("zo\u200bccola", PROF),
        ("z\u200borra", PROF),
        ("a\u202eodabmorr\u202c", PROF),
        ("che t\u200broia", PROF),
        ("ci\u200bao a tutti", CLEAN),
        ("la Troia di Omero", CLEAN),
        ("una zorra cruzó el camino, la vimos en el campo", CLEAN),
    ],
    # Upside-down text: the capitals of the generators that are symbols or other scripts' letters
    # (∀ for A, ∩ for U, ⅄ for Y, ˥ for L, ┴ for T), and letters flipped top to bottom in their
    # order (q for d, b for p).
    "turned capitals and letters flipped in their order": [
        ("ɥɔolɥɔsɹ∀", PROF),
        ("ʞƆ∩Ⅎ", PROF),
        ("ɯǝɹqɐ", PROF),
        ("ɯǝɹqǝ", PROF),
        ("bnʇɐ", PROF),
        ("∀ x ∈ S", CLEAN),
        ("A ∩ B is empty", CLEAN),
        ("ʎɐpɹnʇɐs", CLEAN),
    ],
    # A swear split by one space after a common word, the rest no word ("as shole"), and five-letter
    # swears split so ("caz zo", "me rda"); a rest that is a word, a capitalised name or a long run
    # past a prefix entry stays words.
    "a swear split after a common word": [
        ("what an as shole", PROF),
        ("c'est un con nard", PROF),
        ("che me rda", PROF),
        ("sale en cu lé", PROF),
        ("sei un caz zo", PROF),
        ("eres una pu tas", PROF),
        ("non ces gens-là", CLEAN),
        ("you pin it on the board", CLEAN),
        ("she male friend of mine", CLEAN),
        ("mi primo vive en Culiacán", CLEAN),
        ("mi primo vive en culiacan", CLEAN),
        ("put as much as you like", CLEAN),
        ("as she ll tell you", CLEAN),
        ("my pen is blue", CLEAN),
    ],
    # An emoji with a space on each side between two pieces of a word: read without it, the pieces
    # are a split form, with the split forms' guards.
    "an emoji between spaced pieces": [
        ("you little sh 💩 it", PROF),
        ("fu 🔥 ck off", PROF),
        ("stupid bi 🤬 tch", PROF),
        ("so eine schei 💩 sse", PROF),
        ("sei un caz 🍆 zo", PROF),
        ("what an as 🍑 shole", PROF),
        ("I love 💖 it", CLEAN),
        ("my pen 🖊 is blue", CLEAN),
    ],
    # Letters spelled out between emoji are a disguise like dots and dashes: a word that needs a
    # context word counts without one.
    "letters spelled between emoji": [
        ("t🌸r🌸o🌸i🌸a", PROF),
        ("z🦊o🦊r🦊r🦊a", PROF),
        ("anyone got h🌿a🌿s🌿h", DRUGS),
        ("c🌸i🌸a🌸o", CLEAN),
    ],
    # "Kiss my arse" and "lick my arse" with the body word of Dutch, Portuguese and French, and the
    # arse-licker compounds; the body word alone stays clean.
    "kiss my arse in other languages": [
        ("je kunt m'n kont kussen", PROF),
        ("kus mijn reet, man", PROF),
        ("wat een kontlikker", PROF),
        ("vai beijar o meu cu", PROF),
        ("seu lambe-cu", PROF),
        ("embrasse mon cul", PROF),
        ("lèche-moi le cul", PROF),
        ("quel lèche-cul celui-là", PROF),
        ("mijn kont doet pijn van het fietsen", CLEAN),
        ("beija a tua mãe por mim", CLEAN),
        ("le cul de la bouteille", CLEAN),
    ],
    # Insults compounded on cock, prick and dick beside cocksucker.
    "cock compounds": [
        ("she's such a cocktease", PROF),
        ("stop being a cockteaser", PROF),
        ("what a prickteaser", PROF),
        ("you absolute cockwomble", PROF),
        ("a cocktail in the cockpit", CLEAN),
        ("the cockatoo was cocksure", CLEAN),
    ],
    # Cock as the male of a bird or a fish, before the animal's name.
    "a cock bird, a cock fish": [
        ("caught a cock salmon in the river last week", CLEAN),
        ("the cock pheasant is brighter than the hen", CLEAN),
        ("two cock lobsters in the pot", CLEAN),
        ("a cock sparrow on the feeder", CLEAN),
        ("suck my cock", PROF),
        ("show me your cock", PROF),
    ],
    # Dutch disease curses: the illness occurring or spreading, in medical talk.
    "the illness in medical talk": [
        ("tyfus komt hier bijna niet meer voor, zegt de huisarts", CLEAN),
        ("kanker komt steeds vaker voor volgens het RIVM", CLEAN),
        ("tering werd vroeger veel gezien, zegt de dokter", CLEAN),
        ("kanker komt die bus nog of niet", PROF),
        ("die tyfus dokter", PROF),
        ("tyfuslijer", PROF),
    ],
    # A capitalised word that starts like a swear and ends like a surname of another country
    # (Ukrainian -enko, Serbian -ović, Polish -ski, Russian -ova...).
    "a foreign surname that starts like a swear": [
        ("mijn collega heet Kutsenko, hij komt uit Kyiv", CLEAN),
        ("we played against Pisarenko and Dickovic", CLEAN),
        ("onze nieuwe buurvrouw is mevrouw Kutova", CLEAN),
        ("Kutwijf", PROF),
        ("you Shithead", PROF),
    ],
    # A mobile written in dots with its trunk 0 is no thousands-grouped quantity nor an IP address.
    "a mobile in dots": [
        ("07.700.900.219", PHONE),
        ("text me on 07.911.123.456", PHONE),
        ("1.234.567 views", CLEAN),
        ("the stadium holds 80.000 people", CLEAN),
        ("the ip is 10.20.30.40", PII),
        # grouped like thousands, said to be a number to call
        ("llámame al 612.345.678", PHONE),
        ("mi número es 612.345.678", PHONE),
        ("el estadio costó 612.345.678 euros", CLEAN),
        ("número de habitantes: 1.234.567", CLEAN),
    ],
    # A keyword to text to a number ("text CLAIM to ..."): the number is dialled, even after an ID word.
    "a keyword to text to a number": [
        ("send STOP to 07700 900555", PHONE),
        ("claim your voucher, text CLAIM to 07700 900317", PHONE),
        ("envía GANAR al 612 345 678", PHONE),
        ("claim number 12345678", CLEAN),
    ],
    # Italian, German and Dutch glue the tens to the hundreds in one word.
    "hundreds glued to their tens": [
        ("scrivimi al trecentoquaranta, duecentoventidue, trentatré, quarantaquattro", PHONE),
        ("ruf an: null eins fünf eins, dreihundertzweiundvierzig, achtzehn, neunzig", PHONE),
        ("bel me: nul zes, driehonderdveertig, twaalf, vierendertig", PHONE),
        ("ho speso trecentoquaranta euro per duecentoventi bottiglie", CLEAN),
        ("il trecento è un secolo affascinante", CLEAN),
    ],
    # An address written in fullwidth, bold or script letters with a plain "at".
    "an address in styled letters": [
        ("ｄａｎｎｙ at ｙａｈｏｏ", MAIL),
        ("𝐦𝐚𝐫𝐜𝐨 at 𝐠𝐦𝐚𝐢𝐥", MAIL),
        ("ｍａｒｉｅ ａｒｒｏｂａ ｈｏｔｍａｉｌ ｐｕｎｔｏ ｃｏｍ", MAIL),
        ("ｉ ｕｓｅ ｇｍａｉｌ", CLEAN),
        ("ｍｅｅｔ ｍｅ ａｔ ｔｈｅ ｇｙｍ", CLEAN),
    ],
    # A national host whose name is a word, then an address's name with a dot ("sapo ..., rita.m").
    "a word host, then a dotted name": [
        ("a minha avó ainda tem sapo, lurdes.m, escreve-lhe", MAIL),
        ("mon oncle n'a que orange, bernard.petit", MAIL),
        ("la zia usa ancora virgilio, zia.pina.1960", MAIL),
        ("ik heb nog skynet, jan.peeters", MAIL),
        ("I love orange, it's my colour", CLEAN),
        ("leggo virgilio, cap.4 stasera", CLEAN),
        ("ho comprato virgilio e dante, vol.2", CLEAN),
    ],
    # A preposition for the at, the host with its domain after it ("no sapo ponto pt"); a plain name
    # right after a word for mail.
    "a preposition before a host and its domain": [
        ("rita.m no sapo ponto pt", MAIL),
        ("marie.l chez free point fr", MAIL),
        ("lena.schmidt bei gmx punkt net", MAIL),
        ("e-mail: pietje bij hotmail", MAIL),
        ("mon mail: julien chez orange", MAIL),
        ("max_m bei t-online", MAIL),
        ("ich bin bei t-online", CLEAN),
        ("tengo cuenta en gmail.com", SPAM),
        ("my email is on gmail", CLEAN),
    ],
    # A circle typed for a letter inside a word is a masked letter, like a star or a bullet.
    "a circle for a letter": [
        ("c○nnard", PROF),
        ("sh◯t happens", PROF),
        ("○ first item ○ second item", CLEAN),
    ],
    # The red team's vocabulary misses, each a family: huevón and its chat spelling, the Argentine
    # oath on concha, "shut up" said before a gated insult (es, pt), the French dickhead and wimp,
    # a German plural, and the eye-dialect spellings of motherfucker with @ for u.
    "red team vocabulary": [
        ("no seas tan huevón", PROF),
        ("weón culiao", PROF),
        ("la concha de la lora", PROF),
        ("cállate, zorra", PROF),
        ("cala a boca, vadia", PROF),
        ("espèce de tête de nœud", PROF),
        ("couille molle, va", PROF),
        ("diese Hurenböcke", PROF),
        ("you mutherf@cker", PROF),
        ("muthaf@cka", PROF),
        ("un huevo frito", CLEAN),
        ("cala a boca e come", CLEAN),
        ("la zorra corría por el campo", CLEAN),
    ],
    # The diminutives and augmentatives of puta and viado, which their prefix entries do not reach,
    # and baiser said of a mother as niquer is.
    "diminutives, augmentatives, and baiser": [
        ("eres una putita", PROF),
        ("menuda putona", PROF),
        ("sua putinha", PROF),
        ("esse viadinho aí", PROF),
        ("j'te baise", PROF),
        ("va baiser ta mère", PROF),
        ("la putrefacción del agua", CLEAN),
        ("o viaduto fechou", CLEAN),
        ("Putignano è in Puglia", CLEAN),
    ],
    # Verb forms and compounds the red team found missing: joder's and chingar's tenses, "me la
    # suda", fottere's forms, niqué's plural, German compounds of a slur with a rabble or a beast,
    # joputa, connarde, trou de balle.
    "verb forms and compounds": [
        ("nos jodieron bien", PROF),
        ("andan chingando", PROF),
        ("me la suda todo", PROF),
        ("ci stai fottendo", PROF),
        ("ils sont niqués", PROF),
        ("dieses Kanakenpack", PROF),
        ("so ein Negerschwein", PROF),
        ("joputa", PROF),
        ("sale connarde", PROF),
        ("espèce de trou de balle", PROF),
        ("de Joden in Amsterdam", CLEAN),
        ("Jodie Foster was great", CLEAN),
        ("wij negeren hem gewoon", CLEAN),
        ("le techniques de la balle", CLEAN),
    ],
    # A gated insult or a body word aimed by a demonstrative or said of someone (es "esa", pt "é uma",
    # nl "die", "je bent een"), the body word of Dutch, French and Portuguese aimed like ass, a
    # cuckold in Spanish, a French slur after "qu'une"; the everyday senses stay clean.
    "aimed by a demonstrative or said of someone": [
        ("esa perra de tu ex", PROF),
        ("tua irmã é uma piranha", PROF),
        ("die teef van je moeder", PROF),
        ("je bent een kont", PROF),
        ("t'es un gros cul", PROF),
        ("seu cu", PROF),
        ("eres un cornudo", PROF),
        ("t'es qu'une tapette", PROF),
        ("esa perra tuvo cachorros", CLEAN),
        ("o peixe é uma piranha", CLEAN),
        ("die teef kreeg zeven puppy's", CLEAN),
        ("ik viel op mijn kont", CLEAN),
        ("il est tombé sur le cul", CLEAN),
        ("on boit cul sec", CLEAN),
        ("el toro es cornudo", CLEAN),
    ],
    # Spanish chat's k for c beyond kabrón (round 9b): kbrón, marikón, kulo, kuliao, kojones...
    "k for c in Spanish chat": [
        ("kbrón de mierda", PROF),
        ("marikon", PROF),
        ("mueve el kulo", PROF),
        ("weón kuliao", PROF),
        ("me toca los kojones", PROF),
        ("is your friend Marika coming?", CLEAN),
        ("Kulob is a city in Tajikistan", CLEAN),
    ],
    # French "a commercial", the name of the sign, for the at.
    "a commercial for the at": [
        ("julien a commercial gmail point com", MAIL),
        # and the at-words and dot-words in leetspeak
        ("pedro 4rr0b4 gmail punt0 com", MAIL),
        ("marco ch10cc10l4 libero punt0 it", MAIL),
        ("pedro @rroba hotmail p0nt0 com", MAIL),
        ("the p0int is 1234", CLEAN),
        ("écris à julien.d a commercial orange point fr", MAIL),
        ("j'ai vu a commercial on tv at home", CLEAN),
    ],
}

test_class = class_test(CLASSES)


def test_handle_before_a_platform_is_no_link(engine):
    """A name before "on <platform>" is a handle there (pii's business), not a link, whatever it ends
    like; a site's ending (com, net, org...) keeps it a link."""
    for text in ("camille.live on snapchat", "mikey.pizza op snap", "noor.store en insta"):
        assert "spam" not in engine.check(text).categories, text
    assert "spam" in engine.check("check mysite.com on instagram").categories
