"""Round 7 of issue #12: the spam classes that the blind set 10 showed missing, made general.

Each class is a kind of message, not a message: examples written for these tests (other goods,
sums, words and orders than the set's), in the languages the class touches, and innocent messages
of the same shape that must stay clean (money talked about, a sale told, a price said, a warning).
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

S, E, P, D, CLEAN = ("spam",), ("email",), ("phone",), ("drugs",), ()
ES, PS = ("email", "spam"), ("phone", "spam")

CLASSES = {
    # something offered to the chat (goods with a price, accounts, followers and views) and a call
    # to write in any of its forms, closing the message
    "goods with a price and a call to write": [
        ("ps5 slim barely used 300€, dm if interested", S),
        ("Samsung S23 comme neuf 350€, MP", S),
        ("cuentas de valorant con skins, 25€, escríbeme", S),
        ("contas de free fire lvl 80 por 30 reais, chama no pv", S),
        ("5000 abonnés instagram pour 10€, écris-moi", S),
        ("Follower kaufen? 2000 Follower für 5€, schreib mir", S),
        ("2000 volgers voor €6, app me", S),
        ("te koop: kinderwagen Joolz, €300, ophalen in Utrecht, DM", S),
        ("selling concert posters £5 each, message me now", S),
        ("vends vélo de course 250€, écrivez à moi", S),
        # talk about prices, sales told, a price said with a later call that is no offer
        ("my ps5 cost 500€ and it broke, dm me if you know a repair shop", CLEAN),
        ("netflix is 15€ a month now, text me when you're home", CLEAN),
        ("mi hermano vendió su moto por 2000€, qué locura", CLEAN),
        ("l'iphone coûte 1200€ maintenant, c'est fou", CLEAN),
        ("the tickets were 40€ each, text me when you arrive", CLEAN),
    ],
    # private pictures, videos or calls with a price, "paid", "rates" or cheap, and a call to write
    "private content offered": [
        ("private video calls 30€ for 15 minutes, dm me", S),
        ("mis fotos de pies a 10€ cada una, escríbeme", S),
        ("fotos picantes por 20 reais, chama no privado", S),
        ("vidéos privées payantes, tarifs en MP", S),
        ("private Bilder gegen Bezahlung, schreib mir", S),
        ("foto piccanti a pagamento, scrivetemi", S),
        ("pikante foto's voor €15, stuur een DM", S),
        ("spicy pics, dm for prices", S),
        ("dm me the private photos from the trip", CLEAN),
        ("les photos privées de la soirée sont sur mon téléphone", CLEAN),
        ("hot pics from the beach today, 35 degrees lol", CLEAN),
    ],
    # a course, a team, an advisor in trading or crypto, network marketing, a reseller place, a side
    # income: with a call to write, also in the middle of ordinary talk
    "schemes offered in passing": [
        ("Nice weather today. Anyway if anyone wants to join my crypto signals group, guaranteed profits, dm me", S),
        ("Qué bien lo pasamos el finde. Por cierto, si alguien quiere ingresos extra con mi curso de trading, escríbeme", S),
        ("O jantar foi ótimo. Quem quiser renda extra com a minha mentoria de forex, me chama", S),
        ("Les vacances étaient top. Au fait, mon groupe de trading crypto cherche du monde, écrivez-moi", S),
        ("Schöner Abend gestern. Wer Nebeneinkommen mit meinem Krypto-Kurs will, meldet euch", S),
        ("wie reseller wil worden van mijn sieradenlijn, app me", S),
        ("cerchiamo rivenditori per la nostra linea di borse, scrivetemi", S),
        ("I lost money trading crypto last year, text me if you want the story", CLEAN),
        ("my trading course at uni was boring, text me later", CLEAN),
        ("il mio corso di trading mi ha rovinato, scrivetemi se volete sapere", CLEAN),
        ("network marketing is a scam, don't write to them", CLEAN),
    ],
    # people recruited for a job named, paid by the month, the task or the evening, with a call
    "jobs offered with a rate and a call to write": [
        ("brand ambassadors wanted, 1200€/month from your phone, dm me", S),
        ("buscamos embajadoras para nuestra marca, 900€ al mes, escribe INFO", S),
        ("procuramos testadores de produtos, 40€ por teste, manda INFO", S),
        ("devenez testeur d'applis, 50€ par test, écrivez-moi", S),
        ("Heimarbeiter gesucht, 1800€ im Monat, Bewerbung an uns per Mail", S),
        ("cerchiamo ragazze per chat da casa, 80€ a sera, contattatemi", S),
        ("thuiswerkers gezocht, €1800 per maand, stuur een DM", S),
        ("zoek mensen die hun pinpas willen uitlenen, snel verdiend, app me", S),
        ("the café is looking for waiters, ask the manager", CLEAN),
        ("my sister is a brand ambassador, she earns 1200€ a month", CLEAN),
        ("busco piso, 600€ al mes, escríbeme si sabes de alguno", CLEAN),
    ],
    # services sold (the policy counts them as solicitation): a rank boost, homework or essays done
    "services sold": [
        ("elo boost in league 25€, dm me", S),
        ("hago tus trabajos universitarios por 30€, escríbeme", S),
        ("je fais tes devoirs pour 10€ la page, mp", S),
        ("Hausaufgaben gegen Bezahlung, meldet euch", S),
        ("faccio tesine a pagamento, scrivetemi", S),
        ("can you help with my homework? dm me", CLEAN),
        ("mis deberes de mates son 20 ejercicios, escríbeme si los tienes", CLEAN),
        ("hausaufgaben sind doof, schreib mir wenn du fertig bist", CLEAN),
    ],
    # paid to like, click, watch or test: a sum by the day or month for it
    "paid for a task from a phone": [
        ("earn 150 a day liking videos", S),
        ("gana 80€ al día viendo anuncios", S),
        ("gagne 200€ par semaine en likant des vidéos", S),
        ("verdiene 100€ am Tag mit Videos liken", S),
        ("verdien geld met het klikken op advertenties, €40 per dag", S),
        ("I like videos of cats all day lol", CLEAN),
        ("i earn 150 a day at the bakery", CLEAN),
    ],
    # a notice (parcel, customs, a tax refund, a line or account suspended, points to redeem),
    # then a call or a confirmation with a card, a number or a fee
    "notices with a call and a card or a number": [
        ("Your package could not be delivered, call 0871 234 5678 to rebook (£1.50/min)", PS),
        ("Your loyalty points expire today, confirm your card details to redeem them", S),
        ("Su paquete está retenido en aduana, llame al 806 123 456", PS),
        ("Votre remboursement d'impôts est en attente, confirmez votre carte bancaire", S),
        ("Ihre Sendung liegt beim Zoll, bestätigen Sie Ihre Kartendaten", S),
        ("il tuo pacco è in giacenza, chiama l'895 123 4567", PS),
        ("Uw bankpas verloopt, bevestig uw gegevens", S),
        ("your parcel arrived at my place, call me when you're back", CLEAN),
        ("my package is stuck in customs again, so annoying", CLEAN),
        ("votre compte est bloqué? appelez votre banque au numéro au dos de la carte", CLEAN),
        ("mein Paket ist im Zoll, ich rufe morgen an, kostet 20€", CLEAN),
        ("o meu cartão foi recusado no supermercado, que vergonha", CLEAN),
    ],
    # a draw or a selection announced, then only a fee or the shipping to pay
    "selected or drawn, pay the shipping": [
        ("you were selected for a free airfryer, only pay $3.95 shipping", S),
        ("has sido seleccionada para una tablet, solo pagas 1,95€ de envío", S),
        ("você foi sorteado, pague apenas 2,90€ de portes", S),
        ("Vous avez été tiré au sort pour une tablette, payez juste 1,99€ de frais de livraison", S),
        ("Sie wurden ausgelost! Zahlen Sie nur 2,50€ Versand", S),
        ("sei stato sorteggiato per un iPad, paghi solo le spese di spedizione", S),
        ("je bent uitgekozen voor een gratis iPad, betaal alleen 1,95 verzendkosten", S),
        ("I was selected for the team! the shoes cost a lot though", CLEAN),
        ("I was selected for the team, only had to pay the 20€ fee for the kit", CLEAN),
        ("free shipping on orders over 50€ at the local shop", CLEAN),
    ],
    # a loan on easy terms with a call to write
    "easy loans": [
        ("loans approved in 10 minutes, whatsapp me", S),
        ("préstamos rápidos sin aval, escríbeme", S),
        ("prêts rapides sans justificatif, contactez-moi", S),
        ("Sofortkredit ohne Schufa, schreib mir", S),
        ("I need a loan for my car, any tips?", CLEAN),
    ],
    # a drug offer with a call for prices is drugs, not spam as well
    "a drug offered with a call for prices": [
        ("got molly and tabs, pm for prices", D),
        ("tengo maría y hachís, MD para precios", D),
    ],
    # links: invisible characters in a domain, a spelled dot before a word domain after a place word,
    # commas for every dot, a profile link with @name
    "disguised links": [
        ("tickets at g\u200bi\u200bg\u200bs\u200bn\u200bo\u200bw\u200b.\u200bn\u200be\u200bt", S),
        ("watch on free\u200bsport\u200b.\u200bio tonight", S),
        ("trovate tutto su mercatino dot it, prezzi bassi", S),
        ("kijk op fietsenwinkel punt nl", S),
        ("l'iscrizione è su scuola,roma,it", S),
        ("the form is at school,district,org", S),
        ("follow me: youtube.com/@cooking.with.sam", S),
        ("ciao,come,va", CLEAN), ("si,claro,no", CLEAN), ("we went to mallorca dot it was fun", CLEAN),
        ("yes,sure,no problem", CLEAN), ("languages: en,fr,de", CLEAN),
    ],
    # the mail host first, a few words before a colon, then a local part shaped like a handle
    "the provider first, words before a colon": [
        ("gmail is where you'll find me: tom.h.88", E),
        ("outlook, as usual: sara_b12", E),
        ("gmail is down again: no idea why", CLEAN),
        ("outlook for tomorrow: sunny and warm", CLEAN),
    ],
}

test_class = class_test(CLASSES)
