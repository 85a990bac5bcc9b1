"""Patterns found by the sixteenth round's held-out articles (dev-305 to dev-328: Ukraine and
Russia's border regions, Sudan, Chad, CAR, South Sudan, Tigray, Latin America, South and South-East
Asia, Iraq and Syria): each rule tested both ways on sentences written for tocsin."""
import pytest

from .factual import factual_events

DAY = "2024-05-10"
LEAD = "KYIV, May 10 (Wire) - Russian missiles struck an energy plant in Kharkiv on Thursday, officials said.\n\n"


def _told(sentence: str) -> list:
    return [e for e in factual_events(LEAD + sentence, DAY) if sentence[:25] in e.evidence["text"]]


NOT_EVENTS = [
    # a side's running count of the enemy's losses over the whole war
    "By the ministry's count, 14,300 enemy tanks have been destroyed since the beginning of the special military "
    "operation.",
    "Ukraine says Russia has lost about 250,000 soldiers killed or wounded since the start of the full-scale invasion.",
    # a distance is no ground taken
    "Officials describe the aim of the operation as pushing enemy artillery out of range of Belgorod.",
    # a kind of wound
    "Since March the hospital in Adre has treated 140 children for burn wounds and gunshot injuries.",
    # an act seen on a screen
    "\"We watched our village burning on the big screen,\" said one of the refugees at the showing.",
    # a plan talked about
    "A push towards Pokrovsk, talked about in Moscow for weeks, has not begun.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_not_events(sentence):
    assert [e for e in _told(sentence) if e.modality in ("asserted", "reported", "historical")] == []


TOLD = [
    # an attack tried and repelled happened
    ("Russian units tried five times to break through near Kupiansk, the General Staff said.", "battle"),
    # forces gaining ground
    ("Russian forces advanced west of Bakhmut on Tuesday, according to geolocated footage.", "battle"),
    # control seized, the word "full" between
    ("The Arakan Army seized full control of Paletwa on Monday after the garrison withdrew.", "territory"),
    # a blockade of a named avenue by residents
    ("On Wednesday, residents blocked Avenida Brasil with burning tyres in protest against the raid.", "protest"),
    # combat sustained
    ("On Friday, soldiers sustained combat with ELN fighters near Tibu, the army said.", "battle"),
    # a count over a recent round of fighting is that round's aggregate
    ("More than 150 people have been killed in Culiacan since the fighting began, prosecutors said.", "violence"),
]


@pytest.mark.parametrize("sentence,family", TOLD)
def test_told(sentence, family):
    assert family in [e.rule_family for e in _told(sentence)]


def test_a_demonym_before_an_attack_or_a_drone_names_the_side():
    (attack,) = [e for e in _told("Troops repelled 18 Russian attacks near Chasiv Yar on Monday, the army said.")]
    assert "Military Forces of Russia" in [a["name"] for a in attack.actors]
    drone = _told("A Russian FPV drone struck a bus near Kherson on Monday, wounding three passengers.")
    assert drone and "Military Forces of Russia" in [a["name"] for a in drone[0].actors]
