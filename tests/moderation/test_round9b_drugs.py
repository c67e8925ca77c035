"""Round 9b of issue #12 (drugs recall on text nobody tuned for): the classes set12's drug misses
belong to, each covered as a shape in the seven languages rather than as the phrase that missed.

Each class is one shape: an offer's own wording, the night out a medicine is taken for, a news
line's seizures and arrests, a drug name at the head of a compound, a clipped or foreign spelling,
a joint made or rolled for oneself. Every class has innocent messages of the same shape that must
stay clean (the everyday sense, medicine, a road's traffic, a story's heroine). Messages go
through the real engine loaded from ``rulepacks/``.
"""
from verdicts import class_test

D, CLEAN, SP = ("drugs",), (), ("spam",)

CLASSES = {
    # the offer said in its own words, in every language: interest asked for, a private message, a
    # price made; only for slang no classified ad sells (coke is sold by the can, a pot by the shop)
    "an offer's own wording": [
        ("got some hash from the trip, anyone interested message me", D),
        ("selling hash, dm me if interested", D), ("weed going, pm me if you want some", D),
        ("weed, mates rates, inbox me", D), ("hash, i do a good price, hit my line", D),
        ("tengo hachís, interesados por privado", D), ("mota buena, te hago buen precio", D),
        ("j'ai du hash, intéressés en mp", D), ("weed dispo, je fais un prix", D),
        ("Hash da, bei Interesse PN", D), ("weed, guter Preis, schreib mir", D),
        ("ho dell'hash, chi è interessato scriva in privato", D), ("weed, faccio un buon prezzo", D),
        ("hash, interesse? stuur een dm", D), ("weed voor een vriendenprijs", D),
        ("tenho beck, interessados chamem no privado", D), ("weed, faço preço bom, chama no pv", D),
        ("hash browns anyone interested message me", CLEAN),
        ("need someone to weed the garden, anyone interested message me", CLEAN),
        ("weed the beds on saturday? lmk if you can help", CLEAN),
        ("the recruiters weed out the bad ones, pm me", CLEAN),
        ("hash tag challenge, anyone interested dm me", CLEAN),
        ("let's hash it out on a call, dm me if interested", CLEAN),
        ("press the hash key and pm me the code", CLEAN),
        ("skunk spotted in the garden again, dm me if you want pics", CLEAN),
        ("smoked weed out the window", D), ("buying weed out here is easy", D),
        ("anyone interested in the spare concert ticket, message me", CLEAN),
        ("we need a hash table here, dm me if interested", CLEAN),
        ("made a hash of the flat viewing, anyone interested in the room pm me", CLEAN),
        ("coke zero multipack, anyone interested message me", CLEAN),
        ("una mota de polvo en la lente, interesados por privado", CLEAN),
        ("je vends mon canapé, intéressés en mp, je fais un prix", CLEAN),
        ("verkaufe mein Fahrrad, bei Interesse PN", SP),  # a goods offer: spam, not drugs
        ("vendo divano, chi è interessato scriva in privato", CLEAN),
        ("fiets te koop, interesse? stuur een dm", CLEAN),
        # offered to whoever wants it, said as a condition (a drink is offered so: not coke)
        ("got extra weed if anyone wants, lmk", D), ("hash for whoever wants some, lmk", D),
        ("j'ai de l'herbe si quelqu'un veut", D), ("ho dell'erba, se qualcuno vuole", D),
        ("ich hab Gras, falls wer will", D), ("tenho beck, se alguém quiser é só falar", D),
        ("there's coke in the fridge if anyone wants some", CLEAN),
        ("j'ai de la levure en poudre si quelqu'un en veut", CLEAN),
        ("ho dell'erba cipollina, se qualcuno vuole", CLEAN),
        ("tenho bala de morango, quem quiser", CLEAN),
        ("ich hab noch Gras vom Rasenmähen, falls wer will für die Kaninchen", CLEAN),
    ],
    # a medicine taken before or for a night out: no prescription says pregame
    "a medicine at the pregame": [
        ("took xanax at the pregame", D), ("popped a valium during pre drinks", D),
        ("xanax for the afters", D), ("xanax en la previa y a bailar", D),
        ("j'ai pris du xanax en before", D), ("xanax beim Vorglühen", D),
        ("xanax prima della serata in discoteca", D), ("xanax bij het indrinken", D),
        ("tomei rivotril no esquenta", D), ("xanax à l'apéro avant la soirée", D),
        ("took xanax before bed as prescribed", CLEAN),
        ("took codeine after a night out for my hangover headache", CLEAN),
        ("they gave me morphine after surgery and I blacked out for a bit", CLEAN),
        ("my doctor prescribed xanax for panic attacks before flights", CLEAN),
        ("tomé tramadol tras la operación", CLEAN), ("j'ai pris du tramadol après l'opération", CLEAN),
        ("nach der OP bekam ich Morphin", CLEAN), ("dopo l'intervento mi hanno dato la morfina", CLEAN),
        ("na de operatie kreeg ik morfine", CLEAN), ("depois da cirurgia tomei tramadol", CLEAN),
    ],
    # a news line: the slang seized, smuggled or trafficked, and heroin's names that are also a
    # heroine (eroina, heroína, héroïne, heroïne) arrested or seized
    "seized, smuggled, trafficked": [
        ("crack seized by police in Manchester", D), ("smack smuggled through the port", D),
        ("la policía incauta 200 kilos de maría", D), ("la guardia civil incauta hierba en una nave", D),
        ("la douane saisit deux tonnes de résine", D), ("arrêté pour trafic de coke", D),
        ("Polizei stellt 5 Kilo Gras sicher", D), ("sequestrati tre chili di erba a Milano", D),
        ("preso por tráfico de pó", D), ("PF apreende pó em Cuiabá", D),
        ("eroina: arresti a Roma, lo dice il TG", D), ("heroína: detenidos en Cádiz", D),
        ("heroïne in beslag genomen in Antwerpen", D), ("apreensão de heroína no porto", D),
        ("the engine seized, there's a crack in the block", CLEAN),
        ("María trabaja en la aduana del puerto", CLEAN),
        ("o tráfico está horrível, tem pó por todo lado", CLEAN),
        ("le trafic est horrible, il y a de la poudre partout", CLEAN),
        ("il traffico a Roma è impossibile, c'è un fumo di smog", CLEAN),
        ("la saisie de texte est lente", CLEAN), ("l'eroina del film salva la città", CLEAN),
        ("la heroína de la novela muere al final", CLEAN), ("a heroína do livro", CLEAN),
        ("fardos de hierba para las vacas", CLEAN),
        ("police crack down on human trafficking", CLEAN),
        ("la polizia ha trovato coca in macchina", D), ("Zoll findet Koks in Bananenkisten", D),
        ("detenido con hierba en el coche", D),
        ("la policía ha detenido a María en el aeropuerto", CLEAN),
        ("la polizia è arrivata, tutti sull'erba del parco", CLEAN),
        ("das Gras ist schon 3 Zoll hoch", CLEAN),
        ("automobilisti sequestrati dalla neve in autostrada", CLEAN),
        ("police seized coke worth a million", D), ("smuggled some dope through customs", D),
        ("customs seized my pot of honey at the airport", CLEAN),
        ("smuggling ice cream into the cinema", CLEAN), ("smuggling coke into the cinema", CLEAN),
        ("we smuggled snacks and a speed boat toy past customs", CLEAN),
        ("la douane a saisi mon pot de miel", CLEAN), ("la douane a saisi du lait en poudre", CLEAN),
        ("polícia apreende pedras preciosas no aeroporto", CLEAN),
    ],
    # a drug's name at the head of a Dutch or German compound, as news writes them
    "a drug name heading a compound": [
        ("NOS meldt weer een cocaïnelab in Brabant", D), ("cocaïnesmokkel in de haven", D),
        ("heroïnegebruik neemt toe", D), ("wietplantage opgerold", D),
        ("hennepkwekerij in een schuur", D), ("Kokainhandel in Frankfurt", D),
        ("Kokainschmuggel im Hafen", D), ("Heroinsucht ist eine Krankheit", D),
        ("Cannabisplantage ausgehoben", D), ("marihuanateelt in Limburg", D),
        # the user, the seller, the house named by the drug in one word
        ("my roommate is a pothead", D), ("the crackhouse down the road", D),
        ("cokedealer opgepakt in Rotterdam", D), ("mijn buurman is een cokesnuiver", D),
        ("wietdealer in de buurt", D), ("hasjdealer bij het station", D),
        ("der Koksdealer vom Bahnhof", D), ("Grasdealer im Park", D), ("Haschischöl gekauft", D),
        ("cocainómano perdido", D), ("heroinómana en la calle", D),
        ("the pot holder is in the drawer", CLEAN), ("a car dealer in Rotterdam", CLEAN),
        ("Wietse komt morgen langs", CLEAN), ("een hennepkoord van de bouwmarkt", CLEAN),
        ("the heroines of the story", CLEAN), ("Heroes and heroines of the war", CLEAN),
    ],
    # a clipped name's plural and ecstasy's spellings in the Romance languages; the rapture stays
    "ecstasy as each language clips or spells it": [
        ("il me reste des ecstas de la teuf", D), ("des extas à la teuf", D),
        ("j'ai gobé deux ecstas", D), ("il a pris de l'extasy en soirée", D),
        ("mi hanno offerto estasi al festival", D), ("pasticche di estasi in discoteca", D),
        ("tomei êxtase na festa", D), ("ele vende êxtase na balada", D),
        ("mi hanno offerto ᴇꜱᴛᴀꜱɪ al festival", D),
        ("l'estasi di Santa Teresa del Bernini", CLEAN), ("in estasi per il concerto", CLEAN),
        ("che estasi questa pizza", CLEAN), ("a torcida ficou em êxtase na festa do título", CLEAN),
        ("le public était en extase pendant la fête", CLEAN),
    ],
    # a joint made, rolled or built for oneself, in every person of the verb
    "a joint made or rolled for oneself": [
        ("on s'est fait un pétard sur les quais", D), ("on se fait un petit pétard ce soir", D),
        ("nos hicimos un porro en la playa", D), ("me hice un canuto", D),
        ("nos hicimos un peta en la playa", D), ("wir haben uns eine Tüte gebaut", D),
        ("lass uns 'ne Tüte drehen", D), ("passa o dia a enrolar charros", D),
        ("apertamos um beck na praia", D),
        ("les enfants ont fait péter des pétards pour le nouvel an", CLEAN),
        ("on a acheté des pétards pour le 14 juillet", CLEAN), ("elle a un sacré pétard", CLEAN),
        ("bailamos un porro colombiano", CLEAN),
        ("hicimos un canuto de cartón para el proyecto", CLEAN),
        ("eine Tüte Chips gekauft", CLEAN),
    ],
    # a powder counted in its doses, in each language's unit ("unos tiros de perico")
    "a powder counted in its doses": [
        ("une trace de coke", D), ("een snuifje coke", D), ("unos tiros de perico", D),
        ("un tirito de coca antes de salir", D), ("un tiro di coca", D), ("una pista di bamba", D),
        ("um tirinho de pó", D), ("uns tecos de farinha na festa", D), ("un tiro de speed", D),
        ("un tiro de penalti, coca cola después", CLEAN), ("vamos tirar uma linha de pesca", CLEAN),
        ("uma linha de coca-cola zero", CLEAN), ("un tiro di coca cola", CLEAN),
        ("a line of coke zero in the fridge", CLEAN), ("une trace de café sur la nappe", CLEAN),
        ("un snuifje zout erbij", CLEAN), ("um tirinho de meta no treino", CLEAN),
    ],
    # names in one word or a spelling of their own
    "one-word names": [
        ("la ketta al rave", D), ("een paddotrip in het bos", D), ("candyflip at the rave", D),
        ("un cogollo de maría", D),
        ("roxy for sale", D), ("popped a roxy at the party", D), ("snorting bugle in the toilets", D),
        ("a bag of bugle for tonight", D), ("smoking moonrocks", D),
        ("pre-rolls at the festival, who's buying", D), ("un churro de maría", D),
        ("une plaquette de résine", D), ("charas dal Marocco", D),
        ("spacciano paste in discoteca", D), ("magic truffels op het festival", D),
        ("um pino de coca", D),
        ("Roxy is selling her bike", CLEAN), ("he played the bugle at the parade", CLEAN),
        ("buy pre-roll ads on youtube", CLEAN), ("moon rocks from the apollo missions", CLEAN),
        ("churros con chocolate", CLEAN), ("pasta e paste alla festa di compleanno", CLEAN),
        ("une plaquette de chocolat", CLEAN), ("la Ketta Bar a Roma", CLEAN),
        ("un cogollo de lechuga", CLEAN),
    ],
    # Italian fumo as smoke: a kitchen, a fire, a cigarette, a plan gone up in it
    "fumo the smoke": [
        ("chi ha il fumo per stasera?", D), ("ho del fumo, chi ne vuole?", D),
        ("c'è un fumo pazzesco in cucina, chi ha bruciato la pasta?", CLEAN),
        ("il piano è andato in fumo", CLEAN), ("il fumo passivo fa male", CLEAN),
        ("fumo nero dal camino, chi ha acceso la stufa?", CLEAN),
    ],
}

test_class = class_test(CLASSES)
