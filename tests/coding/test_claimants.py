"""A claim told after the attack makes the claimant its actor (coding/claimants.py), and two
trigger forms real copy uses: a count inside "fired ... missiles", "pushed into <town>" with the
town tagged as a person.  Articles written for tocsin."""
from .factual import factual_events


def _actor1(ev):
    return next((a for a in ev.actors if a["role"] == "actor1"), None)


def test_claim_in_the_same_paragraph_names_the_attacker():
    text = ("Hotel siege in Kismayo\n\n"
            "KISMAYO, Somalia \u2014 Gunmen stormed a hotel in the port city of Kismayo on Friday evening, killing "
            "at least nine people, police said. Al-Shabaab claimed the attack.")
    siege = next(e for e in factual_events(text, "2024-07-13") if "stormed" in e.evidence["text"])
    assert _actor1(siege)["country"] == "SOM" and "Shabaab" in _actor1(siege)["name"]


def test_claim_in_the_next_paragraph_names_the_attacker():
    text = ("Attack in northern Benin\n\n"
            "On 8 January, armed men attacked a military post near Point Triple, in the far north of Benin, "
            "killing 28 soldiers.\n\n"
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility for the assault two days later.")
    attack = next(e for e in factual_events(text, "2025-01-14") if "military post" in e.evidence["text"])
    assert "JNIM" in _actor1(attack)["name"]


def test_claim_does_not_replace_a_named_attacker():
    text = ("Border strike\n\n"
            "Russian jets bombed a market in the town of Kupiansk on Monday, killing four people, officials said. "
            "A little-known group claimed the attack on social media.")
    strike = next(e for e in factual_events(text, "2024-06-04") if "bombed" in e.evidence["text"])
    assert _actor1(strike)["country"] == "RUS"


def test_count_inside_a_fired_missiles_trigger():
    text = ("Barrage\n\n"
            "The Houthis fired some 40 cruise missiles at ships in the Red Sea, the US military said.")
    events = factual_events(text, "2024-01-10")
    assert any("cruise missiles" in e.evidence["text"] and e.acled for e in events)


def test_pushed_into_a_town_tagged_as_a_person():
    text = ("Advance in Kivu\n\n"
            "The M23 rebels pushed into Goma on Monday, witnesses said.")
    events = factual_events(text, "2025-01-28")
    take = next(e for e in events if "pushed into" in e.evidence["text"])
    assert take.acled["sub_event_type"] in ("Non-state actor overtakes territory", "Armed clash")
