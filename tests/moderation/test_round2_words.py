"""Round 2 of issue #12: word-list classes a blind set showed missing or over-eager.

Each class below is a kind of message, not a message: several examples of the class, written for
these tests, and innocent messages of the same shape that must stay clean. Messages go through the
real engine loaded from ``rulepacks/``; the assertions are on ``verdict.categories``.
"""

import pytest
from verdicts import class_test

P, D, CLEAN = ("profanity",), ("drugs",), ()

CLASSES = {
    # Drug names that are also "a heroine" count when the text says what the drug does to people.
    "heroin named with its harm": [
        ("la heroína arrasó con mi pueblo, estaba enganchado", D),
        ("mi primo murió: la heroína lo destrozó", D),
        ("l'eroina ha distrutto la sua famiglia", D),
        ("si bucava tutti i giorni, l'eroina", D),
        ("l'héroïne a ravagé ma cité", D),
        ("sevrage d'héroïne à la méthadone", D),
        ("heroïne is levensgevaarlijk spul", D),
        ("hij is verslaafd aan heroïne", D),
        ("la heroína de la película salva al pueblo", CLEAN),
        ("l'eroina del romanzo è coraggiosa", CLEAN),
        ("l'héroïne du film est une espionne", CLEAN),
        ("de heroïne van het verhaal", CLEAN),
        ("the heroine of the novel is brave", CLEAN),
    ],
    # Slang the languages share with English, in the language's own drug talk.
    "shared slang in a drug context": [
        ("they found 12 rocks of crack in his car", D),
        ("o crack destruiu a vida dele", D),
        ("a cracolândia cheia de gente fumando pedra e crack", D),
        ("ze hebben speed gesnoven", D),
        ("hij snoof speed op het feest", D),
        ("a crack in the rocks by the shore", CLEAN),
        ("speed op de snelweg", CLEAN),
    ],
    "MDMA as French MD, at a party": [
        ("on a gobé de la MD à la teuf", D),
        ("elle prend de la MD en soirée", D),
        ("mon MD m'a dit de me reposer", CLEAN),
        ("un MD en cardiologie", CLEAN),
    ],
    "Spanish éxtasis the pill, maría sold or praised as a smoke": [
        ("tomamos éxtasis en la discoteca", D),
        ("pastillas de éxtasis en el festival", D),
        ("vendo maría, 10 el gramo", D),
        ("hay maría de la buena en el barrio", D),
        ("un éxtasis de felicidad", CLEAN),
        ("tengo a María en casa", CLEAN),
        ("hay María Jesús y Pedro en clase", CLEAN),
    ],
    # A root with its inflections: every form of the phrase, not one sentence.
    "Spanish 'me cago en' and sexual phrases aimed at someone": [
        ("me cago en la leche", P),
        ("me cago en todo lo que se menea", P),
        ("me cagué en su padre", P),
        ("mecagüen la mar", P),
        ("chúpamela", P),
        ("me la chupas si quieres", P),
        ("me la mamas", P),
        ("me cago de frío", CLEAN),
        ("me la comí entera, la tarta", CLEAN),
        ("el cono de tráfico naranja", CLEAN),
    ],
    "coño typed without its ñ, in its swearing phrases": [
        ("cono de tu madre", P),
        ("CONO DE SU MADRE", P),
        ("un cono de helado", CLEAN),
        ("el Cono Sur", CLEAN),
    ],
    "Portuguese porra in a Portuguese sentence": [
        ("porra, não acredito nisso", P),
        ("porra, perdi o ônibus hoje", P),
        ("p0rra mano, esqueci", P),
        ("que porra é essa", P),
        ("una porra de churros", CLEAN),
        ("el policía levantó la porra", CLEAN),
    ],
    "Portuguese swear words aimed at someone": [
        ("seu bosta", P),
        ("sua bosta de gente", P),
        ("uma bosta de vaca no pasto", CLEAN),
    ],
    "German sexual phrases aimed at someone": [
        ("lutsch meinen Schwanz", P),
        ("blas mir einen", P),
        ("leck meinen schwanz, du penner", P),
        ("der Hund wedelt mit dem Schwanz", CLEAN),
        ("ein Pferdeschwanz", CLEAN),
    ],
    "Dutch curse compounds written as two words": [
        ("tering lijer", P),
        ("vuile kanker lijer", P),
        ("wat een tyfus zooi", P),
        ("kl3re lijer", P),
        ("kanker bij kinderen", CLEAN),
        ("mijn oom heeft kanker, hij lijdt erg", CLEAN),
    ],
    # Slurs, in every disguise, and the everyday words they are not.
    "disability slurs": [
        ("r3tard", P),
        ("retard", P),
        ("shut up retard", P),
        ("m0ngool", P),
        ("sei un mongolo", P),
        ("eres una mongola", P),
        ("le train a du retard", CLEAN),
        ("désolée pour mon retard", CLEAN),
        ("en retard de vingt minutes", CLEAN),
        ("un retard scolaire", CLEAN),
        ("retard estimé : 12 minutes", CLEAN),
        ("l'impero mongolo di Gengis Khan", CLEAN),
    ],
    # Acronyms are clean (policy), the words they stand for are not.
    "acronyms": [
        ("stfu lol", CLEAN),
        ("gtfo of here with that", CLEAN),
        ("lmao wtf", CLEAN),
        ("shut the fuck up", P),
    ],
    # Innocent text that holds a listed word.
    "everyday senses": [
        ("the cocks started crowing before dawn", CLEAN),
        ("our neighbour's cocks crow all morning", CLEAN),
        ("the bitch had five puppies last night", CLEAN),
        ("our bitch had a litter of nine", CLEAN),
        ("the bitch and her pups are doing well", CLEAN),
        ("that bitch is pregnant again", P),
        ("we rode an ass up the hill", CLEAN),
        ("feed the ass before the sheep", CLEAN),
        ("faggots in onion gravy for tea", CLEAN),
        ("homemade faggots with mushy peas", CLEAN),
        ("os putos já foram para a escola", CLEAN),
        ("levei os meus putos à praia", CLEAN),
    ],
    "first names and surnames": [
        ("mon voisin s'appelle Dick", CLEAN),
        ("a guy named Dick fixed my car", CLEAN),
        ("Dick Advocaat is trainer", CLEAN),
        ("mijn oom heet Dick", CLEAN),
        ("Frau Fickel ist unsere Ärztin", CLEAN),
        ("die Familie Fickenscher", CLEAN),
    ],
    "place names": [
        ("Putaendo queda en el valle de Aconcagua", CLEAN),
        ("we fuhren nach Fucking, das jetzt Fugging heißt", CLEAN),
        ("the village of Fucking renamed itself", CLEAN),
        ("the Wank mountain above Garmisch", CLEAN),
        ("we climbed the Wank on Sunday", CLEAN),
        ("Bastardo in Umbria è un paese tranquillo", CLEAN),
    ],
}


test_class = class_test(CLASSES)


# An allow phrase covers its own occurrence only: the real swear word in the same message counts.
STILL_CAUGHT = [
    "the bitch had five puppies, you stupid bitch",
    "a guy named Dick, what a dick",
    "we climbed the Wank, then had a wank",
    "os putos na escola, porra caralho",
    "le train est en retard, you retard",
    "faggots in onion gravy, you faggot",
]


@pytest.mark.parametrize("text", STILL_CAUGHT)
def test_the_real_word_beside_an_allowed_phrase_still_counts(engine, text):
    assert "profanity" in engine.check(text).categories
