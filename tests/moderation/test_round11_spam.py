"""Round 11: spam recall on messages nobody tuned for (set14's and set15's misses, read this round).

The misses fell into classes, each fixed as a class and tested here with examples written for the
test in the seven languages and in other wordings than the sets', with innocent messages of the same
shapes: betting tips sold with a success rate and a way to reach; money (or the reader's code) sent
first for something unlocked, released or a place on a guest list; the policy's new trade of follows,
likes or subscribers (sub4sub); followers sold as real with a price; free crypto with a way to reach;
a spam hit around a phone number or an address (a wall of capitals, a premium line's wording): spam
as well as phone; a prize of tickets; a rank boost with a price; an ad's elided "doing ..." with a
price; a bare price with "ono" or "each"; a job paying a bare sum by the week with an ID sent; a loan
for cash needed fast; a unit of a word and its punctuation, or a short chant, repeated; a score inside
a wall of capitals; a long glued name before a spelled "dot com"; the sender's own thing done at home
("I do my nails at home, text me if you want tips": no service offered, the policy's reading).
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

CLASSES = {
    'betting tips sold with a lure (a success rate, VIP, sure, free every day) and a way to reach': [
        ('football tips with an 89% hit rate, message me on telegram', ('spam',)),
        ('tipster VIP group, sure wins every weekend, dm me', ('spam',)),
        ('apuestas seguras cada fin de semana, escríbeme por whatsapp', ('spam',)),
        ('palpites certos com 90% de acerto, chama no zap', ('spam',)),
        ('pronostics gagnants à 92%, écris-moi en mp', ('spam',)),
        ('sichere Sportwetten-Tipps, 90% Trefferquote, schreib mir', ('spam',)),
        ('pronostici vip vincenti al 95%, scrivimi in privato', ('spam',)),
        ('voetbaltips met 90% winst, stuur me een bericht', ('spam',)),
        ('any betting tips for the derby tonight?', ()),
        ('his betting tips were 90% wrong last season', ()),
        ('mis pronósticos para el mundial: 2-1 para España', ()),
        ('text me if you want tips for the exam', ()),
    ],
    'money or the reader\'s code sent first, for something unlocked, released or a guest list': [
        ('send me 15 quid and I\'ll put you on the guestlist for saturday', ('spam',)),
        ('pay £20 via paypal and i will unlock your account today', ('spam',)),
        ('mándame 10 euros por bizum y te pongo en la lista vip', ('spam',)),
        ('manda 30 reais no pix que eu te coloco na lista vip', ('spam',)),
        ('envoie 15€ sur lydia et je te mets sur la liste de la soirée', ('spam',)),
        ('schick mir 10 € per PayPal und ich setze dich auf die Gästeliste', ('spam',)),
        ('mandami 20 euro su satispay e ti metto in lista per sabato', ('spam',)),
        ('stuur je pincode en ik deblokkeer je pas', ('spam',)),
        ('I paid 20€ and they put me on the guestlist', ()),
        ('pay £10 at the door and you\'re in', ()),
        ('send me the photos and I\'ll add them to the album', ()),
        ('ho pagato 15 euro ma non ero in lista', ()),
    ],
    'trading follows, likes or subscribers (the policy\'s sub4sub), in the seven languages': [
        ('sub4sub anyone? just started my channel', ('spam',)),
        ('f4f l4l drop your @ below', ('spam',)),
        ('follow me and i\'ll follow you back', ('spam',)),
        ('sígueme y te sigo, palabra', ('spam',)),
        ('like por like, quem topa?', ('spam',)),
        ('segue que eu sigo de volta', ('spam',)),
        ('abo pour abo, je suis nouveau sur youtube', ('spam',)),
        ('Abo gegen Abo? ich folge zurück', ('spam',)),
        ('follow per follow, seguimi e ricambio', ('spam',)),
        ('volg voor volg, ik volg terug', ('spam',)),
        ('we need a like-for-like replacement for the boiler', ()),
        ('she never followed me back on insta', ()),
        ('never do sub4sub, youtube deletes those subs', ()),
        ('ich folge dir jetzt auf Spotify', ()),
    ],
    'followers, likes or views sold (the platform named, or sold as real with a price)': [
        ('kaufe TikTok-Follower, 500 für 3 €, schreib mir', ('spam',)),
        ('koop tiktok volgers, 1000 voor 4 euro', ('spam',)),
        ('seguidores reales para tu instagram, 1000 por 3€', ('spam',)),
        ('abonnés actifs pour ton compte, packs à partir de 5€', ('spam',)),
        ('follower reali per il tuo profilo, pacchetti da 4,99 €', ('spam',)),
        ('ich habe endlich 500 Follower, danke euch', ()),
        ('i reached 1000 followers today!', ()),
    ],
    'free crypto with a way to reach': [
        ('free bitcoin for the first 20 people, dm me', ('spam',)),
        ('regalo cripto gratis, escríbeme', ('spam',)),
        ('cripto grátis pra quem me chamar no privado', ('spam',)),
        ('crypto gratuite pour les premiers, écris-moi en mp', ('spam',)),
        ('kostenlose Kryptos, schreib mir', ('spam',)),
        ('crypto gratis per tutti, scrivimi in privato', ('spam',)),
        ('gratis crypto, stuur me een dm', ('spam',)),
        ('las criptos gratis no existen, nadie regala nada', ()),
        ('ik heb ooit gratis crypto gekregen bij een airdrop', ()),
    ],
    'spam wording around a phone number: a wall of capitals, a premium line, a loan': [
        ('QUICK CASH FOR STUDENTS CALL 07700 900 456 AND GET PAID TODAY', ('phone', 'spam')),
        ('GANA DINERO RÁPIDO, LLAMA AL 612 34 56 78 Y EMPIEZA YA MISMO HOY', ('phone', 'spam')),
        ('hot chat, call now 0906 123 4567, only £1.50 per min', ('phone', 'spam')),
        ('need money fast? text CASH to 07700 900 789, same day payout', ('phone', 'spam')),
        ('my aunt does nails, call her on 0612345678, she is great', ('phone',)),
        ('call me on 07700 900 123 when you land', ('phone',)),
        ('the pizza place is 020 7946 0018, open till late', ('phone',)),
    ],
    'a prize of tickets won, then a number to call': [
        ('you have won 2 tickets for the cup final, call 0906 123 4567 to claim', ('phone', 'spam')),
        ('Sie haben zwei Konzertkarten gewonnen, rufen Sie 0900 123 4567 an', ('phone', 'spam')),
        ('je hebt vier concertkaarten gewonnen, bel 0900 123 4567', ('phone', 'spam')),
        ('hai vinto due biglietti per il concerto, chiama il 899 123 456', ('phone', 'spam')),
        ('I won two tickets in the office raffle, so happy', ()),
    ],
    'a rank boost, or an ad\'s elided "doing ...", with a price': [
        ('elo boost 15€ per division, fast and safe', ('spam',)),
        ('boost di rango su valorant, 10 euro a divisione', ('spam',)),
        ('doing logo designs for 20 quid, dm me', ('spam',)),
        ('making custom jerseys, 25€ each, dm me', ('spam',)),
        ('doing my homework now, text me later', ()),
        ('I need a rank boost, my team is terrible', ()),
    ],
    'a bare price with "ono" or "each", and a way to reach': [
        ('selling my drum kit, 300 ono, message me', ('spam',)),
        ('selling 2 tickets for friday, 45 each, DM quick', ('spam',)),
        ('selling out fast, the tickets were 45 each', ()),
    ],
    'a job paying a bare sum by the week, with an ID or a CV sent': [
        ('Fahrer gesucht, 800 die Woche, Ausweis an mich per WhatsApp', ('spam',)),
        ('vaga de promotor, 3 mil por semana, mande RG pra mim no privado', ('spam',)),
        ('my job pays 800 a week, not bad', ()),
        ('cherche 2 personnes pour une coloc, 450 par mois, écrivez-moi', ()),
    ],
    'a sum invested for a larger one, with words between (a group, a platform)': [
        ('invest 100 in my crypto group and get 2000 back in a month, dm me', ('spam',)),
        ('invierte 100€ en mi grupo de trading y recibe 1500 en un mes, escríbeme', ('spam',)),
        ('investe 200 no meu grupo de sinais e recebe 3000 em 30 dias', ('spam',)),
        ('I invested 500 in my car and got 30 back when I sold it', ()),
    ],
    'a giveaway in the first person, then the reader\'s card or bank details asked': [
        ('giving away 2 festival tickets, just send me your card details', ('spam',)),
        ('regalo dos entradas, solo mándame los datos de tu tarjeta', ('spam',)),
        ('je donne 3 places, envoie-moi les infos de ta carte', ('spam',)),
        ('verschenke zwei Tickets, schick mir einfach deine Kartendaten', ('spam',)),
        ('le regalo un libro a mi madre, mándame tu dirección', ()),
        ('giving away my old sofa, anyone want it?', ()),
    ],
    'goods sold with offers asked to an address, or a collection from the seller': [
        ('selling my signed shirt, serious offers to shirtsale@example.org', ('email', 'spam')),
        ('vendo mi bici de carretera, ofertas al privado', ('spam',)),
        ('selling the spare ticket 40 quid, come pick it up at the station', ('spam',)),
        ('my brother is selling his car, he got serious offers', ()),
    ],
    'plans, coaching, lessons or a group\'s access at a price a month, then a way to reach': [
        ('online coaching, £40 a month, message me', ('spam',)),
        ('clases de inglés por zoom, 60€ al mes, escríbeme', ('spam',)),
        ('acesso ao grupo de sinais, 50 reais por mês, chama no privado', ('spam',)),
        ('cours de guitare en ligne, 40€ par mois, écris-moi', ('spam',)),
        ('lezioni di piano, 80 euro al mese, scrivimi', ('spam',)),
        ('the gym is 30€ a month, text me if you want to come', ()),
        ('looking for a flatmate, 500€ a month bills included, dm me', ()),
        ('I pay 40€ a month for my gym, dm me if you want a guest pass', ()),
    ],
    'a short unit (a word and its punctuation) repeated four times to 24 characters': [
        ('hello? hello? hello? hello? anyone here?', ('spam',)),
        ('why?? why?? why?? why?? why??', ('spam',)),
        ('vamos! vamos! vamos! vamos! vamos!', ('spam',)),
        ('anyone??? anyone??? anyone??? anyone???', ('spam',)),
        ('allez les bleus allez les bleus allez les bleus allez les bleus', ()),
        ('thank you thank you thank you', ()),
        ('no no no no no', ()),
        ('hello? is anyone here? hello?', ()),
        ('very very very good', ()),
        ('nope nope nope nope nope', ()),
    ],
    'a score or a range inside a wall of capitals': [
        ('WE WERE 2-0 UP AND STILL LOST THE GAME TODAY UNBELIEVABLE', ('spam',)),
        ('we were 2-0 up and still lost, unbelievable', ()),
    ],
    'a long glued name before a spelled "dot com"': [
        ('mi blog es cocinaconmarta punto com', ('spam',)),
        ('everything is on mygardeningtips dot com', ('spam',)),
        ('the dot com bubble burst in 2000', ()),
        ('no mundo ponto com tudo muda rápido', ()),
        ('microsoft dot net is old', ()),
    ],
    'the sender\'s own thing done at home is no service offered (a service with a way to reach is)': [
        ('I do my nails at home, text me if you want tips', ()),
        ('hago mis uñas en casa, escríbeme si quieres consejos', ()),
        ('I do nails at home, text me for an appointment', ('spam',)),
        ('I make my own candles, 10€ each, dm me', ('spam',)),
    ],
}

test_class = class_test(CLASSES)
