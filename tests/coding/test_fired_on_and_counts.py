"""Events and figures found while reading court reports, anniversaries and ministers'
statements (issue 11, fifth round): "fired on" a target, stoning, a state noun's count that a
killing verb makes the dead, and a year named as one moment.  Every sentence here was written
for tocsin."""
import pytest

from .factual import factual_events


def _events(text, published="2024-09-26"):
    return factual_events(text, published)


def _figure(ev, kind):
    return ((ev.figures or {}).get(kind) or {}).get("value")


# --- "fired on" a target ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Soldiers fired on a crowd of mourners outside the mosque in the town on Friday.",
    "Gunmen fired at a minibus on the road to the border post, the governor said.",
])
def test_firing_on_a_target_is_an_attack(text):
    evs = _events(text)
    assert evs and all((e.plover or {}).get("event") == "ASSAULT" for e in evs)


@pytest.mark.parametrize("text", [
    "The club's coach was fired on Monday after a run of defeats.",
    "He was fired at the end of the season, the newspaper said.",
    "Soldiers fired at the sky to scatter the crowd outside the stadium on Monday.",
])
def test_a_dismissal_is_no_shooting(text):
    assert _events(text) == []


def test_munitions_fired_at_targets_leave_the_event_to_its_own_verb():
    text = ("Air defences intercepted missiles fired at targets near the airport late on Monday, the army said.\n\n"
            "The strikes wounded four soldiers, the army said.")
    wounded = [e for e in _events(text, "2020-07-21") if _figure(e, "injured") == 4]
    assert wounded


# --- stoning ---------------------------------------------------------------------------------
def test_stoning_a_person_to_death_kills_one():
    evs = _events("Angry youths stoned a policeman to death at a roundabout in the city on Sunday.")
    assert evs and _figure(evs[0], "fatalities") == 1


def test_protesters_stoning_soldiers_is_a_violent_demonstration():
    evs = _events("Protesters stoned soldiers guarding the governor's office on Tuesday.")
    assert any((e.acled or {}).get("sub_event_type") == "Violent demonstration" for e in evs)


# --- a state noun counted as the dead ----------------------------------------------------------
@pytest.mark.parametrize("text, kind, value", [
    ("The interior ministry said 14 hostages had been killed during the rescue operation.", "fatalities", 14),
    ("Police said nine detainees were killed in an air strike on the prison on Monday.", "fatalities", 9),
    ("Gunmen abducted 31 hostages from a wedding party on Saturday.", "abducted", 31),
    ("Security forces arrested 12 suspects after the ambush on Sunday.", "arrested", 12),
])
def test_a_killing_verb_makes_a_state_noun_the_dead(text, kind, value):
    evs = _events(text)
    assert any(_figure(e, kind) == value for e in evs)


# --- a year named as one moment ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Earlier this year, soldiers shot dead a teacher at a roadblock outside the town.",
    "In March last year, gunmen killed six farmers near the river.",
])
def test_a_moment_in_a_year_is_no_aggregate(text):
    evs = _events(text)
    assert evs and not any(e.aggregate for e in evs)


def test_a_total_so_far_this_year_stays_an_aggregate():
    evs = _events("So far this year, gangs have killed 1,200 people in the capital.")
    assert evs and all(e.aggregate for e in evs)


def test_what_is_fired_decides_not_the_target():
    evs = _events("Riot police fired tear gas at students outside the university on Tuesday.")
    assert not any((e.acled or {}).get("sub_event_type") == "Attack" for e in evs)
