"""Patterns found by the twenty-fifth round's held-out articles (dev-521 to dev-544: Niassa, Las
Anod, Menaka, Kasai, Diffa, Cox's Bazar; Enga, Reasi, Bijapur, Karachi, Lahore, Manipur; Ain
al-Hilweh, Huwara, Mosul, Odesa, Jermuk, Erbil; Tamara, Rosario, Chiapas, Puno and Ayacucho,
Araucania, Santa Cruz) and by the dev actor errors: each rule tested both ways on sentences
written for tocsin."""
import pytest

from tocsin.coding.actor_dict import load_actors

from .factual import FACTUAL, factual_events, told_after

LEAD = "SIDON, Sept 12 (Cedar Wire) - Gunmen clashed with Fatah fighters in a refugee camp on Monday, medics said.\n\n"
_facts = told_after(LEAD, "2023-09-12")


@pytest.mark.parametrize("sentence", [
    # another time brought in as a parallel: "a repeat of", "resembles", "similar ... where", a colon
    "Shopkeepers fear a repeat of 2007, when the army shelled the Nahr al-Bared camp for weeks and flattened "
    "much of it.",
    "Aid workers say the pattern resembles the one seen in 2019 in the Bekaa, where raids on informal camps "
    "emptied whole settlements.",
    "Similar scenes were seen in 2015 in Yarmouk, where fighting between factions drove out most residents.",
    "Older residents point to an uneasy parallel: in 1990 rival factions fought for weeks in the same alleys.",
    "The number of families displaced remains far below that of 2017, when some 4,000 people fled the camp.",
    "Veteran aid workers compare the damage with the 1985 war of the camps, which destroyed thousands of homes.",
    # a habit told by a season, and by a characterising predicate
    "Militia gunmen also raid the hamlets along the river almost every summer, residents say.",
    "Gunfire is a near-daily sound in the camp's narrow streets.",
    # a noun the tagger reads as a verb
    "The long trial shows how slowly wounds close in the south.",
    # an old event named as the one record the news falls short of
    "Only the 2006 bombing of the camp's market, which killed 40 people, has caused more deaths in Ain al-Hilweh.",
    # a figurative shot
    "Mourners said a bullet had been fired at the heart of the camp's fragile peace.",
    # an undated act told only as the start of a state
    "Armed factions have policed the camp since the army agreed decades ago to stay outside its walls.",
    # a measure set against another year's, however the parser hangs "that"
    "The pace of departures already exceeds that seen in Sidon in 2013, when fighting between rival factions "
    "drove thousands from their homes.",
])
def test_not_events(sentence):
    assert [e for e in _facts(sentence) if e.modality in FACTUAL] == []


@pytest.mark.parametrize("sentence,subs", [
    ("On Monday evening, shots were fired near the convoy of the provincial governor outside Sidon.", {"Attack"}),
    ("Early on Tuesday, militants set off an IED under a police van on the coastal road south of Sidon.",
     {"Remote explosive/landmine/IED"}),
    ("Two park rangers were taken by gunmen on Tuesday evening near the southern entrance of the camp.",
     {"Abduction/forced disappearance"}),
    ("A young man walked into the shop, pointed a pistol at the owner and fired three times before fleeing.",
     {"Attack"}),
    ("Troops who searched the camp's northern quarter on Tuesday seized 14 rifles, two grenades and a box of "
     "ammunition.", {"Disrupted weapons use"}),
    ("On Monday night, armed men drove off about 300 goats and sheep from herders' camps east of the town.",
     {"Looting/property destruction"}),
    ("Crowds pushed through the main gate of the provincial governor's office on Tuesday afternoon.",
     {"Violent demonstration", "Mob violence"}),
    ("On 9 September, the army announced the arrest of four suspected members of the group in Sidon.", {"Arrests"}),
    # a cab driver killed is no traffic accident
    ("Two days later another taxi driver was killed the same way after picking up a passenger in Sidon.", {"Attack"}),
    # a phrasal "set off" is no plan
    ("That assassination set off four days of street battles in the camp that left at least 11 people dead.",
     {"Armed clash"}),
])
def test_events(sentence, subs):
    got = {e.acled["sub_event_type"] for e in _facts(sentence) if e.acled}
    assert got & subs, got


