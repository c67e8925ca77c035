"""Round 7 of issue #12 (the engine's disguise rule; English, Spanish, Portuguese drug classes):
the classes that set 10 showed missing.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), and innocent messages of the same shape that must stay clean. Messages go
through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

D, CLEAN = ("drugs",), ()
P, DP = ("profanity",), ("drugs", "profanity")

CLASSES = {
    # 1. A word that needs its context, disguised in a message otherwise typed plainly: the disguise
    # is the context (small capitals, Cherokee, Cyrillic, fullwidth, mathematical letters, an
    # invisible character inside, a dash between two letters), in every language
    "disguised word in plain text": [
        ("my flatmate has been on the ᴄᴏᴋᴇ again", D), ("she got into ꮯꭱꭺꮯꮶ at uni", D),
        ("los chavales van puestos de ᏚᏢᎬᎬᎠ", D), ("o meu vizinho vende ｃｏｋｅ na esquina", D),
        ("ella se mete ᴘᴇʀɪᴄᴏ cada finde", D), ("mi primo anda con el 𝐜𝐫𝐚𝐜𝐤 otra vez", D),
        ("o primo dele anda no c\u200brack", D), ("he brought s\u200cpeed to the wedding", D),
        ("tem M-D aí?", D), ("ele vive de vender ᴘᴇᴅʀᴀ no bairro", D),
        ("er ist wieder auf ꮯꭱꭺꮯꮶ", D), ("il fratello è finito nella ᴄᴏᴋᴇ", D),
        ("elle fume du ᴡᴇᴇᴅ tous les soirs", D), ("hij zit aan de ᏚᏢᎬᎬᎠ sinds de zomer", D),
        # a word that needs an aimed context in the profanity packs: the disguise aims it too
        ("ayer la vecina, menuda ᴢᴏʀʀᴀ", P), ("quel ꜰɪɴᴏᴄᴄʜɪᴏ del mio vicino", P),
        ("o vizinho é ᴠᴇᴀᴅᴏ", P), ("mon voisin est un p-d", P),
        ("il finocchio del mio vicino", CLEAN), ("ᴠᴇᴀᴅᴏ ɴᴀ ғʟᴏʀᴇsᴛᴀ", CLEAN),
        # a message wholly in a fancy font, or a phrase in one, disguises no word in particular
        ("ᴛʜᴇʀᴇ's ᴀ ᴄʀᴀᴄᴋ ɪɴ ᴛʜᴇ ᴡᴀʟʟ", CLEAN), ("𝐬𝐩𝐞𝐞𝐝 𝐥𝐢𝐦𝐢𝐭 𝐢𝐬 𝟑𝟎 𝐡𝐞𝐫𝐞", CLEAN),
        ("ɪ ʟᴏᴠᴇ ᴄᴏᴋᴇ ᴢᴇʀᴏ", CLEAN), ("a ᴄᴏᴋᴇ ᴢᴇʀᴏ please", CLEAN),
        ("the ᴄʀᴀᴄᴋ ɪɴ ᴛʜᴇ ᴡᴀʟʟ is back", CLEAN),
        ("ᴍᴏʟʟʏ ɪs ᴄᴏᴍɪɴɢ ᴏᴠᴇʀ", CLEAN), ("la ᴢᴏʀʀᴀ ᴄᴏʀʀᴇ ᴘᴏʀ ᴇʟ ᴄᴀᴍᴘᴏ", CLEAN),
        # accents, a word in Greek or Russian beside the Latin text, initialisms and hyphens
        ("the speed of the café's wifi", CLEAN), ("crack the code, Ἀθῆναι was fun", CLEAN),
        ("Dr Smith, M.D. at the clinic", CLEAN), ("arrested by I.C.E in Texas", CLEAN),
        ("a crack in the self-driving car's windshield", CLEAN), ("la ice-cream du soir", CLEAN),
        ("привет, the speed here is great", CLEAN), ("e\u0301 o pó da estrada", CLEAN),
    ],
    # "M.D" is read as "md" now (two letters between a dot, a dash or an underscore) and needs its
    # context as an initialism; "M D" with a space stays two letters
    "two letters in pieces": [
        ("quem tem M.D pra festa de sábado?", D), ("alguien tiene M.D para el finde?", D),
        ("vendo M_D, 40 a cápsula", D),
        ("M. D. Souza tem festa sábado", CLEAN), ("the M D shipping line", CLEAN),
        ("P.O. Box 15, Lisbon", CLEAN),
    ],
    # 2. Named drugs in news, history and stance sentences
    "news, history and stance": [
        ("say no to crack, kids", D), ("stay away from coke, it ruined my brother", D),
        ("diz não ao crack e à cola", D), ("di no a la heroína, chaval", D), ("afasta-te da coca", D),
        ("a heroína destruiu metade do bairro nos anos 80", D),
        ("a heroína matou muitos jovens nesta rua", D),
        ("en los 80 la heroína entró en los barrios obreros y arrasó con miles de chavales", D),
        ("a PSP apreendeu canábis e haxixe no porto", D), ("cultivo de cánabis en un piso de Vigo", D),
        ("a heroína do filme arrasou na bilheteira", CLEAN),
        ("la heroína de Marvel arrasa en taquilla", CLEAN),
        ("la heroína de la serie arrasó en los premios", CLEAN),
        ("stay away from the crack in the ice", CLEAN), ("say no to speed cameras? no way", CLEAN),
        ("diz não ao racismo", CLEAN), ("never touch the crack in the wall", CLEAN),
    ],
    # laughing gas in balloons and canisters, medicines with drink for a buzz
    "laughing gas and medicines for a buzz": [
        ("everyone doing nos out of balloons at the festival", D),
        ("found empty nos canisters all over the park", D), ("hippy crack at every house party now", D),
        ("venden globos de gas hilarante en la playa", D),
        ("andam a vender balões de gás hilariante à porta da discoteca", D),
        ("codeine with a beer to get a buzz", D), ("he takes xanax with vodka", D),
        ("tramadol con alcohol para el subidón", D), ("tomou rivotril com cerveja pra dar barato", D),
        ("nos vemos con los globos en la fiesta", CLEAN), ("nos vemos en la playa", CLEAN),
        ("laughing gas at the dentist made me giggle", CLEAN), ("the dentist gave me gas hilariante", CLEAN),
        ("took tramadol after the knee surgery", CLEAN), ("a NOS kit for my Civic", CLEAN),
        ("don't mix codeine and alcohol, said the pharmacist", D),
        ("oxy washed down with a few beers", D), ("sold whippits at the festival gates", D),
        ("vendían globos de la risa en la playa", D), ("cartuchos de gas hilarante en el botellón", D),
        ("had a coke with a few beers", CLEAN), ("police crack down on human trafficking", CLEAN),
    ],
    # asked for: where to get it, who brings it, for which night
    "where to get it, who brings it": [
        ("who's bringing the coke for friday night?", D), ("where can I get molly in Leeds?", D),
        ("anyone know where to get weed around here", D),
        ("onde se arranja pó em Faro?", D), ("alguém sabe onde comprar erva no Porto?", D),
        ("¿dónde se pilla perico por aquí?", D), ("quién trae la farla para el sábado?", D),
        ("¿sabéis dónde venden perico?", D), ("onde vendem pó aqui?", D),
        ("who's bringing the crisps for saturday?", CLEAN), ("where can I get a coke zero?", CLEAN),
        ("onde se arranja erva-doce para o chá?", CLEAN), ("onde compro erva cidreira?", CLEAN),
        ("¿dónde se pilla el autobús?", CLEAN), ("where to get the best pizza in town", CLEAN),
    ],
    # offered: slang delivered, or two slang names together, beside a way to reach the seller
    "delivered beside a contact": [
        ("pó e bala a domicílio, liga 913 555 201", ("drugs", "phone")),
        ("erva a domicílio, chama no zap 21 99876 5432", ("drugs", "phone")),
        ("perico a domicilio, escribe al 612 345 987", ("drugs", "phone")),
        ("doces a domicílio, encomendas pelo 912 345 678", ("phone",)),
        ("pão e doce a domicílio, liga 913 555 201", ("phone",)),
        ("perico a domicilio, su jaula y alpiste, llama al 612 345 987", ("phone",)),
    ],
}

test_class = class_test(CLASSES)
