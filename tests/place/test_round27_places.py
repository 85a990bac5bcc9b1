"""Place patterns of the twenty-seventh round's held-out articles (dev-569 to dev-592): a headline's
places are evidence of the story's (even a lone country the tagger takes for a person), "St" is
"Saint" to the gazetteer, a name that goes on with a capitalised word is no namesake of its first
word abroad, and a place inside the object of "resembles" belongs to the other case.  Texts written
for tocsin."""
from tocsin.coding.nlp import load_nlp
from tocsin.place.story_context import headline_places, in_named_province
from tocsin.place.resolve import candidates
from tocsin.place.speakers import compared

from ..coding.factual import FACTUAL, coded_events


def _countries(text: str, published: str, title: str | None) -> set[str]:
    return {e.location["country"] for e in coded_events(text, published, title=title)
            if e.modality in FACTUAL and e.location}


def test_a_headline_town_gives_a_story_of_communes_its_country():
    text = ("Tuesday, 18:40 - Youths burned tyres on the Route Le Prince near Koloma and threw stones at "
            "gendarmes in Ratoma, who fired tear gas at them, our reporter said.\n\n"
            "Tuesday, 16:05 - Police arrested 14 people in Ratoma for blocking the road, a police source said.")
    assert _countries(text, "2023-05-16", "Live: protests in Conakry's northern suburbs") == {"GN"}
    assert "GN" not in _countries(text, "2023-05-16", None)  # (the communes alone: a town abroad)


def test_a_lone_country_in_a_headline_counts_though_tagged_a_person():
    nlp = load_nlp()
    found = headline_places(nlp("Gold and guns: why Chad cannot hold the Tibesti"), [])
    assert {t.place.country for t in found} == {"TD"}
    assert headline_places(nlp("Russia says its jets downed Ukrainian drones"), []) == []  # (no town, a demonym)


def test_st_is_saint():
    first = candidates("St James", ["JM"])[0].place
    assert (first.name, first.country, first.feature) == ("Saint James", "JM", "admin1")
    assert candidates("St Petersburg", [])[0].place.country == "RU"


def test_a_name_that_goes_on_is_no_foreign_namesake_of_its_first_word():
    text = ("MONTEGO BAY, Jamaica - Gunmen shot dead two men outside a bar in Salt Spring on Saturday night, "
            "the police said.")
    assert _countries(text, "2024-06-09", None) == {"JM"}


def test_a_place_in_what_a_story_resembles_is_the_other_case():
    nlp = load_nlp()
    doc = nlp("The pattern resembles the gold rush at Jebel Amer in Darfur, where armed men taxed the mines.")
    assert [compared(e) for e in doc.ents if e.text == "Darfur"] == [True]
    doc = nlp("Gunmen attacked miners at the gold fields near Miski in the Tibesti on Monday.")
    assert not any(compared(e) for e in doc.ents)


def test_a_compass_street_is_no_village():
    assert candidates("North Road", ["GB"]) == []  # (not Rode, Somerset, whose alternate name is "Road")
    assert candidates("North Darfur", [])[0].place.country == "SD"


def test_a_loose_spelling_stays_in_the_provinces_the_story_names():
    from tocsin.place.resolve import resolve
    from tocsin.place.regions import regions

    chonburi = resolve("Chonburi province", ["TH"])
    narathiwat = regions().admin1_code("TH", resolve("Narathiwat province", ["TH"]).admin1)
    assert not in_named_province(chonburi, [("TH", narathiwat)])
    assert in_named_province(chonburi, [])  # (no province named there: anywhere)


def test_border_town_of_the_supplement():
    first = candidates("La Mesilla", ["GT", "MX"])[0].place
    assert (first.country, first.admin1) == ("GT", "Huehuetenango")
