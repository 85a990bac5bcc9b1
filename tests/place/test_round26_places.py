"""Place patterns of the twenty-sixth round's held-out articles (dev-545 to dev-568): a foreign namesake
far from every other place of the story is no event place, a name that goes on ("de/del/y" and a
capitalised word, or a second capitalised word) is no namesake of its first words, a consonant-alike
town never outranks the province the text puts it in, and a township of Durban in the supplement.
Texts written for tocsin."""
from tocsin.coding.nlp import load_nlp
from tocsin.place.geoparse import geoparse
from tocsin.place.resolve import Place, resolve
from tocsin.place.spans import longer_name, runs_on
from tocsin.place.theatre import Theatre, plausible, remote

from ..coding.factual import factual_events


def _located(text: str, published: str, word: str) -> list[dict]:
    return [e.location for e in factual_events(text, published) if word in e.evidence["text"] and e.location]


def _town(name: str, country: str, lat: float, lon: float, geonameid: int | None = 1) -> Place:
    return Place(name, name, country, None, None, lat, lon, geonameid, 1, "city")


def test_phoenix_beside_durban_is_the_township():
    p = resolve("Phoenix", ["ZA"], "GPE")
    assert p is not None and (p.country, p.admin1) == ("ZA", "Kwazulu-Natal"), p


def test_a_foreign_namesake_far_from_every_place_of_the_story_is_remote():
    durban, pietermaritzburg = _town("Durban", "ZA", -29.86, 31.03), _town("Pietermaritzburg", "ZA", -29.6, 30.38)
    stage = Theatre(("ZA",), (("ZA", 9),), (durban, pietermaritzburg), frozenset({"ZA"}), True, frozenset({"ZA"}),
                    (durban, pietermaritzburg))
    far = _town("Springfield", "US", 39.8, -89.64)
    assert remote(far, stage) and not plausible(far, stage)
    near = _town("Manzini", "SZ", -26.49, 31.38)  # a neighbour's town is no namesake by distance alone
    assert not remote(near, stage)


def test_a_village_abroad_is_remote_even_without_a_theatre():
    towns = (_town("Barbacoas", "CO", 1.67, -78.14), _town("Ricaurte", "CO", 1.21, -77.99))
    stage = Theatre((), (("CO", 0),), (), frozenset({"CO"}), False, frozenset(), towns)
    assert remote(_town("Ribeira Grande", "CV", 17.18, -25.07), stage)
    assert not remote(_town("Ipiales", "CO", 0.83, -77.64), stage)


def test_a_name_that_goes_on_is_no_namesake_of_its_first_words():
    assert longer_name(["San", "Miguel"], 2, " del Ene, where gunmen")
    assert longer_name(["Santo", "Domingo", "de", "Acobamba"], 2, ", in")
    assert not longer_name(["Harris", "County", "Sheriff's", "Office"], 2, "")
    assert not longer_name(["Tumaco"], 1, " and Barbacoas")
    assert runs_on(" y Frontera council") and not longer_name(["Tumaco"], 1, " y Barbacoas")


def test_a_promenade_named_after_a_town_is_no_town():  # a supplement row: the general rule cost geo dev
    found = {t.text: t.place for t in geoparse(load_nlp()(
        "Hundreds of students camped at Galle Face in Colombo, Sri Lanka, on Friday, police said."))}
    assert not any(p is not None and p.name == "Galle" for p in found.values()), found
    assert found["Galle Face"].admin1 == "Western Province", found


def test_a_village_named_like_a_bigger_town_with_more_letters_is_not_that_town():
    found = {t.text: t.place for t in geoparse(load_nlp()(
        "BOCARANGA, Central African Republic - A motorbike hit a mine on the track between Bang and "
        "Ngaoundaye on Thursday, killing its two riders, a local official said."))}
    assert not any(p is not None and p.name == "Bangui" for p in found.values()), found


def test_a_consonant_alike_town_yields_to_the_province_the_text_names():
    found = {t.text: t.place for t in geoparse(load_nlp()(
        "LIMA, Peru - Rebels ambushed an army patrol in the Pucacolpa district of Huanta province, Ayacucho, "
        "on Sunday, killing three soldiers, the joint command said."))}
    p = found.get("Pucacolpa")
    assert p is None or p.admin1 == "Ayacucho", found


def test_an_event_at_a_foreign_hamlet_stays_in_the_story():
    text = ("BARBACOAS, Colombia - Armed men shot dead a community leader on Tuesday near Ricaurte, in Narino, "
            "local officials said. On Wednesday, a farmer was wounded by a landmine near vereda Ribeira Grande.")
    locs = _located(text, "2023-06-01", "farmer")
    assert locs and all(loc["country"] == "CO" for loc in locs), locs


def test_the_only_place_of_a_story_is_never_remote():
    quito = _town("Quito", "EC", -0.23, -78.52)
    stage = Theatre(("EC",), (("EC", 3),), (quito,), frozenset({"EC"}), True, frozenset(), (quito,))
    assert not remote(quito, stage)
    assert {loc["name"] for loc in _located("Gunmen shot dead five people in Quito on Monday, police said.",
                                           "2023-10-25", "Quito")} == {"Quito"}
