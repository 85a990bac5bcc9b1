"""Patterns found by the seventeenth round's held-out articles (dev-329 to dev-352: Cameroon, Chad,
CAR, Ituri, Niger, Manipur, Mindanao, Thailand's deep south, Pakistan, Sagaing, Ecuador, Honduras,
Haiti, Chiapas, Cauca and Idlib in 2020): each rule tested both ways on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, VIOLENT_FAMILIES as VIOLENT, factual_after, tells_family

DAY = "2024-03-08"
LEAD = "DOUALA, March 8 (Wire) - Separatist fighters attacked a gendarmerie post in Bamenda on Thursday, police said.\n\n"


def _told(sentence: str) -> list:
    return factual_after(LEAD, sentence, DAY)


NOT_EVENTS = [
    # a count since a year long before the story's: the conflict's, not one event's
    "Rights monitors say more than 4,000 people have been killed in the insurgency since it erupted again in 2017.",
    # a conflict, dated long before, as the subject of a present-perfect count
    "Fighting between the two communities, which resumed in early 2019, has killed thousands and uprooted tens of "
    "thousands more.",
    # a side's loss count since a dated start two years back
    "By the army's tally, the rebels have lost about 9,000 fighters killed or captured since 12 March 2022.",
    # a plan said to be foiled, with nothing seized or defused in the words
    "Police said on Wednesday they had foiled a plot by the separatists to bomb the stadium during the final.",
    # a statistic's movement, with its count hanging on it
    "Kidnappings in the region rose by a third last year, with more than 300 people seized, according to a "
    "security consultancy.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_not_events(sentence):
    assert [e for e in _told(sentence) if e.modality in FACTUAL] == []


TOLD = [
    # captives held by taking them hostage
    ("Inmates at the central prison in Buea have taken a group of warders hostage, the prison service said.", "abduction"),
    # an armed camp taken
    ("On Tuesday, soldiers took control of a separatist encampment in the forest near Muyuka.", "territory"),
    # a road blocked by people who demand something
    ("Farmers' unions blocked the Bamenda-Bafoussam highway for two days, demanding compensation for lost harvests.",
     "protest"),
    # a crowd dispersed with riot-control means
    ("Hundreds of traders who gathered outside the council offices were dispersed with tear gas on Monday.", "protest"),
    # a "when" clause on a date under a negated verb happened all the same
    ("Nobody in Kumba has forgotten October 2020, when gunmen burst into a school and killed seven pupils.", "violence"),
    # a cumulative count since a day earlier in the week is that week's aggregate
    ("The number of civilians killed in the town since Saturday has risen to 31, a local doctors' group said.",
     "violence"),
    # hooded men carrying rifles are an armed group
    ("Hooded men carrying rifles burst into the studio of a radio station in Kumbo on Tuesday.", "violence"),
]


@pytest.mark.parametrize("sentence,family", TOLD)
def test_told(sentence, family):
    assert tells_family(LEAD, sentence, DAY, family)


def test_dated_when_clause_keeps_its_own_day_inside_a_since_period():
    (fire,) = [e for e in _told("About 2,000 residents have fled Bali since Monday, when gunmen set fire to houses "
                                "in the town centre.") if e.rule_family == "property"]
    assert fire.date["start"] == fire.date["end"] == "2024-03-04"


def test_protesters_blocking_a_road_are_a_peaceful_protest_and_a_crowd_broken_up_an_intervention():
    (block,) = [e for e in _told("Farmers' unions blocked the Bamenda-Bafoussam highway for two days, demanding "
                                 "compensation for lost harvests.") if e.rule_family == "protest"]
    assert block.acled["sub_event_type"] == "Peaceful protest"
    (broken,) = [e for e in _told("Gendarmes broke up a rally of opposition supporters in Buea on Saturday.")
                 if e.rule_family == "protest"]
    assert broken.acled["sub_event_type"] == "Protest with intervention"


def test_a_storming_of_a_studio_is_an_attack():
    (storm,) = [e for e in _told("Gunmen burst into the studio of a radio station in Kumbo on Tuesday.")
                if e.rule_family in VIOLENT]
    assert storm.acled["sub_event_type"] == "Attack"