def test_victims_named_with_the_definite_article_are_counted():
    facts = _facts("On Monday, a van struck a landmine on the coastal road south of Sidon, killing the driver and a "
                   "passenger.")
    assert [e.figures["fatalities"]["value"] for e in facts if "fatalities" in e.figures] == [2]


def test_a_family_killed_is_not_one_victim():
    facts = _facts("On Monday, gunmen killed the family of a Fatah official in the camp.")
    assert all(e.figures.get("fatalities", {}).get("value") != 1 for e in facts)


def test_the_wounded_taken_to_hospital_are_no_abduction():
    assert not [e for e in _facts("The wounded were taken by ambulance to the hospital in Sidon on Monday.")
                if e.acled and e.acled["sub_event_type"].startswith("Abduction")]


def test_the_act_compared_stays_an_event():
    facts = _facts("On Monday, gunmen shot dead a Fatah commander in the camp, an attack that residents compared "
                   "to the killings of 2017.")
    assert facts


def _countries(sentence: str, day: str, lead: str = "") -> set:
    return {a.get("country") for e in factual_events(lead + sentence, day) if sentence[:25] in e.evidence["text"]
            for a in e.actors}


@pytest.mark.parametrize("sentence,iso", [
    ("On Tuesday, warplanes believed to be Russian struck a market in the town of Ariha in Idlib province, killing "
     "seven civilians.", "RUS"),
    ("Jets that monitors identified as Russian bombed a bakery in Maarat al-Numan in Idlib province on Monday.",
     "RUS"),
    ("Government soldiers and foreign fighters described by witnesses as Russians executed dozens of men in the "
     "village of Moura in central Mali.", "RUS"),
    ("Russian instructors and Central African soldiers retook the town of Mboki in Haut-Mbomou on Sunday.", "RUS"),
    ("Ukrainian troops repelled several Russian attempts to advance on Vovchansk in Kharkiv region overnight.", "RUS"),
    ("Early on Saturday, the destroyer USS Mason fired missiles at a radar site near Hodeidah in Yemen.", "USA"),
    ("The 12 Ivorian soldiers who were detained at the airport in Bamako on Sunday remain in custody in Mali.",
     "CIV"),
])
def test_actors_named_around_the_noun(sentence, iso):
    assert iso in _countries(sentence, "2022-07-12")


def test_two_clauses_of_strikes_keep_their_own_actors():
    text = ("IDLIB, Jan 20 - Syrian government forces pressed their offensive in Idlib province on Sunday.\n\n"
            "Russian warplanes carried out 30 air strikes on Kafr Nabl, while regime helicopters dropped barrel bombs "
            "on Hass.")
    strikes = [e for e in factual_events(text, "2020-01-20") if "Kafr Nabl" in e.evidence["text"]]
    actors = [{a.get("country") for a in e.actors} for e in strikes]
    assert len(strikes) == 2 and {"RUS"} in [a & {"RUS", "SYR"} for a in actors], actors


def test_a_nationality_after_an_unrelated_noun_names_no_one():
    found = load_actors().find("Government troops and foreign soldiers believed to be Russian entered the town.",
                               "MLI", "2022-04-01")
    assert [m.text for m in found if m.country == "RUS"] == ["soldiers believed to be Russian"]


def test_the_enemy_of_a_ukrainian_report_is_russia():
    lead = "SUMY, June 4 - Shelling hit border villages in Sumy region overnight, officials said.\n\n"
    sentence = "At about 06:10 the enemy dropped two guided bombs on Velyka Pysarivka in Sumy region, killing a woman."
    assert "RUS" in _countries(sentence, "2025-06-04", lead)


def test_a_country_brought_in_as_a_parallel_sets_no_context():
    text = ("ROSARIO - A gunman shot dead a petrol station attendant on the city's west side on Saturday night, "
            "police said.\n\nSome residents compare the situation with Ecuador, where gunmen stormed a television "
            "studio in January.")
    places = {(e.location or {}).get("country") for e in factual_events(text, "2024-03-11")
              if "petrol station" in e.evidence["text"]}
    assert places == {"AR"}, places


