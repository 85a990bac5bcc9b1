import pytest

from tocsin.coding.figures import find_figures, sentence_figures


@pytest.mark.parametrize("text,kind,value,low,high,qualifier", [
    ("At least 1,500 civilians have been killed since the spring.", "fatalities", 1500, 1500, None, "at_least"),
    ("Dozens of soldiers were killed by artillery fire.", "fatalities", None, 24, 96, "vague"),
    ("The blast killed two people and wounded eleven others.", "fatalities", 2, 2, 2, "exact"),
    ("The blast killed two people and wounded eleven others.", "injured", 11, 11, 11, "exact"),
    ("Hundreds of thousands have been displaced by the fighting.", "displaced", None, 200000, 999999, "vague"),
    ("Police arrested more than 40 protesters in the capital.", "arrested", 40, 41, None, "more_than"),
    ("Over 60 people were wounded in the shelling.", "injured", 60, 61, None, "more_than"),
    ("Between 20 and 30 villagers died in the raid.", "fatalities", None, 20, 30, "about"),
    ("Up to 300 families fled the town overnight.", "displaced", 300, None, 300, "at_most"),
    ("Gunmen kidnapped a dozen students from their dormitory.", "abducted", 12, 12, 12, "exact"),
])
def test_figures_kinds_and_values(sent, lex, text, kind, value, low, high, qualifier):
    figs = sentence_figures(sent(text), lex)
    assert kind in figs, figs
    got = figs[kind].as_dict()
    assert (got["value"], got["low"], got["high"], got["qualifier"]) == (value, low, high, qualifier)


def test_figures_ignore_years_and_non_counts(sent, lex):
    figs = sentence_figures(sent("In 2019 the army destroyed 53 medical facilities in the province."), lex)
    assert figs == {}


def test_figures_text_is_the_words(sent, lex):
    (fig,) = find_figures(sent("Some 3.5 million refugees live in the country."), lex)
    assert fig.value == 3_500_000 and fig.text == "Some 3.5 million"


def test_figures_between_at_the_end_of_a_sentence(sent, lex):
    assert find_figures(sent("Rebels killed five civilians in fighting between"), lex)[0].value == 5


def test_figures_day_of_month_is_not_a_count(sent, lex):
    figs = sentence_figures(sent("The number of miners killed in the ambush near Kamituga on 14 March has risen to 27, "
                                 "a local official said."), lex)
    assert figs["fatalities"].value == 27
    assert sentence_figures(sent("Militiamen abducted the priest on 9 June, his parish said."), lex) == {}


def test_figures_toll_rising_to_a_number_of_dead(sent, lex):
    figs = sentence_figures(sent("The toll from the raid on the market rose to more than 40 dead, the mayor said."), lex)
    assert figs["fatalities"].as_dict()["low"] == 41 and figs["fatalities"].value == 40  # more than 40: at least 41
