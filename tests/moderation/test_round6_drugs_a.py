"""Round 6 of issue #12 (English, Spanish, Portuguese): drug classes that set 8 showed missing.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), and innocent messages of the same shape (the everyday sense of the same
slang) that must stay clean. Messages go through the real engine loaded from ``rulepacks/``.
"""

import pytest
from verdicts import class_test

D, CLEAN = ("drugs",), ()
DP, P = ("drugs", "profanity"), ("profanity",)

CLASSES = {
    # English street names: za (zaza), perc, nangs, xan popped, weed begged for or priced
    "en za, perc, nangs, xan": [
        ("anyone got za? need to smoke", D), ("rolling up some exotic za", D),
        ("got some za for tonight", D), ("popped a perc before the club", D),
        ("anyone selling percs? need to get high", D), ("bought a box of nangs for the party", D),
        ("doing nangs with balloons all night", D), ("popped a xan and passed out", D),
        ("let's order some za, pepperoni and extra cheese", CLEAN), ("some ZA players joined the server", CLEAN),
        ("Zaza is spoken in eastern Turkey", CLEAN), ("kan iemand za werken?", CLEAN),
        ("my grandma's coffee perc is from the 70s", CLEAN), ("Xan came to the party last night", CLEAN),
        ("never heard of nangs", CLEAN),
    ],
    "en weed begged for, priced, stretched": [
        ("weeeed pleeease", D), ("weed pls bro", D), ("pass me that weed", D),
        ("weed is way too expensive here", D), ("cheap weed near the station", D),
        ("please weed the garden", CLEAN), ("pls weed the flower beds before mum gets home", CLEAN),
        ("pass me the weed killer", CLEAN), ("weed control is expensive this year", CLEAN),
        ("hiring someone to weed is so expensive", CLEAN), ("sooooo much snooooow today", CLEAN),
    ],
    "en blow as a quantity": [
        ("need some blow for the weekend", D), ("he was doing blow in the toilets", D),
        ("a line of blow on the table", D),
        ("a blow to the head", CLEAN), ("got some blow dryer recommendations?", CLEAN),
        ("need some blow up balloons for the party", CLEAN), ("doing blow dries at the salon today", CLEAN),
    ],
    # a swear or intensifier between the words of a phrase or a context entry
    "swear or intensifier inside a phrase": [
        ("pass the fucking joint", DP), ("spark that damn joint", D), ("who the hell has coke for tonight", D),
        ("gimme the fucking weed", DP), ("got some fucking blow?", DP),
        ("pásame el puto porro", DP), ("lía un puto porro y nos vamos", DP), ("quién coño tiene maría", DP),
        ("costo del puto bueno", DP), ("quién carajo tiene maría?", D),
        ("pass the fucking salt", P), ("my fucking knee joint hurts", P), ("pásame la puta sal, María", P),
        ("the fucking weeds took over the garden", P),
    ],
    # MDMA or maría beside a way to reach the seller
    "drug beside a contact or a link": [
        ("got the mandy, text me on 07700 900123", ("drugs", "phone")),
        ("some mandy for sale, snap: mandyplug22", ("drugs", "pii")),
        ("tengo maría, whatsapp 612 345 678", ("drugs", "phone")),
        ("maría a domicilio en verdecasa.es", ("drugs", "spam")),
        ("call Mandy on 07700 900123", ("phone",)), ("María, llámame al 612 345 678", ("phone",)),
        ("soy María Barata, llámame al 612 345 678", ("phone",)),
        ("some molly fish for my tank, see aquaworld.com", ("spam",)),
    ],
    # food, bath and everyday senses of slang weighed by the bag
    "food senses of bagged slang": [
        ("got a bag of mushrooms, gonna trip tonight", D), ("a bag of mushrooms and acid for the festival", D),
        ("bought a bag of mushrooms for the soup", CLEAN), ("a bag of spice for the curry", CLEAN),
        ("a bag of bath salts for a long soak", CLEAN), ("buy a bag of mushrooms and an onion", CLEAN),
    ],
    # Spanish: porro asked for, maría passed or rolled, merca, mota, perico, caballo, cripy
    "es street names in a plain drug context": [
        ("¿quién tiene porros?", D), ("trae la maría, que nos liamos uno", D), ("pasadme la maría", D),
        ("la merca de hoy estaba cortada con algo", D), ("¿alguien tiene merca para el finde?", D),
        ("¿traes mota?", D), ("hay perico en el after", D), ("os habéis metido todo el perico", D),
        ("estuvo enganchada al caballo diez años", D), ("vendo cripy, pregunta", D),
        ("cogollos de cripy para fumar", D), ("traigo perico pa la fiesta", D),
        ("el de merca está de vacaciones", CLEAN), ("tienes una mota de polvo en la cara", CLEAN),
        ("hay mota de polvo en todos lados", CLEAN), ("le han cortado las alas al perico", CLEAN),
        ("el perico de la discoteca del pueblo canta boleros", CLEAN),
        ("el carro iba enganchado al caballo", CLEAN),
        ("estoy enganchado al ajedrez, siempre muevo el caballo primero", CLEAN),
        ("ensalada de cogollos con ventresca", CLEAN), ("me lío con los números", CLEAN),
        ("bailamos un porro colombiano en la boda, ¿alguien tiene la canción?", CLEAN),
        ("el niño se metió en la jaula del perico", CLEAN),
    ],
    # Portuguese: charro, powder sold cut, rebite, beck finished
    "pt street names in a plain drug context": [
        ("um charro depois do jantar", D), ("a coca veio batizada", D), ("o pó tá batizado, não compra", D),
        ("tomei rebite pra dirigir", D), ("rebite pra ficar acordado no volante", D),
        ("o beck acabou, bora bolar outro", D),
        ("um charro mexicano com sombrero", CLEAN), ("o batizado da minha sobrinha foi lindo", CLEAN),
        ("fiz o bolo do batizado com farinha de trigo", CLEAN), ("limpei o pó antes do batizado", CLEAN),
        ("o rebite da porta do caminhão soltou, tomei um susto", CLEAN),
        ("o caminhoneiro trocou o rebite da carroceria", CLEAN), ("o Beck acabou de lançar disco", CLEAN),
        ("un charro mexicano canta rancheras", CLEAN),
    ],
}


