"""Round 6 of issue #12: spam and e-mail classes that set 8 showed missing or flagged wrongly.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), in the languages the class touches, and innocent messages of the same
shape that must stay clean. Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

S, E, ES, CLEAN = ("spam",), ("email",), ("email", "spam"), ()

CLASSES = {
    # scam wording beside an address, before or after it: getting rich in a time, a sum a month to
    # earn, a sum invested for a larger one, a prize or a giveaway (spam for the wording, email for
    # the address)
    "scam wording around an address": [
        ("get rich in 60 days, write to fast.money at gmail dot com", ES),
        ("hazte rico en un mes, escribe a dinero.rapido arroba hotmail", ES),
        ("fique rico em 3 meses, manda email pra lucro.certo arroba gmail ponto com", ES),
        ("devenez riches en 2 semaines, écrivez à fortune.club arobase gmail point com", ES),
        ("werdet reich in 10 Tagen, schreibt an reich.jetzt at gmx", ES),
        ("diventate ricchi in 2 settimane, scrivete a fortuna.vera chiocciola gmail punto com", ES),
        ("word rijk in een maand, stuur een mail naar rijk.nu apenstaartje hotmail punt com", ES),
        ("earn 4000 a month, mail to work.home@outlook.com", ES),
        ("gana 2500 al mes, escribe a trabajo.ya arroba gmail punto com", ES),
        ("gagnez 3000€ par mois, écris à boulot.facile arobase yahoo point fr", ES),
        ("verdiene 4000€ im Monat, schreib an job.top at web Punkt de", ES),
        ("guadagna 2000 al mese, scrivi a lavoro.top chiocciola libero punto it", ES),
        ("invest 200 and get 2000, mail to profit.now at gmail", ES),
        ("investe 50 e ganha 500, manda email pra invest.br arroba gmail", ES),
        ("investiere 100€ und verdiene 1000€, schreib an invest.de at gmx", ES),
        ("win an iphone 15! send your info to lucky.draw at yahoo", ES),
        ("sorteo de un iphone, manda tus datos a premios.mx arroba gmail punto com", ES),
        ("gewinne ein neues iPhone, schick deine Daten an gewinn.de at gmx", ES),
        ("write to big.win at gmail dot com and win a brand new ps5", ES),
        ("escribe a suerte.total arroba gmail punto com y hazte rico", ES),
        ("write to cash.flow at hotmail dot com to earn 5000 a month", ES),
        # the address alone, a wish, a game won, a warning: email only, or clean
        ("write to marta.k at gmail dot com about the party", E),
        ("i want to get rich in 30 days, text me if you know how lol", CLEAN),
        ("we need to win a game tonight, text me when you're on", CLEAN),
        ("get rich in 30 days schemes are scams, don't write to them", CLEAN),
        ("I earn 3000 a month as a teacher, write to me if you want tips for the exam", CLEAN),
        ("the giveaway ended yesterday", CLEAN),
        ("did you see the giveaway? dm me what you think", CLEAN),
        ("there's a giveaway on the stream tonight, message me if you join", CLEAN),
    ],
    # a subscription sold with its price (and a time) and a call to write
    "subscriptions sold with a price and a contact": [
        ("disney+ 1 year for 8 dollars, message me", S),
        ("youtube premium lifetime 15€, hmu", S),
        ("netflix 12 meses por 10€, escríbeme", S),
        ("spotify premium 1 an pour 10€, mp moi", S),
        ("game pass 12 monate 20€, schreib mir", S),
        ("dm me for nitro 1 year $5", S),
        ("netflix is 15€ a month now, text me when you're home", CLEAN),
        ("spotify premium costs 11 dollars, crazy", CLEAN),
        ("my netflix expired after 1 year, text me a good show to watch", CLEAN),
    ],
    # private content sold, with a price or a call to write, without a link
    "private content sold": [
        ("je vends mes vidéos privées, mp pour les tarifs", S),
        ("vendo mis fotos privadas, dm para precios", S),
        ("verkoop pikante foto's, stuur me een dm", S),
        ("selling spicy fotos, dm for prices", S),
        ("buy my pics, 5 each", S),
        ("achetez mes photos, 10€ chacune", S),
        ("koop mijn foto's, 5 euro per stuk", S),
        ("my mom sells her photos at the market", CLEAN),
        ("did you buy my present yet?", CLEAN),
        ("les photos privées de la soirée sont sur mon téléphone", CLEAN),
    ],
    # money sent for more sent back, with a payment app or a currency
    "send money, get more back": [
        ("send me 20$ on cashapp and i'll send you 200", S),
        ("faz um pix de 30 que eu devolvo 300", S),
        ("envíame 20 por bizum y te devuelvo 200", S),
        ("envoie-moi 50€ par lydia, je te renvoie 500€", S),
        ("schick mir 50€ per paypal, ich schicke dir 500€ zurück", S),
        ("stuur me 20 euro via tikkie en ik stuur 200 terug", S),
        ("send me 5 pics and i'll send you 5 back", CLEAN),
        ("me manda o pix que eu te devolvo amanhã", CLEAN),
        ("I sent 50 to my sister and she sent 20 back", CLEAN),
        ("send me 20 bucks and i'll pay you back 20 tomorrow", CLEAN),
        ("manda 10 reais pra mim que eu te devolvo 10 amanhã", CLEAN),
        ("faz um pix de 30 que eu devolvo 5 mil", S),
    ],
    # a prize announced with a fee or shipping to pay, in every language's verb forms
    "prize and a fee": [
        ("você ganhou um iphone, só pagar a taxa", S),
        ("has ganado una ps5, solo tienes que pagar el envío", S),
        ("tu as gagné un iphone, il suffit de payer la livraison", S),
        ("hai vinto un iphone, devi solo pagare la spedizione", S),
        ("you won the match, just pay for the pizza", CLEAN),
        ("ganhei um livro no sorteio da escola", CLEAN),
    ],
    # a group recruited with easy money and a call to write
    "recruiting with easy money": [
        ("looking for girls 18+ for quick cash, dm me", S),
        ("busco chicas 18+ para sesiones de fotos, dinero fácil, escríbeme", S),
        ("je cherche des filles pour du mannequinat, argent facile, mp moi", S),
        ("cerco ragazze maggiorenni per servizi fotografici, soldi facili, scrivimi", S),
        ("zoek meiden voor fotoshoots, snel geld, stuur me een dm", S),
        ("looking for girls to join our football team, dm me", CLEAN),
        ("je cherche des filles pour un projet de danse, mp moi", CLEAN),
    ],
    # abbreviations of the supported languages shaped like a host
    "abbreviations are not links": [
        ("frutta, p.es. mele o pere", CLEAN), ("P.es. il lunedì", CLEAN),
        ("la sig.na Rossi è arrivata", CLEAN), ("gent.mo cliente, grazie", CLEAN),
        ("z.B. morgen, d.h. nicht heute", CLEAN), ("p.ex. demain", CLEAN),
        ("i.e. tomorrow, e.g. apples", CLEAN),
        ("visit p.es/offerte", S), ("check x.com.", S),
    ],
    # a number or a price before the English "at" and a site: a link, not an address
    "a number at a site": [
        ("2 for 15 at cheapshop.net", S), ("grams for 10 at greenplug.org", S),
        ("earn daily at quickcash.biz", S),
        ("write to 12345 at gmail dot com", E), ("jim at example.com", E),
    ],
    # a platform's name before "@name": a handle, not an address
    "a platform before @handle": [
        ("pedidos por mi tiktok @dj.sur.mx", ("pii",)), ("my insta @lena.k.es", ("pii",)),
        ("john @gmail.com", E), ("mail me: jim @gmail.com", E),
    ],
    # the handle told a few words after "snap me", "add me on insta": pii, even when it ends like a domain
    "a handle after the cue": [
        ("snap me for concert tickets, it's mikey.live", ("pii",)),
        ("add me on insta for more pics, it's lena.k", ("pii",)),
        ("snap me later, it's late", CLEAN), ("add me on snap for the notes, it's fine", CLEAN),
        ("snap me for the link, it's tripz.com", S),
    ],
    # "at" glued in lower case between a name and a mail host glued to a dot-word and a domain
    "a glued lower-case at before a mail host": [
        ("mail jimathotmaildotcom now", E), ("ritaatsapopontopt", E), ("lenaatgmxpunktde", E),
        ("the cat ate the combat boots", CLEAN), ("whatsappdotcom", CLEAN),
    ],
    # a plain name at a word host right after "my email is", "e-mail:"
    "a plain name at a word host after the word for e-mail": [
        ("my email is gamerkid at live", E), ("e-mail: marie at orange", E),
        ("meet me at orange", CLEAN), ("my email is broken at web summit", CLEAN),
    ],
}

test_class = class_test(CLASSES)
