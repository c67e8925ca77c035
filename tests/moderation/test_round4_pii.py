"""Round 4 of issue #12, pii: a full name with a named school or workplace in the seven languages
(introduced with an article, "sou a ...", "sono la ...", or signed after the place, "..., Felix
Braun, frag nach mir"), gamertags with a #discriminator and console friend codes, handles after an
arrow or a field sign, handles spelled out after a verb meaning "type" or "search", and the older
handle patterns of the pii pack retired in favour of the `handle` detector (which reads "my insta
is 10k followers", "psn: 5pm" as the innocent messages they are). Each class with innocent texts
of the same shape."""

from verdicts import assert_clean, assert_only

# --- a full name with a named school or workplace -----------------------------------------------


def test_a_name_introduced_with_an_article_and_a_school_or_workplace_is_pii(engine):
    # Portuguese "sou a/o", Italian "sono la/il": the article is part of the introduction, not a place's
    assert_only(engine, "pii", [
        "sou a Joana Pires da Escola Secundária de Alcochete", "eu sou o Rafael Nunes do Colégio São João",
        "sou a Carla Mota, trabalho na Farmácia Central", "sou o Miguel Sá do Liceu Camões",
        "sono la Chiara Galli del liceo Parini", "sono il Davide Marino, lavoro al Carrefour di Torino",
    ])


def test_a_name_with_its_school_in_the_seven_languages_is_pii(engine):
    assert_only(engine, "pii", [
        "I'm Olivia Grant from Westfield Academy", "soy Nerea Campos del Colegio Montserrat",
        "me chamo Lucas Prado, estudo na Escola Básica de Benfica", "je m'appelle Manon Girard, lycée Jean Moulin",
        "ich bin Mia Schulte von der Realschule Nord", "Tim Krause, Oberschule am Rathaus, Klasse 9",
        "mi chiamo Elisa Greco, vado al liceo Galvani", "ik ben Lotte Jansen van het Erasmus Atheneum",
    ])


def test_a_name_signed_after_the_workplace_or_school_is_pii(engine):
    # the place first, then the name set off by a comma or a dash, ending the message or asking
    # to be asked for
    assert_only(engine, "pii", [
        "ich arbeite bei Edeka in der Lindenstraße, Paul Keller, frag nach mir",
        "ich jobbe bei Lidl am Markt, Sophie Wagner",
        "I work at the Asda on Crown Street, Liam Porter, ask for me",
        "trabajo en Zara de la Gran Vía, Irene Soto, pregunta por mí",
        "trabalho na Pastelaria Aurora - Rui Tavares",
        "je bosse chez Leclerc à Nantes, Lucas Fabre, demande-moi",
        "lavoro alla Coop di Bologna, Marta Riva, chiedete di me",
        "ik werk bij de Jumbo in Utrecht, Bram Visser, vraag naar mij",
        "I go to Hillcrest High, Maya Collins.",
    ])


def test_ask_for_a_name_at_the_workplace_in_the_seven_languages_is_pii(engine):
    assert_only(engine, "pii", [
        "I work at the Boots on King Street, ask for Grace Whitfield", "trabajo en el Carrefour de Goya, pregunta por Sara Peña",
        "trabalho no Continente de Gaia, pergunta pela Ana Brito", "je bosse chez Fnac, demande Léa Garnier",
        "ich arbeite bei Rossmann am Bahnhof, frag nach Nina Hartmann", "lavoro da Eataly, chiedi di Paolo Serra",
        "ik werk bij de Action in Zwolle, vraag naar Joris Smit",
    ])


def test_a_name_or_a_place_alone_or_a_name_talked_about_is_clean(engine):
    assert_clean(engine, [
        # a school or workplace without a full name, a first name only
        "I study at Escola Secundária de Camões", "sou a Joana, da Escola Secundária", "ich arbeite bei Rewe in Berlin",
        "je suis Manon, du lycée Jean Moulin", "sono la Chiara del liceo", "I work at Tesco, it's fine.",
        # a full name with a city, a name with no place, a place word after "sono a"
        "Felix Braun lives in Hamburg", "sono a Roma con Marco Rossi", "je suis à Carrefour Market",
        "I'm at Burger King", "sou a favor da Escola Pública",
        # a name talked about, not signed: it goes on after it
        "we read Emily Dickinson in year 10", "i work at a bookshop, Sally Rooney is my favourite",
        "ich arbeite bei Rewe, Felix Braun ist mein Chef", "frag nach Felix Braun", "ich arbeite bei Rewe, frag nach dem Chef",
        "I work at Boots, ask for the manager",
    ])


