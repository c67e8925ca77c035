"""Round 10 of issue #12: national identity, tax, social-insurance and passport numbers are pii.

The policy named cards, US social security numbers, IBANs, IPs, addresses, handles and names with a
school or workplace; two writers of blind sets and a round-10 helper asked about the other
countries' identity numbers, which the engine read as phones ("mijn BSN is 123456782") or not at
all ("mi DNI es 12345678Z"). They identify a person as surely as an SSN, so the policy now names
them: a number given right after its name (the `national_id` pattern of rulepacks/pii.yaml). Before
the fix the engine read 0 of the 24 below as pii. Messages go through the real engine loaded from
``rulepacks/``.
"""

from verdicts import class_test

P, CLEAN = ("pii",), ()

CLASSES = {
    "an identity number after its name": [
        ("mi DNI es 12345678Z", P),
        ("te paso mi NIE: X1234567L para el contrato", P),
        ("número de identidad 45.678.912", P),
        ("meu CPF é 123.456.789-09", P),
        ("RG 12.345.678-9, pode conferir", P),
        ("cartão de cidadão 12345678 9 ZZ4", P),
        ("mijn BSN is 123456782", P),
        ("BSN: 1234 56 782", P),
        ("il mio codice fiscale è RSSMRA85T10A562S", P),
        ("carta d'identità n. CA00000AA", P),
        ("meine Steuer-ID ist 12 345 678 903", P),
        ("Personalausweisnummer L01X00T47", P),
        ("n° de sécurité sociale 1 85 05 78 006 084 36", P),
        ("my NI number is QQ 12 34 56 C", P),
        ("national insurance QQ123456C", P),
        ("tax id 912-34-5678 if you need it for the invoice", P),
    ],
    "a passport number after its name": [
        ("my passport number is 533380006", P),
        ("passport no. 120382978", P),
        ("numéro de passeport 18AB12345", P),
        ("Reisepassnummer C01X00T47", P),
        ("mijn paspoortnummer is NW12345K8", P),
        ("pasaporte: PAA123456", P),
        ("passaporto YA1234567, scade nel 2030", P),
        ("número do passaporte FZ123456", P),
    ],
    "the name of an identity document without its number": [
        ("my passport expired in 2019", CLEAN),
        ("my passport expires 12 05 2019", CLEAN),
        ("the DNI office opens at 9", CLEAN),
        ("I renewed my passport last week, took 3 weeks", CLEAN),
        ("BSN stands for burgerservicenummer", CLEAN),
        ("je dois refaire mon passeport avant juin", CLEAN),
        ("codice fiscale e partita iva: che differenza c'è?", CLEAN),
        ("ID card photo booth is on floor 2", CLEAN),
        ("o CPF tem 11 dígitos", CLEAN),
        ("ich habe nie 50000 Euro verdient", CLEAN),
        ("RG 45 minutes away", CLEAN),
        ("Reisepass kostet 70 Euro, dauert 3 Wochen", CLEAN),
    ],
}

test_class = class_test(CLASSES)
