"""A strike or a shelling with no attacker in its sentence takes the story's one attacker from
afar (coding/story_actors.py).  Texts written for tocsin."""
from dataclasses import replace

from tocsin.coding.actor_dict import load_actors
from tocsin.coding.story_actors import story_attackers

from .factual import FACTUAL, coded_events


def _attackers(text: str, published: str, anchor: str) -> list[tuple[str | None, str | None]]:
    return [(a.get("country"), a.get("basis")) for e in coded_events(text, published)
            if e.modality in FACTUAL and anchor in e.evidence["text"]
            for a in e.actors if a.get("role") == "actor1"]


SUMY = ("SUMY, April 9 (Border Desk) - Russian forces dropped two guided bombs on the village of Khotin "
        "in Sumy region on Tuesday morning, wounding a tractor driver, the regional administration said.\n\n"
        "Overnight, a ballistic missile struck a residential street in the Kovpakivskyi district of Sumy "
        "city, damaging an apartment block and several cars.\n\n")


def test_an_unattributed_missile_takes_the_storys_one_attacker():
    assert _attackers(SUMY, "2025-04-09", "a ballistic missile struck") == [("RUS", "story")]


def test_a_sentence_naming_its_own_attacker_keeps_it():
    assert ("RUS", "story") not in _attackers(SUMY, "2025-04-09", "dropped two guided bombs")
    assert ("RUS", None) in _attackers(SUMY, "2025-04-09", "dropped two guided bombs")


def test_two_states_firing_leave_the_strike_unattributed():
    text = SUMY + ("Ukrainian artillery shelled Russian positions near Tetkino across the border on Monday, "
                   "the General Staff said.\n\n")
    assert _attackers(text, "2025-04-09", "a ballistic missile struck") == []


def test_a_rebel_group_firing_too_leaves_the_strike_unattributed():
    text = ("Government warplanes bombed the town of Saraqib on Monday, killing three people, rescuers said.\n\n"
            "Rebels shelled the government-held town of Suqaylabiyah the same evening.\n\n"
            "On Tuesday, a shell landed near the covered market in Idlib city and wounded seven people.")
    assert _attackers(text, "2020-02-25", "a shell landed near") == []


def test_fire_on_the_attackers_own_soil_is_not_its_own():
    text = SUMY + ("In Russia's Kursk region, a drone struck a fuel depot near Rylsk on Monday night, "
                   "the regional governor said.\n\n")
    assert _attackers(text, "2025-04-09", "a drone struck a fuel depot") == []


def _ev(sub: str, actors: tuple, modality: str = "reported", country: str | None = "UA"):
    ev = coded_events("Artillery shelled the village of Kozacha Lopan on Monday, the governor said.",
                      "2025-04-09")[0]
    return replace(ev, acled={**ev.acled, "sub_event_type": sub}, actors=actors, modality=modality,
                   location={"country": country} if country else None, date={"start": "2025-04-07"})


def test_a_denied_strike_says_nothing_of_who_strikes_and_is_never_given_one():
    russia = {"role": "actor1", "name": "Military Forces of Russia", "text": "Russian forces",
              "country": "RUS", "kind": "state_forces"}
    denied = _ev("Air/drone strike", (russia,), modality="negated")
    bare = _ev("Shelling/artillery/missile attack", ())
    assert story_attackers([denied, bare], load_actors())[1].actors == ()
    told = _ev("Air/drone strike", (russia,))
    feared = _ev("Shelling/artillery/missile attack", (), modality="hypothetical")
    out = story_attackers([told, bare, feared], load_actors())
    assert [a["country"] for a in out[1].actors] == ["RUS"]
    assert out[2].actors == ()  # not a fact: nothing to attribute
