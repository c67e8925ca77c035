"""Round 11b: spam and phone recall on a neighbourhood and parents' chat (set16's misses, read this round).

Classes fixed, each tested with examples written for the test in the seven languages and innocent
messages of the same shapes: a thing said to be available to the chat with a price and a way to reach
the sender (the policy's "an offer with a price or a DM me"); a service at the customer's home with a
price and a way to reach or book the sender; an e-mail address with its signs spelled in quotes;
an international number with the
bracketed trunk 0 ("+34 (0) 622 ..."); two numbers written side by side with a slash between them.
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

CLASSES = {
    'a thing available to the chat, with a price and a way to reach the sender': [
        ('bunk bed available, £60, dm me', ('spam',)),
        ('Kids scooter up for grabs, £10, message me', ('spam',)),
        ('Cot and mattress available, £35, text me on 07911 123456', ('spam', 'phone')),
        ('Cuna de madera disponible, 50€, escríbeme por privado', ('spam',)),
        ('Carrinho de bebê disponível, R$ 200, me chama no privado', ('spam',)),
        ('Poussette disponible, 40€, écrivez-moi en MP', ('spam',)),
        ('Kinderwagen abzugeben, 40€, meldet euch per Nachricht', ('spam',)),
        ('Seggiolino auto disponibile, 30€, scrivetemi in privato', ('spam',)),
        ('Kinderzitje beschikbaar, €25, stuur me een berichtje', ('spam',)),
        ('my old pram is available for £25, please contact me', ('spam',)),
        ('the cot is still available, £30, message me', ('spam',)),
        ('o berço ainda está disponível, R$ 150, me chama', ('spam',)),
        ('der Hochstuhl ist noch zu haben, 20€, schreibt mir', ('spam',)),
        ('il passeggino è ancora disponibile, 50€, scrivetemi', ('spam',)),
        ('de box is nog beschikbaar, €30, stuur me een berichtje', ('spam',)),
        ('la cuna sigue disponible, 50€, escríbeme', ('spam',)),
        ('the plumber is available on monday, he charges £40, text me if you want his number', ()),
        ('la niñera está disponible los sábados, cobra 10€ la hora, escríbeme y te paso su número', ()),
        ('the hall is available for £50 an evening, ask the vicar', ()),
        ('was the bike still available? it was £60, text me', ()),
        ('the flat is available from june for 900€ a month, my landlord said', ()),
        ('is the bunk bed still available for £60? text me', ()),
        ('the hall is available on saturday, call me', ()),
        ("I'm available tomorrow from 10, text me", ()),
        ('tickets are available at the school office for £5, ask Mrs Jones', ()),
        ('the new iphone is available from £799, my brother got one', ()),
        ('El salón está disponible el sábado, 50€ de fianza, lo dijo la presidenta', ()),
        ('la sala è disponibile sabato, costa 50€, chiedete al parroco', ()),
    ],
    'a service at the customer\'s home with a price and a way to reach or book the sender': [
        ('Manicure em domicílio, R$ 40. Agende pelo 11 98765-4321', ('spam', 'phone')),
        ('Coiffure à domicile, 25€, appelez Julie au 06 12 34 56 78', ('spam', 'phone')),
        ('Coiffure à domicile, 25€, écrivez-moi', ('spam',)),
        ('Pedicura a domicilio, 18€, reserva al 612 345 678', ('spam', 'phone')),
        ('Sharpening at your door, £5 a knife, text me', ('spam',)),
        ('Fußpflege bei Ihnen zu Hause, 30€, ruf mich an', ('spam',)),
        ('Massaggi a domicilio, 40€, prenota al 333 123 4567', ('spam', 'phone')),
        ('Fietsenmaker aan huis, band plakken €15, stuur me een berichtje', ('spam',)),
        ('the nurse came to our home, £25, text me for her name', ()),
        ('il medico a domicilio costa 50€, chiamate il 118', ()),
        ('we had a hairdresser a domicilio last week, she charged 20€, escríbeme si quieres', ()),
        ("a domicile c'est 30€ de plus? écrivez-moi", ()),
        ('de kapper aan huis vroeg €20, heel redelijk', ()),
        ('weed delivered to your door, £20 an eighth, text me', ('drugs',)),
        ('maría a domicilio, 10€ el gramo, escríbeme', ('drugs',)),
    ],
    'an e-mail address with its signs spelled in quotes': [
        ("mail me: tom.baker 'at' gmail 'dot' com", ('email',)),
        ('mail me: tom.baker "at" gmail "dot" com', ('email',)),
        ('e-mail: lucia.m “arroba” hotmail “punto” es', ('email',)),
        ("écris-moi : chloe.b 'arobase' orange 'point' fr", ('email',)),
        ("Mail an jonas.k 'at' gmx 'punkt' de", ('email',)),
        ("scrivimi: sara.r 'chiocciola' libero 'punto' it", ('email',)),
        ("mail naar sanne.v 'apenstaartje' ziggo 'punt' nl", ('email',)),
        ("e-mail: joao.p 'arroba' sapo 'ponto' pt", ('email',)),
        ("I'm 'at' home 'dot' not coming", ()),
        ('he said "at" the park, not "in" it', ()),
        ("the word 'punto' means point", ()),
    ],
    'an international number with the trunk 0 in brackets': [
        ('+34 (0) 622 45 67 89 es el de mi marido', ('phone',)),
        ('my mobile is +44 (0) 7911 123 456', ('phone',)),
        ('+33 (0)6 12 34 56 78, c\'est mon portable', ('phone',)),
        ('+49 (0)171 5556677 ist meine Nummer', ('phone',)),
        ('+39 (0) 333 123 4567 chiamami', ('phone',)),
        ('+31 (0)6 12345678 is van mijn vrouw', ('phone',)),
        ('+351 (0) 912 345 678', ('phone',)),
        ('the score was +3 (0) in extra time', ()),
        ('(0) missed calls today', ()),
    ],
    'two numbers side by side with a slash': [
        ('07911 123456 / 01632 960552 either is fine', ('phone',)),
        ('07911 123456/01632 960552', ('phone',)),
        ('06 12 34 56 78 / 01 23 45 67 89, le soir', ('phone',)),
        ('0171 5556677 / 030 1234567 tagsüber', ('phone',)),
        ('612 345 678 / 912 345 678 por la tarde', ('phone',)),
        ('the ratio was 1234567/7654321', ()),
        ('512/(5401-512)', ()),
        ('score 3/4 on 12/12/2026', ()),
        ('ISBN 978-3-16-148410-0 / 978-1-4028-9462-6', ()),
        ('2024/2025 season, tickets 12/15', ()),
    ],
}

test_class = class_test(CLASSES)
