"""Round 2 of issue #12: the spam, pii, phone and e-mail classes a blind set showed missing or
over-reaching, each with examples of the class and innocent texts of the same shape."""

from verdicts import assert_clean, assert_only

# --- spam ----------------------------------------------------------------------------------------

def test_earn_from_home_offers_in_every_language_are_spam(engine):
    assert_only(engine, "spam", [
        "gana 2000 euros por semana desde casa, escríbeme",
        "ganhe 800 reais por dia em casa, sem experiência",
        "gagnez 300€ par jour depuis la maison, écris-moi",
        "verdiene 900 euro pro woche ohne erfahrung",
        "guadagna fino a 500 euro al giorno da casa",
        "verdien 400 euro per dag vanuit huis, stuur me een bericht",
    ])


def test_money_or_a_job_from_home_with_a_sum_or_a_contact_is_spam(engine):
    assert_only(engine, "spam", [
        "gana dinero fácil desde tu casa, escríbeme", "ganhe dinheiro em casa sem experiência",
        "travaillez depuis chez vous, 2500€ par mois", "arbeite von zuhause, 400€ pro Woche, melde dich",
        "lavora da casa, scrivimi su whatsapp", "want to earn 300 a day? dm me",
    ])
    assert_clean(engine, [
        "trabajo desde casa y me encanta", "mi hermana gana dinero desde casa vendiendo pasteles",
        "je travaille depuis chez moi le lundi",
    ])


def test_talk_about_wages_or_warnings_about_such_offers_are_clean(engine):
    assert_clean(engine, [
        "ich verdiene 2000 euro im monat als krankenschwester",
        "je gagne 1800 euros par mois, c'est pas assez",
        "mi hermano gana 1500 al mes en la fábrica",
        "cuidado con los que dicen gana 3000€ al mes desde casa, es una estafa",
        "attention, 'gagnez 4000€ par mois depuis chez vous' c'est une arnaque",
    ])


def test_a_sum_multiplied_and_sold_is_spam(engine):
    assert_only(engine, "spam", [
        "turned 500 bucks into 5k with forex signals, ask me how",
        "I turned $50 into $2,000 trading options, dm me",
    ])
    assert_clean(engine, ["we turned 2 rooms into 1 big office", "she turned 30 into a party weekend"])


def test_recovery_and_loan_offers_are_spam(engine):
    assert_only(engine, "spam", [
        "we can retrieve your stolen bitcoin, contact us", "I can recover your hacked account fast",
        "quick loans for everyone, no checks, dm me",
    ])
    assert_clean(engine, ["I lost my crypto wallet password lol", "need a loan? ask your bank first"])


def test_a_comma_for_a_dot_before_a_word_shaped_domain_only_ends_a_link(engine):
    assert_only(engine, "spam", ["hotgirls,me", "go to freevids,tv/live", "cheapbets,gg"])
    assert_clean(engine, ["balen, de bus is te laat", "la casa, de mi abuela", "sure,me too", "yes,me neither",
                          "um café, com leite por favor", "ik ben moe, net als jij", "ciao, io sono Marco"])
    assert_only(engine, "spam", ["visit example,com now", "go to example, com", "freebies,org has it"])


def test_a_word_cut_into_dotted_pieces_is_not_a_link(engine):
    # profanity may still read it; what matters here is that it is no link
    for text in ["b.i.tch please", "s.h.it happens", "pr.ic.ks everywhere"]:
        assert "spam" not in engine.check(text).categories, text
    assert_only(engine, "spam", ["t.co/abc", "go to bit.ly", "see x.co.uk/deal", "go to bt.co.uk", "see ox.ac.uk"])


def test_goods_offered_at_a_site_are_a_link_not_an_address(engine):
    assert_only(engine, "spam", [
        "cheap watches at luxurytime.co.uk", "best deals on shoes at shoeplanet.com",
        "free coins at www.coinrain.net",
    ])
    assert_only(engine, "email", [
        "email me, john at example.com", "free to chat, mail jess at gmail dot com",
        "cheap phones at mobilezone dot co dot uk",  # a spelled dot: no link, still an address
    ])


# --- phones ---------------------------------------------------------------------------------------

def test_o_and_l_typed_across_several_groups_are_digits(engine):
    assert_only(engine, "phone", ["ring O79l1 l2 3456", "text me 4l5 O55 267l", "O2O 79l6 OO18"])
    assert_clean(engine, ["lol 10 oil", "room l01 and 2 bl0cks", "l0l 0k"])


