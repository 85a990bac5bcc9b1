"""Light path (fr, tr): readings fixed on the 2022-2024 dev articles (Niger, Burkina Faso, eastern
DRC, Haiti; Ankara, northern Iraq, Manbij, Karabakh).  Sentences written for these tests; each
rule has a control of the same shape that must not change."""
from __future__ import annotations

import pytest

from .factual import factual_events


def _factual(text: str, lang: str, published: str = "2023-10-25"):
    return factual_events(text, published, lang=lang)


def _one(text: str, lang: str, family: str | None = None, **kw):
    found = [e for e in _factual(text, lang, **kw) if family is None or e.rule_family == family]
    assert len(found) == 1, [(e.rule_family, e.trigger) for e in found]
    return found[0]


def test_an_accusation_of_a_known_event_is_no_new_event_in_french():
    assert not _factual("Les autorités ont imputé la tuerie aux groupes jihadistes actifs dans la zone.", "fr")
    assert not _factual("Le gouvernement a condamné l'attaque dans un communiqué.", "fr")
    told = _factual("Le gouvernement a condamné une attaque contre un convoi humanitaire près de Goma.", "fr")
    assert {e.rule_family for e in told} >= {"accuse", "violence"}  # an indefinite attack is told here


@pytest.mark.parametrize("text,value", [
    ("Plus de 16 000 habitants ont fui vers Dori, selon les secours.", 16000),
    ("Au moins 1 200 000 personnes ont fui les combats depuis janvier.", 1200000),
])
def test_a_space_groups_thousands_in_french(text, value):
    ev = _one(text, "fr", "displacement")
    assert ev.displacement["figure"] == value


def test_the_day_a_source_spoke_does_not_date_the_event():
    night = _one("Des hommes armés ont tué au moins 12 civils dans la nuit de samedi à dimanche à Djibo, a "
                 "indiqué lundi le gouverneur.", "fr", published="2022-06-14")
    assert night.date["start"] == "2022-06-11"
    only = _one("Des hommes armés ont tué au moins 12 civils à Djibo, a indiqué lundi le gouverneur.", "fr",
                published="2022-06-14")
    assert only.date["start"] == "2022-06-13"  # no other date: the day the source spoke


@pytest.mark.parametrize("lang,thing,ground", [
    ("tr", "Yerlikaya, teröristlerin Kayseri'de bir veteriner hekimi öldürerek aracını ele geçirdiğini söyledi.",
     "Ordu, Serakib'i yeniden ele geçirdi."),
    ("fr", "Les jihadistes se sont emparés des armes du poste avant de repartir vers le Mali.",
     "Les jihadistes se sont emparés de la ville de Boni samedi après des combats."),
])
def test_seizing_a_thing_takes_no_ground(lang, thing, ground):
    assert not [e for e in _factual(thing, lang) if e.rule_family == "territory"]
    assert [e for e in _factual(ground, lang) if e.rule_family == "territory"]


def test_both_sides_is_no_count():
    ev = _one("Gözlemevi, çatışmalarda her iki taraftan onlarca savaşçının hayatını kaybettiğini bildirdi.", "tr")
    assert ev.figures["fatalities"]["value"] is None  # "onlarca" (dozens), not 2
    counted = _one("Gözlemevi, çatışmalarda iki savaşçının hayatını kaybettiğini bildirdi.", "tr")
    assert counted.figures["fatalities"]["value"] == 2


def test_targets_destroyed_are_a_strike_and_measures_are_no_prevention():
    struck = _one("Milli Savunma Bakanlığı, gece boyunca 29 hedefin imha edildiğini bildirdi.", "tr")
    assert struck.plover["event"] == "ASSAULT" and struck.acled["event_type"] == "Explosions/Remote violence"
    seized = _one("Jandarma, bir depoda bulunan patlayıcıları imha etti.", "tr")
    assert seized.rule_family == "disrupted"
    assert not _factual("Yetkililer, başkentte güvenlik önlemlerinin artırıldığını belirtti.", "tr")


@pytest.mark.parametrize("text,sub", [
    ("Beyoğlu'nda pazar günü düzenlenen bombalı saldırıda 6 kişi hayatını kaybetti.", "Remote explosive/landmine/IED"),
    ("Köye düzenlenen saldırıda 12 sivil hayatını kaybetti.", "Attack"),  # an attack is no air strike
    ("Savaş uçakları köye hava saldırısı düzenledi, 12 sivil hayatını kaybetti.", "Air/drone strike"),
    ("Saldırganlardan biri polis noktası önünde kendini patlattı, iki polis yaralandı.", "Suicide bomb"),
])
def test_turkish_instruments(text, sub):
    assert _one(text, "tr").acled["sub_event_type"] == sub


def test_a_backer_named_before_destekli_is_no_party():
    ev = _one("Türkiye destekli Suriye Milli Ordusu pazartesi günü Münbiç kentinin kontrolünü SDG'den ele geçirdi.", "tr")
    assert ev.acled["sub_event_type"] == "Non-state actor overtakes territory"
    assert "TUR" not in {a.get("country") for a in ev.actors}


@pytest.mark.parametrize("lang,text,country,admin1", [
    ("tr", "Azerbaycan ordusu salı günü Dağlık Karabağ'da Ermeni mevzilerini topçuyla vurdu.", "AZ", None),
    ("fr", "Des hommes armés ont tué 5 personnes jeudi à Pont-Sondé, dans le département de l'Artibonite.",
     "HT", "Artibonite"),
])
def test_places(lang, text, country, admin1):
    loc = _one(text, lang).location or {}
    assert loc.get("country") == country
    if admin1:
        assert loc.get("admin1") == admin1


def test_setting_out_is_a_flight_of_people_only():
    assert _one("Binlerce aile Türkiye sınırına doğru yola çıktı.", "tr").rule_family == "displacement"
    assert not _factual("Heyet sabah saatlerinde Ankara'ya doğru yola çıktı.", "tr")


def test_a_genitive_before_a_possessed_object_is_the_target():
    ev = _one("Azerbaycan ordusu salı günü Ermeni güçlerinin mevzilerini topçuyla vurdu.", "tr")
    roles = {a.get("country"): a.get("role") for a in ev.actors}
    assert roles == {"AZE": "actor1", "ARM": "actor2"}
    owner = _one("Rusya, rejim güçlerinin saldırısını kınadı.", "tr")  # the accused owner of the attack
    assert {a.get("country"): a.get("role") for a in owner.actors}.get("SYR") == "actor2"
    told = _one("Azerbaycan Savunma Bakanlığı, Ermenistan güçlerinin pazar sabahı köyleri topçu ateşine tuttuğunu "
                "açıkladı.", "tr")
    assert {a.get("country"): a.get("role") for a in told.actors}.get("ARM") == "actor1"
