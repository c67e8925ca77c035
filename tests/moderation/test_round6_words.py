"""Round 6 of issue #12: profanity and phone classes that set 8 showed missing or falsely flagged.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), and innocent messages of the same shape that must stay clean. Messages
go through the real engine loaded from ``rulepacks/``.
"""

import pytest
from test_evasions import assert_bounded
from verdicts import class_test

P, PH, PII, CLEAN = ("profanity",), ("phone",), ("pii",), ()

CLASSES = {
    # a phrase of three words written as one dotted run, or glued into one word
    "dotted pieces of a phrase": [
        ("eres un hi.jo.de.pu.ta", P), ("ce fi.ls.de.pu.te m'a volé", P), ("seu fi.lho.da.pu.ta", P),
        ("hijodeputa", P), ("figliodiputtana", P), ("fils-de-pu-te va", P),
        ("a well-to-do family", CLEAN), ("le fils de Pierre", CLEAN), ("son ex-mari est là", CLEAN),
    ],
    # a word split unevenly by spaces, in any of the seven languages
    "words split unevenly by spaces": [
        ("du bist ein Ar schl och", P), ("Arsc hloch", P), ("eres un gil ipo llas", P),
        ("vaf fanc ulo a te", P), ("wat een kank erl ijer", P), ("que cara lho", P),
        ("mothe rfuc ker", P), ("quel con nard celui-là", P), ("god ver domme", P), ("str onzo", P),
        ("as she ll see", CLEAN), ("la mer de Chine", CLEAN), ("cara mia, ti amo", CLEAN),
        ("I saw the con artist", CLEAN), ("god bless you", CLEAN), ("it was his tory", CLEAN),
        ("we met at the pub lic house", CLEAN), ("che cara la vita", CLEAN),
    ],
    # a Greek sigma written for an s among Cyrillic and Latin look-alikes
    "greek sigma among cyrillic look-alikes": [
        ("ѕhut up ασѕhοlе", P), ("what a bσѕѕ move, ѕhіt", P), ("you αѕѕhοlе", P),
        ("Σας ευχαριστώ πολύ", CLEAN), ("το σπίτι μου", CLEAN), ("bσss of the week", CLEAN),
    ],
    # a disability used as an insult, "like a ..." in Spanish, Portuguese and French
    "slur aimed with like a": [
        ("juegas como un subnormal", P), ("conduce como una retrasada", P),
        ("chuta como um retardado", P), ("tu conduis comme un mongol", P), ("t'es qu'un mongol", P),
        ("llegamos como una hora retrasados", CLEAN), ("el vuelo salió retrasado", CLEAN),
        ("l'empire mongol était immense", CLEAN), ("il monte comme un cavalier mongol", CLEAN),
        ("un barbecue mongol ce soir", CLEAN),
    ],
    # regional swear words: Mexican ojete, Flemish kloot compounds, Portuguese "um arrombado"
    "regional swears": [
        ("no seas ojete, wey", P), ("eres bien ojete", P), ("die kloothommel van hiernaast", P),
        ("wat een klootviool", P), ("ele é um arrombado", P), ("aquela arrombada", CLEAN),
        ("los ojetes de la zapatilla", CLEAN), ("a porta foi arrombada ontem", CLEAN),
    ],
    # names and everyday senses that hold a listed word
    "names and everyday senses": [
        ("Shitij and Kshitiz are coming", CLEAN), ("mijn collega Fuk Wing komt uit Hongkong", CLEAN),
        ("Lai Fuk Kee is my uncle", CLEAN), ("fuk you", P), ("fuk off man", P),
        ("our old donkey is a stubborn ass", CLEAN), ("you stubborn ass", P),
        ("great tits and blue tits at the bird feeder", CLEAN), ("nice tits", P),
        ("the shepherd's bitch herds the flock", CLEAN), ("the farmer's a bitch", P),
        ("gané la polla del mundial con mis aciertos", CLEAN), ("chúpame la polla", P),
        ("churros y porras para desayunar", CLEAN), ("porras con chocolate caliente", CLEAN),
    ],
    # a code's letters and digits before a group of digits are not leetspeak
    "codes in groups are not leet": [
        ("paga a ES71 9383 5868 3049 4156 3418", PII), ("ES71 is the prefix", P),
        ("sh1t 2024 was bad", P), ("you b1tch", P),
    ],
    # phones with emoji between groups, a Mexican +52 1, dots and slashes, Belgian numbers
    "phones in new groupings": [
        ("07700🔥900🔥772", PH), ("llámame 55 ✨ 1234 ✨ 5678", PH), ("06 ✨ 12 ✨ 34 ✨ 56 ✨ 78", PH),
        ("whatsapp +52 1 55 1234 5678", PH), ("+52 1 81 2345 6789", PH),
        ("6.1.2/3.4.5/6.7.8", PH), ("bel me op 0472/12.34.56", PH), ("gsm 0498/65.43.21", PH),
        ("score 3🔥2 tonight", CLEAN), ("RFC 7231 7.1.2", CLEAN), ("prix 12.50/45.90", CLEAN),
        ("version 0.9.33-17222", CLEAN),
    ],
}


test_round6_word_classes = class_test(CLASSES)


# the new readings stay linear on long words: a sigma, a turned letter, pieces split by spaces
@pytest.mark.parametrize("text", ["σ" * 2000, "ασѕhοlе " * 250, "x" * 1999 + "σ", "ar schl och " * 166,
                                  "you are " * 250, "gi lipo " * 250])
def test_round6_readings_stay_bounded(engine, text):
    assert_bounded(engine, text)
