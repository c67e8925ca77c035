"""Round 5 of issue #12 (English, Spanish, Portuguese): drug classes that set 7 showed missing.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), and innocent messages of the same shape (the everyday sense of the same
slang) that must stay clean. Messages go through the real engine loaded from ``rulepacks/``.
"""

import pytest
from verdicts import categories, class_test

D, CLEAN = ("drugs",), ()

CLASSES = {
    # whizz (UK amphetamine), bagged, weighed or asked for; speed taken to stay awake
    "en whizz and speed to stay awake": [
        ("picked up a bag of whizz for the weekend", D), ("whizz 10 a gram, message me", D),
        ("anyone got whizz for tonight?", D), ("the speed kept me awake for two days", D),
        ("took some speed to stay awake for the exam", D),
        ("she's a whizz at maths", CLEAN), ("our new whizz kid in marketing", CLEAN),
        ("the cars whizz past my window all night", CLEAN),
        ("the speed of the news cycle keeps everyone up", CLEAN),
        ("reduce speed to stay safe on icy roads", CLEAN),
    ],
    # slang priced per "g" or named by a bag's price ("30 a g", "a 20 bag", "dime bag")
    "en slang priced per g or by the bag": [
        ("mandy 40 a g, message me", D), ("snow here, 70 per g", D), ("coke 60 a g tonight", D),
        ("got a 20 bag of grass if you want", D), ("dime bag of weed for a friend", D),
        ("grass for sale, good smoke", D),
        ("snow for sale near the ski lift", CLEAN), ("a 20 bag of grass seed for the lawn", CLEAN),
        ("grass clippings go in the green bag", CLEAN), ("the rabbit eats a bag of grass a week", CLEAN),
        ("my sister Mandy is 30 today", CLEAN), ("a g minor chord", CLEAN),
    ],
    # bud as cannabis flower: weighed, named by strain, sold, listed with pills
    "en bud and pills on the menu": [
        ("an eighth of bud and some edibles", D), ("dank bud for sale, dm", D),
        ("cheap bud and pills at the club", D), ("pills and bud delivered", D),
        ("pills for the party, who wants some", D), ("rave pills, 10 each", D),
        ("thanks bud, see you tomorrow", CLEAN), ("hey bud, did you take your pills?", CLEAN),
        ("the rose bud opened today", CLEAN), ("a cold bud light after work", CLEAN),
        ("don't forget your allergy pills for the trip", CLEAN),
        ("my grandma takes her pills at the party table", CLEAN),
        ("he sells weed", D),
    ],
    # Spanish: maría asked for, a joint passed or rolled, smoked in the past
    "es maria asked, porro passed, canuto smoked": [
        ("¿alguien tiene maría para esta noche?", D), ("oye, ¿quién vende maría por aquí?", D),
        ("pasa el porro que se apaga", D), ("lía un porro y nos vamos", D),
        ("anoche nos fumamos un canuto en la playa", D), ("me fumé un peta y me quedé frito", D),
        ("¿quién tiene el número de María?", CLEAN), ("María pasa el verano en Cádiz", CLEAN),
        ("bailamos un porro colombiano en la boda", CLEAN), ("un canuto de bambú para la flauta", CLEAN),
        ("me fumé un cigarro después de comer", CLEAN),
    ],
    # Spanish: slang praised as the good stuff or sold by the gram or the little bag
    "es costo, hachis, cristal, perico, mota priced or praised": [
        ("costo del bueno, pregunta", D), ("vendo costo, mándame mensaje", D),
        ("hachís del bueno a 5 el gramo", D), ("el hachís a 7 el gramo en el parque", D),
        ("cristal a 25 el gramo", D), ("perico del bueno para el sábado", D),
        ("mota de la buena, pregunta por privado", D), ("tengo caballo, 20 la papelina", D),
        ("el costo de la vida no para de subir", CLEAN), ("el costo de la buena comida", CLEAN),
        ("el costo del bueno de tu primo", D),  # the slang praised, in any sentence
        ("un jarrón de cristal de 500 gramos", CLEAN), ("se rompió el cristal de la mesa", CLEAN),
        ("el perico de mi abuela canta", CLEAN), ("una mota de polvo en la lente", CLEAN),
        ("hachis parmentier pour ce soir", CLEAN), ("la hierba del jardín está alta", CLEAN),
        ("mi prima monta a caballo", CLEAN), ("el caballo ganó la carrera", CLEAN),
    ],
    # Spanish and Portuguese: MD (MDMA crystal) bought, taken, priced or asked for; keta a named drug
    "es pt MD and keta": [
        ("¿quién tiene MD para la fiesta?", D), ("pillamos MD el finde", D),
        ("vendo MD, pregunta", D), ("md a 30 a cápsula", D), ("quem tem md pra balada?", D),
        ("tomei md no after", D), ("keta a 25 el gramo", D), ("pillamos keta para el finde", D),
        ("la keta está en todas las fiestas", D), ("keta 30 per gram", D),
        ("el MD de la clínica me atendió", CLEAN), ("abre el README.md antes de preguntar", CLEAN),
        ("o arquivo notes.md está na pasta", CLEAN), ("salmón keta a la plancha", CLEAN),
        ("Keta es una ciudad de Ghana", CLEAN), ("we drove from Accra to Keta in 3 hours", CLEAN),
        ("Dr. Ruiz, MD, firmó el informe", CLEAN),
    ],
    # Spanish: caballo (heroin) among its users; paco (cocaine paste) in the news
    "es caballo and paco": [
        ("en esa plaza venden caballo, está lleno de yonquis", D),
        ("el paco arrasa en las villas del conurbano", D), ("aumenta el consumo de paco", D),
        ("los pibes fuman paco en la esquina", D),
        ("mi tío Paco vende coches", CLEAN), ("Paco está destrozado tras el partido", CLEAN),
        ("el Paco de la tienda me fió", CLEAN), ("se vende caballo pura raza", CLEAN),
    ],
    # Portuguese: beck offered or lit, doce (LSD) taken, MD, erva praised, lança and loló
    "pt beck, doce, erva da boa, lança and loló": [
        ("tenho um beck aqui, quem quer?", D), ("acende o beck aí", D), ("passa o beck, mano", D),
        ("tomamos um doce na rave e foi bad trip", D), ("o doce me deixou horas viajando", D),
        ("erva da boa pra quem quiser", D), ("bagulho do bom chegou", D),
        ("loló e lança no bloco", D),
        ("o show do Beck foi incrível", CLEAN), ("comi um doce de leite na feira", CLEAN),
        ("a água doce do rio", CLEAN), ("chá de erva-boa com limão", CLEAN),
        ("a empresa lança um produto novo", CLEAN), ("ele lança a bola no jogo", CLEAN),
        ("a Loló é minha tia", CLEAN),
    ],
}


test_round5_drug_classes = class_test(CLASSES)


# a product's weight after the noun is not grams of the slang (these were flagged before round 5)
@pytest.mark.parametrize("text", [
    "tableta de chocolate de 200 gramos", "un jarrón de cristal de 500 gramos",
    "200 gramos de chocolate negro para el bizcocho", "una piedra de 300 gramos",
])
def test_round5_product_weight_clean(engine, text):
    assert categories(engine, text) == set()


@pytest.mark.parametrize("text", ["compré 5 gramos de maría", "dos gramos de cristal", "chocolate a 5 el gramo"])
def test_round5_grams_of_the_slang(engine, text):
    assert categories(engine, text) == {"drugs"}
