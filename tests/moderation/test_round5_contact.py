"""Round 5 of issue #12: drug slang with an everyday sense, offered with a way to reach the seller
or a price by weight (set 7 showed the class in every language).

A word like "coke", "Koks", "erba", "snow" or "MD" counts only with a context word near it; a
message that gives a phone number, a handle, a link, an e-mail address or an IBAN to pay to, or a
price by the gram, the bag or the pill, says the drug sense as plainly: the contexts `offered`
(cues `contact` and `price`) and `weighed`/`priced` (cue `price`) of the drug packs. The everyday
sense said near the word (a pizza and a coke, snow chains, mowing the Gras) keeps the cues from
counting. Examples written for these tests, not the set's messages.
"""

import pytest
from verdicts import class_test

D, CLEAN = ("drugs",), ()
P, S, PII = "phone", "spam", "pii"

CLASSES = {
    "slang with a way to reach the seller": [
        ("coke tonight, hit me up on wa.me/447700900123", ("drugs", P, S)),
        ("fresh snow, text 07700 900456", ("drugs", P)),
        ("acid and weed, my snap is greenleaf_uk22", ("drugs", PII)),
        ("pills, dm me on telegram @partypacks_uk", ("drugs", PII)),
        ("Koks, Zahlung an DE89 3704 0044 0532 0130 00", ("drugs", PII)),
        ("Gras da, meld dich unter 0176 9876543", ("drugs", P)),
        ("bamba fresca, scrivimi su telegram @bamba_roma", ("drugs", PII)),
        ("erba buona, chiamami al 347 123 4567", ("drugs", P)),
        ("perico del bueno, escríbeme al 612 345 678", ("drugs", P)),
        ("nieve para el finde, catálogo en nievexpress.xyz", ("drugs", S)),
        ("poudre dispo, appelle le 06 98 76 54 32", ("drugs", P)),
        ("erva da boa, me chama no 11 98765 4321", ("drugs", P)),
        ("keta bezorgd, app 06 12345678", ("drugs", P)),
    ],
    "slang with a price by weight or unit, in each language": [
        ("snow for sale, 70 a g", D), ("weed 10 a gram, good stuff", D), ("grass, 20 bag", D),
        ("Koks gibt es für 70 das Gramm", D), ("Pepp, 10 Euro das Gramm", D),
        ("coca a 60 el gramo", D), ("costo del güeno, 4 pavos el gramo", D),
        ("neve ottima, 80 al grammo", D), ("poudre à 50 le gramme", D),
        ("md 15 per pil", D), ("erva 15 reais a grama", D),
        ("hachís del norte, a 5 el gramo", D), ("la blanche à 70 le gramme", D),
        ("Ott, 15 Euro das Gramm", D),
    ],
    "the everyday sense with a phone, a link or a price": [
        ("large pizza and a coke, call 0612345678", (P,)),
        ("I drink coke all day, call me 0612345678", (P,)),
        ("my number is 0612345678, I love coke", (P,)),
        ("snow chains for sale, call 07911 123456", (P,)),
        ("snow removal this winter, book at clearpaths.co.uk", (S,)),
        ("weed killer for the lawn, text 07911 123456", (P,)),
        ("Gras mähen im Garten, ruf mich an 0176 1234567", (P,)),
        ("Koks für den Grill, Anruf unter 0176 1234567", (P,)),
        ("erba per il giardino, 3 euro al chilo", CLEAN),
        ("erba cipollina fresca, chiamami al 347 123 4567", (P,)),
        ("coca zero e pizza, chiama 333 444 5555", (P,)),
        ("hierba para el jardín, llama al 612 345 678", (P,)),
        ("vitamin pills half price, see healthshop.com/deals", (S,)),
        ("sleeping pills from the pharmacy, call 0612345678", (P,)),
        ("la tondeuse pour l'herbe du jardin, appelle le 06 11 22 33 44", (P,)),
        ("chá de erva cidreira, me chama no 11 98765 4321", (P,)),
        ("Molly's number is 07911 123456", (P,)),
        ("flour is 2 euro a kilo, snow white and fine", CLEAN),
        ("la robe blanche à 30 le mètre", CLEAN), ("Familie Ott verkauft Kartoffeln, 2 Euro das Kilo", CLEAN),
        ("200 g of flour and a pinch of salt, snow white icing", CLEAN),
    ],
    "the word inside the contact itself is no offer": [
        ("add me on telegram @keta_fan", (PII,)),
        ("my snap is coke_lover99", (PII,)),
    ],
}


test_round5_contact_and_price = class_test(CLASSES)


PACK = """id: cues
category: drugs
version: 1
action: flag
severity: low
contexts:
  offered:
    words: []
    cues: {cues}
    unless: {unless}
  everyday:
    words: [pizza]
words:
  - {{term: coke, context: offered}}
"""


def _parse(cues="[contact, price]", unless="everyday"):
    from anonchat.moderation.detectors import DETECTORS, VALIDATORS
    from anonchat.moderation.packs import parse_pack
    return parse_pack(PACK.format(cues=cues, unless=unless), "cues.yaml", VALIDATORS, DETECTORS)


def test_a_context_names_its_cues_and_an_unless_context():
    ctx = _parse().contexts["offered"]
    assert ctx.cues == ("contact", "price") and ctx.unless == "everyday" and ctx.words == ()


@pytest.mark.parametrize("cues, unless, where", [
    ("[contact, smell]", "everyday", "cues[1]: unknown cue 'smell'"),
    ("contact", "everyday", "cues: expected a list"),
    ("[price]", "nowhere", "unless: expected the name of another context"),
    ("[price]", "offered", "unless: expected the name of another context"),
])
def test_an_unknown_cue_or_unless_is_an_error_at_its_line(cues, unless, where):
    from anonchat.moderation.packs import RulePackError
    with pytest.raises(RulePackError) as err:
        _parse(cues, unless)
    assert len(err.value.errors) == 1 and where in err.value.message, str(err.value)


def test_only_a_message_with_a_held_back_word_pays_for_the_cues(engine, monkeypatch):
    calls = []
    compiled = engine._compiled
    real = compiled._cued
    monkeypatch.setattr(compiled, "_cued", lambda *a: calls.append(a) or real(*a))
    for text in ("call me on 0612345678", "see example.com", "buy some weed", "hello there"):
        engine.check(text)
    assert not calls  # no word held back, or held back by one entry and a hit through another
    engine.check("fresh snow, text 07700 900456")
    assert calls
