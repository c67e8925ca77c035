"""What the detectors see, class by class, through the shipped packs: each evasion class with
several examples, and innocent texts of the same shape beside it. A message's categories are what
an operator would see in the console."""


import pytest
from verdicts import RULEPACKS, assert_clean, assert_only, categories

from anonchat.moderation import Engine

# --- digits and phones ---------------------------------------------------------------------------

def test_phone_numbers_with_any_dash_or_space_are_phones(engine):
    assert_only(engine, "phone", [
        "call me 555\u2010867\u20105309", "call me 555\u2011867\u20135309", "call me 555\u2014867\u20155309",
        "call me 555\u2212867\u22125309", "call me 555\u00a0867\u00a05309", "call me 555\u2009867\u20095309",
        "call me 555\u202f867\u202f5309", "call me 555\u2007867\u20075309", "call me 555\u3000867\u30005309",
        "text +44\u00a07911\u2009123456"])


def test_digits_of_every_script_are_digits(engine):
    assert_only(engine, "phone", [
        "call ５５５-８６７-５３０９", "call 𝟓𝟓𝟓-𝟖𝟔𝟕-𝟓𝟑𝟎𝟗", "call ⑤⑤⑤-⑧⑥⑦-⑤③⓪⑨",
        "text ٠٧٩١١ ١٢٣٤٥٦", "text ۰۷۹۱۱ ۱۲۳۴۵۶", "text ०७९११ १२३४५६", "text 07911 ١٢٣٤٥٦"])
    assert_clean(engine, ["١٢ cats and ٣ dogs", "① first ② second ③ third", "page ४५"])


def test_o_and_l_typed_inside_a_digit_group_are_digits(engine):
    assert_only(engine, "phone", ["call 555-867-53O9", "call O7911 l23456", "call 07911 I23456",
                                  "ring 555-o12-3456"])
    assert_clean(engine, ["I lol'd at 10 of them", "lol 2 cool 4 school", "room 1O1 is free"])


@pytest.mark.parametrize("text", [
    "five five five eight six seven five three zero nine",
    "cinco cinco cinco ocho seis siete cinco tres cero nueve",  # es
    "mi número es seis uno dos tres cuatro cinco seis siete ocho",  # es: 612 345 678 is not counting
    "zero nove um dois três quatro cinco seis sete oito",  # pt
    "zéro six douze... zero six un deux trois quatre cinq six sept huit",  # fr
    "null eins sieben zwei drei vier fünf sechs sieben acht",  # de
    "zero tre tre uno due tre quattro cinque sei sette",  # it
    "nul zes twee drie vier vijf zes zeven acht negen",  # nl
])
def test_digits_written_as_words_in_seven_languages_are_phones(engine, text):
    assert categories(engine, text) == {"phone"}


def test_numbers_that_are_not_phones_are_clean(engine):
    assert_clean(engine, [
        "the population is 8 336 817", "Paris has 2\u00a0165\u00a0423 inhabitants", "1.234.567 views already",
        "it has 12 345 678 residents", "build 20231104 is out", "firmware 20240517 fixed it",
        "lotto: 3 11 19 27 38 45", "the draw was 3 11 19 27 38 45", "my lucky numbers are 4 8 15 16 23 42",
        "final score 21-18 21-15 21-19", "ISBN 9783161484100", "the isbn is 9780306406157",
        "tracking number 1Z 999 AA1 0123 4567 84", "order 5551234567 shipped", "your parcel 00340434161234567890",
        "we met on 17.05.2024 at 14:30", "it costs 1 299,99 €", "one two three four five six seven eight",
        "un deux trois quatre cinq six sept huit", "version 10.0.19045.3693", "top 10: 1 2 3 4 5 6 7 8 9 10",
        "10 9 8 7 6 5 4 3 2 1 go"])


# --- cards and IBANs ---------------------------------------------------------------------------------