# --- gamertags with a discriminator, friend codes ------------------------------------------------


def test_a_gamertag_with_a_discriminator_in_the_seven_languages_is_pii(engine):
    assert_only(engine, "pii", [
        "my battletag is Thorn#1187", "my switch name is PixelFox#3301", "mon pseudo switch c'est LapinBleu#4410",
        "mi usuario de switch es Tortuga#5120", "meu nick no switch é Capivara#7788",
        "mein Benutzername ist Falke#0921", "il mio nome utente è Gufo#6502", "mijn gebruikersnaam is Egel#3344",
        "battle tag: Nightowl#2231",
    ])


def test_a_console_friend_code_is_pii(engine):
    assert_only(engine, "pii", [
        "my switch friend code is SW-4821-0937-5512", "código de amigo: SW-1200-3344-5566",
        "add me SW-7781-2290-1134", "mein freundescode ist sw 4411 2093 8876", "code ami switch : SW-1010-2020-3030",
    ])


def test_a_console_or_a_number_without_a_name_is_clean(engine):
    assert_clean(engine, [
        "switch to the other tab", "the switch costs 299", "I'll switch it off at 10pm", "my battletag got reset",
        "hashtag #2024 trending", "room #1204 at the hotel", "mein nick ist egal", "il mio nick è stupido",
        "my sw-1234 ticket is open",
    ])


# --- handles after an arrow or a field sign, and spelled out after "type" or "search" -------------


def test_a_handle_after_an_arrow_or_a_field_sign_is_pii(engine):
    assert_only(engine, "pii", [
        "snap → nadia.k5", "insta -> ruby_rose22", "ig => tom.runs", "tiktok ➜ dancequeen_09", "sc: lunabelle",
        "tiktok: @mira", "snap » kevin.b98", "ig = lea.mrt",
    ])


def test_a_handle_spelled_out_after_type_or_search_is_pii(engine):
    assert_only(engine, "pii", [
        "sur twitch tape l e o g a m e r", "on tiktok search for j a d e 0 7", "busca n i c o _ 9 en tiktok",
        "na twitch pesquisa r a f a p l a y s", "auf insta such nach m i a 2 0 0 8", "su twitch cerca s a m u x",
        "op tiktok zoek op e m m a _ v",
    ])


def test_a_platform_with_a_state_or_an_ordinary_word_is_clean(engine):
    assert_clean(engine, [
        "insta: private", "psn: down", "snap: later", "discord: down again", "twitch tonight?",
        "search for it on tiktok", "type it in the discord", "busca en tiktok", "snap → later maybe", "ig -> 2 posts",
        "tiktok -> reels", "insta = cringe", "look up python3 on youtube", "on youtube search python3 tutorial",
    ])


# --- the old handle patterns, retired: innocent messages they flagged -----------------------------


def test_a_number_game_or_time_after_a_platform_is_clean(engine):
    assert_clean(engine, [
        "my insta is 10k followers", "psn: 5pm", "add me on psn its MW3", "my tiktok is 2x faster now",
        "add me on xbox its 10pm here", "steam: 3pm", "my snap is 50% broken", "add me on switch its ps5 tho",
    ])


def test_the_handles_the_old_patterns_found_are_still_pii(engine):
    assert_only(engine, "pii", [
        "add me on snap: jess_2009", "my insta is @jess.w_99", "find me on discord: user#1234",
        "my psn is DarkKnight_88 add me", "add me: abc_123 on snap", "add me on snap it's jenny_22",
        "yt: coolvids99", "add me on discord its j e n n y _ 2 2", "hmu on snap: mikey.b22",
        "follow me on insta @cool.kid99", "my discord is name#1234",
    ])


# --- cost ------------------------------------------------------------------------------------------


def test_a_name_before_a_long_run_of_spaces_costs_little(engine):
    # the name is read with what follows it ("..., Felix Braun, frag nach mir", "Daniel Okafor at
    # ..."): a long run of spaces or newlines after it must not be tried split by split
    import time

    for gap in (" ", "\n", " \t"):
        text = "ich arbeite bei Rewe, Felix Braun" + gap * (9000 // len(gap)) + "x"
        began = time.perf_counter()
        engine.check(text)
        assert time.perf_counter() - began < 1.0, repr(gap)
