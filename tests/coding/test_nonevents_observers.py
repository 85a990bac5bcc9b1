"""People who watched, counted, mourned or condemned an event are not its actor
(coding/assembly.py `observers_demoted`, assembly.yaml `observer_verbs`).  Sentences written for
tocsin in the style of wire copy from Mali, Ukraine, Yemen and Burkina Faso."""
import pytest

from .factual import factual_events


VERBAL = ("accuse", "threaten", "request", "reject", "consult", "support")


def _roles(text, published="2023-06-30"):
    """The roles of each factual event that is not a verbal act ("denounced" is Zelensky's act)."""
    return [{(a["role"], a["text"]) for a in e.actors} for e in factual_events(text, published)
            if e.rule_family not in VERBAL]


@pytest.mark.parametrize("text, observer", [
    ("A security source said local residents estimated at least 15 people had been killed.", "residents"),
    ("Villagers in Zolochiv carried a body over the rubble of a house destroyed by a Russian missile.", "Villagers"),
    ("As firefighters fought the fire, President Zelensky denounced a Russian missile strike on an apartment block "
     "in Kharkiv on Wednesday night as a cynical attack on civilians.", "Zelensky"),
    ("Soldiers found the bodies of five men killed by jihadists near Djibo.", "Soldiers"),
])
def test_an_observer_is_not_the_actor(text, observer):
    roles = _roles(text)
    assert roles
    assert not any(r == "actor1" and observer in t for event in roles for r, t in event)


@pytest.mark.parametrize("text, actor", [
    ("The defence ministry said it had carried out a massive strike on drone bases in the region.", "it"),
    ("Rebels carried out an ambush on a convoy near Beni on Monday.", "Rebels"),
    ("Houthi fighters shelled the city of Marib on Thursday, killing eight people.", "Houthi fighters"),
    ("Soldiers killed five jihadists near Djibo on Sunday, the army said.", "Soldiers"),
])
def test_the_actor_of_the_event_stays(text, actor):
    assert any(("actor1", actor) in event for event in _roles(text))


@pytest.mark.parametrize("text, actor", [
    ("Troops found and destroyed an arms cache near Gao on Monday, the army said.", "Troops"),
    ("Soldiers visited the village on Tuesday and burned 40 homes, residents said.", "Soldiers"),
])
def test_the_subject_shared_with_the_event_verb_stays_its_actor(text, actor):
    assert any(("actor1", actor) in event for event in _roles(text))