def test_cards_and_ibans_grouped_any_way_are_pii(engine):
    assert_only(engine, "pii", [
        "my card 4111.1111.1111.1111", "my card 4111-1111-1111-1111", "my card 4111/1111/1111/1111",
        "my card 4111_1111_1111_1111", "my card 4111\u00a01111\u00a01111\u00a01111",
        "my card 4111\u20091111\u20091111\u20091111", "amex 3782 822463 10005", "card ٤١١١ ١١١١ ١١١١ ١١١١",
        "GB82.WEST.1234.5698.7654.32", "GB82-WEST-1234-5698-7654-32",
        "GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032",
        "iban DE89_3704_0044_0532_0130_00", "NL91/ABNA/0417/1643/00"])
    assert_clean(engine, ["pi is 3.14159265358979", "4111.1111.1111.1112", "GB82.WEST.1234.5698.7654.33",
                          "1.5-2.5-3.5-4.5 kg"])


# --- e-mail --------------------------------------------------------------------------------------------

def test_a_mail_host_without_its_domain_is_an_address(engine):
    assert_only(engine, "email", ["jim at yahoo", "mail jim.k at gmail", "hmu at jim.k at gmail",
                                  "jim_22@hotmail", "write to kowalski at outlook", "jim at gmx"])
    assert_clean(engine, ["I use gmail", "she works at yahoo", "I met Jim at Yahoo last year",
                          "I'm at gmail headquarters",
                          "email me at gmail please", "my gmail is full", "gmail: anyone know why it's down?",
                          "is outlook down for you?"])


def test_at_and_dot_glued_to_the_words_are_told_apart_by_case(engine):
    assert_only(engine, "email", ["jimATgmailDOTcom", "jimAtGmailDotCom", "JIMatGMAILdotCOM", "kate99ATyahooDOTfr"])
    assert_clean(engine, ["the CAT sat on the mat", "combat at dawn", "DOTA at night", "WhatsApp Dot Com"])


def test_at_and_dot_in_any_bracket_or_any_language_are_signs(engine):
    assert_only(engine, "email", [
        "jim {at} gmail {dot} com", "jim [at] gmail [dot] com", "jim (at) gmail (dot) com",
        "jim <at> gmail <dot> com", "jim «at» gmail «dot» com", "jim【at】gmail【dot】com", "jim（at）gmail（dot）com",
        "jim＠gmail。com", "jim@gmail。com", "jim arobase gmail point com", "jim arroba gmail punto com",
        "jim chiocciola libero punto it", "jim apenstaartje ziggo punt nl", "jim klammeraffe gmx punkt de",
        "jim arroba gmail ponto com", "jim . k @ gmail . com"])
    assert_clean(engine, ["the point is (at) least clear", "meet me at the point at noon",
                          "punto y aparte", "à bientôt at home"])


def test_the_provider_named_first_is_an_address(engine):
    assert_only(engine, "email", ["gmail: jim.k", "my gmail is jim.k", "gmail: jimkowalski", "yahoo = jim_k99",
                                  "my hotmail is kate.b"])
    assert_clean(engine, ["gmail: down again", "my yahoo is broken", "my gmail is the best"])


def test_a_domain_is_never_an_email_and_an_email_never_a_link(engine):
    assert categories(engine, "go to example.com") == {"spam"}
    assert categories(engine, "look at example.com") == {"spam"}
    assert categories(engine, "mail jim@example.com") == {"email"}
    assert categories(engine, "jim at example dot com") == {"email"}


# --- links ---------------------------------------------------------------------------------------------

def test_bare_domains_under_any_real_top_level_domain_are_links(engine):
    assert_only(engine, "spam", ["freestuff.win", "cool-shop.berlin", "get it at mysite.xyz", "see news.co.uk",
                                 "visit repubblica.it", "go to prizes.lol", "docs.rs/serde", "foo.py/docs",
                                 "www.foo.py"])
    assert_clean(engine, ["meet at the.cafe? no", "3.14 is pi", "v1.2.3", "the file is x.zzz"])


