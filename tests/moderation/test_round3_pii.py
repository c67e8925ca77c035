"""Round 3 of issue #12, pii: handles given with their platform in free prose, spelled out or
ending like a top-level domain, and a full name given with a school, class or workplace, in the
seven languages, each class with innocent texts of the same shape."""

from verdicts import assert_clean, assert_only

# --- handles after their platform, in free prose ------------------------------------------------

def test_a_handle_after_its_platform_and_a_verb_is_pii_in_every_language(engine):
    assert_only(engine, "pii", [
        "psn is Kr4kenSlayer lets run it", "steam's NovaRider_31", "minecraft ign is BlockyBuilder77",
        "my whatsapp name is ana_belle99",
        "mi usuario de fortnite es Rayo_Veloz21", "agrégame en discord, soy nachito_88",
        "meu nick no free fire é LobinhoBR_99", "me adiciona no roblox, sou pedrinho_2010",
        "ajoute moi sur fortnite je suis Kylian_Le_Roi", "mon snap c'est chloe.lbt",
        "mein steam name ist Panzerfaust_03", "adde mich auf psn, ich bin Wolfsjaeger_88",
        "il mio nome su psn è Falco_Nero77", "seguimi su insta, sono ale_ferraro03",
        "mijn fortnite naam is Kaaskop_Gamer12", "volg me op insta, ik ben @jesse.vd",
        "kik me: sunny_days_04", "whatsapp = bruno.lx",
        # other separators, and a word for the name after them
        "hit me up on snap, name's kayla.rose", "my snap? its jenny_k2", "snapchat >> lily_x",
        "add me on psn (DarkWolf_77)", "insta, user is sunny.daze",
    ])


def test_a_handle_before_its_platform_is_pii(engine):
    assert_only(engine, "pii", ["soy Tormenta_44 en psn", "je suis lou.prn sur insta", "ich bin KatzeX_9 auf steam",
                                "ik ben daan_x07 op tiktok"])


def test_a_handle_with_capitals_inside_is_a_handle_after_a_verb(engine):
    assert_only(engine, "pii", ["my steam is SilentFoxHunter", "mijn xbox naam is KoudeKikker"])


def test_a_name_after_a_word_for_the_name_used_there_needs_no_verb(engine):
    # "gt", "ign", "pseudo", "username", or a platform followed by "name", "id", "tag"
    assert_only(engine, "pii", ["gt NoScope 360", "ign Pr0Gamer", "pseudo Renard_Roux", "riot id VandalQueen7",
                                "mein overwatch tag ist Tracer_main42"])
    assert_clean(engine, ["ign review was 7/10", "gt 7:15", "username please?", "pseudo intellectual much"])


def test_a_handle_spelled_out_a_character_at_a_time_is_pii(engine):
    assert_only(engine, "pii", ["my snap is j u l i e . 0 4", "mi tiktok es m a r i . p a z", "snap - k e v _ 9 9",
                                "insta @ s u n n y . g", "discord @ n o v a _ 1",
                                "snap is k  a  t  i  e"])


def test_a_handle_that_ends_like_a_top_level_domain_is_a_handle_not_a_link(engine):
    # .pizza, .club, .live, .studio are real top-level domains; after a platform and a verb this is a name
    assert_only(engine, "pii", ["follow me on tiktok its sam.eats.pizza", "my insta is dani.goes.live",
                                "mon insta c'est manon.studio"])


def test_a_link_after_a_platform_is_still_a_link(engine):
    for text in ("my insta is instagram.com/someone", "add me on discord: discord.gg/abc12",
                 "ig is www.mysite.net"):
        assert "spam" in engine.check(text).categories, text


def test_a_platform_without_a_handle_is_clean_in_every_language(engine):
    assert_clean(engine, [
        "I play fortnite on xbox", "is steam down?", "add me on discord later", "my steam is full of games",
        "xbox is 2x faster than ps4", "fortnite is at 3pm today", "my tiktok is blowing up lol",
        "i'm on discord as usual", "i'm jess on insta lol", "the handle is 3.5cm", "roblox is 10x better",
        "minecraft 1.20.4 is out", "i love cod mw3", "ps5 is better than xbox", "my discord bot uses discord.py",
        "mi ig es privada", "tiktok e instagram são viciantes", "mon snap est cassé", "mein insta ist privat",
        "ig e TikTok sono la stessa cosa", "mijn snap is kapot", "steam e epic games hanno i saldi",
        "Nick is coming at 8pm", "cod is my favourite fish", "snap! lol so funny", "xbox (series x) is great",
    ])


# --- a full name with a school, a class or a workplace ---------------------------------------------

def test_a_full_name_with_a_named_school_or_a_class_is_pii_in_every_language(engine):
    assert_only(engine, "pii", [
        "hi, I'm Oliver Grant, year 9 at Kingsbridge Academy", "i am ryan cooper, 8th grade, jefferson middle school",
        "me llamo Pablo Ortega y estudio en el colegio San Ignacio", "eu sou Rafael Lima, 2º ano do colégio Objetivo",
        "je suis Théo Lambert, en terminale au lycée Victor Hugo", "ich heiße Lena Vogel und gehe in die 8c der Realschule",
        "mi chiamo Giulia Romano, quarta liceo Galilei", "ik heet Sem de Vries en zit in 3 havo op het Erasmus College",
        "Marta Gil aquí, del IES Goya", "Noah Peters uit 2b van het Stedelijk Lyceum",
        # an article after "sou"/"sono", a particle in a lower-case name, a word between school and its name
        "sou a ana beatriz, estudo na escola estadual Machado de Assis", "ik ben finn de boer uit groep 8",
        "sono Andrea Russo, frequento il liceo scientifico Fermi",
    ])


def test_a_full_name_with_a_named_workplace_is_pii_in_every_language(engine):
    assert_only(engine, "pii", [
        "Hannah Clarke here, i work for Barclays in Leeds", "soy Carmen Ruiz, trabajo en el Mercadona del centro",
        "me chamo Juliana Costa e trabalho na Renner do shopping", "moi c'est Camille Durand, je travaille chez Decathlon",
        "ich bin Tim Schulz und arbeite bei Lidl in Bremen", "sono Luca Bianchi e lavoro da Zara a Torino",
        "ik ben Lotte Jansen, ik werk bij de Albert Heijn",
    ])


def test_a_name_or_a_school_alone_or_a_name_talked_about_is_clean(engine):
    assert_clean(engine, [
        "I'm Sam, year 9 at Westfield Academy", "im in 10th grade at lincoln high", "i'm so done with Lincoln High",
        "im really bored at school", "im totally done with school", "im running late for school",
        "we read Emily Dickinson in year 10", "Lionel Messi played for Barcelona, I work at the Nike store",
        "ich arbeite bei Lidl und Angela Merkel war im Fernsehen", "i work at the Costa on Market Square",
        "ik werk bij de Albert Heijn in Utrecht", "faccio la terza al liceo Volta di Milano",
        "soy muy fan de Rosalía, estudio en el IES Goya", "Matt Hancock visited our school",
        "Great Expectations is a long read for school", "im good thanks, work at Tesco lol",
        "Justin Bieber is playing at the O2, i work at the bar there",
        "soy fan de messi, voy al colegio San Pedro", "Nick McAdams goes to my school",
    ])
