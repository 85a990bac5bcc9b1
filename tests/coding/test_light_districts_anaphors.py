"""Light path (fr, es, ar, tr), issue 13: a city's district is placed in its city
(coding/light_districts.py), a capital after a sentence-opening "À" is a place, not its
government (coding/light_locative.py `fronted_preps`), and a definite generic noun for an armed
group ("le groupe", "el grupo", "التنظيم", "örgüt") acts as the group named before it
(coding/light_anaphora.py).  Sentences written for these tests; each rule has a control."""
from __future__ import annotations

import pytest

from tocsin.coding.light_anaphora import referents
from tocsin.coding.light_places import place_lexicon
from tocsin.coding.light_districts import in_city
from tocsin.coding.roles import Actor

from .factual import factual_events


def _factual(text: str, lang: str, published: str = "2023-10-25"):
    return factual_events(text, published, lang=lang)


def _located(text: str, lang: str, family: str | None = None) -> list[dict]:
    return [e.location or {} for e in _factual(text, lang) if family is None or e.rule_family == family]


@pytest.mark.parametrize("lang,text,country,admin1", [
    # a village of the district's name lies in another country or province
    ("fr", "Des hommes armés ont attaqué dimanche le commissariat du quartier de Pissy et la mairie de Ouagadougou.",
     "BF", "Centre"),
    ("fr", "OUAGADOUGOU (Agence Sahel Info) - Des hommes armés ont tué trois policiers dimanche dans le quartier de Pissy.",
     "BF", "Centre"),
    ("fr", "Des manifestants ont incendié lundi une mairie dans le quartier Limete de Kinshasa.", "CD", "Kinshasa"),
    ("es", "Hombres armados asesinaron a cuatro personas el viernes en la colonia Tierra Blanca de Culiacán.",
     "MX", "Sinaloa"),
    ("es", "Pistoleros asesinaron a tres jóvenes el sábado en el barrio Las Cruces de Bogotá.",
     "CO", "Distrito Capital de Bogota"),
    ("tr", "Halep'in Şeyh Maksud mahallesine düzenlenen roket saldırısında beş sivil hayatını kaybetti.", "SY", "Aleppo"),
    ("ar", "قتل خمسة مدنيين في قصف استهدف حي الشيخ مقصود في حلب يوم الأحد.", "SY", "Aleppo"),
    # the city only in the dateline: the district alone placed nothing
    ("ar", "حلب (وكالة الأنباء) - قتل ثلاثة مدنيين في قصف استهدف حي الحمدانية يوم الأحد.", "SY", "Aleppo"),
    ("ar", "دمشق (وكالة الأنباء) - قتل ثلاثة أشخاص في انفجار سيارة مفخخة في حي المزة يوم الأحد.", "SY", "Damascus"),
])
def test_a_district_is_placed_in_its_city(lang, text, country, admin1):
    locs = _located(text, lang)
    assert locs and all(loc.get("country") == country and loc.get("admin1") == admin1 for loc in locs), locs


def test_a_town_after_a_town_word_keeps_its_own_name():
    """Control: "la localidad de Tierra Blanca, Veracruz" is the town, not a district."""
    locs = _located("Hombres armados asesinaron a cuatro personas el viernes en la localidad de Tierra Blanca, "
                    "Veracruz.", "es")
    assert locs and all(loc.get("admin1", "").startswith("Veracruz") for loc in locs)


def test_a_district_with_no_city_named_keeps_its_name():
    text = "Des hommes armés ont tué trois policiers dans le quartier de Pissy."
    s = text.index("Pissy")
    assert in_city(text, 0, len(text), s, s + 5, "Pissy", place_lexicon("fr")) == "Pissy"


def test_a_capital_opening_the_sentence_is_the_place():
    (ev,) = _factual("À Kinshasa, des manifestants ont incendié lundi le siège d'un parti d'opposition.", "fr")
    assert (ev.location or {}).get("name") == "Kinshasa"
    assert not any(a["kind"] == "government" for a in ev.actors), ev.actors


def test_a_capital_after_a_dative_inside_the_sentence_stays_an_actor():
    """Control: "ont conclu à Moscou, jeudi, un accord": the preposition does not open the sentence."""
    evs = [e for e in _factual("Les ministres turc et russe ont conclu à Moscou, jeudi, un accord de cessez-le-feu "
                               "pour Idleb.", "fr") if e.rule_family == "agreement"]
    assert evs and all(any(a["name"] == "Government of Russia" for a in e.actors) for e in evs)


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "L'attaque du camp de Boulkessi a été revendiquée lundi par le JNIM. Le groupe menace de frapper "
           "d'autres positions de l'armée.", "JNIM"),
    ("es", "Disidentes de las FARC atacaron el lunes una estación de policía en el Cauca. El grupo amenazó con "
           "atacar otras bases del ejército.", "FARC"),
    ("ar", "هاجم مسلحون من تنظيم داعش يوم الاثنين حاجزا للجيش في ريف دير الزور. وهدد التنظيم بالانتقام.",
     "Islamic State"),
    ("tr", "PKK'lı teröristler pazartesi günü Hakkari'de bir karakola saldırdı. Örgüt, yeni saldırılar "
           "düzenlemekle tehdit etti.", "Turkey"),
])
def test_a_generic_armed_noun_threatens_as_the_group_named_before(lang, text, name):
    threats = [e for e in _factual(text, lang) if e.plover and e.plover.get("event") == "THREATEN"]
    assert threats, [(e.rule_family, e.trigger) for e in _factual(text, lang)]
    assert any(a["role"] == "actor1" and name in a["name"] for a in threats[0].actors), threats[0].actors


def test_a_generic_armed_noun_with_no_armed_group_before_is_no_one():
    """Control: only soldiers were named before "Le groupe": nothing to refer back to."""
    text = "Des soldats ont été tués lundi dans une embuscade près de Djibo. Le groupe menace de frapper d'autres positions."
    assert not any(e.plover and e.plover.get("event") == "THREATEN" for e in _factual(text, "fr"))


def test_a_group_of_something_else_is_no_anaphor():
    text = "Le JNIM a attaqué Boulkessi. Le groupe de soldats a riposté. Le groupe Wagner aussi. Le groupe a menacé."
    jnim = Actor("JNIM", "JNIM", None, "rebel_group", 0, 4)
    added = referents(text, [jnim], ["le groupe"])[1:]
    assert [text[a.start_char:a.end_char] for a in added] == ["Le groupe"]
    assert added[0].start_char == text.rindex("Le groupe")
