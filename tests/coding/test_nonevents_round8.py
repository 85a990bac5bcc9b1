"""Eighth round of real-news genres (wire copy with updates, monitors' bulletins, NGO field
reports, UN situation reports, local dailies and analysis pages): tendencies in any tense,
"most nights", reports whose verification the text withholds, a denial of what a channel "said",
rates and definitions, "any" instances, trends of violence, flights, and the events such texts
tell in ways the coder missed (stones thrown, pupils taken from a school, people leaving named
villages, looting of a warehouse, bodies dumped, troops flown in, protests broken up, an assault
tried, a monitor's count of strikes).  Every sentence was written for tocsin; each guard has
controls of the same shape that are events and must stay coded."""
import pytest

from .factual import WIRE_LEAD as LEAD
from .factual import coded_events, factual_events
from .factual import extra_events as _extra


@pytest.mark.parametrize("sentence", [
    # tendencies, in any tense, and their subjects
    "The jets have tended to strike markets on the busiest mornings of the week, residents say.",
    "Such raids tend to follow one script: a car bomb breaches the wall and gunmen storm the yard.",
    "Insurgent units usually push small teams forward for days, probing the lines before the main assault.",
    # "most nights"
    "Masked men set up roadblocks most nights on the road to the border, drivers say.",
    # a report whose verification the sentence withholds
    "Villagers said a helicopter had dropped a barrel bomb on the mill, an account the monitor said it had been unable to verify.",
    "Activists posted footage they said showed rockets hitting a school, but the monitor said it could not verify the video.",
    "Reports that a third village was shelled on Sunday night could not be confirmed and are left out of the count.",
    "Asked whether the UN could confirm that troops had entered Saraqib, the spokesman said it had no way of checking.",
    # rates, definitions, counting rules, any instance, trends of violence
    "Air strikes recorded this month are arriving at three times the pace of January.",
    "We count as a shelling attack any barrage of two or more rounds fired at one town.",
    "A death was recorded only where two independent witnesses confirmed it.",
    "The danger, diplomats say, lies less in any single raid than in an accident that drags Ankara in.",
    "In neighbouring Iraq, militant violence has been rising through the year.",
    # aircraft flights are no flight of people
    "Flights at the airport in Aleppo were diverted to Latakia for most of the day.",
])
def test_no_event(sentence):
    assert _extra(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Government jets struck the market in Ariha on Tuesday, killing nine people, residents said.",
    "Masked men set up checkpoints on the road to the border on Tuesday, drivers said.",
    "Villagers said a helicopter had dropped a barrel bomb on the mill in Kansafra on Tuesday.",
    "The monitor said rockets hit a school in Ariha on Tuesday, killing two children.",
    "The monitor recorded 27 air strikes across the province during the week.",
    "Police are investigating the killing of a journalist in Afrin.",
])
def test_controls_stay_coded(sentence):
    assert _extra(sentence), sentence


def test_a_channel_s_report_that_officials_dismiss_is_disputed():
    text = (LEAD + "Rebel television said on Tuesday that its fighters had overrun the town of Kafr Nabl. "
            "Government officials dismissed the report and said the town was still held.")
    told = [e for e in coded_events(text, "2020-03-03") if "Kafr Nabl" in e.evidence["text"]]
    assert told and all(e.modality == "hypothetical" for e in told)


def test_a_denial_of_a_claim_in_its_own_sentence_does_not_reach_back():
    text = (LEAD + "Footage published on Tuesday indicates that government forces advanced into Saraqib. "
            "Some bloggers claimed that the army had also captured Nayrab, but others denied the claim.")
    first = [e for e in factual_events(text, "2020-03-03") if "advanced into Saraqib" in e.evidence["text"]]
    assert first


def test_a_report_nobody_could_verify_is_dropped_but_a_side_s_own_claim_stays():
    unverified = (LEAD + "Messages on social media said that a second bakery in Ariha was set on fire. "
                  "We have not been able to confirm them.")
    assert not [e for e in factual_events(unverified, "2020-03-03") if "bakery" in e.evidence["text"]]
    claimed = (LEAD + "Hayat Tahrir al-Sham says it has fired 40 rockets at army positions near Saraqib. "
               "We cannot verify the claim.")
    assert [e for e in factual_events(claimed, "2020-03-03") if "40 rockets" in e.evidence["text"]]
    not_confirmed = (LEAD + "The defence ministry said its troops had captured three villages south of Maarat al-Numan. "
                     "Rebel commanders have not confirmed that claim.")
    assert [e for e in factual_events(not_confirmed, "2020-03-03") if "three villages" in e.evidence["text"]]


