"""Patterns found by the twenty-third round's held-out articles (dev-473 to dev-496: Balochistan,
Kurram, the Chittagong Hill Tracts, Rakhine, Bastar, Thailand's deep south; Catatumbo, Esmeraldas,
Michoacan, Kenscoff, Rio de Janeiro, Tbilisi; Ituri, the Central African Republic, Oromia, Zamzam,
Plateau, Morocco; Syria's coast, Tulkarm, the Bekaa, Istanbul, Sistan-Baluchestan, Tripoli): each
rule tested both ways on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, VIOLENT_FAMILIES as VIOLENT, coded_events, factual_after, factual_events

DAY = "2025-05-14"
LEAD = "QUETTA, May 14 (Frontier Desk) - Militants attacked a police post in Kalat district on Tuesday, officials said.\n\n"


def _facts(sentence: str, lead: str = LEAD) -> list:
    return factual_after(lead, sentence, DAY)


@pytest.mark.parametrize("sentence", [
    # a practice: a form both tenses share, read by its present pair
    "Its fighters typically hit isolated checkposts at night and slip back towards the hills before dawn.",
    # a play's plot
    "A troupe from the provincial capital has been touring a play about a lorry driver kidnapped on the "
    "highway, to full halls.",
    # a simple present in a clause of time: what happens each time
    "Ambushes on this road tend to happen in the early morning, before the escorts deploy.",
    # the gunfire explained as a drill
    "Heavy gunfire heard near the cantonment on Wednesday morning came from a live-fire exercise, a military "
    "spokesman said.",
    # accusations repeated over years
    "Rights groups have repeatedly accused the paramilitary force of killing detainees in custody.",
    # a practice of armed men, not one hold-up
    "Armed men have stopped intercity buses on that stretch and robbed passengers in recent months.",
])
def test_not_events(sentence):
    assert [e for e in _facts(sentence) if e.modality in FACTUAL] == []


@pytest.mark.parametrize("sentence", [
    "The railway company on Wednesday dismissed as 'baseless' text messages claiming that a second train had "
    "been seized near Sibi.",
    "District officials rejected posts shared online on Tuesday that a relief convoy had been ambushed near Sadda.",
])
def test_a_rumour_dismissed_is_the_dismissal_not_the_rumoured_act(sentence):
    # the dismissal is a real act (PLOVER REJECT, as the stress sets count it); what it dismisses is no event
    facts = [e for e in _facts(sentence) if e.modality in FACTUAL]
    assert all(not e.acled for e in facts) and {e.plover["event"] for e in facts} <= {"REJECT"}


@pytest.mark.parametrize("sentence,sub", [
    # "raped" is no "rap"
    ("Residents said soldiers raped two women in a village near Sittwe on Monday night.", "Sexual violence"),
    ("A schoolgirl was allegedly gang-raped in a field outside the town on Sunday night, her family says.",
     "Sexual violence"),
    # a post of forces opened
    ("Last week the police opened a new security camp at Kudmel, a village deep inside the forest.",
     "Headquarters or base established"),
    # a vehicle held up by armed men
    ("Gunmen stopped the Quetta-bound express near a tunnel in Bolan district on Tuesday, railway officials said.",
     "Abduction/forced disappearance"),
    # people beaten
    ("Late on Tuesday, masked men in plain clothes beat protesters and two reporters with sticks near the "
     "metro station.", "Attack"),
    # a blast tearing through its target
    ("On Tuesday morning, a roadside bomb ripped through the lead vehicle of a supply convoy near Kalat.",
     "Remote explosive/landmine/IED"),
    # people gathered to demand something
    ("Thousands of people gathered in the main square on Tuesday evening to demand the governor's resignation.",
     "Peaceful protest"),
])
def test_events(sentence, sub):
    assert sub in {e.acled["sub_event_type"] for e in _facts(sentence) if e.acled}, _facts(sentence)


@pytest.mark.parametrize("sentence", [
    "The agency opened a camp for displaced families near the town last week.",
    "Fans beat the visiting team's supporters to the stadium gates on Sunday.",
])
def test_no_base_nor_beating(sentence):
    subs = {e.acled["sub_event_type"] for e in _facts(sentence) if e.acled}
    assert not subs & {"Headquarters or base established", "Attack"}


def test_a_vehicle_running_over_a_protester_is_violence():
    subs = {e.acled["sub_event_type"] for e in _facts(
        "In the northern city, a police van drove into a crowd of protesters on Tuesday and ran over a young man.")
        if e.acled}
    assert subs & {"Attack", "Excessive force against protesters"}


def test_a_crowd_charged_with_riot_control_means():
    subs = {e.acled["sub_event_type"] for e in _facts(
        "Shortly before midnight, riot police moved on the crowd outside city hall with water cannon and pepper "
        "spray, pushing hundreds of people back.") if e.acled}
    assert subs & {"Protest with intervention", "Excessive force against protesters"}


@pytest.mark.parametrize("sentence,hurt", [
    ("A drone strike killed two fighters near the border on Tuesday and wounded a third.", 1),
    ("Artillery hit a street in the town on Tuesday afternoon, killing a 60-year-old man and wounding his "
     "neighbour.", 1),
    ("A drone struck a car on the road outside the town on Tuesday evening, wounding the driver and his brother.", 2),
    ("A bomb went off outside the home of a tribal elder in Kalat overnight, wounding him and two relatives.", 3),
])
def test_the_wounded_named_one_by_one(sentence, hurt):
    (event,) = [e for e in _facts(sentence) if e.rule_family in VIOLENT]
    assert event.figures["injured"]["value"] == hurt


def _violent(text: str) -> list:
    return [e for e in factual_events(text, DAY) if e.rule_family in VIOLENT]


@pytest.mark.parametrize("text,kind,value", [
    # where the wounded were taken is no place of the event
    ("A roadside bomb went off as an army truck passed on the road near Tibu on Tuesday. Four soldiers were "
     "wounded and evacuated by helicopter to Cucuta, the army said.", "injured", 4),
    # the victims' own names and groups are no party of the sentence
    ("Police units fought a gun battle with Maoists in the forest near the district boundary on Tuesday. Police "
     "said 27 Maoists were killed, among them the party's general secretary.", "fatalities", 27),
    # wounds suffered, no trigger of their own
    ("A bomb hidden in a drain exploded as a ranger patrol passed along the road near the market on Tuesday. Two "
     "rangers of Task Force 46 suffered shrapnel wounds and were taken to hospital.", "injured", 2),
    # found dead the next morning
    ("Overnight on Monday, fighters raided a gold-mining camp on the edge of the town. Five miners were found dead "
     "at the site the next morning.", "fatalities", 5),
])
def test_a_toll_told_in_the_next_sentence(text, kind, value):
    (event,) = _violent(text)
    assert event.figures[kind]["value"] == value


def test_a_name_number_is_no_count():
    (event,) = _violent("Militants killed a soldier of Battalion 51 near Kalat on Tuesday.")
    assert event.figures["fatalities"]["value"] == 1


def test_reports_with_their_own_content_do_not_unverify_the_sentence_before():
    text = ("Soldiers raided the town of Tammun on Tuesday night and arrested 14 men during house-to-house "
            "searches, a prisoners' group said. Reports circulating on Wednesday that an evacuation order had "
            "been issued for the nearby camp could not be verified.")
    arrests = [e for e in coded_events(text, DAY) if e.acled and e.acled["sub_event_type"] == "Arrests"]
    assert arrests and all(e.modality in FACTUAL for e in arrests)


def test_one_who_opened_fire_and_was_killed():
    (event, *_) = [e for e in _facts("During the raid on Tuesday, a gunman opened fire on a patrol from a rooftop "
                                     "and was killed when soldiers returned fire.") if e.rule_family in VIOLENT]
    assert event.figures["fatalities"]["value"] == 1


def test_a_report_period_dates_its_undated_incidents():
    text = ("DAILY REPORT No. 12\n\nReporting period: 06:00 Monday 12 May to 06:00 Tuesday 13 May 2025.\n\n"
            "1. Kalat district: At about 07:40, a bomb hidden in a drain exploded as a police patrol passed.")
    (event,) = [e for e in factual_events(text, "2025-05-14") if e.rule_family in VIOLENT]
    assert (event.date["start"], event.date["end"]) == ("2025-05-12", "2025-05-13")


def test_another_events_possessive_day_does_not_date_the_sentence():
    (arrest,) = [e for e in factual_events("Troops arrested nine suspects in connection with Monday's attack on the "
                                           "village, the task force said.", "2025-04-16")
                 if e.acled and e.acled["sub_event_type"] == "Arrests"]
    assert arrest.date["start"] != "2025-04-14"
