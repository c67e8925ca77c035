"""Round 5 (issue 12), the classes other than drugs: each class with several examples of our own,
positives and innocent look-alikes that must stay clean."""
import pytest
from verdicts import assert_clean, assert_only, categories


# scam or solicitation wording next to an e-mail address: spam for the wording, email for the
# address (the call to write ends before the address, so the e-mail pack does not supersede it)
@pytest.mark.parametrize("text", [
    "make 400€ a day, write to quick.cash at gmail",
    "gana 800€ a la semana, escribe a dinero.ya arroba hotmail punto com",
    "ganhe 250 reais por dia, manda email pra grana.facil arroba gmail",
    "gagnez 300€ par jour, écrivez à travail.maison arobase gmail point com",
    "verdiene 400 € am Tag, schreib an geld.jetzt at web Punkt de",
    "guadagna 300€ al giorno, scrivi a soldi.facili chiocciola gmail punto com",
    "verdien 300 euro per dag, mail naar snel.geld apenstaartje gmail punt com",
    "guaranteed 30% monthly returns, email grow.fast@protonmail.com",
    "25% weekly profit guaranteed, mail to alpha.fund@gmail.com",
])
def test_scam_wording_beside_an_address_is_spam_and_email(engine, text):
    assert categories(engine, text) == {"email", "spam"}


def test_address_without_scam_wording_stays_email_only(engine):
    assert_only(engine, "email", [
        "write to me at lena.k at gmail",
        "escribe a marta.g arroba gmail punto com",
        "schreib an jonas.b at web Punkt de",
        "mail naar femke.v apenstaartje gmail punt com",
    ])


def test_write_and_wage_talk_stays_clean(engine):
    assert_clean(engine, [
        "write to your grandma this weekend",
        "I earn 300 daily as a welder",
        "escribe a tu madre, que está preocupada",
        "the shop's returns guaranteed for 30 days",
        "my account was suspended yesterday, I had to verify my email",
    ])


def test_sexual_content_priced_or_packs_sold_is_spam(engine):
    assert_only(engine, "spam", [
        "spicy pics of me for 15 dollars, dm",
        "my private videos for £10, message me",
        "nude photos just $20",
        "free onlyfans access tonight",
        "vendo mi pack, quien quiera me escribe",
        "vendo packs, me chama no privado",
        "vendendo meu pack, chama no pv",
    ])


def test_packs_and_pictures_that_are_goods_or_talk_stay_clean(engine):
    assert_clean(engine, [
        "vendo pack de figurinhas da copa",
        "vendo un pack de cervezas artesanales",
        "she posted hot pics of the beach",
        "is onlyfans free to join?",
    ])


def test_team_recruiting_with_money_is_spam(engine):
    assert_only(engine, "spam", [
        "join my team and earn from your phone, 1 hour a day",
        "únete a mi equipo y gana dinero desde el móvil",
        "rejoins mon équipe et gagne de l'argent chaque jour",
        "unisciti al mio team e guadagna da casa",
        "hiring now, earn 500 daily, message me",
    ])


def test_team_talk_stays_clean(engine):
    assert_clean(engine, [
        "join my team in the next match",
        "únete a mi equipo de fútbol el sábado",
        "unisciti al mio team su fortnite stasera",
    ])


def test_account_threat_with_a_call_to_verify_is_spam(engine):
    assert_only(engine, "spam", [
        "your account will be suspended, verify your login now",
        "tu cuenta será bloqueada, verifica tus datos",
        "votre compte sera suspendu, vérifiez votre identité",
        "dein Konto wird deaktiviert, bestätige dein Passwort",
        "je account wordt geblokkeerd, bevestig je gegevens",
    ])


def test_account_sale_with_a_hyphenated_game_is_spam(engine):
    assert_only(engine, "spam", [
        "verkaufe meinen Fortnite-Account mit vielen Skins",
        "verkaufe meinen Roblox-Account",
    ])
    assert_clean(engine, ["mein Fortnite-Account wurde gehackt"])


def test_quebec_oaths_are_profanity(engine):
    assert_only(engine, "profanity", [
        "tabarnak, le bus est encore en retard",
        "mon tabarnac de char a pas parti",
        "câlisse que c'est long",
        "calisse de niaiseux",
        "ostie que j'ai faim",
        "esti de cave",
        "crisse, j'ai oublié mon lunch",
        "ciboire de tabarnak",
        "mon sacrament de voisin",
        "décâlisse d'ici",
    ])


