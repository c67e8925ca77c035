"""Round 8 of issue #12: the phone and spam classes that the blind set 9 showed missing, made general.

Each class is a kind of message, not a message: examples written for these tests (other numbers,
goods, sums and words than the set's), in the languages the class touches, and innocent messages
of the same shape that must stay clean. Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

S, P, PR, CLEAN = ("spam",), ("phone",), ("profanity",), ()

CLASSES = {
    # a number with O and l typed for 0 and 1 throughout, in any grouping: groups of O and l
    # alone, a group in brackets, one digit among the letters; words of O and l stay words
    "O and l for 0 and 1 throughout": [
        ("O79ll lOO 2OO", P),
        ("text me (2l2) 555-OllO", P),
        ("(2l) 9lOOO-OlOl", P),
        ("O6 2O lO 3l 4O", P),
        ("Ol6l lO2O3O5", P),
        ("O7-lOlO2O3O", P),
        ("lol", CLEAN),
        ("LOL 100", CLEAN),
        ("OOO", CLEAN),
        ("Ollie 2 lol", CLEAN),
        ("lol 1000 likes already", CLEAN),
        ("l love you lol 100 times", CLEAN),
    ],
    # a number said in words with its hundreds, in each language: the hundreds word and the pair
    # after it make one group; hundreds of things counted stay clean
    "a number said with its hundreds": [
        ("llámame al seiscientos cincuenta cuarenta y dos treinta y uno setenta", P),
        ("novecientos once veinte treinta y tres cuarenta y cuatro", P),
        ("seiscentos e doze trinta e quatro cinquenta e seis setenta e oito", P),
        ("sechshundert zwölf vierunddreißig sechsundfünfzig achtundsiebzig", P),
        ("zeshonderd twaalf vierendertig zesenvijftig achtenzeventig", P),
        ("seicento dodici trentaquattro cinquantasei settantotto", P),
        ("doscientos euros por trescientas personas", CLEAN),
        ("éramos seiscientos doce en el concierto y treinta y cuatro se fueron", CLEAN),
        ("quinientos doce mil personas, treinta y cuatro heridos", CLEAN),
        ("cem reais por duzentos e doze", CLEAN),
        ("six hundred twelve people came, thirty four left early", CLEAN),
    ],
}

test_class = class_test(CLASSES)
