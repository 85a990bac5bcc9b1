"""Place patterns of the sixteenth round's held-out articles: a story that names no place the
gazetteer knows but its dateline, a compass word before a common noun, a name the tagger cut
short.  Texts written for tocsin."""
from tocsin.place.resolve import resolve

from ..coding.factual import factual_events

FAVELA = ("SAO PAULO - Three men were killed on Tuesday during a police raid in the Jardim Helena favela, in the "
          "city's East Zone, according to the state's Military Police.\n\n"
          "Officers entered the Nova Pirituba and Vila Curuca communities before dawn, the police said.")


def test_a_story_naming_no_known_place_is_placed_at_its_desk():
    raid = [e for e in factual_events(FAVELA, "2024-08-14") if "killed" in (e.trigger or "")]
    assert raid and raid[0].location["country"] == "BR" and raid[0].location["basis"] == "dateline"


def test_a_compass_word_before_a_common_noun_is_no_village():
    assert resolve("North Zone", [], kind_hint="GPE") is None
    assert resolve("East Zone", [], kind_hint="GPE") is None
    assert resolve("North Darfur", ["SD"], kind_hint="GPE").admin1 == "North Darfur"


def test_a_name_cut_short_is_no_small_namesake():
    from tocsin.coding.nlp import load_nlp
    from tocsin.place.geoparse import geoparse

    tops = geoparse(load_nlp()("Police entered the Nova Holanda community in Rio de Janeiro on Tuesday."))
    assert [t.place.country for t in tops if t.place is not None] == ["BR"]
