"""Round 4 of issue #12: the spam and e-mail classes set5 showed missing, each with examples of the
class in the languages where it applies and innocent texts of the same shape. The messages are this
file's own, not set5's."""

from verdicts import assert_clean, assert_only

# --- offers without a link: what is on offer, and a way to take it -------------------------------

def test_a_group_recruited_for_easy_or_online_work_with_pay_and_a_call_to_write_is_spam(engine):
    assert_only(engine, "spam", [
        "looking for 5 motivated people for an online business, $300/day, dm me",
        "busco 3 personas para un negocio online, 150€ al día, escríbeme",
        "procuro pessoas para trabalho online, 300 por dia, me chama",
        "recrute 10 jeunes pour un travail en ligne, gros salaire, mp moi",
        "suche 4 Leute für einen Nebenjob, 200€ am Tag, schreib mir",
        "cercasi ragazze per lavoro da casa, paga alta, scrivetemi",
        "zoek 5 mensen voor thuiswerk, goed betaald, app me",
    ])
    assert_clean(engine, [
        "looking for people to play with tonight, dm me",
        "cerco ragazzi per giocare a calcetto stasera, scrivimi",
        "busco gente para jugar al fifa, escríbeme",
        "je cherche 2 personnes pour une coloc, 450€ par mois, écrivez-moi",
        "zoek mensen voor mijn band, stuur me een berichtje",
    ])


def test_a_wage_by_the_day_or_high_pay_with_a_call_to_write_is_spam_but_a_wage_told_is_clean(engine):
    assert_only(engine, "spam", [
        "easy work from home, high weekly pay, hmu",
        "250€ par jour sans bouger, écris-moi",
        "400 por semana, quien esté interesado que me hable, mandame un mensaje",
        "1000 euro a settimana, chi è interessato mi scriva in privato",
        "300 am Tag, bei Interesse schreibt mir",
        "750 per week, interesse? stuur me een dm",
        "i make 300 a day from home, text me to learn how",
    ])
    assert_clean(engine, [
        "I earn 200€ a day as a nurse",
        "i make 300 a day at the hospital, text me when you're free",
        "ich verdiene 150 euro am tag als kellner",
        "ik verdien 120 per dag als bezorger, best goed",
        "my job pays 200 a week, barely enough",
        "gano 150 al día en la obra, escríbeme luego",
        "my new job is well paid, text me later",
        "la paga è alta ma il lavoro è duro",
        "don't believe those 'earn 500 a day' messages, dm me if you got one too",
    ])


def test_cheap_accounts_subscriptions_cards_and_engagement_offered_to_the_chat_are_spam(engine):
    assert_only(engine, "spam", [
        "spotify premium 1€/month, dm me",
        "paysafecard half price, dm me",
        "likes and views cheap, dm me",
        "dm me for cheap netflix accounts",
        "vendo recargas a mitad de precio, escríbeme",
        "vendo assinatura de netflix barata, me chama no pv",
        "je vends des comptes disney+ pas chers, mp moi",
        "verkaufe billige steam keys, schreib mir",
        "guthaben zum halben preis, meldet euch",
        "vendo ricariche a metà prezzo, scrivimi",
        "buoni amazon economici, chi ne vuole?",
        "verkoop goedkope netflix accounts, stuur me een dm",
        "volgers en likes voor de helft, app me",
    ])
    assert_clean(engine, [
        "netflix is 15€ a month now, crazy",
        "spotify premium is cheap for students",
        "the steam sale is on, games half price",
        "these likes are cheap lol",
        "cuidado con los que venden cuentas de netflix baratas por privado, es estafa",
        "never buy cheap followers, they're bots",
        "i got banned for selling my account",
        "they sell gift cards at the supermarket for 25€",
        "the shop sells steam cards for 20€",
        "el kiosco vende recargas de 10€",
        "netflix premium costs 20€ a month, dm me if you want to share",
        "spotify premium is cheap for students, dm me if you need the link",
    ])


def test_cheap_electronics_for_cash_or_with_a_call_to_write_are_spam_but_a_sale_told_is_clean(engine):
    assert_only(engine, "spam", [
        "cheap iphones from a bankruptcy, cash only, app me",
        "airpods baratos, solo efectivo, escríbeme",
        "iphones pas chers tombés du camion, que du cash",
        "billige handys, nur bar, meldet euch",
        "goedkope ps5's, alleen contant, stuur me een dm",
    ])
    assert_clean(engine, [
        "my brother sells his car, dm me if interested",
        "mi hermano vende su coche, escríbele",
        "where can i find cheap airpods? dm me if you know",
        "dm me if you know where to get cheap airpods",
        "cheaper phones are in the other shop",
        "ps5 is cheap rn, text me when you're at the store",
    ])


