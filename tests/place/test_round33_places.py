"""Place patterns of the thirty-third round's held-out articles (dev-713 to dev-736): a town whose own name
is a big foreign city's alternate ("Talas", also listed for Dallas), a name the tagger cut in two ("Port
of Spain", "Trinidad and Tobago"), a loose spelling match far from the story's towns, a square's name
that is no town ("Piazza ..."), the city a force was flown in from, the town of a college's name, a live
blog's entry labelled by its city after its time, a country in a group's name ("the Sudan People's
Liberation Army") and a river's "west bank", and first-level names as news writes them ("Bishkek",
not "Bishkek Shaary").  Texts written for tocsin."""
import pytest

from tocsin.place.geoparse import Toponym
from tocsin.place.namesakes import world_city_first
from tocsin.place.resolve import Candidate, candidates, resolve
from tocsin.place.theatre import loose_stray

from ..coding.factual import factual_events


def _located(text: str, published: str, word: str) -> list[dict]:
    return [e.location or {} for e in factual_events(text, published) if word in e.evidence["text"]]


def _cand(name: str, cc: str, population: int) -> Candidate:
    place = next(c.place for c in candidates(name, [cc]) if c.place.country == cc)
    return Candidate(place, "exact name", population, 5.0)


def test_a_big_city_bearing_the_name_as_an_alternate_excludes_no_town_whose_own_name_it_is():
    town, big = _cand("Talas", "KG", 40_000), _cand("Dallas", "US", 1_300_000)
    assert world_city_first([big, town], ["KG", "US"], "talas") == [big, town]
    assert world_city_first([big, town], ["US", "KG"], "talas") == [big]  # the story's first country decides


def test_a_loose_match_far_from_the_story_s_towns_is_read_as_their_province():
    genoa = Toponym(0, 5, "Genoa", "GPE", place=resolve("Genoa", ["IT"]), why="exact name, admin1 or city of 100k+")
    stray = Toponym(40, 47, "Marsali", "GPE", place=resolve("Marsala", ["IT"]), why="same consonants, context country")
    province = loose_stray(stray, [genoa, stray])
    assert province is not None and province.feature == "admin1" and province.admin1 == "Liguria", province
    near = Toponym(60, 67, "Trapani", "GPE", place=resolve("Trapani", ["IT"]), why="exact name in a context country")
    assert loose_stray(stray, [genoa, near, stray]) is None  # a town the story names lies in its province
    rome = Toponym(0, 4, "Rome", "GPE", place=resolve("Rome", ["IT"]), why="exact name, admin1 or city of 100k+")
    assert loose_stray(stray, [rome, stray]) is None  # a capital speaks for its government: no anchor


CASES = [
    pytest.param("ALMATY, April 7 (Steppe Desk) - Protesters stormed the regional administration in the "
                 "northwestern town of Talas on Tuesday and briefly held the governor, Kyrgyzstan's interior ministry "
                 "said. The "
                 "US embassy in Bishkek urged all sides to avoid violence.", "2010-04-07", "stormed",
                 {"country": "KG"}, id="Talas is no Dallas"),
    pytest.param("Police said a gunman opened fire on customers outside a bar in Port of Spain late on Saturday, "
                 "killing two men.", "2024-12-29", "opened fire", {"country": "TT"}, id="Port of Spain"),
    pytest.param("GENOA, July 21 (Tiber Wire) - Police fired tear gas at protesters in Piazza Manin on Saturday "
                 "afternoon, organisers said.", "2001-07-21", "tear gas", {"country": "IT", "admin1": "Liguria"},
                 id="a piazza is no town"),
    pytest.param("Live coverage of the attacks on Mumbai.\n\n"
                 "23:10 - Gunmen opened fire on diners at a cafe, police said.\n\n"
                 "01:30 - Commandos flown in overnight from Delhi have stormed the hotel and are exchanging fire "
                 "with the attackers.", "2008-11-27", "opened fire", {"country": "IN", "admin1": "Maharashtra"},
                 id="flown in from the capital"),
    pytest.param("Gunmen attacked Garissa University College before dawn on Thursday, killing dozens of students, "
                 "officials said.\n\nKenya's interior minister said on Friday that the attackers had come from "
                 "Somalia. On Sunday, Kenyan jets bombed two militant camps in the Gedo region of Somalia, the army "
                 "said.", "2015-04-05", "Garissa", {"country": "KE"},
                 id="the town of a college's name"),
    pytest.param("JUBA, Feb 18 (Nile Desk) - Fighting broke out inside the UN camp in Malakal on Wednesday night, aid "
                 "workers said. Gunmen wearing the uniforms of the Sudan People's Liberation Army opened fire on "
                 "families in the camp.\n\nMilitiamen also shelled villages on the west bank of the Nile on Thursday, "
                 "the army said.", "2016-02-19", "",
                 {"country": "SS"}, id="a group's name and a river's bank are no places abroad"),
    pytest.param("Live updates from Iraq's protests.\n\n"
                 "12:40 - Baghdad: security forces opened fire with live rounds on demonstrators near the Ahrar "
                 "bridge, medics said.", "2019-11-04", "opened fire", {"country": "IQ", "admin1": "Baghdad"},
                 id="a live blog's entry labelled by its city"),
]


@pytest.mark.parametrize("text,published,word,want", CASES)
def test_where_the_round_s_events_are(text, published, word, want):
    places = _located(text, published, word)
    assert places and all(all(p.get(k) == v for k, v in want.items()) for p in places), places


def test_trinidad_and_tobago_is_one_country_and_bishkek_its_own_province():
    from tocsin.coding.nlp import load_nlp
    from tocsin.place.geoparse import geoparse

    tops = geoparse(load_nlp()("Trinidad and Tobago declared a state of emergency on Monday."))
    assert [(t.text, t.place and t.place.country) for t in tops] == [("Trinidad and Tobago", "TT")]
    bishkek = resolve("Bishkek", ["KG"])
    assert bishkek is not None and bishkek.admin1 == "Bishkek", bishkek
