"""Round 8 of issue #12 (drug classes in all seven languages): the classes that set 9 showed missing.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), and innocent messages of the same shape that must stay clean. Messages go
through the real engine loaded from ``rulepacks/``.
"""
import pytest
from verdicts import categories, class_test

D, CLEAN = ("drugs",), ()
DP = ("drugs", "profanity")
PH, DPH = ("phone",), ("drugs", "phone")
S, DS = ("spam",), ("drugs", "spam")

CLASSES = {
    # 1. Offers and asks: a street word with a price, a quantity, a way to reach the seller or a
    # sale word, in every language
    "offers and asks": [
        ("got that gas, 15 a gram", D), ("gas 20 a g, hmu", D), ("my plug has gas again", D),
        ("need a plug for bud tonight", D), ("anyone know a plug for za", D),
        ("perc 30s available, 20 each", D), ("percs for sale, no script", D),
        ("vendo skunk 15 paus o grama", D), ("vendo erva 10 conto a grama, chama no privado", D),
        ("costo del bueno, pedidos en t.me/costobcn", DS),
        ("el mejor costo de la ciudad, escríbeme al 612 345 678", DPH),
        ("bala pro fds, quem tem?", D), ("Gras 10 Tacken das Gramm", D),
        ("wiet 12 piek per gram", D), ("doce e bala, chama no 11 98888-1234", DPH),
        ("gas is 4 dollars a gallon", CLEAN), ("gas prices are crazy, call me for a carpool", CLEAN),
        ("plug the lamp in, bud", CLEAN), ("the plug for the bud light sign is broken", CLEAN),
        ("el costo del envío es de 5 euros, llámame al 612 345 678", PH),
        ("el costo de la vida en Madrid, mira este vídeo en youtube.com/watch?v=abc", S),
        ("il costo del corso è 200 euro, chiamami al 333 123 4567", PH),
        ("bala de morango pro fds", CLEAN), ("thanks bud, see you", CLEAN),
    ],
    # 2. Named drugs and slang at parties, festivals and raves, in every language
    "named drugs and slang at parties": [
        ("ecstasy at the festival this year?", D), ("is ecstasy still big at raves", D),
        ("ecstasy seized at the border", D),
        ("screaming in ecstasy at the final whistle", CLEAN), ("the agony and the ecstasy", CLEAN),
        ("I felt pure ecstasy at the party", CLEAN),
        ("pillamos unas pastis para el festival", D), ("¿quién trae pastis pal festi?", D),
        ("un pastis au bar du festival", CLEAN),
        ("lança e loló no carnaval", D), ("tem md no baile hoje", D),
        ("a festa da Loló foi ótima", CLEAN),
        ("Emma und Pillen für Samstag", D), ("Emma kommt am Wochenende zur Party", CLEAN),
        ("la coca gira in discoteca", D), ("una coca e patatine in discoteca", CLEAN),
        ("è uscito dall'ero dopo anni", D), ("ero in discoteca ieri sera", CLEAN),
        ("abbiamo calato due paste ieri", D), ("paste alla crema per la festa", CLEAN),
        ("copy paste the rave lineup here", CLEAN),
        ("rolla uno spino dai", D), ("mi sono punto con uno spino", CLEAN),
        ("pillen op het festival gekocht", D), ("vergeet je pillen niet", CLEAN),
        ("keta at the afterparty", D), ("keta in de club", D),
        ("Keta is a town in Ghana on the lagoon", CLEAN), ("keta salmon fillet with rice", CLEAN),
        ("this weed is mid af", D), ("this fucking weed is so mid", DP),
        ("this weed is everywhere in the garden", CLEAN),
    ],
}

test_class = class_test(CLASSES)

# 3. MD as the DM of Spanish and Portuguese chat: a sale asking for a direct message is no drug
# (whatever the other packs say of the sale); MD bought, sold or taken still is
DM = ["vendo cuenta de fortnite, mándame md", "vendo ropa de segunda mano, info por md",
      "vendo fotos, escríbeme al md", "vendo curso de inglés, precios por md",
      "vendo conta de free fire, chama no md", "vendo tênis novo, me chama no md",
      "compro cuenta lol, manda md", "vendo entradas para el concierto 🔥 md",
      "vendo iphone 12 barato, md"]
MD = ["vendo md, 40 a cápsula", "pillamos md pal festi", "tem md pro baile?", "vendo md e keta",
      "alguien tiene md para el finde?", "ho calato md ieri"]


@pytest.mark.parametrize("text", DM)
def test_md_as_a_direct_message(engine, text):
    assert "drugs" not in categories(engine, text)


@pytest.mark.parametrize("text", MD)
def test_md_as_mdma(engine, text):
    assert "drugs" in categories(engine, text)


# Hard negatives of the classes above, added after a second look: the everyday senses beside them
EVERYDAY = ["the ecstasy of winning the cup", "use a gas weed burner on the path",
            "Emma und Pep waren am Wochenende da", "prendo una coca al concerto stasera",
            "una coca e una birra in discoteca"]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses(engine, text):
    assert "drugs" not in categories(engine, text)
