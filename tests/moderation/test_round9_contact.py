"""Round 9 of issue #12: e-mail, spam, pii and phone classes that set 11 showed missing, generalised.

Each class is a kind of message, not a message: examples written for these tests (other names,
hosts, shops, schools and numbers than the set's), in the languages the class touches, and
innocent messages of the same shape that must stay clean. Messages go through the real engine
loaded from ``rulepacks/``.
"""

from verdicts import class_test

E, S, P, PH, CLEAN = ("email",), ("spam",), ("pii",), ("phone",), ()

CLASSES = {
    # a national host without its domain (a word host: orange, free, web, terra, bol, telefonica...;
    # or a mail host: gmx, libero, ziggo, laposte, tiscali, uol) after "at" or a preposition for it,
    # with a name joined by a dot, where the phrase goes on
    "national host without its domain, then more words": [
        ("écris à lucie.m at free pour les billets", E), ("schreib an jonas.k at gmx wegen der Party", E),
        ("escríbele a paula.r at terra para las entradas", E), ("manda para bruna.s at bol que ela responde", E),
        ("scrivi a marco.f at libero per i biglietti", E), ("mail naar sanne.v at ziggo voor de foto's", E),
        ("mail naar daan.j bij kpnmail voor de foto's", E), ("ask tom.h at orange about the tickets", E),
        ("contacte clara.b chez laposte pour le covoiturage", E), ("schreib sabine.w bei web, sie hat die Liste", E),
        ("escribe a jorge.l at telefonica para la quedada", E), ("scrivi a giulia.p presso tiscali per la festa", E),
        ("manda para rafa.c no uol se quiser", E),
        ("meet me at orange square tomorrow", CLEAN), ("see you at web summit next week", CLEAN),
        ("node.js at web scale", CLEAN), ("we met at free jazz night", CLEAN), ("I'm at orange now", CLEAN),
        ("my dad works at telefonica", CLEAN), ("lunch at terra", CLEAN), ("e.g. at orange", CLEAN),
    ],
    # Dutch "apestaart" / "apenstaart" (without -je) for the at, in brackets, with "punt"
    "Dutch apestaart in brackets": [
        ("mail: joost [apestaart] ziggo [punt] nl", E), ("anne (apenstaart) hetnet (punt) nl", E),
        ("m.devries [apestaart] kpnmail [punt] nl", E), ("lotte apestaart gmail punt com", E),
        ("de apestaart is een teken", CLEAN), ("wat betekent apenstaart?", CLEAN),
    ],
    # a club's or a firm's mailbox named by an everyday word, a bracketed at, a hyphenated host
    "mailbox word, bracketed at, hyphenated host": [
        ("contact (at) club-de-foot (point) fr", E), ("kontakt (at) tc-gruen-weiss (punkt) de", E),
        ("mail [at] circolo-tennis [punto] it", E), ("contact (at) the-corner-shop (dot) com", E),
        ("info (at) sv-blau-weiss (punkt) de", E), ("secretaria (arroba) club-nautico (punto) es", E),
        ("contato (at) escola-viva (ponto) com (ponto) br", E),
        ("find us (at) shop (dot) com", S), ("contact us at the front desk", CLEAN),
    ],
    # a whole address written in small capitals (the detector reads it folded)
    "address in small capitals": [
        ("ᴊᴏɴᴀꜱ.ᴋ ᴀᴛ ɢᴍx ᴘᴜɴᴋᴛ ᴅᴇ", E), ("ᴄᴏɴᴛᴀᴄᴛ ᴍᴀʀɪᴇ.ᴅ ᴀᴛ ᴏʀᴀɴɢᴇ ᴘᴏɪɴᴛ ꜰʀ", E),
        ("ᴍᴀɪʟ: ʟᴇᴀ_ʙ ᴀʀʀᴏʙᴀ ʜᴏᴛᴍᴀɪʟ ᴘᴜɴᴛᴏ ᴄᴏᴍ", E), ("ᴡʀɪᴛᴇ ᴛᴏ ᴘɪᴇᴛ ᴀᴛ ᴢɪɢɢᴏ ᴅᴏᴛ ɴʟ", E),
        ("ᴛʜᴀɴᴋꜱ ꜰᴏʀ ᴛʜᴇ ɢᴀᴍᴇ ᴀᴛ ᴛʜᴇ ᴘᴀʀᴋ", CLEAN), ("ᴍᴇᴇᴛ ᴀᴛ ɢᴍᴀɪʟ ʜǫ", CLEAN),
    ],
    # the at left out between a name shaped like a handle and a mail host with its domain
    "no at between the name and a host with its domain": [
        ("mail me at liz.b gmail dot com", E), ("pedro_88 hotmail punto com", E), ("jule.s gmx punkt de", E),
        ("ᴍᴀɪʟ ᴍᴇ ᴀᴛ ᴛᴏᴍ.ʀ ʏᴀʜᴏᴏ ᴅᴏᴛ ᴄᴏᴍ", E),
        ("I use gmail.com and hotmail.com", S), ("my e-mail gmail.com is full", S),
    ],
    # an address given in a recruitment scam: the scam's wording is spam, the address email
    "address in a recruitment scam": [
        ("WORK FROM HOME $300/day no experience, email jobs.desk at yandex dot com", E + S),
        ("trabajo desde casa 200€ al día, correo: rrhh_ofertas arroba gmail punto com", E + S),
        ("Heimarbeit, 3000€ im Monat, mail hr.team at gmx punkt de", E + S),
        ("easy money from your phone, email cash.crew@proton.me", E + S),
        ("my email is ana.k at gmail dot com", E), ("I earn 200 a day as a nurse, email me later", CLEAN),
    ],
    # schoolwork done for the reader and paid, by the page or the assignment, with or without a
    # call to write
    "schoolwork sold by the page or the assignment": [
        ("will write your essays, any topic, $12/page, dm", S), ("ik maak je huiswerk, 8 euro per opdracht", S),
        ("je fais tes devoirs, 10€ la page", S), ("ich schreibe deine Hausarbeit, 5€ pro Seite", S),
        ("faço seus trabalhos da faculdade, 20 reais por página", S), ("faccio i tuoi compiti, 10€ a pagina", S),
        ("hago tus tareas de la uni por 12€ la página", S), ("essays and coursework, £15 per page, hmu", S),
        ("Homework help $5 per assignment", S), ("Deberes y trabajos, 5€ por página", S),
        ("Hausaufgaben, 5€ pro Aufgabe", S), ("my essay cost $10 per page to print", CLEAN),
        ("essays are due tomorrow, 3 pages each", CLEAN),
        ("I'll do my homework later", CLEAN), ("the library charges 10p per page to print your essay", CLEAN),
        ("can you do my homework lol", CLEAN), ("hago los deberes y luego salgo", CLEAN),
        ("ik maak mijn huiswerk eerst", CLEAN),
    ],
    # a prize announced, then only a small postage or fee to pay, in every wording
    "prize, then postage or a fee": [
        ("Congrats! You've won a PS5, just cover £1.99 postage", S), ("you're a winner! pay only 2€ handling", S),
        ("¡Has ganado un iPhone! solo paga 1,95€ de gastos de envío", S),
        ("Parabéns, você ganhou um prêmio, só paga 2€ de portes", S),
        ("Félicitations, vous avez gagné un iPad, payez seulement 1,99€ de frais de port", S),
        ("Glückwunsch, du hast ein Handy gewonnen, nur 2,99€ Versand", S),
        ("complimenti, hai vinto un tablet, paghi solo 1,99€ di spedizione", S),
        ("gefeliciteerd, je hebt een laptop gewonnen, betaal alleen 2 euro verzendkosten", S),
        ("Claim your free AirPods, just pay £2.95 shipping", S), ("WINNER! Your Galaxy awaits, only pay 1.99 postage", S),
        ("¡Felicidades! Eres el ganador de un iPhone, solo paga 2€ de envío", S),
        ("Parabéns! Foste o vencedor de um iPad, paga só os portes", S),
        ("Bravo ! Tu es le gagnant d'un iPhone, il reste juste 1,99€ de frais de port", S),
        ("Sie sind der Gewinner eines iPhones, zahlen Sie nur 1,99€ Versand", S),
        ("Sei il vincitore di un iPhone, paga solo 1,99€ di spedizione", S),
        ("Jij bent de winnaar van een iPhone, betaal alleen 1,99 verzendkosten", S),
        ("you've won the game, pay attention next time", CLEAN), ("we won! postage for the cards was 2 quid", CLEAN),
        ("I won the raffle and paid 2€ postage to get it sent", CLEAN),
        ("du bist der Gewinner des Abends, Versand kostet nur 2€ bei uns", CLEAN),
    ],
    # a sum invested for many times it back within a time
    "invest N, get 10N back": [
        ("Investis 50€, récupère 500€ en une semaine", S), ("invest £50 and get £500 back in a week", S),
        ("invierte 100€ y recupera 1000€ en una semana", S), ("investe 100 e recebe 1000 em uma semana", S),
        ("investiere 100€ und kriegst 1000€ in einer Woche zurück", S),
        ("investi 100€ e ricevi 1000€ in una settimana", S), ("investeer 100 euro en krijg 1000 euro binnen een week", S),
        ("I invested 100 and got 120 back after a year, not bad", CLEAN),
    ],
    # a host with a disguised dot under any real top-level domain, after an invitation, or its dot
    # spelled in capitals
    "disguised host after an invitation": [
        ("lol look bargainbin DOT shop", S), ("sign the petition saveoakpark(dot)social", S),
        ("mira ofertasya PUNTO shop", S), ("firma la petición salvaelparque(punto)social", S),
        ("schau mal bei schnaeppchen PUNKT shop vorbei", S), ("kijk op koopjeshoek (punt) shop", S),
        ("vai em promoloja PONTO store", S), ("guarda offerte(punto)shop", S), ("regarde bonsplans(point)shop", S),
        ("my point is valid", CLEAN), ("look at the dot com bubble", CLEAN), ("the DOT com crash was bad", CLEAN),
        ("check main dot py", CLEAN), ("see what i mean DOT", CLEAN),
    ],
    # a full name, then a verb of working and a named shop, bar or bakery
    "full name works at a named shop": [
        ("Camille Roux bosse à la boulangerie Moreau près du marché", P),
        ("Giorgio Bassi lavora al bar Sport vicino alla stazione", P),
        ("Nadia Costa trabalha na padaria Estrela", P), ("Lucía Ortega trabaja en la panadería Sol", P),
        ("Kevin Schulz arbeitet im Café Central", P), ("Joost Bakker werkt bij de bakker Hendriks", P),
        ("Paul Bocuse travaillait à Lyon", CLEAN), ("on va à la boulangerie Paul", CLEAN),
        ("il bar Centrale è chiuso", CLEAN),
    ],
    # a full name after an article, then "vom", "do", "du"... and a named school
    "article, full name, from a named school": [
        ("der Jonas Becker vom Schiller-Gymnasium hat das geklaut", P),
        ("o Tiago Martins do colégio Santa Maria", P), ("a Beatriz Lopes do colégio Objetivo contou", P),
        ("la Giulia Ferri del liceo Volta", P), ("el Pablo Ruiz del colegio Cervantes", P),
        ("die Schule vom Humboldt-Gymnasium ist alt", CLEAN), ("der Weg vom Goethe-Gymnasium zur Stadt", CLEAN),
    ],
    # a card's number in four groups of four with no-break (or other) spaces beside a card's name
    "card grouped with no-break spaces": [
        ("Karte gefunden 4970\u00a01234\u00a05678\u00a09012", P), ("carte trouvée 4970\u00a01234\u00a05678\u00a09012", P),
        ("tarjeta 4532\u202f1234\u202f5678\u202f9012 encontrada", P), ("my card 5412\u00a03456\u00a07890\u00a01234", P),
        ("order 5105 1051 1051 5100 shipped", CLEAN), ("Karte 2023 2024 2025 2026", CLEAN),
        ("the codes are 4532 1234 5678 9012", CLEAN),
    ],
    # a handle after a platform's name written in small capitals
    "platform in small capitals": [
        ("add me on ᴅɪꜱᴄᴏʀᴅ it's frostbyte_22", P), ("mon ꜱɴᴀᴘ c'est lea.mrt", P), ("ɪɴꜱᴛᴀ: nico_88", P),
        ("ᴅɪꜱᴄᴏʀᴅ is down again", CLEAN), ("I love ꜱɴᴀᴘ filters", CLEAN),
    ],
    # a mobile with one dot after its prefix
    "mobile with one dot after the prefix": [
        ("mijn nummer 06.41237788", PH), ("appelle-moi au 06.12345678", PH), ("mi número 06.55123456", PH),
        ("pi is 3.1415926535", CLEAN), ("the ratio was 0.12345678", CLEAN),
    ],
    # digits as words with "double-oh", "double", "triple" in the seven languages
    "double and triple as words": [
        ("text zero seven seven double-oh nine double-oh one two three", PH),
        ("text zero seven seven double-five nine triple-oh one two three", PH),
        ("llámame al seis doble cinco uno dos tres cuatro ocho", PH),
        ("ruf an null eins sieben doppel-null drei vier fünf sechs", PH),
        ("chiamami tre tre nove doppio zero uno due tre", PH), ("bel me nul zes dubbel twee drie vier vijf zes", PH),
        ("it was a double-oh-seven film", CLEAN), ("triple-double for lebron, 30 points", CLEAN),
    ],
}

test_class = class_test(CLASSES)