def test_disguised_dots_are_dots(engine):
    assert_only(engine, "spam", ["x . ly / y", "go to example。com", "go to example,com", "visit example．com now",
                                 "example[.]org", "example(dot)com", "hxxps://evil[.]com/x",
                                 "visit mysite dot com slash promo"])
    assert_clean(engine, ["the dot com bubble", "yes,me too", "ok . new idea", "I think so , net result"])


def test_file_and_technology_names_and_abbreviations_are_not_links(engine):
    assert_clean(engine, ["edit main.py and restart node.js", "ASP.NET is fine", "I love .NET", "VB.NET code",
                          "open setup.cfg and index.html", "e.g. the first one", "i.e. not that",
                          "she has a Ph.D. in maths", "run build.sh then read notes.md", "see lib.rs",
                          "i'm tired.How are you", "is.it true?", "up.to you", "i was like what.no way",
                          "he said hi.me too", "the .com domain is expensive", "unzip data.tar.gz"])


# --- handles -------------------------------------------------------------------------------------------

def test_handles_shared_to_be_found_are_pii(engine):
    assert_only(engine, "pii", [
        "add me on snap it's jenny_22", "add me on insta its jen.k", "my snap is jenny.k", "psn: DarkKnight_88",
        "my xbox gamertag is xX_Slayer_Xx", "steam ZeroCool_77", "roblox noob_master", "yt: coolvids99",
        "ig: jen.k", "tt: dancer_girl", "sc: kayla", "dc: gamer#1234", "add me on discord its j e n n y _ 2 2",
        "minecraft ign: Notch_1"])


def test_a_platform_without_a_handle_is_clean(engine):
    assert_clean(engine, ["add me on snap sometime", "do you play on psn?", "tt: 12:30", "sc: 100",
                          "my snap is broken", "xbox 360 was better", "switch 2 is out", "I use discord a lot",
                          "add me on snap it's fun there"])


# --- scams, and talk about them ----------------------------------------------------------------------

def test_talk_about_scams_in_a_warning_or_news_sense_is_clean(engine):
    assert_clean(engine, [
        "watch out for the earn money from home scams", "never buy followers, it's a waste",
        "don't buy cheap instagram followers", "beware: 'double your bitcoin' is always a scam",
        "the news said a crypto giveaway fraud took $2m", "i reported the free robux guy",
        "those hot singles in your area ads are fake lol", "avoid get rich quick schemes",
        "they said earn $5000 a week from home, classic scheme"])


def test_a_scam_that_calls_itself_no_scam_is_still_spam(engine):
    assert_only(engine, "spam", [
        "earn $5000 a week from home, 100% legit, not a scam", "free robux, no scam, dm me",
        "double your bitcoin today!! this isn't fake", "buy cheap instagram followers", "hot singles in your area",
        "never miss out: earn $5000 a week from home"])


def test_a_broken_solicitation_pattern_is_an_error_at_its_line(tmp_path):
    from anonchat.moderation.packs import RulePackError
    (tmp_path / "scam.yaml").write_text(
        "id: scam\ncategory: spam\nversion: 1\naction: block\nseverity: low\ndetectors:\n"
        "  - solicitation:\n      warnings: [scam]\n      patterns: {bad: '(?=x)'}\n", encoding="utf-8")
    with pytest.raises(RulePackError) as e:
        Engine.from_directory(tmp_path)
    assert "scam.yaml:7: detectors[0] (solicitation): bad options: patterns.bad: RE2 cannot compile" in str(e.value)


def test_an_allowed_domain_clears_the_link_detector_too(tmp_path):
    for pack in RULEPACKS.glob("*.yaml"):
        text = pack.read_text(encoding="utf-8")
        if pack.name == "spam.yaml":
            text = text.replace("\ndetectors:\n", "\nallow: [github.com]\n\ndetectors:\n", 1)
        (tmp_path / pack.name).write_text(text, encoding="utf-8")
    engine = Engine.from_directory(tmp_path)
    assert_clean(engine, ["see github.com/x", "docs.github.com", "github[.]com/x"])
    assert_only(engine, "spam", ["github.com.evil.ru", "notgithub.com"])
