"""A town the sentence puts in the state named right after it is read inside that state
(place/cues.py `within_next`): "La Victoria, en el estado Apure", not the bigger namesake."""
from tocsin.place.locate import article_context, locate_events
from tocsin.records import CodedEvent, PlaceMention


def _event(text, mentions):
    spans = []
    for name, label in mentions:
        s = text.index(name.split(" state")[0])
        spans.append(PlaceMention(name, s, s + len(name.split(" state")[0]), "in", label))
    return CodedEvent(id="w1", article={}, acled=None, plover=None, displacement=None,
                      modality="asserted", aggregate=False, attribution=None, actors=(), figures={},
                      evidence={"text": text, "start": 0, "end": len(text)}, confidence=0.5,
                      rule_id="r", trigger="t", place_mentions=tuple(spans))


def _located(text, mentions):
    ctx = article_context([("Venezuela", "GPE")], ["VEN"])
    return locate_events([_event(text, mentions)], ctx)[0].location


def test_spanish_town_in_named_state_keeps_the_state():
    text = ("Dos soldados murieron en un ataque contra un puesto militar en La Victoria, "
            "en el estado Apure, informó el ministro de Defensa.")
    loc = _located(text, [("La Victoria", "GPE"), ("Apure state", "GPE")])
    assert loc is not None and loc["country"] == "VE" and loc["admin1"] == "Apure"


def test_english_town_in_named_state_keeps_the_state():
    text = "Gunmen attacked an army post in La Victoria, in Apure state, killing two soldiers."
    loc = _located(text, [("La Victoria", "GPE"), ("Apure state", "GPE")])
    assert loc is not None and loc["admin1"] == "Apure"


def test_a_list_of_places_is_no_container():
    text = "Troops moved from La Victoria and Apure state toward the border on Monday."
    loc = _located(text, [("La Victoria", "GPE"), ("Apure state", "GPE")])
    assert loc is not None and loc["name"] == "La Victoria" and loc["admin1"] != "Apure"


def test_geoparser_reads_comma_in_state_as_container():
    from tocsin.coding.nlp import load_nlp
    from tocsin.place.geoparse import geoparse

    text = ("Venezuelan troops clashed with Colombian guerrillas near La Victoria, in Apure state, "
            "the defence minister said.")
    places = {t.text: t.place for t in geoparse(load_nlp()(text))}
    assert places["La Victoria"] is not None and places["La Victoria"].admin1 == "Apure"
