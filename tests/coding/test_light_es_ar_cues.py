"""Light path (es, ar): figures, weapons, places and actors read from the words of a sentence
(coding/light.py, light_cues.py; numbers.yaml, assembly.yaml `armed_with`, places.yaml,
actors.yaml)."""
from __future__ import annotations

from .factual import factual_events


def _factual(text: str, lang: str, published: str = "2021-10-25"):
    return factual_events(text, published, lang=lang)


def _one(text: str, lang: str, **kw):
    found = _factual(text, lang, **kw)
    assert len(found) == 1, found
    return found[0]


def test_a_dot_groups_thousands_in_spanish():
    ev = _one("Más de 6.000 habitantes huyeron de la zona tras los combates, según la Defensoría.", "es")
    assert ev.figures["displaced"]["value"] == 6000 and ev.figures["displaced"]["low"] == 6001  # more than 6,000
    assert ev.displacement["figure"] == 6000


def test_a_year_after_month_de_is_no_count():
    ev = _one("En julio de 2019, el gobernador fue asesinado en su casa de Cúcuta.", "es")
    # the year is no count; the one governor killed is (a singular passive death: numbers.yaml `singular_deaths`)
    assert ev.modality == "historical" and ev.figures["fatalities"]["value"] == 1


def test_spanish_teens_and_feminine_casualty_words():
    assert _one("Diecisiete mineros murieron el martes en un ataque armado en Remedios.",
                "es").figures["fatalities"]["low"] == 17
    ev = _one("Dos mujeres murieron y cinco resultaron heridas en una emboscada en el Catatumbo.", "es")
    assert ev.figures["fatalities"]["low"] == 2 and ev.figures["injured"]["low"] == 5


def test_weapons_the_attackers_carry_do_not_make_a_bombing():
    carried = _one("Hombres armados con fusiles y granadas atacaron el sábado una finca de Tumaco.", "es")
    assert carried.acled["sub_event_type"] == "Attack"
    used = _one("Hombres armados atacaron con granadas una finca de Tumaco el sábado.", "es")
    assert used.acled["sub_event_type"] == "Grenade"


def test_khartoum_and_the_sudanese_parties_not_a_palace_in_algeria():
    ev = _one("واندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع قرب القصر الرئاسي في الخرطوم يوم السبت.",
              "ar", published="2023-04-16")
    assert ev.location["country"] == "SD" and ev.location["admin1"] == "Khartoum"
    assert {a["country"] for a in ev.actors} == {"SDN"}
    assert {a["kind"] for a in ev.actors} == {"state_forces", "rebel_group"}
