"""Round 11b: pii recall on a neighbourhood and parents' chat (the read set16).

Its pii misses held a child or another private person named in full with the class and the school
after the name and no verb between ("<name> in Year 6 at <school>"), and a child's name on a
gaming platform said as whose it is ("gamertag of my son: <name>"), and a full name given to be
found on Facebook or LinkedIn ("add me on fb, <name>"). These are examples of our own,
in the seven languages, with innocent messages of the same shape that must stay clean. Messages go
through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

P, CLEAN = ("pii",), ()

FIXED = {
    # the person detector tied a name to a class only with a verb ("is in Year 6 at ..."); a class
    # right after the name, then "at" and the school named (a capitalised word or a school word), now
    # links them too
    "a full name, the class without a verb, then the school": [
        ("Sophie Turner in Year 4 at Greenfield Primary won the spelling bee", P),  # en
        ("Tom Reid in 5RH at Hillside Academy got picked for the choir", P),  # en
        ("Hugo Ramos en 3º B del colegio San José se ha dejado la mochila", P),  # es
        ("Beatriz Lima no 7º ano da Escola Básica de Alvalade ganhou o concurso", P),  # pt
        ("Lucas Martin en CM1 à l'école Jean Moulin a perdu son doudou", P),  # fr
        ("Jonas Weber in der 4b an der Grundschule Nord hat seine Jacke vergessen", P),  # de
        ("Giulia Rossi in 3 B alla scuola Manzoni ha vinto la gara", P),  # it
        ("Emma de Vries in groep 5 op de Klimop is jarig", P),  # nl
        # or set off by a comma, with its class word, in the middle of the message
        ("Lily's dad here - Lily Evans, Year 2 at Parkfield - she left her hat", P),  # en
        ("ciao, Marco Bianchi, classe 4 alla scuola Pascoli, ha perso lo zaino", P),  # it
        ("hallo, Mia Schulz, Klasse 3 an der Grundschule Süd, hat ihre Mütze vergessen", P),  # de
        ("we read Emily Dickinson, year 10 at home", CLEAN),
        # innocent look-alikes: a name, a year and a place that is no school, or no school at all
        ("we read Emily Dickinson in year 10 at home", CLEAN),
        ("we studied Martin Luther in year 9 at the weekend", CLEAN),
        ("Harry Kane in 2019 at Wembley scored twice", CLEAN),
        ("Lionel Messi en 2015 à Barcelone était incroyable", CLEAN),
        ("Sophie Turner in Year 4 won the spelling bee", CLEAN),
        ("my son is in Year 4 at Greenfield Primary", CLEAN),
        ("mi hija está en 3º B del colegio San José", CLEAN),
    ],
    # a platform's name word, then whose it is and a colon, then the name ("gamertag of my son: X"):
    # the words before the colon asked for a handle's shape (digit, dot, underscore); a child's
    # name there is now a field, its name in capitals run together or shaped like a handle, whatever
    # follows it
    "a child's name on a gaming platform, said as whose it is": [
        ("Xbox gamertag of my son: FrostyFox, he's looking for friends to play with", P),  # en
        ("Xbox-Gamertag von meiner Tochter: SternchenLina, sie sucht Mitspieler", P),  # de
        ("pseudo Fortnite de mon fils : LuluLaFusee, il cherche des coéquipiers", P),  # fr
        ("nome Fortnite di mio figlio: LupettoVeloce, cerca compagni", P),  # it
        ("nombre de Roblox de mi hija: PandaRosa_12, busca amigas para jugar", P),  # es
        ("nome no Minecraft do meu filho: Leao_Azul, ele quer amigos", P),  # pt
        ("Fortnite-naam van mijn zoon: DinoDutch07, hij zoekt teamgenoten", P),  # nl
        # innocent look-alikes: what is said about the account, no name
        ("Xbox gamertag of my son: he changed it again", CLEAN),
        ("Xbox gamertag of my son: ask him yourself", CLEAN),
        ("Roblox account of my daughter: banned again lol", CLEAN),
        ("pseudo Fortnite de mon fils : aucune idée", CLEAN),
        ("Fortnite-naam van mijn zoon: geen idee, vraag hem zelf", CLEAN),
    ],
    # on Facebook, Messenger and LinkedIn one is found by one's name: a full name given as the name to
    # find, after "add / find me on facebook" or the platform and a colon opening the message (pack
    # pattern facebook_name); a handle's shape was asked for, which a real name has not
    "a full name to find on Facebook or LinkedIn": [
        ("add me on fb messenger, Lucy Brennan, the one with the cat photo", P),  # en
        ("fb: Kirsty Lowe Cakes — all my bakes are there", P),  # en
        ("find me on LinkedIn, Peter Hughes, 10 years in logistics", P),  # en
        ("búscame en facebook como Marta Gil Ruiz", P),  # es
        ("me acha no face: Cláudia Reis Doces", P),  # pt
        ("adiciona-me no facebook, Ana Paula Souza", P),  # pt
        ("cherche-moi sur Facebook : Sandrine Morel", P),  # fr
        ("such mich auf Facebook unter Anja Berg", P),  # de
        ("cercami su facebook, Laura Conti", P),  # it
        ("zoek me op facebook: Sanne de Wit", P),  # nl
        # innocent look-alikes: the platform named, no name to find
        ("add me on facebook, I'm always there", CLEAN),
        ("fb: Marketplace only", CLEAN),
        ("facebook is down again", CLEAN),
        ("find me on facebook, just search my name", CLEAN),
        ("add me on facebook: Thanks", CLEAN),
        ("Mark Zuckerberg runs Facebook", CLEAN),
        ("cercami su facebook, ci sono sempre", CLEAN),
    ],
}

test_fixed = class_test(FIXED)
