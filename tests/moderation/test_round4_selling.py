"""Round 4 of issue #12: selling goods to the chat is spam (docs/rulepacks.md, spam: "selling
accounts, goods or sexual content to the chat: an offer with a price or a 'DM me'"), in the seven
languages; talk about a sale, a sale by someone else, a price asked for or a job stays clean. The
messages are this file's own."""

import pytest
from verdicts import assert_clean, assert_only, categories

from anonchat.moderation import Engine, RulePackError


def test_an_offer_to_the_chat_with_a_price_or_a_contact_is_spam(engine):
    assert_only(engine, "spam", [
        "selling my old ps4 with two controllers, 120 bucks, dm me",
        "im selling concert tickets for saturday, 40 each",
        "brand new airpods for sale, £60, message me",
        "vendo mi bici de montaña, 150€, escríbeme",
        "vendo zapatillas nike nuevas a 40 euros, interesados al privado",
        "vendo meu iphone 12, 1500 reais, me chama",
        "je vends mon vélo 80€, mp moi",
        "vends des baskets neuves, 50 euros, écris-moi",
        "verkaufe mein altes Fahrrad für 90€, schreib mir",
        "verkaufe Konzertkarten, 30€ das Stück, meldet euch",
        "vendo la mia ps5 a 300 euro, scrivimi",
        "vendo scarpe nuove a 40€, chi le vuole?",
        "ik verkoop mijn fiets voor 75 euro, stuur me een bericht",
        "nieuwe sneakers te koop, 60 euro, app me",
    ])


def test_talk_about_a_sale_someone_elses_sale_a_price_asked_or_a_job_is_clean(engine):
    assert_clean(engine, [
        "my brother is selling his car for 5000, crazy price",
        "they were selling tickets for 200 at the door, no way",
        "how much would you sell it for?",
        "i sold my bike last year for 80",
        "i'm not selling anything lol",
        "mi hermano vende su coche por 3000€",
        "¿por cuánto lo vendiste?",
        "a minha mãe vendeu a casa por 200 mil",
        "il a vendu sa voiture 5000€ le mois dernier",
        "mein Nachbar verkauft sein Auto für 3000€",
        "ha venduto la moto a 2000 euro",
        "mijn buurman verkoopt zijn auto voor 4000 euro",
        "the shop is selling them for 20 now, cheaper than last week",
    ])


def test_drugs_on_offer_are_drugs_only_while_a_link_beside_them_is_still_spam(engine):
    # the drug packs supersede `spam:goods_offer`, one rule, not the whole spam category
    assert_only(engine, "drugs", [
        "verkaufe pep und ecstasy, schreib mir",
        "vendo maría, 10€ el gramo, escríbeme",
        "hasch te koop, app me",
    ])
    assert {"drugs", "spam"} <= categories(engine, "selling weed, order here: https://greenleaf-shop.com")


def test_a_pack_cannot_supersede_a_rule_of_its_own_category(tmp_path):
    (tmp_path / "x.yaml").write_text("id: x\ncategory: spam\naction: flag\nseverity: low\n"
                                     "supersedes: ['spam:goods_offer']\nwords: [foo]\n")
    with pytest.raises(RulePackError, match="cannot supersede its own category"):
        Engine.from_directory(tmp_path)