def test_people_moved_out_and_prompted_to_flee_are_displacement():
    for sentence in ("On Tuesday, the authorities moved about 900 residents out of the camp's eastern quarter.",
                     "The shelling prompted about 400 residents of the camp and two nearby districts to flee to Sidon."):
        assert any(e.rule_family == "displacement" for e in _facts(sentence)), sentence


def test_the_company_moving_its_office_is_no_displacement():
    assert not any(e.rule_family == "displacement" for e in _facts("The company moved its office to Beirut in May."))


def test_an_opened_investigation_is_no_battle():
    facts = _facts("On Monday, the military prosecutor opened an investigation into the shooting.")
    assert not [e for e in facts if e.rule_family == "battle"]


def test_the_next_day_in_a_place_counts_from_the_event_before():
    text = ("LAHORE, May 15 - Rangers arrested the former prime minister in Islamabad on Tuesday, May 9.\n\n"
            "In Peshawar the next day, a crowd set fire to the offices of the state broadcaster.")
    fires = [e for e in factual_events(text, "2023-05-15") if "Peshawar" in e.evidence["text"]]
    assert fires and {e.date["start"] for e in fires} == {"2023-05-10"}


def test_that_afternoon_keeps_the_day_of_the_event_before():
    text = ("IMPHAL, May 9 - On Wednesday, 3 May, thousands of people marched in Churachandpur.\n\n"
            "Clashes broke out that afternoon near the district boundary, where groups set houses on fire.")
    clashes = [e for e in factual_events(text, "2023-05-09") if e.evidence["text"].startswith("Clashes")]
    assert clashes and all(e.date["start"] == "2023-05-03" for e in clashes)


def test_that_september_is_in_the_year_told_before():
    text = ("ERBIL, Jan 20 - In March 2022, missiles hit a compound near Erbil airport.\n\n"
            "That September, drones struck the bases of Kurdish opposition parties near Koya, killing 13 people.")
    strikes = [e for e in factual_events(text, "2024-01-20") if "Koya" in e.evidence["text"]]
    assert strikes and strikes[0].date["start"] == "2022-09-01" and strikes[0].date["end"] == "2022-09-30"


def test_the_night_of_the_12th():
    facts = factual_events("DIFFA, Dec 14 - Fighters stormed the town of Toumour on the night of the 12th, burning "
                           "houses and shops.", "2020-12-14")
    assert facts and facts[0].date["start"] == "2020-12-12"


def test_a_year_asked_for_dates_nothing():
    facts = factual_events("SANTA CRUZ, Nov 13 - Thousands of people rallied in the city centre on Saturday, "
                           "chanting for a 2023 census.", "2022-11-13")
    assert facts and all(e.date["start"].startswith("2022") for e in facts)



def _toll(text: str, day: str, start: str, kind: str = "fatalities"):
    return [e.figures.get(kind, {}).get("value") for e in factual_events(text, day) if e.evidence["text"].startswith(start)]


def test_a_monitor_documenting_deaths_next_gives_the_summed_toll():
    text = ("Islamist fighters attacked army positions near Khan Tuman on Saturday. The monitor documented the deaths "
            "of 8 soldiers and 5 fighters there.")
    assert _toll(text, "2020-01-19", "Islamist fighters") == [13]


def test_martyred_in_the_next_sentence_is_the_toll():
    text = ("Attackers detonated a car bomb at the gate of an army camp in Bannu on Tuesday. Twelve soldiers were "
            "\"martyred\", the military said.")
    assert _toll(text, "2024-07-17", "Attackers detonated") == [12]


def test_the_wounded_named_before_a_misread_participle():
    text = ("On Monday, an army truck hit a mine on the road north of Djibo, wounding the driver and two soldiers "
            "riding in the back.")
    assert _toll(text, "2025-03-18", "On Monday", "injured") == [3]
