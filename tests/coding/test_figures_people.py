"""Counts as wire copy and monitors write them (coding/figures.py, numbers.yaml): one person named
beside a count ("a father and his three sons"), "martyred" as killed, "left N people dead" as a
death toll, not a displacement.  Sentences written for tocsin."""
import pytest

from tocsin.coding.figures import sentence_figures


@pytest.mark.parametrize("text, kind, value", [
    ("A father and his three sons were killed when a shell hit their house in Kafr Nabl.", "fatalities", 4),
    ("Two farmers and a shepherd died in the shelling of the village on Friday.", "fatalities", 3),
    ("A woman and her four children were wounded in the raid on Sarmin.", "injured", 5),
    ("Regime attacks martyred two soldiers and wounded seven in Idlib, the ministry said.", "fatalities", 2),
    ("Regime attacks martyred two soldiers and wounded seven in Idlib, the ministry said.", "injured", 7),
    ("The war has left more than 380,000 people dead since 2011.", "fatalities", 380000),
    # a participle before the counted noun, a holiday's year
    ("The ministry said 8 soldiers and 21 suspected cartel gunmen were killed in the raid on the ranch.", "fatalities", 29),
    ("Eleven suspected gunmen and a policeman died in a clash outside the town.", "fatalities", 12),
    ("On Christmas Day 2017, raiders killed 31 villagers in two hamlets near the river.", "fatalities", 31),
])
def test_counts_as_written(sent, lex, text, kind, value):
    figs = sentence_figures(sent(text), lex)
    assert kind in figs, figs
    assert figs[kind].as_dict()["value"] == value


@pytest.mark.parametrize("text, kind, value", [
    ("Three civilians were killed, including a child, in the strike on Ariha.", "fatalities", 3),
    ("The strike killed six people, the civil defence said, and a volunteer was hurt.", "fatalities", 6),
])
def test_no_person_added_outside_the_count(sent, lex, text, kind, value):
    figs = sentence_figures(sent(text), lex)
    assert figs[kind].as_dict()["value"] == value


def test_left_dead_is_no_displacement(sent, lex):
    figs = sentence_figures(sent("The war has left more than 380,000 people dead since 2011."), lex)
    assert "displaced" not in figs
