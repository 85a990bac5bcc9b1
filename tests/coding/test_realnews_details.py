"""Issue 11: events and details missed on real news, on sentences written for tocsin in wire style.

- Munitions dropped ("aircraft dropped dozens of bombs on the camp") are an air strike; leaflets
  or charges dropped are none (triggers.yaml tr.explosion.verb, instruments.yaml inst.air).
- A count of people crossing into a place or over a border is displacement; troops crossing
  are none (tr.displacement.arrival, coding/trigger_needs.py).
- "led the assault on X" tells the assault (`support_verbs`).
- Gaining a foothold or a bridgehead is ground taken (tr.territory.verb, `place_nouns`).
- One person named or owned beside a count of the dead is one more dead ("killed Hezbollah's
  commander, X, and three civilians": coding/figures.py).
- A verb of saying inside a ", whom X say ...," aside reports the aside, not the main clause
  the parse hangs on it (coding/asides.misread_aside).
- A toll in a clause of its own, or in another event's clause, is no toll of the event a
  definite noun names again (coding/context.refers_to_known); an earlier day told after the
  story's day in its paragraph does not move the timeline (dates/story.py).
"""
import pytest

from tests.coding.factual import coded_events, factual_events

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(evs):
    return [e for e in evs if e.acled and e.acled["event_type"] in VIOLENT]


def _sub(e):
    return (e.acled or {}).get("sub_event_type")


# --- munitions dropped -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Government helicopters dropped barrel bombs on two villages east of Hama on Monday, activists said.",
    "Colombian aircraft dropped dozens of bombs on a rebel camp in Meta early on Wednesday, officials said.",
])
def test_munitions_dropped_are_an_air_strike(sentence):
    evs = _violent(factual_events(sentence, "2020-02-27"))
    assert evs and all(_sub(e) == "Air/drone strike" for e in evs)


@pytest.mark.parametrize("sentence", [
    "Army helicopters dropped leaflets over Deir ez-Zor on Monday urging residents to stay indoors.",
    "Prosecutors dropped the charges against the three soldiers on Monday, their lawyer said.",
])
def test_leaflets_or_charges_dropped_are_no_attack(sentence):
    assert not _violent(factual_events(sentence, "2020-02-27"))


# --- crossing a border -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("More than 3,000 people have crossed into Chad since the fighting in West Darfur began, "
     "the UN refugee agency said.", 3000),
    ("Hundreds of families crossed the border into Uganda on Saturday, aid workers said.", None),
])
def test_people_crossing_into_a_country_are_displaced(sentence, figure):
    evs = [e for e in factual_events(sentence, "2023-06-20") if e.displacement]
    assert evs
    if figure is not None:
        assert evs[0].figures["displaced"]["value"] == figure


@pytest.mark.parametrize("sentence", [
    "Hundreds of soldiers crossed into Chad on Saturday, officials said.",
    "Dozens of farmers crossed the river to their fields on Saturday after the rains.",
    "The first evacuees crossed into Egypt on Wednesday as the border crossing opened.",
])
def test_troops_or_farmers_crossing_are_no_displacement(sentence):
    assert not [e for e in coded_events(sentence, "2023-06-20") if e.displacement]


# --- led the assault ---------------------------------------------------------------------------

def test_led_the_assault_tells_the_assault():
    evs = _violent(factual_events("Colonel Suhail al-Hassan, who was promoted on Monday, led the assault "
                                  "on the town of Khan Sheikhoun in August 2019.", "2024-01-10"))
    assert evs and evs[0].modality == "historical" and evs[0].date["start"].startswith("2019-08")


@pytest.mark.parametrize("sentence", [
    "The general will lead the assault on the town, officials said on Monday.",
    "The foreign minister led the delegation to Geneva on Monday.",
])
def test_leading_no_assault_told_is_no_event(sentence):
    assert not _violent(factual_events(sentence, "2024-01-10"))


# --- a foothold --------------------------------------------------------------------------------