def test_a_french_number_read_out_in_pairs_is_a_phone(engine):
    assert_only(engine, "phone", [
        "appelle-moi au zéro sept, soixante-quinze, vingt et un, quatre-vingt-dix-neuf, onze",
        "mon num c'est zero six douze trente-quatre cinquante-six soixante-dix-huit",
        "zéro un, quatre-vingts, treize, quarante, dix-neuf",
    ])
    assert_clean(engine, [
        "j'ai vingt-deux ans et mon frère trente",
        "il a couru dix kilomètres en quarante minutes, puis vingt",
        "on compte: vingt, trente, quarante, cinquante, soixante, soixante-dix",
        "dix, onze, douze, treize, quatorze, quinze, seize",
    ])


def test_order_numbers_in_other_languages_are_not_phones(engine):
    assert_clean(engine, [
        "meine Kundennummer 48810233, bitte prüfen", "número de pedido 72291034, cuándo llega?",
        "ma commande 55820193 n'est pas arrivée", "il mio ordine 30047712 è in ritardo",
        "bestelling 61109384 is nog niet binnen",
    ])
    assert_only(engine, "phone", ["meine Telefonnummer 030 1234567", "me chama no whats: (21) 99876-5432"])


def test_six_rising_numbers_are_a_draw(engine):
    assert_clean(engine, ["quina de ontem: 02 19 27 44 58 60", "primitiva 03 12 25 31 40 49", "keno 01 07 22 35 48 59"])
    assert_only(engine, "phone", ["appelle-moi au 06 12 34 56 78", "07 81 23 45 67 call me"])


# --- pii -------------------------------------------------------------------------------------------

def test_cards_grouped_by_spaced_slashes_or_dashes_are_pii(engine):
    assert_only(engine, "pii", ["card 4111 / 1111 / 1111 / 1111", "4111 - 1111 - 1111 - 1111 exp 09/27"])
    assert_clean(engine, ["scores 1 / 2 / 3 / 4 / 5 / 6 / 7", "pages 12 - 14 - 16 - 18"])


def test_an_account_number_named_an_iban_is_pii_even_with_a_typo(engine):
    assert_only(engine, "pii", ["my IBAN: DE89 3704 0044 0532 0130 01", "iban es NL91 ABNA 0417 1643 00 0"])
    assert_clean(engine, ["what is an IBAN number?", "the iban field is required"])


def test_street_addresses_in_other_languages_are_pii(engine):
    assert_only(engine, "pii", [
        "vivo en la calle de Alcalá 120, Madrid", "j'habite au 8 avenue Victor Hugo", "estoy en la Avenida del Puerto 7",
        "moro na Avenida da Liberdade, 45", "abito in piazza Garibaldi 3, Napoli",
        "we zitten op Prinsengracht 263", "ik woon aan de Dorpsstraat 5a",
    ])
    assert_clean(engine, [
        "sent via Royal Mail 2 days ago", "la calle Mayor es preciosa", "la plaza Mayor tiene 200 años",
        "in via del Corso ci sono 3 negozi", "de Kalverstraat is druk",
        "on se voit place de la République à 8 heures",
    ])


def test_handles_shared_in_more_shapes_are_pii(engine):
    assert_only(engine, "pii", [
        "insta mia.rose", "snap tomas_r", "tiktok dancer2011",  # a platform, then a handle
        "ig: m i a _ 0 9",  # spaced out after a label
        "my gamertag is xXShadowXx", "steam name is xxreaperxx",  # xX...Xx gamertags
        "ajoute-moi sur insta c'est tom.lrx", "aggiungimi su snap è giulia_03",
        "voeg me toe op snap: daan_2008", "add mich auf insta lena_mx",
        "add me on xbox its Nightowl 42",  # a gamertag with a space
        "snapchat - lily.rose", "tiktok — dancer.girl", "snap -> mia_07",
        "gt: NightOwl 42", "psn id is BlueFox-21",
    ])
    assert_clean(engine, [
        "insta 2 hours ago", "ig 1st post was better", "i saw it on snap yesterday", "snap: 12:30",
        "we met on insta. then nothing", "xxx lol", "ajoute-moi sur snap si tu veux",
        "snapchat — it's down again", "snap - 10 min", "insta - this is so cool",
    ])