test_round6_drug_classes = class_test(CLASSES)


# The mechanism on a pack of one's own: a phrase read without the swears and the packs' fillers
PACK = """
id: mine
category: drugs
version: 1
action: flag
severity: low
fillers: [bloody, {term: frick, prefix: true}]
contexts:
  drug: {window: 2, words: [smoke]}
words:
  - pass the joint
  - {term: joint, context: drug}
"""
SWEARS = """
id: swears
category: profanity
version: 1
action: mask
severity: low
words: [{term: fuck, prefix: true}]
"""


def test_round6_fillers_and_swears_inside_a_phrase(tmp_path):
    from anonchat.moderation import Engine

    (tmp_path / "mine.yaml").write_text(PACK)
    (tmp_path / "swears.yaml").write_text(SWEARS)
    engine = Engine.from_directory(tmp_path)
    for text in ("pass the bloody joint", "pass the fricking joint", "pass the fucking joint"):
        hits = [h for h in engine.check(text).hits if h.pack == "mine"]
        assert [(h.rule, h.matched) for h in hits] == [("pass the joint", text)], text
    assert engine.check("pass the bloody salt, my joint hurts").categories == ()


def test_round6_fillers_must_be_a_list(tmp_path):
    from anonchat.moderation import Engine, RulePackError

    (tmp_path / "mine.yaml").write_text(PACK.replace("fillers: [bloody, {term: frick, prefix: true}]", "fillers: bloody"))
    with pytest.raises(RulePackError, match=r"mine\.yaml:7: fillers"):
        Engine.from_directory(tmp_path)
