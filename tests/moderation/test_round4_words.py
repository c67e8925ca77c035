"""Round 4 of issue #12: word-pack classes (drug slang in context, prescription medicines, swear
inflections, aimed phrases, compounds, slurs, everyday senses) blind set 5 showed missing.

Each class: examples of our own words and innocent messages of the same shape (verdicts.py).
"""

from verdicts import class_test

P, D, CLEAN = ("profanity",), ("drugs",), ()

CLASSES = {
    # Street names that are everyday words, in the contexts that make them drugs: passed or lit,
    # smoked further off in the message, hooked up, weighed and priced, offered at a party.
    "slang passed, lit or rolled": [
        ("yo pass me the blunt", D),
        ("who's gonna spark that joint", D),
        ("passing the blunt to the left", D),
        ("my knee joint hurts, pass the ice", CLEAN),
        ("this knife is too blunt, pass the sharpener", CLEAN),
    ],
    "slang with a smoke further off": [
        ("picked up some grass yesterday, later we can smoke it at mine", D),
        ("fresh herb from my guy, we gonna smoke tonight or what", D),
        ("the grass fire sent smoke over the whole town", CLEAN),
        ("cut the grass on saturday before the barbecue smoke starts", CLEAN),
    ],
    "slang hooked up or asked for": [
        ("w.e.e.d hook me up", D),
        ("need w-e-e-d, hmu", D),
        ("can you hook up the weed whacker to the battery", CLEAN),
    ],
    "slang weighed or priced": [
        ("snow for sale, 70 a gram", D),
        ("snow this weekend, 20 cm expected", CLEAN),
        ("snow tyres for sale, barely used", CLEAN),
        ("s n o w, uncut, key bump in the toilets", D),
        ("grabbed a coke and played in the snow", CLEAN),
        ("snow on the rails, trains delayed", CLEAN),
        ("200 grams of snow peas", CLEAN),
        ("monter les blancs en neige, ajouter 100 grammes de sucre", CLEAN),
        ("sow 35 grams of grass seed per square metre", CLEAN),
        ("top quality coke straight from the port, 55 per gram", D),
        ("half a gram of speed for the road", D),
        ("got the 2g of coke, where do we meet", D),
        ("de la neige pure, 60 le gramme", D),
        ("Schnee, 80 das Gramm, beste Ware", D),
        ("sneeuw snuiven op het toilet", D),
        ("il neige sur la montagne", CLEAN),
        ("Schnee im Garten, die Kinder bauen einen Schneemann", CLEAN),
        ("morgen valt er sneeuw", CLEAN),
        ("my 5g phone and a coke", CLEAN),
    ],
    "slang offered at a party": [
        ("tenemos perico en la fiesta, ¿quién se apunta?", D),
        ("nieve para el finde, ¿alguien quiere?", D),
        ("perico en la disco, hay para todos", D),
        ("bailamos la bamba en la fiesta", CLEAN),
        ("comprei bala na festa da escola", CLEAN),
        ("el perico de mi abuela habla mucho", CLEAN),
        ("qui veut des taz pour la teuf ?", D),
        ("il y aura des taz en soirée", D),
        ("Taz, le diable de Tasmanie, est mon dessin animé préféré", CLEAN),
        ("braucht jemand Teile für den Rave?", D),
        ("die Teile ballern richtig, wer will", D),
        ("ich brauche Teile für das Fahrrad", CLEAN),
        ("hat jemand Teile für mein Fahrrad übrig?", CLEAN),
        ("chi ne vuole di bamba alla festa?", D),
        ("quem quer bala na balada?", D),
        ("tengo maría de la buena, de la que coloca", D),
        ("mi tía María viene a la fiesta", CLEAN),
    ],
    "elided héro is heroin": [
        ("il se shootait à l'héro", D),
        ("une dose d'héro", D),
        ("le héros du film est courageux", CLEAN),
        ("un vrai héros", CLEAN),
    ],
    "pétards smoked, not fireworks": [
        ("on roule un pétard d'herbe", D),
        ("il fume des pétards toute la journée", D),
        ("on a acheté des pétards pour le 14 juillet", CLEAN),
        ("les enfants lancent des pétards dans la rue", CLEAN),
        ("le héro tire sur le méchant dans l'herbe", CLEAN),
    ],
    "Dutch heroïne named with its harm": [
        ("heroïne sloopt je lichaam", D),
        ("die heroïne heeft zijn leven verwoest", D),
        ("de heroïne van het boek is dapper", CLEAN),
    ],
    # Prescription medicines (brand or generic) count only taken for fun or sold without a script;
    # how a patient speaks of them (took, pills, dose, after surgery) is clean.
    "prescription medicine only recreational": [
        ("crushed up oxycontin and snorted it", D),
        ("selling vicodin no script", D),
        ("popping percocets at the party", D),
        ("hydrocodone and xanax to get high", D),
        ("oxycontin", CLEAN),
        ("the nurse gave her oxycontin after the operation", CLEAN),
        ("my dad takes oxycodone pills for his back", CLEAN),
        ("they lowered my morphine dose today", CLEAN),
        ("he was prescribed vicodin after the wisdom teeth", CLEAN),
        ("took a valium before the flight like the doctor said", CLEAN),
    ],
    # Swear words with their inflections: the Portuguese plural and the conjugations of foder.
    "swear inflections": [
        ("porras, caiu a internet outra vez", P),
        ("que se fodam todos", P),
        ("eles foderam tudo", P),
        ("unas porras de chocolate", CLEAN),
        ("los antidisturbios iban armados con porras y escudos", CLEAN),
        ("a fodera do casaco", CLEAN),
    ],
    # Sexual phrases aimed at someone, Spanish: the verb in the second person or the plural
    # imperative, with any body word of the list.
    "aimed sexual phrase, second person": [
        ("tú me mamas el pito", P),
        ("chupadme la pinga, panda de idiotas", P),
        ("que me lames la polla", P),
        ("mámenme la verga", P),
        ("¿comes rabo de toro los domingos?", CLEAN),
        ("me chupas el dedo y te doy un caramelo", CLEAN),
    ],
    # Dutch "kut" starts any compound (kut + noun), as kanker, tering and tyfus do; the words and
    # names that start with the same letters are clean.
    "swear prefix compounds": [
        ("wat een kutfilm was dat", P),
        ("kutbuurman met zijn bladblazer", P),
        ("alweer zo'n kutmaandag", P),
        ("KUTAUTO start niet", P),
        ("k.u.t.w.e.e.r vandaag", P),
        ("so ein Scheißlehrer", P),
        ("wat een kankerleraar", P),
        ("we vliegen via Kutaisi naar huis", CLEAN),
        ("de kutter vaart uit", CLEAN),
        ("eine Kutsche mit vier Pferden", CLEAN),
        ("Ashton Kutcher speelt erin", CLEAN),
        ("de trein naar Kutno", CLEAN),
    ],
    # French slurs aimed at someone: the abbreviation of pédé, and mongol (also a Mongolian) only
    # when French address aims it.
    "French slurs aimed": [
        ("bande de pd", P),
        ("ferme-la, gros pd", P),
        ("t'es un pd ou quoi", P),
        ("quel mongol celui-là, t'es sérieux", P),
        ("t'es vraiment trop mongol", P),
        ("la steppe mongole et l'empire mongol", CLEAN),
        ("le PD de Chicago a publié un communiqué", CLEAN),
        ("j'apprends le mongol depuis un an", CLEAN),
    ],
    # Everyday senses told by a word anywhere near: a female dog with her puppies in four
    # languages, a donkey by its owner's possessive with what it carries; aimed, they still count.
    "animal senses": [
        ("mi perra está preñada, pronto habrá cachorros", CLEAN),
        ("la zorra salió de la madriguera con sus crías", CLEAN),
        ("eres una perra", P),
        ("hija de perra, ya verás", P),
        ("notre chienne a eu huit chiots cette nuit", CLEAN),
        ("sale chienne", P),
        ("la nostra cagna ha partorito sei cuccioli", CLEAN),
        ("onze teef is drachtig, de pups komen in mei", CLEAN),
        ("jij vuile teef", P),
        ("he strapped the panniers to his ass and set off for the village", CLEAN),
        ("the miller's ass carried the flour to market on a cart", CLEAN),
        ("get your fat ass off the couch", P),
        ("kiss my ass", P),
    ],
}


test_class = class_test(CLASSES)
