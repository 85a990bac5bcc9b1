"""The light coding path (French, Spanish): same records as English, from per-language lexicons."""
from __future__ import annotations

import pytest

from tocsin.coding import code_article
from tocsin.coding.actor_langs import load_actors_for
from tocsin.coding.langs import coding_language, load_light_nlp, lookup_key
from tocsin.records import Article


def _code(text: str, lang: str, country3: str | None = None, published: str = "2020-02-28"):
    art = Article(id="t", source="test", title="t", text=text, url=None, published=published,
                  published_inferred=False, lang=lang)
    doc = load_light_nlp(lang)(text)
    return code_article(art, doc, load_actors_for(lang).find(text, country3), ())


def _one(events, family=None):
    found = [e for e in events if family is None or e.rule_family == family]
    assert found, events
    return found[0]


def test_light_language_routing():
    assert coding_language("fr") == "fr" and coding_language("es") == "es"
    assert coding_language("en") == "en" and coding_language("und") == "en" and coding_language(None) == "en"
    assert coding_language("tr") == "tr" and coding_language("de") == "en"  # no German lexicons: coded as before issue 13
    assert lookup_key("Idleb", "fr") == "idleb"


def test_light_french_conditional_is_reported():
    text = "Au moins 33 soldats turcs auraient été tués jeudi dans une frappe aérienne de l'aviation syrienne."
    ev = _one(_code(text, "fr", "SYR"))
    assert ev.modality == "reported" and ev.modality_cue == "auraient"
    assert ev.acled["sub_event_type"] == "Air/drone strike" and ev.plover["event"] == "ASSAULT"
    assert ev.plover["by"] == "rules" and ev.acled["by"] == "rules"  # who decided, as on the English path
    assert ev.figures["fatalities"]["low"] == 33 and ev.lang == "fr"
    roles = {(a["role"], a["country"], a["kind"]) for a in ev.actors}
    assert ("actor2", "TUR", "state_forces") in roles and ("actor1", "SYR", "state_forces") in roles


def test_light_evidence_offsets_point_into_the_original_text():
    text = "Titre\n\nSelon l'OSDH, une dizaine de civils ont été tués dans des bombardements russes sur Saraqeb."
    ev = _one(_code(text, "fr", "SYR"))
    assert text[ev.evidence["start"]:ev.evidence["end"]] == ev.evidence["text"]
    assert ev.evidence["text"].startswith("Selon l'OSDH")
    assert (ev.figures["fatalities"]["low"], ev.figures["fatalities"]["high"]) == (8, 12)
    assert ev.attribution == "l'OSDH" and ev.modality == "reported"
    assert any(a["country"] == "RUS" for a in ev.actors)
    assert [m.text for m in ev.place_mentions] == ["Saraqeb"]


@pytest.mark.parametrize("text,lang,modality", [
    ("L'armée a démenti avoir bombardé le marché de la ville.", "fr", "negated"),
    ("Aucun civil n'a été tué, a affirmé le ministère.", "fr", "negated"),
    ("Les rebelles pourraient attaquer la ville dans les prochains jours.", "fr", "hypothetical"),
    ("Le M5-RFP prévoit une nouvelle manifestation vendredi.", "fr", "future"),
    ("Los organizadores convocaron una nueva marcha para el jueves.", "es", "future"),
    ("El Gobierno podría declarar un estado de excepción.", "es", "hypothetical"),
    ("El ministro negó que los militares hubieran disparado y matado a civiles.", "es", "negated"),
])
def test_light_modality_cues(text, lang, modality):
    assert _one(_code(text, lang)).modality == modality


def test_light_spanish_vague_figures_place_and_date():
    text = "Decenas de manifestantes fueron detenidos el pasado jueves en Bogotá, informó la Policía."
    ev = _one(_code(text, "es", "COL"), "arrest")
    assert ev.acled["sub_event_type"] == "Arrests" and ev.modality == "reported"
    assert (ev.figures["arrested"]["low"], ev.figures["arrested"]["high"]) == (20, 99)
    assert ev.attribution == "la Policía" and ev.lang == "es"
    assert [m.text for m in ev.place_mentions] == ["Bogotá"]
    assert "el pasado jueves" in ev.date_texts[0]


def test_light_excessive_force_against_protesters():
    text = "Al menos nueve manifestantes murieron cuando policías y militares dispararon contra una marcha en Sacaba."
    protest = _one(_code(text, "es", "BOL"), "protest")
    assert protest.acled["sub_event_type"] == "Excessive force against protesters"
    assert protest.figures["fatalities"]["low"] == 9


def test_light_figures_skip_asides_and_join_number_words():
    ev = _one(_code("Au moins 23 civils, dont 15 enfants, ont été tués vendredi.", "fr", "CMR"))
    assert ev.figures["fatalities"]["low"] == 23
    ev = _one(_code("Soixante et onze soldats nigériens ont été tués mardi.", "fr", "NER"))
    assert ev.figures["fatalities"]["value"] == 71


def test_light_sport_and_figures_of_speech_are_no_events():
    sport = ("L'Olympique lyonnais a battu Paris 2 à 1 dimanche au terme d'un match disputé. L'attaque parisienne "
             "a été tuée dans l'œuf par la défense, et l'entraîneur a reconnu une défaite. Le gardien a été touché.")
    assert not [e for e in _code(sport, "fr") if e.modality in ("asserted", "reported")]
    economy = "El Banco de México libra una dura batalla contra la inflación."
    assert not _code(economy, "es")


def test_light_known_agreement_is_no_new_event():
    assert not _code("L'accord prévoit des patrouilles conjointes sur l'autoroute M4.", "fr")


def test_light_munitions_falling_a_province_and_a_participle_toll():
    """ "des barils d'explosifs sont tombés sur X, dans la province d'Idleb, tuant quatre civils":
    an air strike (barrel bombs are dropped from the air), one record placed in the town (the
    province is not its capital), four dead."""
    from tocsin import pipeline

    text = ("Mercredi soir, des barils d'explosifs sont tombés sur la ville de Sarmin, dans la province "
            "d'Idleb, tuant quatre civils.")
    art = Article(id="t", source="test", title="Syrie", text=text, url=None, published="2020-02-28",
                  published_inferred=False, lang="fr")
    ((_, events),) = list(pipeline.code_articles([art]))
    (ev,) = [e for e in events if e.acled]
    assert ev.acled["sub_event_type"] == "Air/drone strike"
    assert ev.location["text"] == "Sarmin" and ev.date["start"] == "2020-02-26"
    assert ev.figures["fatalities"]["value"] == 4
