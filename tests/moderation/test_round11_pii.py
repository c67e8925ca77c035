"""Round 11: pii recall on messages nobody tuned for (the read set14 and set15, and set12 and set13).

Their pii misses fell into the classes of `FIXED` below, and a red team of the policy's pii bullet
(docs/rulepacks.md, "What each category means") added the rest. For each class these are examples of
our own, in the seven languages where the class exists and in several wordings, with innocent
messages of the same shape that must stay clean. Messages go through the real engine loaded from
``rulepacks/``.

Given up (not asserted: a test of a wrong answer would fail the day it is fixed):
- a plain lower-case word before "on <platform>" ("frostbyte on steam, add me"): a game is named
  the same way ("valheim on steam, add me");
- someone else's workplace named without an article or a place ("Eva Smit die bij Philips werkt",
  "Tom Hughes who works at Halfords"): "Tim Cook who works at Apple" has that shape, and a public
  figure in a public role is clean;
- a school after "von der" named with "am" ("Sophie Keller von der Realschule am Park");
- a Spanish street named without its street word ("en Gran Vía 68"), an English one ending in "End";
- a handle spelled with spaces and said to be joined ("s a r a tutto attaccato poi 7 7");
- an account number shaped like an IBAN whose check digits are wrong: the policy asks for valid
  check digits, or the word "IBAN" before it.
"""

from verdicts import class_test

P, CLEAN = ("pii",), ()