def test_a_foothold_gained_is_ground_taken():
    evs = _violent(factual_events("KYIV, Nov 18 (Wire) - The military said on Friday that its marines had gained a "
                                  "foothold on the eastern bank of the Dnipro near Krynky, in the Kherson region.",
                                  "2023-11-18"))
    assert evs and _sub(evs[0]) in ("Government regains territory", "Non-state actor overtakes territory",
                                    "Armed clash")


def test_a_foothold_in_a_market_is_no_event():
    assert not _violent(factual_events("The mobile operator gained a foothold in the Kenyan market last year, "
                                       "its chief executive said.", "2023-11-18"))


# --- one named person beside a count of the dead -----------------------------------------------

@pytest.mark.parametrize("sentence, low", [
    ("A drone strike killed al-Shabaab's senior commander, Ahmed Diriye, and at least three civilians "
     "near Jilib on Tuesday, officials said.", 4),
    ("An air strike killed Ahmed Diriye and four of his guards near Jilib on Tuesday, officials said.", 5),
    ("A car bomb killed two soldiers and a civilian in Mogadishu on Tuesday, police said.", 3),
    ("An air strike killed four civilians near Jilib on Tuesday, the regional commander, Ahmed Diriye, said.", 4),
])
def test_a_named_victim_beside_a_count_adds_one(sentence, low):
    evs = [e for e in _violent(factual_events(sentence, "2024-07-31")) if "fatalities" in e.figures]
    assert evs and evs[0].figures["fatalities"]["low"] == low


# --- a reporting verb inside an aside ----------------------------------------------------------

@pytest.mark.parametrize("sentence, modality", [
    ("M23 rebels, whom UN experts say Rwanda backs, pushed into the town of Sake on Tuesday after "
     "a day of fighting.", "asserted"),
    ("Residents said M23 rebels, whom UN experts say Rwanda backs, pushed into the town of Sake on Tuesday.",
     "reported"),
    ("M23 rebels pushed into the town of Sake on Tuesday, UN experts say.", "reported"),
])
def test_a_verb_of_saying_in_an_aside_does_not_report_the_main_clause(sentence, modality):
    evs = _violent(factual_events(sentence, "2025-01-29"))
    assert evs and {e.modality for e in evs} == {modality}


# --- tolls told again ----------------------------------------------------------------------------

BLAST = "An explosion tore through a fuel depot in Sevastopol early on Saturday, setting tanks ablaze.\n\n"


def test_a_toll_in_its_own_clause_after_a_definite_noun_is_a_record_of_its_own():
    evs = _violent(factual_events(BLAST + "Investigators said a drone caused the blast and that two guards "
                                  "were killed.", "2023-04-30"))
    assert len(evs) == 2 and evs[1].figures["fatalities"]["value"] == 2


def test_a_toll_of_the_definite_noun_is_told_again():
    evs = _violent(factual_events(BLAST + "Two guards were killed in the blast, investigators said.", "2023-04-30"))
    assert len(evs) == 1 and evs[0].figures["fatalities"]["value"] == 2


def test_a_definite_noun_that_killed_and_wounded_tells_the_toll_of_the_event_before():
    text = ("Two guided bombs slammed into a hardware store in Kharkiv on Saturday afternoon.\n\n"
            "The attack killed 16 people and wounded about 40, the regional governor said.")
    evs = _violent(factual_events(text, "2024-05-26"))
    assert len(evs) == 1 and evs[0].figures["fatalities"]["value"] == 16


def test_a_toll_of_another_event_in_a_relative_clause_is_that_event_and_no_timeline_step():
    text = ("An Israeli strike on Beirut's southern suburbs on Tuesday killed a senior Hezbollah commander, "
            "Lebanon's health ministry said. Israel said the strike was retaliation for a rocket attack that "
            "killed 12 children on a football pitch in Majdal Shams on July 27. A Hamas leader was killed in "
            "Tehran hours later, and Iran vowed to retaliate.")
    evs = _violent(factual_events(text, "2024-08-01"))
    rocket = [e for e in evs if (e.figures.get("fatalities") or {}).get("value") == 12]
    assert rocket and rocket[0].date["start"] == "2024-07-27"
    later = [e for e in evs if "hours later" in e.evidence["text"]]
    assert later and later[0].date["start"] == "2024-07-30"
