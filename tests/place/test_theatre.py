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