def test_a_count_over_months_is_a_statistic_but_a_week_s_count_is_an_event():
    assert _extra("The group recorded 412 attacks on schools in the first nine months of the year.") == []
    week = _extra("The monitor counted 31 air strikes on the province during the week.")
    assert week and week[0].aggregate


@pytest.mark.parametrize("sentence,sub", [
    ("On Tuesday angry villagers threw stones at a convoy carrying the provincial governor near Sarmin.", "Mob violence"),
    ("In January, more than 120 pupils were taken from a boarding school in the town of Kagara.", "Abduction/forced disappearance"),
    ("Gunmen broke into a food warehouse on the Ariha road on Tuesday and carried away flour and oil.", "Looting/property destruction"),
    ("On Tuesday the bodies of four men were dumped beside the road south of Ariha.", "Attack"),
    ("Police fired tear gas on Tuesday to disperse hundreds of protesters in Afrin.", "Protest with intervention"),
    ("Guards fired into the air on Tuesday to scatter dozens of women protesting outside the prison.", "Protest with intervention"),
    ("On Tuesday, after the talks broke down, army units tried to storm the town from three sides.", None),
])
def test_missed_events_are_found(sentence, sub):
    found = _extra(sentence)
    assert found, sentence
    if sub:
        assert any((e.acled or {}).get("sub_event_type") == sub for e in found), [(e.acled or {}) for e in found]


@pytest.mark.parametrize("sentence", [
    "By Tuesday some 6,000 people had left Sarmin, Ariha and the villages around them, the monitor said.",
    "Since Sunday some 12,000 people have sought safety in camps near the border.",
])
def test_displacement_is_found(sentence):
    found = _extra(sentence)
    assert found and any(e.displacement for e in found)


def test_troops_flown_in_are_a_deployment_and_a_force_takes_a_town():
    flown = _extra("The army said it had flown another 300 soldiers into Aleppo on Tuesday.")
    assert flown and (flown[0].plover or {}).get("event") == "MOBILIZE"
    taken = _extra("The paramilitary force took control of the town of Kafr Nabl on Tuesday.")
    assert taken and (taken[0].plover or {}).get("event") in ("SEIZE", "ASSAULT")


@pytest.mark.parametrize("sentence", [
    "The wounded were taken to hospitals in Idlib city.",
    "Rebels will try to storm the town if the talks fail.",
    "Police may fire tear gas to disperse the crowds if they march on the governor's office.",
    "Most residents had left the town years ago.",
])
def test_what_the_new_triggers_leave_alone(sentence):
    assert [e for e in _extra(sentence) if e.rule_id in (
        "tr.abduction.taken", "tr.displacement.left", "tr.protest.disperse") or "storm" in (e.trigger or "")] == []


def test_an_accusation_the_accused_rejects_in_the_same_sentence_is_no_event():
    assert _extra("Villagers accused the army of shelling their homes, a charge the military rejected.") == []
    kept = _extra("Villagers said the army shelled their homes on Tuesday.")
    assert kept and (kept[0].acled or {}).get("sub_event_type") == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("sentence", [
    # a second batch of the same genres: people described, a storm's displaced, migrants intercepted,
    # a rumour's carrier, a protest announced, a scenario, an idiom, a reference, a descriptor
    "Families who fled say the fighters usually come at dawn on motorbikes.",
    "Many of those arriving had been uprooted before, by Cyclone Idai, which flattened whole districts in 2019.",
    "Since January some 4,000 migrants have been intercepted at sea and returned to the coast.",
    "Within hours, a message circulating on Telegram claimed that a second car bomb had gone off in the market.",
    "Community leaders have announced a march to the provincial capital for Friday.",
    "The third is the scenario that keeps diplomats awake at night: rebel columns rolling down the highway towards the capital.",
    "The anniversary is a date exiles have long used to rally support abroad.",
    "Barrel bombs like the ones that destroyed the market are oil drums packed with explosives and scrap.",
    "One analyst warned that the vote could turn into a shooting gallery with ballot boxes.",
])
def test_no_event_second_batch(sentence):
    assert _extra(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Government drones intercepted two armed drones over Hama on Tuesday, the army said.",
    "More than 2,000 families fled Sarmin on Tuesday, the monitor said.",
    "Hundreds of protesters marched through Afrin on Tuesday to demand the release of detainees.",
    "In December, gunmen seized more than 100 schoolboys from a school in the town of Kankara.",
    "The fighting followed a series of air strikes that the government carried out on Tuesday against rebel depots.",
    "Two men set off a bomb outside the police headquarters in Afrin on Tuesday, killing one officer.",
])
def test_second_batch_controls_are_events(sentence):
    assert _extra(sentence), sentence
