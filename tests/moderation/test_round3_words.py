"""Round 3 of issue #12: word-list classes blind set 2 showed missing or over-eager.

Each class: examples of our own words and innocent messages of the same shape (verdicts.py).
"""

from verdicts import class_test

P, D, CLEAN = ("profanity",), ("drugs",), ()

CLASSES = {
    # Dutch disease curses alone, stretched or disguised, and as the start of any compound; the
    # illness itself (medical compounds, "heeft kanker", "aan tyfus") is clean.
    "disease curse alone or compounded": [
        ("KANKER!!", P),
        ("tyfusssss", P),
        ("t3r1ng", P),
        ("wat een kankerhond is dat", P),
        ("rot op teringjong", P),
        ("tyfushomo", P),
        ("krijg de klere jij", P),
        ("zijn vader heeft kanker", CLEAN),
        ("ze stierf aan tyfus in 1890", CLEAN),
        ("geld inzamelen tegen kanker", CLEAN),
        ("roken is kankerverwekkend", CLEAN),
        ("de kankerpatiënten krijgen bezoek", CLEAN),
        ("ik moet nieuwe kleren kopen", CLEAN),
        ("we vliegen via Kloten", CLEAN),
    ],
    # Each language's common insults that were missing, aimed where the word has an everyday sense.
    "common insults per language": [
        ("sois unos capullos", P),
        ("el capullo del tulipán ya asoma", CLEAN),
        ("menudo mamón estás hecho", P),
        ("qué pelotuda sos", P),
        ("que porra de jogo", P),
        ("porraaa, caiu a net", P),
        ("apostamos en la porra de la oficina", CLEAN),
        ("o agente levava uma porra extensible", CLEAN),
        ("ele se fudeu na prova", P),
        ("vai se fuder mano", P),
        ("quel couillon celui-là", P),
        ("sale garce", P),
        ("notre chienne a mis bas hier", CLEAN),
        ("du bist so eine Missgeburt", P),
        ("halt die klappe du wixxer", P),
        ("che rompicazzo che sei", P),
        ("vai a farti fottere", P),
        ("mi hanno inculato sul prezzo", P),
        ("bisogna inculcare la disciplina", CLEAN),
        ("no mames wey, verga", P),
        ("abbiamo studiato Verga e Manzoni", CLEAN),
        ("cette pute", P),
        ("die Pute braucht vier Stunden", CLEAN),
        ("ai cacete, esqueci", P),
        ("um pão cacete com manteiga", CLEAN),
        ("és uma ganda cona", P),
        ("abito a Cona, in provincia di Ferrara", CLEAN),
        ("il m'a cassé les couilles avec son zob", P),
        ("shut it you slag", P),
        ("the furnace slag cooled overnight", CLEAN),
    ],
    # Slurs with an everyday sense: the slur said of someone, the everyday thing with its complement.
    "slurs beside their everyday sense": [
        ("espèce de tapette va", P),
        ("bande de tapettes", P),
        ("j'ai acheté une tapette à souris", CLEAN),
        ("essa bicha nojenta", P),
        ("aquela bicha rebolando kkk", P),
        ("a bicha para o multibanco não andava", CLEAN),
        ("estava na bicha há meia hora", CLEAN),
        ("sale fiotte", P),
        ("stupid poofter", P),
        ("tu es un sale raton", P),
        ("on a vu un raton laveur", CLEAN),
        ("so ein Schlitzauge", P),
        ("er wog nur fünfzig Kilo", CLEAN),
        ("che lesbicona", P),
        ("vuile geitenneuker", P),
        ("eres una machorra", P),
        ("the sea dyke held during the storm", CLEAN),
        ("a basalt dyke cuts through the cliff", CLEAN),
        ("you filthy dyke", P),
    ],
    # Party slang someone asks for or offers, in every language; the everyday sense stays clean.
    "slang asked for or offered": [
        ("anybody got coke for the weekend", D),
        ("who's got molly for the rave", D),
        ("a coke and fries please", CLEAN),
        ("quien tiene perico para esta noche", D),
        ("mi perico canta por las mañanas", CLEAN),
        ("hat jemand koks für die party", D),
        ("wer hat pep", D),
        ("qualcuno ha fumo per la festa", D),
        ("c'è fumo in cucina stasera", CLEAN),
        ("quem tem bala pra festa", D),
        ("comprei bala de morango", CLEAN),
        ("qui a de l'herbe pour ce soir", D),
        ("je tonds l'herbe ce soir", CLEAN),
        ("de dealer verkocht heroïne aan scholieren", D),
        ("de heroïne van het boek", CLEAN),
    ],
    # Names and places from public lists that hold a term, and eponyms: clean.
    "names, places and eponyms": [
        ("my teacher is Mr Takeshita", CLEAN),
        ("Harshita scored the winning goal", CLEAN),
        ("we drove through Pornichet and Pornic", CLEAN),
        ("Merdingen liegt am Kaiserstuhl", CLEAN),
        ("ik woon in Hoerdt", CLEAN),
        ("Cazzato ha segnato al novantesimo", CLEAN),
        ("im Praktikum ging es um das Ficksche Diffusionsgesetz", CLEAN),
        ("Fick's law of diffusion is on the exam", CLEAN),
        ("South Dildo is near Dildo Arm", CLEAN),
        ("Coon Rapids is a suburb of Minneapolis", CLEAN),
        ("vengo da Bastardo in provincia di Perugia", CLEAN),
        ("Kike dice que llega tarde", CLEAN),
        ("my friend is called Kike, he's from Madrid", CLEAN),
        ("ficken", P),
        ("you kike", P),
        ("sei un bastardo", P),
    ],
    # Everyday senses with their complement: birds, tools, donkeys.
    "everyday senses": [
        ("the brown boobies nest on the cliffs", CLEAN),
        ("use a bastard file on the edge", CLEAN),
        ("the asiatic wild ass lives in the steppe", CLEAN),
        ("vimos una polla de agua en el estanque", CLEAN),
        ("el cabrón de la granja se comió las flores", CLEAN),
        ("Samson and the jawbone of an ass", CLEAN),
        ("qué cabrón eres", P),
        ("nice boobies", P),
        ("what a bastard", P),
    ],
}


test_class = class_test(CLASSES)