def test_quick_money_offered_to_the_group_is_spam(engine):
    assert_only(engine, "spam", [
        "who wants to make easy money? dm me",
        "quién quiere ganar dinero? escríbeme",
        "quem quer ganhar dinheiro? me chama",
        "qui veut gagner de l'argent ? mp moi",
        "wer will schnell geld verdienen? schreib mir",
        "chi vuole guadagnare soldi facili? contattami",
        "wie wil er snel geld verdienen? stuur me een dm",
    ])
    assert_clean(engine, [
        "who wants pizza? dm me",
        "wie wil er mee naar de film? app me",
        "qui veut venir au ciné ? écris-moi",
        "wer will pizza? schreib mir",
        "chi ne vuole ancora di pizza?",
    ])


def test_a_sum_invested_for_more_back_within_a_time_is_spam_with_the_time_before_the_sum(engine):
    assert_only(engine, "spam", [
        "investier 250€ und bekomm in 7 tagen 2500€ zurück",
        "invest 100 and in 5 days get 1000 back",
        "investi 100€ e ricevi 1000€ indietro in una settimana",
        "investeer 50 euro en krijg binnen 3 dagen 500 terug",
    ])
    assert_clean(engine, ["I invested 500 and got 30 back", "ich habe 250€ investiert und nichts bekommen"])


# --- e-mail: the provider first ------------------------------------------------------------------

def test_the_provider_first_with_any_separator_or_its_domain_is_an_address(engine):
    assert_only(engine, "email", [
        "icloud → sam.t05",
        "gmail - nina.rossi",
        "hotmail = k_vos",
        "yahoo: pete_m",
        "gmx – lena_k_2008",
        "gmail · ana.r",
        "hotmail -> kev_99",
        "outlook.com: mia_wills",
        "gmail.com: tomrivers",
        "sapo: rita.lx",
        "web.de: max.meier",
        "orange: jean.dupont",
        "mail, sapo: ana.lx",
    ])
    assert_clean(engine, [
        "gmail: down again?",
        "outlook: sunny",
        "the weather outlook: sunny",
        "yahoo: we won",
        "gmail - useless",
        "free: 3.99",
        "live: 2.5k_views",
        "sapo: o sapo pulou",
    ])


def test_a_word_host_first_followed_by_a_domain_is_a_link(engine):
    assert_only(engine, "spam", ["web: mysite.de", "live: twitch.tv/kev"])


# --- e-mail: at and dot glued in capitals, every language ---------------------------------------

def test_at_and_dot_words_glued_in_capitals_are_an_address_in_every_language(engine):
    assert_only(engine, "email", [
        "finnAPESTAARTJEgmailPUNTcom",
        "sanneAPENSTAARTJEziggoPUNTnl",
        "finn apestaartje gmail punt com",
        "lucasAROBASEgmailPOINTfr",
        "lucasARROBASEorangePOINTfr",
        "pedroARROBAgmailPUNTOcom",
        "joaoARROBAsapoPONTOpt",
        "giuliaCHIOCCIOLAliberoPUNTOit",
        "giuliaCHIOCCIOLINAliberoPUNTOit",
        "maxKLAMMERAFFEgmxPUNKTde",
    ])
    assert_clean(engine, ["the apestaartje key is broken", "chiocciolina di mare", "arrobase, c'est quoi ?"])


# --- a domain after a word's "at" is a link, not an address ---------------------------------------

def test_a_thing_at_a_site_is_a_link_and_a_name_at_a_domain_an_address(engine):
    assert_only(engine, "spam", [
        "free skins at skinzshop(dot)com",
        "claim ur reward at paypal-verify.co.uk",
        "20 skins at skinshop[.]net",
        "the best deals at dealzone(dot)net",
    ])
    assert_only(engine, "email", [
        "email me at jess.williams at gmail dot com",
        "john at gmail dot com",
        "my email is john at gmail dot com",
        "send it to my mate dave at gmail dot com",
        "write to JOHN [at] YAHOO [dot] COM",
        "the boss (at) company(dot)com",
    ])


def test_a_word_in_dotted_pieces_is_not_a_link_but_a_host_of_short_labels_is(engine):
    assert "spam" not in set(engine.check("ar.sch.lo.ch").categories)
    assert_only(engine, "spam", ["ftp.cs.mit.edu", "cs.ox.ac.uk"])
