"""Round 8 of issue #12: pii classes that set 9 showed missing, generalised.

Each class is a kind of message, not a message: examples written for these tests (other names,
platforms, schools and streets than the set's), in the languages the class touches, and innocent
messages of the same shape that must stay clean. Messages go through the real engine loaded from
``rulepacks/``.
"""

from verdicts import class_test

P, CLEAN, SPAM = ("pii",), (), ("spam",)

CLASSES = {
    # "I'm called", "ik heet", "je m'appelle", "me llamo" after an add-me and its platform: the word
    # after it is the name to add; a state or a short word is not
    "handle after I'm called, near an add-me and a platform": [
        ("add me on discord, im called frostbyte", P), ("voeg me toe op snap, ik heet bramvos", P),
        ("ajoute-moi sur insta, je m'appelle lunelle", P), ("agrégame en roblox, me llamo pixelcrack", P),
        ("adde mich auf insta, ich heiße sonnenkind", P), ("aggiungimi su psn, mi chiamo lupetto", P),
        ("me adiciona no roblox, me chamo docinho", P), ("add me on roblox, my name is TacoTuesday", P),
        ("add me on steam im called later", CLEAN), ("add me on steam im called tom", CLEAN),
        ("add me on discord im called a lot of things", CLEAN), ("my name is Jessica and I like steam", CLEAN),
    ],
    # a plain word as a field after a platform and a colon, followed by an invitation to it
    "handle field, then an invitation": [
        ("twitch: nightowlz come say hi", P), ("twitch: lunaplays viens voir", P), ("tiktok: bailarina sígueme", P),
        ("youtube: bastelkeller schaut rein", P),
        ("insta: private dont ask", CLEAN), ("twitch: later tonight maybe", CLEAN), ("twitch: live come watch", CLEAN),
        ("twitch: gaming come watch", CLEAN),
    ],
    # a game's tag of letters or letters and digits after the name (Riot IDs)
    "name#TAG": [
        ("valorant: Kestrel#EUW add me", P), ("riot id is Kesh#NA1", P), ("riot: Zedmain#LAN gg", P),
        ("valorant is fun #EUW", CLEAN), ("riot: #gg", CLEAN),
    ],
    # "ff" is Free Fire after a name or id word only
    "ff after a nick or id word": [
        ("meu nick no ff é BRZ_LOBO22", P), ("meu id no ff é KAIO_VIP07", P), ("mi id de ff: Tigre_2009", P),
        ("gg ff 15 noobs", CLEAN), ("ff at 15 again lol_", CLEAN),
    ],
    # two capitalised words told as a field after an id word and the game, ending the message
    "two words after an id label": [
        ("mon id fortnite: Sweaty Croissant", P), ("mi id de fortnite: Taco Loco", P),
        ("my name on roblox: Crispy Nugget", P),
        ("fortnite: Battle Royale", CLEAN), ("mon id fortnite: je sais plus lequel", CLEAN),
    ],
    # a handle in look-alike letters after a platform disguised with a digit or a sign
    "disguised platform, look-alike handle": [
        ("sn@p: ᴛᴀʏʏ.ʙ", P), ("1nsta: ʟᴜɴᴀ.ᴍ", P), ("d1scord: ɢʜᴏꜱᴛ_77", P),
        ("sn@p me later", CLEAN),
    ],
    # a school named by its level alone, after a full name
    "full name and a school named by its level": [
        ("thats Laura Diaz from Roosevelt Middle, she sings", P), ("es Lucía Gómez de la Escuela Primaria Cervantes", P),
        ("Anna Rossi della Scuola Elementare Manzoni", P), ("Tom Baker from Westfield Elementary", P),
        ("Kevin Brandt in the Middle East", CLEAN), ("Malcolm in the Middle is a great show", CLEAN),
        ("the middle school was loud", CLEAN),
    ],
    # "ich heiß" (colloquial) and a workplace after "und arbeite"
    "self-introduction and a workplace": [
        ("ich heiss Jana Vogel und arbeite bei Edeka in Kassel", P),
        ("ich heiß Lukas Brandt und arbeite beim Aldi in Pankow", P),
        ("ich heiß Lukas und arbeite viel", CLEAN),
    ],
    # Dutch streets named "Laan van X", "Weg der X" with a house number
    "Dutch street named with laan, weg, straat first": [
        ("ik woon op Weg der Verenigde Naties 14", P), ("mijn adres is Plein van de Vrijheid 7b", P),
        ("kom langs, Laan van Nieuw Oost-Indië 33", P),
        ("de laan van de buren is 5 minuten lopen", CLEAN), ("de Straat van Gibraltar is 14 km breed", CLEAN),
        ("op de weg van school naar huis zag ik 3 herten", CLEAN),
    ],
    # an @ after a spaced link's slash is the link's path: spam's
    "at-name in a spaced link": [
        ("youtube . com / @bakingwithmo", SPAM), ("tiktok . com / @lena.dance", SPAM),
        ("follow me @abc_12 on insta", P), ("insta (@abc_12)", P),
    ],
}

test_round8_pii_classes = class_test(CLASSES)


WORDS = {
    # a swear split once or twice by a dot, a dash or an underscore at uneven places, as by a space
    "word split unevenly by a dot or dash": [
        ("gilip.ollas", PR := ("profanity",)), ("schei.sse", PR), ("kan.ker", PR), ("vaf-fanc-ulo", PR),
        ("ar_schl_och", PR), ("cara.lho", PR), ("bul.lshi.t", PR), ("kank erlijer", PR), ("tering lijertje", PR),
        ("gilip, ollas", CLEAN), ("main.py", CLEAN), ("my son-in-law is well-known", CLEAN),
    ],
    # a swear spelled as it is said
    "spelled variant": [
        ("Schaiße!", PR), ("so ein schaißtag", PR), ("kenker", PR), ("wat een kenkerlijer", PR),
    ],
    # a slur with no other sense, a disability word aimed with "tu é"
    "slur and aimed disability word (Portuguese)": [
        ("bando de boiola", PR), ("sai daqui baitola", PR), ("tu é retardado?", PR), ("tu é retardada mesmo", PR),
        ("o voo foi retardado", CLEAN),
    ],
    # a woman of the family said to be a vixen or a bitch
    "aimed at a relative (Spanish)": [
        ("tu hermana es una zorra", PR), ("tu novia es una perra", PR),
        ("la zorra corre por el bosque", CLEAN), ("mi perra es madre de seis cachorros", CLEAN),
    ],
    # the everyday sense: a cigarette, a mongrel, a village, an illness, hashish in French
    "everyday sense": [
        ("nipping out for a fag, back in 5", CLEAN), ("gasping for a fag break", CLEAN),
        ("bought a packet of fags", CLEAN), ("shut up you fag", PR),
        ("il mio cane è un bastardino", CLEAN), ("Bastardo è un comune? no, una frazione", CLEAN),
        ("sei un bastardo", PR),
        ("mijn oom kreeg tyfus in de tropen", CLEAN), ("oma had vroeger tyfus", CLEAN), ("krijg de tyfus", PR),
        ("beuh et shit, passe en dm", ("drugs",)), ("oh shit", PR),
    ],
}

test_round8_words_classes = class_test(WORDS)
