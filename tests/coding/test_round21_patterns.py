"""Patterns found by the twenty-first round's held-out articles (dev-425 to dev-448: Tanzania's
election unrest, Cameroon, northern Benin, Lome, Antananarivo, Haut-Mbomou, the Thai-Cambodian
border, Poonch and Muzaffarabad, Kathmandu, Makassar, Manipur, Mindanao, Mirebalais, Guayaquil,
Honduras, Lima, Serbia, New Caledonia, Kordofan, Upper Nile, the Cal Miskaad, Yemen's ports,
Kirkuk, Suwayda): each rule tested both ways on sentences written for tocsin."""
import pytest

from .factual import FACTUAL, VIOLENT_FAMILIES as VIOLENT, factual_after, factual_events, tells_family

DAY = "2025-06-27"
LEAD = "DAKAR, June 27 (Gulf of Guinea Wire) - Police clashed with stone-throwing youths in the port city on Thursday, witnesses said.\n\n"


def _told(sentence: str, lead: str = LEAD, day: str = DAY) -> list:
    return factual_after(lead, sentence, day)


NOT_EVENTS = [
    # the dead of an event told elsewhere, remembered
    "Flags flew at half mast across the country in memory of the gendarmes killed at the border post.",
    # a habit in the present perfect
    "Opposition marches in the capital have traditionally ended outside the cathedral on the Place de "
    "l'Independance.",
    # a building cleared is no displacement
    "The clinic had been evacuated but was not damaged, its director said.",
    # an event that was the subject of a work
    "The massacre was later the subject of a documentary by a local film-maker.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_not_events(sentence):
    assert [e for e in _told(sentence) if e.modality in FACTUAL] == []


TOLD = [
    # riot-control means fired at crowds, or to keep "them" away
    ("Gendarmes fired tear gas and live rounds at crowds defying the curfew in the old town on Friday.", "protest"),
    ("Police fired tear gas and rubber bullets to stop them reaching the presidential palace, residents said.",
     "protest"),
    # a crowd's blockade told in the passive
    ("Roads in the Medina and Fass districts were blocked with barricades and burning tyres on Friday morning.",
     "protest"),
    # a crowd's break-in
    ("Protesters forced their way into the ruling party's regional office on Thursday, hurling chairs into the "
     "street.", "protest"),
    # a rally joined
    ("Thousands of people joined a rally in the capital on Friday to demand the release of detained students.",
     "protest"),
    # a boulevard blocked to demand something
    ("About 200 motorcycle-taxi drivers blocked the main boulevard for two hours on Friday to demand protection "
     "from extortion gangs.", "protest"),
    # a crowd dispersed, not a battle
    ("Riot police used batons on Friday night to push back several hundred protesters marching on the "
     "ministry.", "protest"),
    # a crowd beating a suspected thief is mob violence, not a crime
    ("On Friday, a crowd caught a man suspected of stealing a motorbike and beat him badly before police took him "
     "to hospital, the district chief said.", "violence"),
    # munitions that "began landing"
    ("Shells began landing in the border villages shortly after midnight on Friday, police said.", "violence"),
    # ground overrun whose object the parser hangs an apposition on
    ("On 2 June, armed youth known as the Red Army overran the Sudan People's Defence Forces (SPDF) garrison in "
     "Malakal town.", "territory"),
]


@pytest.mark.parametrize("sentence,family", TOLD)
def test_told(sentence, family):
    assert tells_family(LEAD, sentence, DAY, family)


@pytest.mark.parametrize("sentence", [
    "Fighting in the district has pushed about 3,000 villagers across the border into Guinea since May, aid "
    "agencies say.",
    "The governor said some 25,000 residents of the border districts had moved into about 200 temporary shelters.",
])
def test_people_driven_or_moved_to_shelters_are_displaced(sentence):
    assert tells_family(LEAD, sentence, DAY, "displacement")


def test_troops_driven_over_a_border_or_a_company_moving_staff_are_not_displacement():
    assert not tells_family(LEAD, "The army pushed the rebels back across the border on Friday.", DAY, "displacement")
    assert not tells_family(LEAD, "The company moved 300 workers into new offices on Friday.", DAY, "displacement")


def test_a_habit_needs_no_date_of_its_own():
    (raids,) = [e for e in _told("Militants have often attacked the police post since Monday, killing four "
                                 "officers.") if e.rule_family in VIOLENT]
    assert raids.modality in FACTUAL


def test_a_toll_told_next_is_the_crowd_events():
    text = ("LOME, June 27 (Gulf of Guinea Wire) - On Thursday, students threw stones at police who fired tear gas "
            "into the campus. Six students were injured, according to their union.")
    events = [e for e in factual_events(text, DAY)]
    assert len(events) == 1
    assert events[0].figures["injured"]["value"] == 6


def test_a_name_is_not_cut_in_two_sentences():
    text = ("BANGKOK, July 25 (Mekong Wire) - Troops traded artillery fire around the Prasat Ta Khwai temple in "
            "Surin province at dawn on Friday, the army said, as the fighting entered a second day.")
    (fire,) = [e for e in factual_events(text, "2025-07-25") if e.rule_family in VIOLENT]
    assert fire.date["start"] == "2025-07-25"
    assert fire.attribution


def test_the_killers_count_is_no_toll_and_the_dead_left_or_found_are():
    (shot,) = [e for e in factual_events("Two gunmen on a motorbike shot dead a taxi driver at the bus station on "
                                         "Monday.", "2025-02-11") if e.rule_family in VIOLENT]
    assert shot.figures["fatalities"]["value"] == 1
    (fight,) = [e for e in factual_events("A gunfight between soldiers and gang members left three suspects dead and "
                                          "two soldiers wounded on Monday, the army said.", "2025-02-11")
                if e.rule_family in VIOLENT]
    assert (fight.figures["fatalities"]["value"], fight.figures["injured"]["value"]) == (3, 2)
    (found,) = [e for e in factual_events("Four men were found shot dead inside a house in the port city on Monday.",
                                          "2025-02-11") if e.rule_family in VIOLENT]
    assert found.figures["fatalities"]["value"] == 4


def test_people_moved_to_shelters_are_counted_as_displaced():
    (moved,) = [e for e in factual_events("About 2,500 residents of the border villages moved to school shelters in "
                                          "the district town overnight, officials said.", "2025-05-08")
                if e.rule_family == "displacement"]
    assert moved.figures["displaced"]["value"] == 2500


def test_a_day_of_the_month_alone_is_the_last_such_day():
    (taken,) = [e for e in factual_events("On the 9th, gunmen abducted three teachers near the river crossing, "
                                          "local officials said.", "2025-09-16") if e.rule_family == "abduction"]
    assert taken.date["start"] == "2025-09-09"
    (late,) = [e for e in factual_events("On the 20th, gunmen abducted three teachers near the river crossing, "
                                         "local officials said.", "2025-09-16") if e.rule_family == "abduction"]
    assert late.date["start"] == "2025-08-20"


def test_a_live_entry_stamped_with_its_day_dates_its_relative_words():
    text = ("LIVE: Strikes on the coast - rolling coverage.\n\n"
            "Sunday 13 April, 09:00 - Port hit again\nJets struck the fuel terminal at the port, killing four "
            "workers, the port authority said.\n\n"
            "Thursday 10 April, 08:15 - Depot struck\nAir strikes overnight on the fuel depot killed at least 12 "
            "people, health officials said.")
    depot = [e for e in factual_events(text, "2025-04-14") if "depot" in e.evidence["text"]]
    assert depot and depot[0].date["start"] == "2025-04-09"


def test_people_counted_beside_their_households_are_the_figure():
    (fled,) = [e for e in factual_events("The welfare office said some 400 families, about 2,000 people, had fled to "
                                         "evacuation centres on Saturday.", "2025-02-03") if e.rule_family == "displacement"]
    assert fled.figures["displaced"]["value"] == 2000