def test_the_mass_and_other_senses_stay_clean(engine):
    assert_clean(engine, [
        "le prêtre consacre l'hostie et le calice",
        "le ciboire est sur l'autel",
        "the sacrament of baptism",
        "les pneus crissent, le pneu crisse sur la route",
        "criss cross applesauce",
        "le ostie consacrate sull'altare",
    ])


def test_swiss_and_austrian_swears_are_profanity(engine):
    assert_only(engine, "profanity", [
        "du Oaschloch",
        "so a Oaschgeign",
        "du Hueresohn",
        "Gopfertammi, scho wieder",
        "gopferdammi nomal",
        "du Wixer",
    ])


def test_swiss_and_austrian_plain_words_stay_clean(engine):
    assert_clean(engine, [
        "du Trottel",
        "des isch huere guet",
        "Gopfriedstutz, scho wieder Rege",
        "a Gfrast is er",
    ])


def test_flemish_oath_is_profanity_and_eikel_is_a_plain_insult(engine):
    assert_only(engine, "profanity", ["godverdoeme, weer regen", "godverdoemme toch"])
    assert_clean(engine, ["wat ben je toch een eikel", "doe niet zo'n eikel, man",
                          "de eikels vallen van de eik"])


def test_disability_insults_after_shut_up_or_like_a(engine):
    assert_only(engine, "profanity", [
        "cállate retrasado",
        "cala a boca retardado",
        "gioca come un ritardato",
        "ele dirige que nem um retardado",
        "zitta troia",
    ])
    assert_clean(engine, [
        "il treno è arrivato in ritardo",
        "el vuelo salió retrasado",
        "o voo foi retardado por causa da chuva",
        "la guerra di Troia",
    ])


def test_case_file_and_postcode_numbers_are_not_phones(engine):
    assert_clean(engine, [
        "numéro de dossier 3104772, toujours rien",
        "la mia pratica n. 2025/118842 è ferma",
        "dossiernummer 2025-48813 bij het loket",
        "Aktenzeichen 4471 2209 81",
        "número de expediente 2024 004 4718",
        "meu CEP é 04538-132",
        "o processo nº 0012345-67 está parado",
    ])


def test_phones_after_case_words_with_a_call_still_count(engine):
    assert_only(engine, "phone", [
        "per la pratica chiamami al 333 444 5566",
        "dossier bouclé, appelle-moi au 06 41 22 87 09",
    ])


def test_everyday_senses_told_by_their_neighbours_stay_clean(engine):
    assert_clean(engine, [
        "he tied the faggots of brushwood for the stove",
        "a bundle of faggots by the hearth",
        "the old man keeps jackasses and a stallion",
        "esse puto é o filho da minha vizinha",
        "o puto do meu sobrinho já anda",
    ])


def test_the_same_words_aimed_still_count(engine):
    assert_only(engine, "profanity", [
        "shut up you faggot",
        "ese puto niño no para de llorar",
        "get lost, bellend",
        "shut up, bellend",
        "quella ragazza è una zoccola",
    ])
    assert_clean(engine, ["hij kwam bellend binnen", "de hond liep blaffend en bellend weg"])


def test_comma_and_spelled_dots_of_shops_are_links(engine):
    assert_only(engine, "spam", [
        "check cadeauxgratuits,be",
        "visit megadeals,it",
        "bigprizes,xyz now",
        "ofertas en megaofertas punto com",
        "promos no lojadescontos ponto com",
    ])


def test_commas_and_dots_in_prose_stay_clean(engine):
    assert_clean(engine, [
        "check the weather,be ready",
        "you should check yourself,be careful",
        "my favourite,club is chelsea",
        "en la era punto com",
        "no mundo ponto com",
        "lo digo en serio,es verdad",
    ])


def test_easy_money_with_a_call_to_write_is_spam(engine):
    assert_only(engine, "spam", [
        "dinero fácil, escríbeme",
        "argent facile, écris-moi",
        "schnelles Geld, schreib mir",
        "snel geld, stuur me een dm",
        "easy money, dm me",
    ])
    assert_clean(engine, ["there is no easy money. dm me if you want real advice",
                          "snel geld bestaat niet"])


def test_money_sent_back_multiplied_is_spam(engine):
    assert_only(engine, "spam", [
        "i'll triple any crypto you send",
        "I double all the money you send, no joke",
        "send me a $25 amazon card and i'll send you back 100",
    ])
    assert_clean(engine, ["I sent him a £20 gift card and he sent it back",
                          "double all the ingredients you send me"])
