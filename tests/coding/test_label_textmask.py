from tocsin.coding.classify import load_classifier, predict
from tocsin.coding.textmask import mask_names, masked_lower


def test_label_textmask_hides_names_and_numbers_not_the_act():
    assert mask_names("Chile threatened to expel 14 diplomats from Peru on Monday.") == \
        "Chile threatened to expel 0 diplomats from Xx on Xx"
    assert masked_lower("Police detained 1,200 people in Lagos.") == "police detained 0 people in xx"
    # a single capital letter ("A", "I") is a word, not a name
    assert mask_names("The minister said A deal is close.") == "The minister said A deal is close."


def test_label_textmask_same_act_in_other_places_gets_the_same_reading():
    model = load_classifier("plover")
    a, b = ("Officials said Ghana would close its border with Togo over the dispute.",
            "Officials said Bolivia would close its border with Paraguay over the dispute.")
    # the n-grams read the masked text; the sentence-encoder head reads the words themselves
    assert list(model.decision_function([a], head=False)[0]) == list(model.decision_function([b], head=False)[0])
    first, second = predict(model, [a, b])
    assert first.label == second.label and abs(first.margin - second.margin) < 0.1
