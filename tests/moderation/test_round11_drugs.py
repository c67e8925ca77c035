"""Round 11 (helper r11-drugs): drugs recall on readings of context, and the policy's performance drugs.

The policy now counts performance drugs (anabolic steroids and their names, trenbolone, testosterone
cycles, EPO, SARMs) like the prescription medicines: bought, sold, offered or taken for the gym or
for sport without a prescription; a steroid cream, an inhaler, EPO for anaemia are clean. Set14's
and set15's misses were read as classes: slang asked for a night, held or spared ("anyone got gear
for the weekend?", "got a spare joint?"), a powder done as a quantity ("did some speed"), and
Spanish *bamba*. Each class has messages written for this file in the languages where it exists,
and innocent messages of the same shape. Messages go through the real engine loaded from
``rulepacks/``.
"""

from verdicts import class_test

D, CLEAN = ("drugs",), ()

CLASSES = {
    # anabolic steroids and their names bought, sold, offered or taken for the gym or sport
    "performance_taken": [
        ("anyone selling tren? starting a cut next month", D),
        ("he's clearly on roids, look at him in the gym", D),
        ("bought some dianabol online for my bulk", D),
        ("SARMs for the bulk, anyone got a source?", D),
        ("pro cyclists caught with EPO again", D),
        ("pinning tren twice a week, gains are insane", D),
        ("where can i get anavar without a prescription", D),
        ("running test and tren this summer", D),
        ("on my first cycle of test, 300mg a week", D),
        ("my first steroid cycle starts monday", D),
        ("selling winstrol and clenbuterol, dm me", D),
        ("alguien vende trembolona? empiezo ciclo", D),
        ("vendo esteroides, por privado", D),
        ("mi primer ciclo de testosterona, ¿qué tal?", D),
        ("en el gimnasio medio mundo se pincha anabolizantes", D),
        ("quem tem durateston pra vender? academia", D),
        ("o marombeiro da academia toma anabolizante sem receita", D),
        ("je cherche des stéroïdes pour la salle de muscu", D),
        ("il a fait une cure de testo avant la compète", D),
        ("acheter des anabolisants sans ordonnance, c'est risqué ?", D),
        ("ich suche Anabolika, wer hat was? Kur startet bald", D),
        ("im Fitnessstudio verkauft einer Steroide", D),
        ("meine erste Testokur läuft gut", D),
        ("chi ha steroidi da vendere? palestra", D),
        ("in palestra tutti si bucano di nandrolone", D),
        ("wie heeft anabolen voor mijn eerste kuur?", D),
        ("op de sportschool verkopen ze steroïden", D),
    ],
    # the same words prescribed or applied, a train, a test cycle, a gym outfit
    "performance_clean": [
        ("my doctor prescribed a steroid cream for the eczema", CLEAN),
        ("steroid inhaler for my asthma", CLEAN),
        ("EPO for my anaemia after dialysis", CLEAN),
        ("testosterone therapy from my endocrinologist", CLEAN),
        ("the next test cycle of the release starts monday", CLEAN),
        ("new gym gear for the weekend", CLEAN),
        ("CBD oil helps me sleep", CLEAN),
        ("cojo el tren para ir al gimnasio", CLEAN),
        ("vendo dos billetes de tren para el sábado", CLEAN),
        ("el tren de cercanías compra tiempo a nadie", CLEAN),
        ("la crema de esteroides me la recetó el médico", CLEAN),
        ("o médico receitou uma pomada com esteroides", CLEAN),
        ("le médecin m'a prescrit une crème aux stéroïdes", CLEAN),
        ("der Arzt hat mir eine Salbe mit Steroiden verschrieben", CLEAN),
        ("il medico mi ha dato un inalatore con steroidi per l'asma", CLEAN),
        ("de huisarts gaf me een zalf met steroïden", CLEAN),
        ("the EPO granted our patent last week", CLEAN),
        ("the chemistry exam has a question on steroids and lipids", CLEAN),
        ("this phone is like a laptop on steroids", CLEAN),
        ("la lezione di chimica sugli steroidi e i lipidi", CLEAN),
        ("he bought a train ticket, tren is Spanish for train", CLEAN),
    ],
    # THC counts, CBD is clean
    "cannabinoids": [
        ("THC gummies anyone?", D),
        ("CBD gummies for my anxiety", CLEAN),
        ("aceite de CBD para dormir", CLEAN),
    ],
    # slang wanted for a night, held or spared
    "wanted_for_a_night": [
        ("anyone got gear for the weekend?", D),
        ("need some gear for the sesh", D),
        ("anyone got snow for the weekend?", D),
        ("got any snow for tonight", D),
        ("anyone holding snow? need a bump before the headliner", D),
        ("anyone got speed for the weekend?", D),
        ("anyone got a spare joint?", D),
        ("who has a joint for after dinner", D),
        ("heeft iemand een joint voor na de training?", D),
        ("alguien tiene bamba para el finde?", D),
        ("quien trae la bamba para esta noche", D),
        ("unas rayas de bamba en el after", D),
        ("vendo bamba a 60 el gramo", D),
        ("speed up the weekend", CLEAN),
        ("gear for the hike", CLEAN),
        ("anyone got spare gear for the hike this weekend?", CLEAN),
        ("got my gear for tonight's gig", CLEAN),
        ("a spare joint for the IKEA shelf", CLEAN),
        ("need a spare joint for the pipe under the sink", CLEAN),
        ("my knee joint hurts, anyone got a spare?", CLEAN),
        ("got the sunday joint in the oven for tonight", CLEAN),
        ("any snow for the weekend?", CLEAN),
        ("anyone got snow in leeds yet?", CLEAN),
        ("more snow for the weekend, bring the chains", CLEAN),
        ("bailamos la bamba en la boda", CLEAN),
        ("compré una bamba de nata para merendar", CLEAN),
        ("me compré unas bambas nuevas para el finde", CLEAN),
        ("escuchando la bamba de ritchie valens", CLEAN),
    ],
    # a powder done as a quantity
    "done_some": [
        ("did some speed last night", D),
        ("we did some speed at the party", D),
        ("doing some gear in the toilets", D),
        ("did some snow last night and couldn't sleep", D),
        ("we did some coke last night", D),
        ("did some speed work at the track", CLEAN),
        ("we did some coke floats for the party", CLEAN),
        ("doing some snow shovelling", CLEAN),
        ("did some speed training with the team", CLEAN),
    ],
    # clean or sober from it, recovering or relapsed: the phrase in its order
    "recovered": [
        ("three years clean off smack now", D),
        ("my brother is 6 months clean from coke", D),
        ("she relapsed on speed after the funeral", D),
        ("he's in recovery from crack, be nice", D),
        ("mi tío lleva dos años limpio de caballo", D),
        ("está desenganchada de la coca desde enero", D),
        ("o meu irmão está limpo do crack há um ano", D),
        ("il a mis trois ans à sortir de la came", D),
        ("è pulito dalla roba da sei mesi", D),
        ("mijn neef is al een jaar clean van de coke", D),
        ("er ist seit zwei Jahren weg vom Koks", D),
        ("el caballo está limpio de barro", CLEAN),
        ("wipe the coke clean off the counter", CLEAN),
        ("a casa está limpa do pó", CLEAN),
        ("the roads are clean of snow now", CLEAN),
        ("two weeks off coke and sugar, feeling great", CLEAN),
        ("recovering from the speed of the last release", CLEAN),
        ("la neve è pulita dalla strada", CLEAN),
    ],
    # everyday senses read as drugs before: the body's joint in French, a pitch's grass in German
    "everyday_joint_grass": [
        ("le joint du genou me fait mal depuis le match", CLEAN),
        ("mon kiné dit que l'articulation et le joint du coude vont bien", CLEAN),
        ("on s'est fait un joint après la séance", D),
        ("das Gras auf dem Spielfeld ist nach dem Regen total kaputt", CLEAN),
        ("der Platzwart sagt, das Gras ist kaputt", CLEAN),
        ("wir haben im Stadion Gras geraucht", D),
        ("smoked a joint with the neighbours at the bbq", D),
        ("anyone got a joint for my back pain", D),
    ],
}

test_class = class_test(CLASSES)
