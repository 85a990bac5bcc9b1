"""Light path (fr, es, ar, tr): counts written without a number word or split over coordinated
victim groups, countries named only as places, and places given as an anchor ("à 200 km au nord
de Bamako").  Sentences written for these tests; each rule has a control of the same shape."""
from __future__ import annotations

import pytest

from .factual import factual_events


def _one(text: str, lang: str, published: str = "2023-10-25"):
    found = factual_events(text, published, lang=lang)
    assert len(found) == 1, [(e.rule_family, e.trigger) for e in found]
    return found[0]


def _deaths(text: str, lang: str):
    fig = _one(text, lang).figures.get("fatalities")
    return None if fig is None else (fig["value"], fig["low"], fig["high"])


@pytest.mark.parametrize("lang,text,low,high", [
    ("fr", "Au moins une quinzaine de soldats ont été tués dimanche dans l'attaque de leur poste près de Djibo.", 13, 17),
    ("fr", "L'embuscade a coûté la vie à une vingtaine de gendarmes, selon une source sécuritaire.", 18, 25),
    ("es", "Una decena de policías murieron en el asalto a la comisaría de Durán.", 8, 12),
    ("es", "Un centenar de reclusos fueron asesinados durante el motín en la cárcel de Guayaquil.", 90, 120),
    ("ar", "قتل عشرات المدنيين في قصف جوي استهدف سوقا شعبية في ريف إدلب.", 20, 99),
    ("tr", "Çatışmalarda onlarca militan hayatını kaybetti.", 20, 99),
])
def test_approximate_number_nouns_give_a_range(lang, text, low, high):
    assert _deaths(text, lang) == (None, low, high)


@pytest.mark.parametrize("lang,text,total", [
    ("fr", "Trois soldats et huit supplétifs ont été tués dans une embuscade près de Sebba.", 11),
    ("es", "Dos militares y cinco policías murieron en el ataque contra el cuartel de Tumaco.", 7),
    ("ar", "قتل أربعة جنود وخمسة مدنيين في هجوم على قرية قرب درعا.", 9),
])
def test_coordinated_victim_groups_add_up(lang, text, total):
    assert _deaths(text, lang) == (total, total, total)


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "Deux jours et huit morts plus tard, les combats ont repris autour de Sebba.", 8),  # a duration joins nothing
    ("fr", "Trois soldats ont été tués et huit supplétifs blessés près de Sebba.", 3),  # each its own kind
    ("ar", "قتل أربعة جنود وأصيب خمسة مدنيين في هجوم على قرية قرب درعا.", 4),  # the second is wounded
])
def test_coordination_control(lang, text, value):
    assert _deaths(text, lang)[0] == value


@pytest.mark.parametrize("lang,text,value", [
    ("ar", "قتل ضابطان في هجوم على حاجز للجيش قرب درعا.", 2),
    ("ar", "أسفر القصف المدفعي عن سقوط قتيلين في بلدة قرب إدلب.", 2),
    ("ar", "قتل مدني في قصف مدفعي على بلدة في ريف حماة.", 1),
    ("ar", "أودى انفجار عبوة ناسفة بحياة شرطي في بغداد.", 1),
    ("es", "La emboscada dejó un soldado muerto en la provincia de Esmeraldas.", 1),
    ("es", "Murió un policía en un ataque armado contra un patrullero en Guayaquil.", 1),
    ("es", "Un policía fue asesinado a tiros en Guayaquil.", 1),
    ("fr", "Des jihadistes ont tué un gendarme près de Dori.", 1),
])
def test_a_dual_or_a_single_victim_noun_governed_by_the_death_word_counts(lang, text, value):
    assert _deaths(text, lang) == (value, value, value)


@pytest.mark.parametrize("lang,text", [
    ("ar", "قتل مدنيون في قصف مدفعي على بلدة في ريف حماة."),  # a plural: no count
    ("ar", "قتل مدنيين في قصف مدفعي على بلدة في ريف حماة."),  # a nisba's "ين" is a plural too
    ("es", "Un hombre armado disparó y mató a varios transeúntes en Guayaquil."),  # the killer, vague victims
])
def test_no_single_count_without_a_singular_victim(lang, text):
    fig = _one(text, lang).figures.get("fatalities")
    assert fig is None or fig["value"] not in (1, 2)


def test_a_single_victim_does_not_double_a_stated_count():
    assert _deaths("Murió un policía y tres civiles en el ataque: cuatro muertos en total.", "es") == (4, 4, 4)
    assert _deaths("Tres muertos y un herido dejó el ataque contra el cuartel de Tumaco.", "es") == (3, 3, 3)