FIXED = {
    # A two-letter word and a number before an IBAN ("de 35 euro", "es 20") made a longer candidate
    # that swallowed the real one and failed its check digits: a failed candidate is now tried again
    # one character on
    "an IBAN after a two-letter word and a number": [
        ("maak de 35 euro over naar NL91 ABNA 0417 1643 00", P),  # nl
        ("de 12 euro naar NL91ABNA0417164300 graag", P),  # nl
        ("me debes 20, es 20 a ES91 2100 0418 4502 0005 1332", P),  # es
        ("manda os 15 da 15 para PT50 0002 0123 1234 5678 9015 4", P),  # pt
        ("je te dois 40, le 40 sur FR14 2004 1010 0505 0001 3M02 606", P),  # fr
        ("die 30 an DE89 3704 0044 0532 0130 00 bitte", P),  # de
        ("fai il bonifico di 50 su IT60 X054 2811 1010 0000 0123 456", P),  # it
        ("send 25 to GB29 NWBK 6016 1331 9268 19 pls", P),  # en
        ("de 35 euro voor de bus", CLEAN),
        ("es 20 de mayo, nos vemos", CLEAN),
        ("de 12 tot 14 uur ben ik thuis", CLEAN),
        ("it 50 minutes away from here", CLEAN),
    ],
    # "four groups of four digits beside a card's name whatever the check digit": a card named by its
    # brand or its bank's (prepaid ones too), not only by "card" or "Visa"
    "four groups of four beside a card's brand": [
        ("la Postepay 4023 6009 8812 3457 non va", P),  # it
        ("ricarica la mia Hype 5179 0123 4567 8901", P),  # it
        ("minha Nubank 5162 9274 1234 5678", P),  # pt
        ("Revolut 5354 5612 3456 7890 is the one I use", P),  # en
        ("my Monzo 5355 1234 5678 9012 got blocked", P),  # en
        ("ma carte bleue 4973 0123 4567 8901", P),  # fr
        ("meine Girocard 6799 9988 7766 5544", P),  # de
        ("mijn bunq 5412 3456 7890 1234 werkt niet", P),  # nl
        ("Revolut raised 1000 2000 3000 4000 rounds", CLEAN),
        ("my Monzo savings went 1200 1300 1400 1500", CLEAN),
        ("la Postepay costa 5 euro", CLEAN),
        ("Nubank tem 2024 clientes novos", CLEAN),
    ],
    # "identity, tax, social-insurance and passport numbers given with their name": more wordings of
    # the number told ("lautet", "luidt", "was", an article) and more documents (NHS number, health
    # card, driving licence in the seven languages)
    "an identity document's number in other wordings": [
        ("meine Ausweisnummer lautet L01X00T47", P),  # de
        ("mein Führerschein Nr. J010000SD51", P),  # de
        ("Versichertennummer: A123456780", P),  # de
        ("mijn paspoortnummer luidt NX1234567", P),  # nl
        ("rijbewijsnummer 5123456789", P),  # nl
        ("my NHS number is 943 476 5919", P),  # en
        ("driving licence number MORGA753116SM9IJ", P),  # en
        ("my passport number was 534219876", P),  # en
        ("il numero della tessera sanitaria è 80380001200123456789", P),  # it
        ("patente di guida n. U1234567X", P),  # it
        ("numéro de permis de conduire : 120375101234", P),  # fr
        ("mi licencia de conducir es 12345678Z", P),  # es
        ("carta de condução n.º 1234567", P),  # pt
        ("mi número de la seguridad social es 28 12345678 90", P),  # es
        ("mi NIE es X1234567L", P),  # es
        ("mon numéro de sécu : 1 85 05 78 006 084 36", P),  # fr
        ("meine Sozialversicherungsnummer ist 12 150385 M 012", P),  # de
        ("o meu NISS é 12345678901", P),  # pt
        ("my social insurance number is 046 454 286", P),  # en
        ("la sécu m'a remboursé 12345 euros en tout", CLEAN),
        ("passport: 12/05/2019 to 12/05/2029", CLEAN),
        ("DNI: 01/02/2031 caduca", CLEAN),
        ("número de la seguridad social, ¿dónde lo veo?", CLEAN),
        ("die Sozialversicherungsnummer steht auf dem Ausweis", CLEAN),
        ("nie 2024 wieder", CLEAN),
        ("my NHS number is on the letter", CLEAN),
        ("driving licence renewed in 2024", CLEAN),
        ("mein Führerschein ist seit 2019 weg", CLEAN),
        ("rijbewijs gehaald, 3 keer gezakt", CLEAN),
        ("la patente di guida costa 300 euro", CLEAN),
        ("permis de conduire en 20 heures", CLEAN),
    ],
    # A title before a name names a private person the way a pupil or a customer does; then where the
    # person works or teaches, as an institution: a school, workplace or chain word, a name with an
    # article, or "at"/"bei"/"chez"/"bij"/"presso" and a name. A surname alone needs the place named
    "a title before a name, then where the person works or teaches": [
        ("Mrs Kelly Moss teaches at Oakwood Primary", P),  # en
        ("Mr David Hart from Greenfield Academy is my form tutor", P),  # en
        ("Dr. Sarah Collins at the Royal Infirmary in Leeds treated me", P),  # en
        ("Miss Jones at Hillside Primary gave us homework", P),  # en
        ("Herr Dr. Jansen von der Sparkasse Münster hat angerufen", P),  # de
        ("Frau Anna Weber von der Grundschule Nord ist krank", P),  # de
        ("la Sra. Ana Gil del colegio Goya nos pone deberes", P),  # es
        ("el señor Ruiz del Banco Sabadell me llamó", P),  # es
        ("a senhora Marta Lopes da Escola Secundária de Loulé", P),  # pt
        ("Mme Claire Dubois du lycée Descartes est absente", P),  # fr
        ("Mme Leroy du collège Jean Moulin nous a punis", P),  # fr
        ("la signora Elena Riva della Coop di Pisa", P),  # it
        ("meneer Pieter de Wit van het Erasmus College is ziek", P),  # nl
        ("juf Sanne de Vries van de Montessori school", P),  # nl
        ("Mrs Doubtfire is a great film", CLEAN),
        ("Dr. Martin Luther King Jr. Day is a holiday", CLEAN),
        ("Mr Bean at the beach is hilarious", CLEAN),
        ("Mr Patel at the pharmacy was nice", CLEAN),
        ("Frau Müller von der Post war da", CLEAN),
        ("Dr Brown at the hospital said rest", CLEAN),
        ("Herr der Ringe von Tolkien ist super", CLEAN),
        ("Prof. Stephen Hawking from Cambridge University wrote it", CLEAN),
        ("Mr Smith from Manchester called", CLEAN),
        ("la señora García de Madrid es simpática", CLEAN),
    ],
    # The German and Dutch relative clause puts its verb last; someone else's workplace counts, as
    # with the verb first, when it is a branch: said with an article or with where it is
    "a German or Dutch clause ending in its verb": [
        ("Jonas Weber, der bei der Volksbank in Ulm arbeitet, hat mir geholfen", P),  # de
        ("Lena Hartmann, die beim Edeka am Bahnhof jobbt, kennt den Chef", P),  # de
        ("Petra Lang, die im Rathaus arbeitet, hat den Antrag", P),  # de
        ("Tobias Kern, der an der Gesamtschule Süd unterrichtet, macht mit", P),  # de
        ("Daan Visser, die bij de Jumbo in Zwolle werkt, regelt het", P),  # nl
        ("Femke Mulder die bij de Hema werkt heeft korting", P),  # nl
        ("Bram de Groot, die op het gemeentehuis werkt, weet het", P),  # nl
        ("Mira Schulz, die bei Bosch arbeitet, kommt auch", CLEAN),
        ("Sanne Bakker die bij ASML werkt komt ook", CLEAN),
        ("Angela Merkel, die in Berlin arbeitet, hat gesprochen", CLEAN),
        ("der Mann, der bei der Bahn arbeitet, war nett", CLEAN),
        ("mijn vriend die bij de Jumbo werkt zegt van niet", CLEAN),
        ("Die Frau, die bei der Post arbeitet, war nett", CLEAN),
    ],
    # the verb first, in the other languages: already read, kept here beside the new clause
    "a relative clause with the verb first": [
        ("Laura Bennett, who works at the Barclays on Hill Street, sorted my mortgage", P),  # en
        ("Carmen Vidal, que trabaja en el Mercadona de Getafe, me guardó el pan", P),  # es
        ("a Beatriz Lopes, que trabalha no Pingo Doce de Almada, arranjou os bilhetes", P),  # pt
        ("Camille Roux, qui travaille à la Fnac de Lyon, a eu les places", P),  # fr
        ("Giulia Ferri, che lavora alla Coop di Pisa, ha i biglietti", P),  # it
        ("Tim Cook, who works at Apple, announced the phone", CLEAN),
        ("quelqu'un qui travaille chez Renault m'a dit ça", CLEAN),
        ("un amico che lavora alla Fiat dice di no", CLEAN),
    ],
    # a chain's branch told by what it is near, and any firm's branch named as one ("the Nationwide
    # branch in Derby", "aus der Rewe-Filiale in Kiel")
    "a branch told by a place near it, or named as a branch": [
        ("Ruby Shaw from the Costa by the station gave me free cake", P),  # en
        ("Priya Patel from the Boots near Victoria helped me", P),  # en
        ("Owen Clarke at the Nationwide branch in Derby sorted it", P),  # en
        ("Martin Weber aus der Rewe-Filiale in Kiel hat geholfen", P),  # de
        ("Lucía Romero del Mercadona junto a la estación me cobró", P),  # es
        ("a Inês Rocha do Continente perto da estação", P),  # pt
        ("Chloé Martin du Carrefour près de la gare est sympa", P),  # fr
        ("Sara Greco della Conad vicino alla stazione", P),  # it
        ("Noor Smit van de Jumbo naast het station", P),  # nl
        ("Lionel Messi from the Inter Miami game was amazing", CLEAN),
        ("Harry Kane at the Bayern game in Munich scored", CLEAN),
        ("the Costa by the station is closed", CLEAN),
        ("the Nationwide branch in Derby is closing", CLEAN),
    ],
    # "the one from" a chain's branch after the name's comma, and the department, sports, DIY and
    # electronics chains of the seven languages' countries
    "the one from a chain's branch": [
        ("Javier Ruiz Soler, el del Corte Inglés de Castellana, me consiguió entradas", P),  # es
        ("Marta Gil, la del Decathlon de Alcalá, es majísima", P),  # es
        ("a Joana Reis, a do Pingo Doce de Almada, arranjou", P),  # pt
        ("Léa Bernard, celle du Decathlon de Lille, est sympa", P),  # fr
        ("Jana Frey, die vom Rewe am Markt, hat Bescheid gesagt", P),  # de
        ("Chiara Neri, quella della Coop di Pisa, mi ha aiutato", P),  # it
        ("Femke Jong, die van de Albert Heijn in Zwolle, regelt het", P),  # nl
        ("Nadia Amrani, vendeuse chez Decathlon Lille", P),  # fr
        ("Lucas Petit qui bosse à la Fnac de Lyon", P),  # fr
        ("el del Corte Inglés de Castellana es caro", CLEAN),
        ("ikea furniture from Ikea Malmo", CLEAN),
        ("Decathlon de Lille ferme à 20h", CLEAN),
        ("la Fnac de Lyon a fermé", CLEAN),
    ],
    # a chain right after "works at" and then its town is a branch, like "the Tesco in Hull"
    "works at a chain, then its town": [
        ("Nadia Amrani qui bosse chez Decathlon Lille organise la course", P),  # fr
        ("Jana Vogel arbeitet bei Rewe Kiel", P),  # de
        ("Sem Bakker werkt bij Albert Heijn Zwolle", P),  # nl
        ("Tom Price works at Tesco Hull", P),  # en
        ("Giulia Neri lavora da Esselunga Monza", P),  # it
        ("Rita Sousa trabalha no Pingo Doce Almada", P),  # pt
        ("Tom Price works at Tesco and Asda", CLEAN),
        ("Jana Vogel arbeitet bei Rewe", CLEAN),
        ("my mum works at Tesco Hull", CLEAN),
    ],
    # "professor" is a schoolteacher's title in five of the languages: at a school that is no university
    # it names a private person's workplace, not an academic's public role
    "a schoolteacher called professor": [
        ("o Pedro Lima, professor do Colégio São José, treina a equipa", P),  # pt
        ("Ana Ruiz, profesora del IES Goya, organiza la excursión", P),  # es
        ("Julien Morel, professeur au collège Jean Moulin, entraîne l'équipe", P),  # fr
        ("Laura Bianchi, professoressa del liceo Volta, ci accompagna", P),  # it
        ("Bram Smit, docent op het Stedelijk Gymnasium, regelt de reis", P),  # nl
        ("Noam Chomsky, professor at MIT, wrote it", CLEAN),
        ("Mary Beard, professor of classics at Cambridge University", CLEAN),
        ("Yuval Harari, professor at the Hebrew University", CLEAN),
        ("Pedro Lima, professor de história na Universidade de Lisboa", CLEAN),
    ],
    # the elided article before the job ("faccio l'infermiera al ...")
    "a job after an elided article": [
        ("sono Chiara Rossi, faccio l'infermiera al Policlinico, scrivetemi", P),  # it
        ("Chloé Petit, elle est l'infirmière de la clinique Pasteur", P),  # fr
        ("sono Chiara, faccio l'infermiera da anni", CLEAN),
        ("faccio l'infermiera al Policlinico da anni", CLEAN),
    ],
    # Britain's comprehensive schools and the Dutch "scholengemeenschap" are schools by their name
    "a comprehensive school named": [
        ("Hannah Price from Westfield Comprehensive made the team", P),  # en
        ("I'm Lewis Grant, year 9 at Kingsway Comprehensive", P),  # en
        ("Daan Kok van Scholengemeenschap Lelystad won", P),  # nl
        ("Hannah Price wrote a comprehensive review", CLEAN),
        ("The Comprehensive Guide to Python by Mark Lutz", CLEAN),
        ("a comprehensive school in Leeds", CLEAN),
        ("Tom Hardy gave a comprehensive interview to The Guardian", CLEAN),
    ],
    # "spelled out letter by letter": an underscore said between the dashes, as a dot already was
    "a handle spelled with dashes and a said underscore": [
        ("snap: j-u-l-e-s-underscore-b-x, add me", P),  # en
        ("mijn snap is t-i-m-underscore-d-b", P),  # nl
        ("mon snap c'est l-e-o-tiret-bas-p-x", P),  # fr
        ("mi insta es a-n-a-guion-bajo-r-m", P),  # es
        ("meu insta é b-i-a-underline-s-p", P),  # pt
        ("mein snap ist m-i-a-unterstrich-k-l", P),  # de
        ("il mio insta è l-u-c-a-trattino-basso-r-m", P),  # it
        ("s-o-r-r-y my snap is broken", CLEAN),
        ("my snap is down again, w-h-y", CLEAN),
    ],
    # a few words between the platform and the colon before the handle, with French spacing (" : ")
    "a handle after words and a French-spaced colon": [
        ("suivez-moi sur insta pour les photos : lea.voyage", P),  # fr
        ("mon insta pour les dessins : theo.dessine", P),  # fr
        ("follow me on insta for the pics: lena.travel", P),  # en
        ("volg me op insta voor de foto's: bram.reist", P),  # nl
        ("volg me op insta voor de aftermovie: sanne.feest", P),  # nl (a word of up to ten letters)
        ("follow my insta for the highlights: tom.runs", P),  # en
        ("follow my insta for the highlights: amazing stuff", CLEAN),
        ("volg me op insta voor de aftermovie: morgen online", CLEAN),
        ("suivez-moi sur insta pour les photos : merci à tous", CLEAN),
        ("sur insta pour les photos : demain soir", CLEAN),
    ],
}

test_fixed = class_test(FIXED)
