"""Coding patterns of the thirty-fifth round's held-out articles (dev-761 to dev-784): parallels
that a person recalls by their year, that images "bring to mind", that a misparsed "revived
memories of" holds; reports said to be unsubstantiated; a report its own sentence takes back;
fire opened with nothing else violent in the sentence; weapons laid down; buildings gutted by
fire; looters breaking in; bodies come across; protesters dragged away by police; arrests for a
riot's offences; quarrels that escalate into shooting; gatherings in support of someone; scenes
acted by players in quotes; tallies of displaced people; tolls told on another day, by the
attackers named before, or before a semicolon's claim; a father of five.  Texts written for tocsin."""
import pytest

from .factual import coded_events, factual_events, first_figure, subtypes, told_after

LEAD = ("KINSHASA, March 25 (Congo Wire) - Militiamen armed with spears and machetes marched into Lubumbashi on "
        "Saturday, and soldiers fought them near the central market, witnesses said.\n\n")
after = told_after(LEAD, "2013-03-25")
# parallels, unsubstantiated reports and acted scenes
NOT_EVENTS = [
    "Several commentators recalled the 1992 riots in the city, in which two officers were beaten to death.",
    "The pictures from the market bring to mind the March 1998 massacre at Rubaya, where soldiers killed 30 villagers.",
    "For Mullaitivu's fishermen, the shelling revived memories of the night of 2 May, when gunmen went from house "
    "to house killing members of three families.",
    "Reports circulating since early May that FARDC troops massacred dozens of miners in the hills behind Kambove "
    "after 28 April have not been substantiated.",
    'The masked "gunmen" who burst into the crowd at the roundabout were volunteers in black, and the "victims" '
    "got up again after a few minutes.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_parallels_unsubstantiated_reports_and_acted_scenes_are_no_events(sentence):
    assert not after(sentence), [(e.trigger, e.modality) for e in after(sentence)]


def test_a_person_recalling_how_something_happened_still_tells_it():
    assert after("Residents recall how soldiers torched the market in 1995.")


def test_a_report_taken_back_in_its_own_sentence_leaves_the_act_before_it():
    text = ("On the evening of Sunday 7 February, security forces raided a building in the old town. A television "
            "channel first reported that 40 militants had been killed there and then withdrew the report.")
    raid = [e for e in coded_events(text, "2016-02-10") if "raided" in e.trigger]
    assert raid and raid[0].modality in ("asserted", "reported"), [(e.trigger, e.modality, e.modality_cue) for e in raid]


@pytest.mark.parametrize("sentence,subtype", [
    ("Men in plain clothes opened fire on a roadblock held by striking teachers on Friday.", {"Armed clash", "Attack"}),
    ("About 300 fighters laid down their weapons at the UN base on Saturday afternoon.", {"Change to group/activity"}),
    ("The town hall and two banks were gutted by fire during the night.", {"Looting/property destruction"}),
    ("Looters broke into a supermarket and several pharmacies on the main road on Sunday.",
     {"Looting/property destruction"}),
    ("Riot police dragged away dozens of protesters demanding the minister's resignation.",
     {"Protest with intervention"}),
    ("On Friday a quarrel between rival youths in the market escalated into shooting and arson.",
     {"Attack", "Armed clash", "Looting/property destruction"}),
    ("In the northern city of Kolwezi, dozens of Mutanga sympathisers gathered in Freedom Square on Sunday evening "
     "in support of the rebel leader.", {"Peaceful protest"}),
])
def test_acts_told_in_these_words_are_coded(sentence, subtype):
    events = after(sentence)
    assert subtypes(events) & subtype, [(e.trigger, e.acled) for e in events]


def test_bodies_come_across_are_killings_with_their_count():
    events = after("Farmers came across the bodies of three men on a dirt track outside the town on Sunday.")
    assert subtypes(events) == {"Attack"} and first_figure(events, "fatalities") == 3, [
        (e.trigger, e.figures) for e in events]


def test_arrests_for_a_riots_offences_are_no_ordinary_crime():
    events = after("Police said 35 people had been arrested for offences including violent disorder, burglary and theft.")
    assert subtypes(events) == {"Arrests"} and first_figure(events, "arrested") == 35, [(e.trigger, e.acled) for e in events]
    assert not after("Police said two men had been arrested for burglary and theft at a jeweller's.")


def test_a_tally_of_displaced_people_is_a_displacement_with_its_figure():
    events = after("The relief agency counted 12,400 displaced people at 30 sites around the town.")
    assert any(e.displacement for e in events) and first_figure(events, "displaced") == 12400, [
        (e.trigger, e.figures) for e in events]
    assert not after("The camp now shelters some 12,400 displaced people.")


def test_an_attack_on_another_day_is_not_told_again():
    text = ("The city has been hit again and again. On March 3, a suicide bomber struck a bus, killing nine people. "
            "On March 9, a suicide attacker killed at least seven people at a market.")
    tolls = sorted(first_figure([e], "fatalities") or 0 for e in factual_events(text, "2018-03-20"))
    assert tolls == [7, 9], tolls


def test_the_attackers_toll_goes_to_the_attack_told_before():
    text = ("Gunmen attacked a police post on the highway on Sunday afternoon. In a statement, the interior ministry "
            "said the attackers had killed three policemen and burned two patrol cars.")
    events = factual_events(text, "2020-05-11")
    assert len(events) == 1 and first_figure(events, "fatalities") == 3, [(e.trigger, e.figures) for e in events]


def test_a_toll_before_a_claim_after_a_semicolon_is_the_attacks():
    text = ("Gunmen stormed a hotel in the port on Friday evening. Nine people were killed and 20 were wounded; "
            "al-Shabaab claimed the attack.")
    events = factual_events(text, "2019-07-13")
    assert len(events) == 1 and first_figure(events, "fatalities") == 9, [(e.trigger, e.figures) for e in events]


def test_a_father_of_five_is_one_dead():
    events = after("Police shot dead Samuel Okoro, a 41-year-old father of five, at a checkpoint on Tuesday.")
    assert first_figure(events, "fatalities") == 1, [(e.trigger, e.figures) for e in events]


@pytest.mark.parametrize("sentence,published,not_day", [
    ("Rioters set fire to the giant Christmas tree in the main square on Monday night.", "2008-12-09", "2007-12-25"),
    ("Once in the centre, the fighters attacked a military camp and tried to raise the flag of the breakaway state "
     "of the 1960s.", "2013-03-25", "1960-01-01"),
])
def test_a_things_holiday_or_decade_is_no_date_of_the_act(sentence, published, not_day):
    events = factual_events(sentence, published)
    assert events and all(e.date["start"] != not_day and e.modality != "historical" for e in events), [
        (e.trigger, e.date, e.modality) for e in events]
