"""Round 9 of issue #12: digits a reader reads as digits that Unicode does not call decimal digits.

Superscript and subscript digits (¹ ² ³, ₁ ₂ ₃) are what NFKC makes ASCII, like the enclosed ones
(①), but they are not `\\p{Nd}`, so the phone detector's hint did not wake for them. Exponents,
footnote marks and chemical formulas stay clean. Messages go through the real engine.
"""

from verdicts import class_test

P, CLEAN = ("phone",), ()

CLASSES = {
    "superscript and subscript digits": [
        ("call me ⁰⁶¹²³⁴⁵⁶⁷⁸", P),
        ("text me on ₀₇₉₁₁ ₁₂₃ ₄₅₆", P),
        ("mijn nummer: ⁺³¹ ⁶ ¹²³⁴⁵⁶⁷⁸", P),
        ("appelle-moi au ⁰⁶ ¹² ³⁴ ⁵⁶ ⁷⁸", P),
        ("llámame al ₆₁₂ ₃₄₅ ₆₇₈", P),
        ("E=mc² and x³ + y² = z² has no answer for n ≥ 3", CLEAN),
        ("H₂O, CO₂ and C₆H₁₂O₆ for the chemistry test", CLEAN),
        ("2¹⁰ = 1024 and 10⁶ is a million", CLEAN),
        ("see note ¹ and note ² below, page 12", CLEAN),
    ],
}

test_class = class_test(CLASSES)
