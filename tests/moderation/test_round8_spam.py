"""Round 8 of issue #12: the phone and spam classes that the blind set 9 showed missing, made general.

Each class is a kind of message, not a message: examples written for these tests (other numbers,
goods, sums and words than the set's), in the languages the class touches, and innocent messages
of the same shape that must stay clean. Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

S, P, PR, CLEAN = ("spam",), ("phone",), ("profanity",), ()

CLASSES = {
    # a number with O and l typed for 0 and 1 throughout, in any grouping: groups of O and l
    # alone, a group in brackets, one digit among the letters; words of O and l stay words
    "O and l for 0 and 1 throughout": [
        ("O79ll lOO 2OO", P),
        ("text me (2l2) 555-OllO", P),
        ("(2l) 9lOOO-OlOl", P),
        ("O6 2O lO 3l 4O", P),
        ("Ol6l lO2O3O5", P),
        ("O7-lOlO2O3O", P),
        ("lol", CLEAN),
        ("LOL 100", CLEAN),
        ("OOO", CLEAN),
        ("Ollie 2 lol", CLEAN),
        ("lol 1000 likes already", CLEAN),
        ("l love you lol 100 times", CLEAN),
    ],
    # a number said in words with its hundreds, in each language: the hundreds word and the pair
    # after it make one group; hundreds of things counted stay clean
    "a number said with its hundreds": [
        ("llámame al seiscientos cincuenta cuarenta y dos treinta y uno setenta", P),
        ("novecientos once veinte treinta y tres cuarenta y cuatro", P),
        ("seiscentos e doze trinta e quatro cinquenta e seis setenta e oito", P),
        ("sechshundert zwölf vierunddreißig sechsundfünfzig achtundsiebzig", P),
        ("zeshonderd twaalf vierendertig zesenvijftig achtenzeventig", P),
        ("seicento dodici trentaquattro cinquantasei settantotto", P),
        ("doscientos euros por trescientas personas", CLEAN),
        ("éramos seiscientos doce en el concierto y treinta y cuatro se fueron", CLEAN),
        ("quinientos doce mil personas, treinta y cuatro heridos", CLEAN),
        ("cem reais por duzentos e doze", CLEAN),
        ("six hundred twelve people came, thirty four left early", CLEAN),
    ],
    # private content sold with an emoji or "18+" for the content word (🔥, 🔞, 🌶): a price or a
    # sale, and a call to write; the emoji in talk stays clean
    "private content with an emoji for the word": [
        ("+18 videos 15€, escríbeme", S),
        ("contenido 🔞 a 5€, escríbeme", S),
        ("vendo fotos 🌶 me chama no privado", S),
        ("vends mes photos 🔥 écris-moi", S),
        ("vendo video 🔞 scrivimi", S),
        ("verkoop mijn foto's 🔥 stuur me een dm", S),
        ("that movie is 18+ content, dm me if you want to watch it together", CLEAN),
        ("this song is 🔥 dm me the name", CLEAN),
        ("new pics 🔥 from the beach, so pretty", CLEAN),
    ],
    # people recruited with money written as $$ or €€ ("make $$", "pays $$$") and a call to write
    "recruiting with $$ for money": [
        ("looking for ppl to earn $$ online, text me", S),
        ("busco gente para ganar €€ desde casa, escríbeme", S),
        ("need 3 guys for a promo shoot, pays $$, hmu", S),
        ("looking for ppl to play valorant with, dm me", CLEAN),
        ("need 4 guys for 5-a-side tonight, dm me", CLEAN),
        ("making $$ from my garage sale today lol", CLEAN),
        ("my job pays $$$ but I hate it, dm me later", CLEAN),
    ],
    # a prize announced ("te ha tocado un ...", "t'as gagné") and only the shipping to pay
    "a prize and the shipping to pay": [
        ("te tocó una tablet, solo pagas los gastos de envío", S),
        ("te ha tocado un patinete eléctrico, solo paga el envío", S),
        ("t'as gagné une console, paye juste la livraison", S),
        ("hai vinto un iPhone, paghi solo la spedizione", S),
        ("te ha tocado pagar el envío del regalo de Ana", CLEAN),
        ("te ha tocado la lotería? jaja, cuéntame", CLEAN),
        ("t'as gagné le match? paye ta tournée", CLEAN),
    ],
    # a unit of a few letters with its spaces repeated to 24 characters and more: the spaces are
    # not the unit's length ("gg ez " is four letters, like "lol ")
    "a unit with spaces repeated": [
        ("ez pz ez pz ez pz ez pz ez pz", S),
        ("ok ja ok ja ok ja ok ja ok ja", S),
        ("gg ez", CLEAN),
        ("gg ez gg ez, well played everyone, see you next round", CLEAN),
        ("go team go team go team go team", CLEAN),
        ("no no no no I said no", CLEAN),
    ],
    # a bare domain with a comma for its dot, no space, after a long name: a country's domain that
    # is no reply word; prose commas without spaces stay clean
    "a comma for the dot of a bare domain": [
        ("ofertasflash,pt", S),
        ("gratisgeschenk,de", S),
        ("mira superchollos,it", S),
        ("si,claro", CLEAN),
        ("en,fr,de", CLEAN),
        ("ciao,come,va", CLEAN),
        ("claramente,no", CLEAN),
        ("obviamente,si", CLEAN),
        ("exactamente,es lo que digo", CLEAN),
    ],
    # a listed swear split by its one dot is the swear, not a host; a site named with one is a link
    "a swear split by a dot": [
        ("sei un coglio.ne", PR),
        ("cazz.o", PR),
        ("stronz.ate", PR),
        ("visit coglione.it", PR + S),
        ("shopping.es", S),
    ],
}

test_class = class_test(CLASSES)