@pytest.mark.parametrize("lang,text,total", [
    ("es", "Sicarios mataron a tres personas y a un policía en Durán.", 4),
    ("es", "Dos soldados y un policía murieron en el ataque contra el cuartel de Tumaco.", 3),
    ("fr", "Trois soldats et un gendarme ont été tués dans l'attaque du poste de Sebba.", 4),
])
def test_a_single_victim_coordinated_with_a_count_adds_one(lang, text, total):
    assert _deaths(text, lang) == (total, total, total)


def test_a_duration_before_a_single_victim_adds_nothing():
    assert _deaths("Deux jours et un soldat tué plus tard, les combats ont cessé autour de Sebba.", "fr") == (1, 1, 1)


def _actors(ev) -> set[tuple[str, str]]:
    return {(a["name"], a["role"]) for a in ev.actors}


@pytest.mark.parametrize("lang,text,state", [
    ("fr", "Des gangs armés ont tué douze personnes en Haïti samedi.", "Government of Haiti"),
    ("fr", "Des jihadistes ont attaqué un poste de gendarmerie au Burkina Faso.", "Government of Burkina Faso"),
    ("fr", "Des hommes armés ont tué neuf villageois dans le nord du Mali.", "Government of Mali"),
    ("es", "Hombres armados atacaron una comisaría en Ecuador el martes.", "Government of Ecuador"),
    ("ar", "قتل 12 مدنيا في غارة جوية بطائرة مسيرة في روسيا.", "Government of Russia"),
    ("ar", "قتل 12 مدنيا في قصف صاروخي على بلدة جنوبي روسيا.", "Government of Russia"),
    ("tr", "İran'da düzenlenen bombalı saldırıda 5 asker hayatını kaybetti.", "Government of Iran"),
    ("tr", "Rusya'nın güneyinde düzenlenen saldırıda 5 asker hayatını kaybetti.", "Government of Russia"),
])
def test_a_country_named_as_a_place_is_no_actor(lang, text, state):
    ev = _one(text, lang)
    assert state not in {name for name, _ in _actors(ev)}
    assert ev.location and ev.location.get("name")  # read as the place instead


@pytest.mark.parametrize("lang,text,state", [
    ("fr", "Des jihadistes ont attaqué le Niger, selon le ministère.", "Government of Niger"),
    ("es", "Ecuador acusó a bandas armadas de atacar una comisaría en Durán.", "Government of Ecuador"),
    ("ar", "قصفت روسيا مواقع للفصائل في ريف إدلب.", "Government of Russia"),
    ("tr", "Rusya, İdlib'e hava saldırısı düzenledi.", "Government of Russia"),
])
def test_a_country_that_acts_stays_an_actor(lang, text, state):
    evs = factual_events(text, "2023-10-25", lang=lang)
    assert any(state in {name for name, _ in _actors(e)} for e in evs)


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Des hommes armés ont tué dix civils à 200 km au nord de Bamako.", "Bamako"),
    ("es", "Sicarios mataron a cinco personas a 50 kilómetros al norte de Quito.", "Quito"),
])
def test_a_distance_and_direction_place_near_the_anchor_coarsely(lang, text, name):
    ev = _one(text, lang)
    assert ev.location["name"] == name and ev.location["precision"] >= 2
    at = _one(text.replace("à 200 km au nord de", "à").replace("a 50 kilómetros al norte de", "en"), lang)
    assert at.location["name"] == name and at.location["precision"] == 1


@pytest.mark.parametrize("lang,text,low", [
    ("fr", "Au moins une quinzaine de soldats ont perdu la vie dans l'attaque du camp de Djibo.", 13),
    ("es", "Una decena de soldados perdieron la vida en la emboscada cerca de Tumaco.", 8),
    ("es", "El atentado costó la vida a una veintena de policías en Cali.", 18),
])
def test_a_death_phrase_tells_what_a_vague_figure_counts(lang, text, low):
    assert _deaths(text, lang)[1] == low


def test_a_life_that_is_no_death_counts_nothing():
    evs = factual_events("Une vingtaine de familles ont retrouvé une vie normale après l'attaque de Djibo.",
                         "2023-10-25", lang="fr")
    assert all("fatalities" not in e.figures for e in evs)


def test_a_division_named_with_el_is_the_province_of_that_name():
    ev = _one("Sicarios asesinaron a cinco comerciantes en la provincia de El Oro.", "es")
    assert ev.location["country"] == "EC" and ev.location["admin1"] == "El Oro"
    control = _one("Sicarios asesinaron a cinco comerciantes en la provincia de Guayas.", "es")
    assert control.location["country"] == "EC" and control.location["precision"] == 3
