"""Round 11b: pii recall on a neighbourhood and parents' chat (the read set16).

Its pii misses held a child or another private person named in full with the class and the school
after the name and no verb between ("<name> in Year 6 at <school>"), and a child's name on a
gaming platform said as whose it is ("gamertag of my son: <name>"). These are examples of our own,
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
}

test_fixed = class_test(FIXED)
