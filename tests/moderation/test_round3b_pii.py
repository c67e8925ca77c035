"""Round 3b of issue #12, pii and phone: street addresses written casually in the seven languages,
an account number after the word "IBAN", a full name beside a surname that is also a school word
or an elided article before the workplace, a video channel given with its platform, and order
numbers with their label in any language, which are not phones. Each class with innocent texts of
the same shape."""

from verdicts import assert_clean, assert_only

# --- street addresses written casually ------------------------------------------------------------

def test_a_street_named_first_then_its_number_is_pii_in_lower_case(engine):
    # Spanish, Portuguese, Italian, Belgian French: the street word, its name, the house number
    assert_only(engine, "pii", [
        "quedamos en calle del olivo 17", "mi casa: avda. de américa 103, 4º", "c/ san vicente 61",
        "paseo de gracia 9 a las diez", "vivo na rua dos bandeirantes, 340", "fica na travessa da boa hora 12",
        "praça da liberdade 88", "abito in via dei fiori 27", "vieni in corso garibaldi 104",
        "siamo al viale europa 5b", "piazzale loreto 2, citofono rossi", "rue neuve 123 à bruxelles",
    ])


def test_a_number_then_a_french_or_english_street_is_pii_in_lower_case(engine):
    assert_only(engine, "pii", [
        "rdv au 17 rue des martyrs", "chez moi, 3 bis avenue foch", "c'est au 220 bd saint-germain",
        "9 place de la bourse", "party at mine, 31 chestnut grove", "drop it at 8 willow lane",
        "she lives at 56 station rd.", "we're at 2 abbey close", "my address is 14 mill walk",
    ])


def test_a_german_or_dutch_street_word_then_its_number_is_pii_in_lower_case(engine):
    assert_only(engine, "pii", [
        "komm vorbei, lindenstraße 40", "wir wohnen in der bahnhofstr. 3a", "adresse: am mühlweg 9",
        "birkenallee 15, 2. stock", "frankfurter strasse 71", "ons nieuwe huis: zonnebloemlaan 8",
        "kom langs op de marktplein 2", "we wonen aan de keizersgracht 210c", "ik woon op de hoofdstraat 5",
    ])


def test_a_street_without_a_house_number_or_a_counted_thing_is_clean(engine):
    assert_clean(engine, [
        # a street named with a number but no house number, a road number, a copy number
        "42nd street is packed", "let's drive route 66 next summer", "a via 3 do contrato", "calle 13 en concierto",
        # a street word before a time, a price, a distance or a counted thing
        "rue 5 minutes away from the station", "it's 10 minutes down the road", "la avenida tiene 4 carriles",
        "en la plaza mayor 3 niños jugaban", "sent via post 2 weeks ago", "via route 40 we reached the coast",
        "the top 5 high street brands", "a 3 hour drive north", "it takes 2 way tickets", "1 easy way to save",
        "das war ein umweg 8 km", "ich bin auf dem heimweg 15 minuten", "wir sind auf platz 4 der tabelle",
        "ik ben onderweg 20 min", "il corso dura 6 mesi", "2 place settings for dinner", "meet me at 18:30 on calle luna",
        "calle luna 18:30", "the 4 lane road was closed",
    ])


# --- an account number after the word IBAN ---------------------------------------------------------

def test_any_account_number_after_the_word_iban_is_pii_not_a_phone(engine):
    # the policy: any account number right after "IBAN", checked or not, grouped or not
    assert_only(engine, "pii", ["IBAN 87654321", "mi iban: 0049 1234 5678", "iban nr. 0612345670, thx",
                                "IBAN = 7733190022 bitte", "il mio iban è 0011223344"])
    assert_clean(engine, ["the IBAN has 27 characters in Italy", "iban 2026 update", "what's an iban?"])


# --- a full name with a workplace ------------------------------------------------------------------

def test_a_surname_that_is_also_a_school_word_is_a_surname(engine):
    # Spanish "cole" is a school word, and a surname after a first name
    assert_only(engine, "pii", ["Tyler Cole, I work at the Asda in Leeds", "Lucía Cole, trabajo en el Mercadona"])


def test_a_workplace_after_an_elided_article_is_named(engine):
    # Italian all'/nell', French à l': no space before the name
    assert_only(engine, "pii", ["Chiara Fontana, lavoro all'Ikea di Corsico", "Sofia Russo, lavoro nell'Unicredit",
                                "Hugo Lambert, je bosse à l'Auchan du coin", "je m'appelle Zoé Girard, je bosse à l'Ibis"])
    assert_clean(engine, ["lavoro all'Esselunga da due anni", "je bosse à l'Auchan le samedi",
                          "Tyler Cole is my favourite artist"])


# --- a channel given with its platform ------------------------------------------------------------

def test_a_video_channel_with_its_platform_is_a_handle(engine):
    assert_only(engine, "pii", [
        "new video up on yt, channel: TheBikeShedTom", "mira mi vídeo en youtube, canal: CocinaConPili",
        "meu canal no youtube é VlogDaBia", "abonniert meinen twitch kanal: ZockerMax_",
        "ma chaîne youtube c'est BricoAvecLeo", "il mio canale youtube: GiardinoDiSara",
        "mijn youtube kanaal: FietsenMetFemke",
    ])
    assert_clean(engine, ["we cycled along the canal on sunday", "youtube channel: any good ones for cooking?",
                          "my yt channel got deleted", "mi canal de youtube tiene 200 suscriptores"])


# --- order numbers are not phones -----------------------------------------------------------------

def test_an_order_number_with_its_label_is_no_phone_in_any_language(engine):
    assert_clean(engine, [
        "ordine n. 5530-1187-42 spedito", "pedido nº 0612-3456-78 enviado", "pedido n.º 7711 2049 35",
        "Bestellnr. 0301558277 ist unterwegs", "Kundennr.: 0612 3456 78", "commande n° 0612 3456 78 livrée",
        "order # 7911-1234-56", "order no. 07911 123456", "bestelnr. 0612345678 is verzonden",
        "encomenda nº 912 345 678",
    ])
    # the same number given to be called is still a phone
    for text in ("ring me on 07911 123456", "bel me: 0612345678", "chiamami al 0612345678"):
        assert "phone" in engine.check(text).categories, text


def test_a_card_number_beside_a_drug_is_pii(engine):
    # the drug is the drugs packs' to find; the card is pii whatever the message is about
    assert "pii" in engine.check("for the 3g of molly pay to card 4539 1488 0343 6467 tonight").categories
