"""The story's theatre and the plausibility of an event's place (place/theatre.py)."""
from tocsin.place.resolve import candidates
from tocsin.place.theatre import Theatre, plausible


def _town(name: str, country: str):
    return next(c.place for c in candidates(name, [country]) if c.place.country == country)


def test_a_village_in_a_leading_country_is_plausible_even_when_another_country_leads_as_well():
    saraqib = _town("Saraqib", "SY")
    tie = Theatre(("RU",), (("RU", 2), ("SY", 2), ("TR", 2)), ())
    assert plausible(saraqib, tie)
    behind = Theatre(("RU",), (("RU", 3), ("SY", 2)), ())
    assert not plausible(saraqib, behind)  # a village of a trailing country must lie near the story's places
    assert plausible(saraqib, Theatre((), (), ()))


def test_a_story_led_by_its_actors_keeps_named_towns_but_not_namesakes_abroad():
    saraqib, gara = _town("Saraqib", "SY"), _town("El Gara", "MA")
    by_people = Theatre(("TR",), (("TR", 4),), (), frozenset({"SY"}), False)  # "Turkish drones struck near Saraqib"
    assert plausible(saraqib, by_people)
    iraq_named = Theatre(("TR",), (("TR", 4), ("IQ", 3)), (), frozenset({"IQ", "MA"}), True)  # "northern Iraq's Gara"
    assert not plausible(gara, iraq_named)
    hamdaniya = _town("Al-Hamdaniya", "IQ")  # "landed in the Hamdaniya neighbourhood" of a story with al-Atarib
    own_town = Theatre(("SY",), (("SY", 4),), (), frozenset({"SY", "IQ"}), False)
    assert not plausible(hamdaniya, own_town)
