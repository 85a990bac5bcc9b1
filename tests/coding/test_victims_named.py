"""Victims named one by one give the toll (coding/assembly.py `victims_named`): sentences
written for tocsin in the style of wire copy from Mexico, Afghanistan and the Sahel."""
import pytest

from .factual import factual_events


@pytest.mark.parametrize("text,toll", [
    ("Gunmen shot dead Ernesto Mendez, the director of a local news website, in San Luis de la Paz on Aug. 2.", 1),
    ("Militants killed a nurse in the town of Gao on Monday, residents said.", 1),
    ("A photographer and a senior Afghan officer were killed in clashes near Spin Boldak on Friday.", 2),
    ("Gunmen killed a teacher, a nurse and a village chief in the town of Djibo on Sunday.", 3),
    # a title named by its holder, victims shared by two verbs, a pronoun
    ("On Monday, the mayor of Gao, Hamadoun Traore, was killed outside his office.", 1),
    ("A police officer was kidnapped and later killed by gunmen near Zamora on Monday.", 1),
    ("Gunmen kidnapped a village chief near Djibo on Monday and killed him.", 1),
])
def test_named_victims_give_the_toll(text, toll):
    (ev,) = [e for e in factual_events(text, "2022-08-24") if e.figures.get("fatalities")]
    assert ev.figures["fatalities"]["value"] == toll


def test_a_group_of_victims_is_not_counted():
    events = factual_events("Soldiers killed the villagers of Moura on Monday, witnesses said.", "2022-04-05")
    assert events and not any(e.figures.get("fatalities") for e in events)
