"""Violence words that tell no political violence, and habits, statistics and background told
with violence words (coding/nonevents_civil.py; nonevents.yaml `accident_words`, `crime_words`,
`weapon_test_words`, `tendency_verbs`, `passive_habit_verbs`, `trend_subject_verbs`; the
negated subject and the span of years of coding/modality.py; place/speakers.py's agent capital).
Every sentence was written for tocsin in the style of regional papers' security round-ups and
wire copy; each guard has controls of the same shape that are events and must stay coded."""
import pytest

from .factual import coded_events, factual_events

LEAD = ("KADUNA, Nigeria, May 9 (Sahel Wire) - Gunmen killed seven villagers in an attack on "
        "Kauran Wali in Kaduna state on Monday, police said.\n\n")


def _extra(sentence: str, published: str = "2023-05-09") -> list:
    """The factual events coded from `sentence` when it follows a genuine lead."""
    events = factual_events(LEAD + sentence, published)
    return [e for e in events if sentence[:30] in e.evidence["text"]]


@pytest.mark.parametrize("sentence", [
    # accidents said so, a weapon named or not
    "An arms depot at the barracks blew up in an accidental fire late on Tuesday, the army said.",
    "A mortar round went off accidentally while soldiers were unloading a truck, the ministry said.",
    "A fire broke out at a fuel depot near the port overnight, but no one was injured.",
    # ordinary crime
    "A trader stabbed his brother to death during an argument over a plot of land, police said.",
    "Robbers shot dead a petrol station attendant in Zaria on Wednesday night and escaped with the day's takings.",
    "Police arrested two teenagers suspected of stealing motorcycles from a market in the city.",
    # weapons tests
    "North Korea test-fired two short-range ballistic missiles into the sea on Thursday, Seoul said.",
    # habits and statistics
    "In the north of the state, the gangs tend to attack villages at night and withdraw before dawn.",
    "Drones are now used by both sides to drop grenades on trenches along the front.",
    "The gangs are known to ambush travellers on the road between Kaduna and Abuja.",
    "Unexploded shells kill or maim dozens of children every year in the border districts.",
    "Attacks on health workers in the region rose by a third last year, according to the WHO.",
    "Kidnappings on the highway have doubled since 2021, the state government says.",
])
def test_no_political_violence_is_no_event(sentence):
    assert _extra(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Gunmen set fire to the market in Birnin Gwari on Tuesday, killing three traders, police said.",
    "A roadside bomb went off as an army convoy passed near Damboa on Wednesday, killing four soldiers.",
    "Bandits stole more than 200 cattle and shot dead three herders in Zamfara on Wednesday, residents said.",
    "Police shot dead two suspected kidnappers in a gunfight near Kachia on Thursday.",
    "Jihadists attacked an army post near Djibo at dawn on Friday, killing nine soldiers.",
    "Army drones struck a bandit camp in Zamfara on Friday, killing 12 fighters, the air force said.",
    "Attacks on the village rose to a peak on Sunday when gunmen killed 11 people.",
])
def test_controls_stay_coded(sentence):
    assert _extra(sentence), sentence


def test_no_one_hurt_is_negated_but_the_blast_stays():
    sentence = "A rocket landed in a field outside the town on Tuesday, but no one was hurt."
    events = [e for e in coded_events(LEAD + sentence, "2023-05-09") if "no one was hurt" in e.trigger]
    assert all(e.modality == "negated" for e in events)
    assert _extra(sentence), "the rocket's landing is an event"


def test_an_act_told_over_years_is_background():
    sentence = "The town was besieged by government forces for four years during the civil war."
    events = _extra(sentence)
    assert events and all(e.modality == "historical" for e in events)
    control = "The town was besieged by government forces for four days last week."
    assert [e.modality for e in _extra(control)] and all(e.modality != "historical" for e in _extra(control))


def test_a_truce_brokered_by_capitals_is_not_placed_in_them():
    text = ("IDLIB, Syria, March 6 (Levant Wire) - Russian jets struck the village of Kansafra in "
            "Idlib province on Thursday, killing three people, a monitor said.\n\n"
            "A ceasefire brokered by Moscow and Ankara took effect at midnight, and the front was quiet on Friday.")
    truce = [e for e in factual_events(text, "2020-03-06") if "ceasefire" in e.trigger]
    assert truce, "the truce is an agreement"
    assert all((e.location or {}).get("country") in (None, "SY") for e in truce), [e.location for e in truce]
