"""Patterns found by the eighteenth round's held-out articles (dev-353 to dev-376: Lebanon, Kirkuk,
Libya, the Red Sea, Deir ez-Zor, Somalia, Amhara, Gezira, Kenya, Jonglei, Burkina Faso, Mali,
Niger, Zamfara, Benin, Belgorod, Karabakh, Afghanistan, Kashmir, Kursk): each rule tested both ways
on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, VIOLENT_FAMILIES as VIOLENT, factual_after, tells_family, factual_events

DAY = "2024-05-14"
LEAD = "BAIDOA, May 14 (Wire) - Gunmen attacked a displacement camp outside Baidoa on Monday, killing two people, police said.\n\n"


def _told(sentence: str) -> list:
    return factual_after(LEAD, sentence, DAY)


NOT_EVENTS = [
    # a failed rainy season kills livestock, no one kills anyone
    "He left the village last year, after a third failed rainy season in a row killed most of his cattle.",
    # a river in flood drives people out: a disaster, not violence
    "In April the Juba river burst its banks and flooded the lower town, forcing thousands from their homes.",
    # a named battle of history, described
    "The street names recall the Battle of Mogadishu in October 1993, fought through the same neighbourhoods.",
    # an undated agreement a definite noun carries
    "The mission is due to leave its last base by December under the drawdown plan agreed with the government.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_not_events(sentence):
    assert [e for e in _told(sentence) if e.modality in FACTUAL] == []


TOLD = [
    # a verb that is irrealis only as a noun ("a recruitment drive")
    ("In March 2023, militants drove an explosive-laden truck into a base near Afgoye, killing at least 12 soldiers.",
     "violence"),
    # rockets as a passive's subject, capitalised as the sentence opens
    ("Rockets were fired on Tuesday at an army base near Baidoa airport, the regional administration said.",
     "explosion"),
    # a gun's rounds fired at a target
    ("Militants fired small arms at a police checkpoint in Hudur late on Thursday, officials said.", "violence"),
]


@pytest.mark.parametrize("sentence,family", TOLD)
def test_told(sentence, family):
    assert tells_family(LEAD, sentence, DAY, family)


def test_nobody_hurt_is_a_toll_of_zero_in_its_sentence_and_the_next():
    (blast,) = [e for e in _told("A roadside bomb went off near a police convoy in Afgoye on Sunday, but no one was "
                                 "hurt.") if e.rule_family in VIOLENT]
    assert blast.figures["injured"]["value"] == 0 and blast.figures["fatalities"]["value"] == 0
    text = LEAD + "A mortar round hit a house in Wanlaweyn on Tuesday. No casualties were reported."
    (hit,) = [e for e in factual_events(text, DAY) if "Wanlaweyn" in e.evidence["text"]]
    assert hit.figures["fatalities"]["value"] == 0


def test_no_one_is_no_count_of_one():
    (blast,) = [e for e in _told("An explosive device went off beside the highway on Monday, but no one was injured.")
                if e.rule_family in VIOLENT]
    assert blast.figures.get("injured", {}).get("value") != 1
