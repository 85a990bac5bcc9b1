"""Patterns found by the twenty-sixth round's held-out articles (dev-545 to dev-568: Abyei, Ouham-Pende,
Kasese, Casamance, Blue Nile, Freetown; Gwadar, Hakkari, Gorno-Badakhshan, Almaty, Colombo,
Sulaymaniyah; the VRAEM, Concepcion, Tumaco, Masaya, Baja California, Caracas; Southport, Dublin,
Dagestan, KwaZulu-Natal, Papua, Hong Kong): each rule tested both ways on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, factual_events, told_after

LEAD = "KASSALA, June 10 (Nile Wire) - Gunmen attacked a market in eastern Sudan on Friday, police said.\n\n"
_facts = told_after(LEAD, "2023-06-10")


@pytest.mark.parametrize("sentence", [
    # the object of "resembles" is the other case
    "The pattern resembles the cycles of violence seen in Geneina, where fighting has emptied whole quarters.",
    # a labour strike named by its strikers
    "Older traders compared the police lines with the battle at the port during the 1989 dockworkers' strike.",
    # an exercise announced is no threat
    "The garrison command announced that a live-fire exercise will take place on Thursday in the hills east of "
    "the town.",
])
def test_not_events(sentence):
    assert [e for e in _facts(sentence) if e.modality in FACTUAL] == []


@pytest.mark.parametrize("sentence,subs", [
    # a demand beside the protest is the protest's, not a frame over it
    ("On Sunday 11 June, hundreds of people protested in Kassala against the killings and demanded the governor's "
     "resignation.", {"Peaceful protest"}),
    # a semicolon parts the killing from a disputed blame
    ("On the night of 8 June, a tribal elder was shot dead in Kassala; the police blamed the killing on a feud "
     "between smugglers, a version his relatives reject.", {"Attack"}),
    # a participle on the subject tells the subject's past, whatever the main verb denies
    ("A police sergeant, abducted by the gunmen near Kassala in May 2019, has never been found.",
     {"Abduction/forced disappearance"}),
    # a stop beside the beating: the beating happened
    ("On Friday, angry crowds turned on the convoy in Kassala, stopping lorries on the main road, beating drivers "
     "and pushing two cars into a canal.", {"Mob violence", "Attack", "Violent demonstration"}),
    # forces engage an armed group or move against its camps
    ("The army said on Friday that troops tracking the raiders had engaged a rear group near the river on "
     "Thursday afternoon.", {"Armed clash"}),
    ("On Thursday, soldiers moved against camps held by the rebel faction near the border, residents said.",
     {"Armed clash", "Attack", "Shelling/artillery/missile attack"}),
    # tear gas fired by police needs no crowd named
    ("Police fired tear gas and water cannon near the state secretariat on Friday in an attempt to separate the "
     "two groups.", {"Protest with intervention", "Excessive force against protesters"}),
    ("On Friday night, police fired volleys of tear gas along the main avenue until the early hours.",
     {"Protest with intervention", "Excessive force against protesters"}),
    # a protest noun after "in" under a verb of taking part
    ("On Thursday, several hundred residents walked together along the ring road in a march for peace.",
     {"Peaceful protest"}),
])
def test_events(sentence, subs):
    got = {e.acled["sub_event_type"] for e in _facts(sentence) if e.acled}
    assert got & subs, got


def test_a_question_before_a_dated_past_act_is_no_scenario():
    text = ("KASSALA, June 10 - How did the valley fall so fast? Many residents trace the collapse to 4 March, "
            "when gunmen stormed the district office in Kassala and killed nine guards.")
    assert any("stormed" in e.evidence["text"] for e in factual_events(text, "2023-06-10"))


def test_a_question_before_a_present_scenario_stays_one():
    text = ("KASSALA, June 10 - What happens if the talks fail? The militias storm the town and the army shells "
            "the outskirts.")
    assert factual_events(text, "2023-06-10") == []


def test_a_named_person_detained_is_one_arrest():
    facts = _facts("Masked agents detained the opposition politician Idris Karar in Kassala on Friday morning.")
    assert [e.figures.get("arrested", {}).get("value") for e in facts] == [1]


def test_protesters_detained_are_not_counted_one():
    facts = _facts("Police detained protesters in Kassala on Friday.")
    assert all(e.figures.get("arrested", {}).get("value") != 1 for e in facts)


def test_villages_counted_are_no_displaced_people():
    facts = _facts("Residents of at least four villages near the river have fled toward Kassala since Thursday.")
    assert facts and all(e.figures.get("displaced", {}).get("value") != 4 for e in facts)


def test_no_casualties_in_a_later_clause_is_a_zero_toll():
    facts = _facts("On Thursday morning, gunmen fired on a police post in Kassala; officers returned fire and no "
                   "casualties were reported.")
    assert facts and facts[0].figures["fatalities"]["value"] == 0


def test_a_toll_after_the_event_with_the_same_place_is_its_toll():
    text = ("KASSALA, June 10 - Near the border village of Awad, north of Kassala: on Thursday morning rebels "
            "ambushed an army patrol. Two soldiers were killed and three wounded, according to a military source in "
            "Kassala.")
    facts = factual_events(text, "2023-06-10")
    assert len(facts) == 1 and facts[0].figures["fatalities"]["value"] == 2


def test_a_toll_on_another_day_is_its_own_event():
    text = ("KASSALA, June 10 - On Thursday, rebels ambushed an army patrol near Kassala. Two soldiers were killed "
            "on Friday in Kassala.")
    assert len(factual_events(text, "2023-06-10")) == 2


def test_no_incidents_after_a_peaceful_march_keeps_the_march():
    text = ("KASSALA, June 10 - On Thursday, several hundred residents walked along the ring road of Kassala in a "
            "march for peace. No incidents were reported.")
    assert any(e.acled and e.acled["sub_event_type"] == "Peaceful protest" for e in factual_events(text, "2023-06-10"))


def test_a_drone_officials_said_was_turkish():
    facts = _facts("Late on Friday, a drone that local officials said was Turkish struck a car near the village of "
                   "Awad, killing the two men inside.")
    assert facts and "TUR" in {a.get("country") for a in facts[0].actors}


def test_traffic_blocked_by_burning_cars_is_no_accident():
    facts = _facts("On Friday night, two private cars were taken from their drivers at gunpoint and burned across "
                   "the road, blocking traffic for about an hour.")
    assert any(e.acled and e.acled["sub_event_type"] == "Looting/property destruction" for e in facts)


def test_cars_burning_after_a_collision_stay_an_accident():
    assert _facts("On Friday, two cars burned after a collision on the main road east of the town.") == []


def test_counts_sharing_one_participle_add_up():
    facts = _facts("In August 2022, protests over prices turned deadly in the capital and several northern towns, with "
                   "six police officers and at least 21 civilians killed.")
    assert facts and {e.figures["fatalities"]["value"] for e in facts} == {27}


@pytest.mark.parametrize("sentence", [
    # a profile in a listing, however the verbs are coordinated
    "The sanctions list describes the gang leader, who heads a coalition of armed groups, as having planned and taken "
    "part in deadly attacks on civilians in the capital.",
])
def test_profiles_are_no_events(sentence):
    assert [e for e in _facts(sentence) if e.modality in FACTUAL] == []


def test_a_present_verb_beside_a_past_looking_one_is_a_stance():
    facts = _facts('"The rebels set fire to their own villages and then blame the army for it," a spokesman said.')
    assert not [e for e in facts if e.trigger == "blame"]
