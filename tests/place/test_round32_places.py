"""Place patterns of the thirty-second round's held-out articles (dev-689 to dev-712): an event whose
clause names no place takes the town another event of its sentence was placed at, "in the capital"
is the story's country's capital, the place a "where" clause hangs on, the city of the medics who
speak ("in the city"), a quarter named like a town abroad ("the Bel Air area of Port-au-Prince"),
a faith's adjective that is no village, and a riot told after a background attack abroad stays at
home.  Texts written for tocsin."""
import pytest

from tocsin.place.borrowed import capital_of
from tocsin.place.spans import apposed_quarter

from ..coding.factual import factual_events


def _located(text: str, published: str, word: str) -> list[dict]:
    return [e.location or {} for e in factual_events(text, published) if word in e.evidence["text"]]


def test_the_capital_of_a_country_is_its_capital_city():
    place = capital_of("ML")
    assert place is not None and place.name == "Bamako", place


def test_a_quarter_phrase_names_a_part_of_the_next_town():
    assert apposed_quarter("the Bel Air area of Port-au-Prince", len("the Bel Air"))


CASES = [
    pytest.param("BAMAKO, Feb 3 (Sahel Desk) - Two people were killed in Sikasso on Friday when youths protesting "
                 "a fuel price rise attacked a police station, the governor said.\n\n"
                 "In the capital on Saturday, police fired tear gas to disperse about 500 youths who had gathered "
                 "outside the central mosque.", "2024-02-03", "tear gas", {"country": "ML", "name": "Bamako"},
                 id="in the capital"),
    pytest.param("All times are local.\n\n"
                 "08:10 - We begin in Basra, where protesters stormed the provincial council building late on "
                 "Tuesday and set it on fire, chanting against Iran's influence in Iraq.", "2019-11-27", "stormed",
                 {"country": "IQ", "admin1": "Basra"}, id="a where clause's place"),
    pytest.param("BAGHDAD, Nov 28 (Tigris Wire) - Security forces shot dead four protesters on a bridge in central "
                 "Baghdad on Thursday, medics said.\n\n"
                 "Medics in Karbala say security forces also opened fire on demonstrators in the city this afternoon, "
                 "wounding eleven.", "2019-11-28", "Karbala", {"admin1": "Karbala"}, id="the speakers' city"),
    pytest.param("PORT-AU-PRINCE, March 4 (Caribbean Desk) - Gangs fought for control of the Bel Air area of "
                 "Port-au-Prince on Sunday, killing at least six residents, a rights group said.", "2024-03-04",
                 "Gangs fought", {"country": "HT"}, id="a quarter named like a town abroad"),
    pytest.param("TRIPOLI, Lebanon, May 20 (Levant Wire) - Gunmen in the Sunni district of Bab el-Ramel and the "
                 "Alawite quarter of the old city traded sniper fire on Sunday, killing two people, a security "
                 "source said.", "2013-05-20", "sniper fire", {"country": "LB"},
                 id="a faith's adjective and a dateline's country"),
    pytest.param("ABUJA, Jan 17 (Savanna Wire) - Three people were killed on Friday when a protest against a French "
                 "magazine turned into a riot in Kano, Nigeria's second city, police said.\n\n"
                 "Crowds left mosques in Kano after prayers chanting against the magazine. Gunmen killed 12 people "
                 "at the magazine's offices in Paris on Jan. 7.\n\n"
                 "Rioters also burned two bars and a church in the old city, and police in Zaria broke up a march.",
                 "2015-01-17", "Rioters also", {"country": "NG"}, id="a riot after a background attack abroad"),
]


@pytest.mark.parametrize("text,published,word,want", CASES)
def test_where_the_round_s_events_are(text, published, word, want):
    places = _located(text, published, word)
    assert places and all(all(p.get(k) == v for k, v in want.items()) for p in places), places
