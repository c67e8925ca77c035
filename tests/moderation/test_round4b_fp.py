"""Round 4b of issue #12: the false-alarm and number classes blind set 6 showed (clean messages
flagged), and the phone and spam classes that go with them.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the blind set's), and innocent messages of the same shape that must stay clean, beside
the offending forms that must still be caught. Messages go through the real engine loaded from
``rulepacks/``.
"""

from verdicts import class_test

P, PH, SP, CLEAN = ("profanity",), ("phone",), ("spam",), ()
PH_SP = ("phone", "spam")

CLASSES = {
    # 1. places that hold or are a term, named alone or told by the words around them
    "place name": [
        ("we drove through Bitchfield on the way to Grantham", CLEAN),
        ("the pub at Pisshill does good food", CLEAN),
        ("we hiked up the Wank, the summit hut has great views", CLEAN),
        ("the Wank above Garmisch is an easy mountain walk", CLEAN),
        ("the Austrian village of Fucking was renamed Fugging in 2021", CLEAN),
        ("Fucking in Oberösterreich heißt jetzt Fugging", CLEAN),
        ("mein Onkel kommt aus Pissen bei Weißenfels", CLEAN),
        ("Pissen ist ein Ortsteil in Sachsen-Anhalt", CLEAN),
        ("Sömmerda liegt in Thüringen", CLEAN),
        ("we skied above Pussy, a small commune in Savoie", CLEAN),
        ("the A939 crosses the Don at Cock Bridge", CLEAN), ("we walked over Titty Hill", CLEAN),
        ("nice pussy", P), ("show me your titty", P),
        ("what a fucking joke", P), ("this fucking village is boring", P),
        ("ich muss mal pissen", P), ("stop wanking around", P), ("you little bitch", P),
    ],
    # 2a. everyday senses told by a word nearby: poultry, donkeys, thorns, dogs, a bottle's bottom
    "everyday sense": [
        ("our old cock wakes the whole farm before the hens", CLEAN),
        ("the cock and the chickens got out of the coop", CLEAN),
        ("a jackass is what you call a male donkey", CLEAN),
        ("the jackass brayed all night at the donkey sanctuary", CLEAN),
        ("the farmer tied the cart to his ass and led it home", CLEAN),
        ("I got a prick from the thorns of the bramble", CLEAN),
        ("she felt a prick of the cactus needles", CLEAN),
        ("las pollas del gallinero ya ponen huevos", CLEAN),
        ("compré una polla y dos gallinas en la granja", CLEAN),
        ("mi perra tuvo seis cachorros anoche", CLEAN),
        ("nuestra perra está en celo, no la saques de paseo", CLEAN),
        ("limpia bien el culo de la olla", CLEAN),
        ("queda vino en el culo del vaso", CLEAN),
        ("you jackass", P), ("what a cock", P), ("suck my cock", P), ("kiss my ass", P),
        ("you're such a prick", P), ("chúpame la polla", P), ("eres una perra", P),
        ("me limpio el culo con tu foto", P),
    ],
    # 2b. a first name that is a term, named as a name
    "first name": [
        ("Dick is short for Richard in old English", CLEAN),
        ("my grandad was known as Dick at the factory", CLEAN),
        ("Richard or Dick, he answered to both", CLEAN),
        ("don't be a dick", P), ("Richard you dick", P),
    ],
    # 2c. an old disease word in its medical sense (Dutch tering: tuberculosis)
    "medical sense": [
        ("mijn overgrootvader stierf aan de tering in het sanatorium", CLEAN),
        ("tering is de oude naam voor tbc", CLEAN),
        ("vroeger gingen veel mensen dood aan tering, een longziekte", CLEAN),
        ("krijg de tering", P), ("tering zeg, wat een weer", P), ("teringlijer", P),
    ],
    # 2d. ordinary words that hold a prefix term (each pack's terms against each language's
    # commonest words)
    "word holding a term": [
        ("human trafficking is a crime", CLEAN), ("the traffickers were arrested", CLEAN),
        ("Fotzelschnitten mit Zimt und Zucker", CLEAN), ("lo stronzio è radioattivo?", CLEAN),
        ("ik ben pissig op mijn baas", CLEAN), ("les p'tits gars du quartier", CLEAN),
        ("my mum never misses Emmerdale", CLEAN),
        ("fick dich", P), ("sei uno stronzo", P), ("pisshead", P), ("emmerdeur va", P),
    ],
    # 3. numbers that are not phones: versions with four dotted parts or after a version word, large
    # numbers grouped by spaces before a unit; scores, ISBNs and order numbers stay clean
    "not a phone number": [
        ("installed build 7.4.2.10551 last night", CLEAN),
        ("firmware 3.1.0.2207 fixed the wifi", CLEAN),
        ("Version 2.7.15.4410 ist da", CLEAN),
        ("versión 4.1.22.1093 disponible", CLEAN),
        ("versione 1.9.3.55012 rilasciata", CLEAN),
        ("nouvelle mise à jour 3.2.1.4456", CLEAN),
        ("the Moon is 384 400 km away", CLEAN),
        ("Lyon compte 522 250 habitants", CLEAN),
        ("das sind 149 600 000 km bis zur Sonne", CLEAN),
        ("the sun is 149 600 000 kilometres away", CLEAN),
        ("final score 3 - 1, then 21-18 21-15", CLEAN),
        ("ISBN 978-3-16-148410-0", CLEAN),
        ("order number 4418 2290 1123", CLEAN),
        ("call 1.800.555.0199", PH), ("06.12.34.56.78", PH), ("5.5.5.7.2.0.1.1.3.4", PH),
        ("my number is 612 345 678", PH), ("ring me on 412 555 019 today", PH),
    ],
    # 4. technology names in prose: library names that are also hosts are the library without a
    # scheme, www. or path
    "technology name": [
        ("the chat runs on Express, Socket.IO and Vue.js", CLEAN),
        ("engine.io is what socket.io uses underneath", CLEAN),
        ("rewrote it from ASP.NET to Node.js with Chart.js and D3.js", CLEAN),
        ("read https://socket.io/docs/v4", SP), ("www.socket.io", SP), ("free skins at skinzz.io", SP),
    ],
    # 5a. phone numbers read in pairs or tens in every language
    "phone in words": [
        ("bel me: nul zes, eenentwintig, drieëndertig, vijfenveertig, achttien", PH),
        ("ruf an: null eins fünf zwei, dreiundvierzig, siebzehn, einundachtzig", PH),
        ("llámame al seis cuarenta y cuatro, dieciocho, veintitrés, cincuenta y cinco", PH),
        ("chiamami al tre tre nove, ventotto, quarantuno, diciassette, sessantasei", PH),
        ("liga pra mim: nove nove, trinta e um, quarenta e oito, vinte e dois, dezessete", PH),
        ("text me on oh seven nine, forty one, twenty two, eighty six, thirteen", PH),
        ("I have twenty one cats and forty two dogs", CLEAN),
        ("ich bin vierunddreißig und wohne seit zwölf Jahren hier", CLEAN),
        ("el partido acabó veintidós a treinta y uno", CLEAN),
        ("twenty, thirty, forty, fifty, sixty, seventy", CLEAN),
        ("ho trentatré anni e quarantadue amici", CLEAN),
        ("the sets ended twenty one, nineteen, twenty one, seventeen", CLEAN),
        ("lines twenty two, thirty three, forty four, fifty five and sixty six", CLEAN),
        ("mijn opa is achtentachtig, oma zesentachtig en mijn vader vijfenvijftig", CLEAN),
    ],
    # 5b. 00 and a country code as the international prefix
    "international 00": [
        ("ring 0033 6 12 34 56 78", PH), ("mi número: 0034 612 345 678", PH),
        ("0049 171 2345678", PH), ("order 0012 3456", CLEAN),
    ],
    # 5c. a prize won and a number to call to claim it, or a held parcel and a fee: spam and phone
    "prize and call": [
        ("congrats! you have won a £1000 gift card, call 07700 900123 now", PH_SP),
        ("usted ha ganado un premio de 500€, llame al 612 345 678", PH_SP),
        ("du hast ein iPhone gewonnen, ruf 0171 2345678 an", PH_SP),
        ("vous avez gagné un voyage, appelez le 06 12 34 56 78", PH_SP),
        ("hai vinto 1000 euro, chiama il 347 123 4567", PH_SP),
        ("je hebt een prijs gewonnen, bel 06 12345678", PH_SP),
        ("você ganhou 500 reais, ligue 11 91234 5678", PH_SP),
        ("your parcel is on hold, pay the customs fee and call 020 7946 0018", PH_SP),
        ("you won the match, call me later", CLEAN),
        ("my sister won a car, call her to say well done", CLEAN),
        ("beware: scammers say you've won a prize and ask you to call them", CLEAN),
    ],
}


test_class = class_test(CLASSES)
