"""Light path (fr, tr): violent words that refer back to an event the article has already told
(coding/light_refer.py): a claim, a blame, an order or a justification of it, its victims as a
group, the event as the time frame of another act.  Every rule has a positive control: a new
event of the same shape is still coded."""
from __future__ import annotations

import pytest

from .factual import factual_events


def _factual(text: str, lang: str, published: str = "2023-10-25"):
    return factual_events(text, published, lang=lang)


def _violent(text: str, lang: str):
    return [e for e in _factual(text, lang) if e.plover and e.plover.get("event") == "ASSAULT"]


@pytest.mark.parametrize("lang,claim,told", [
    # a claim after the definite event word, in its clause
    ("fr", "L'attentat a été revendiqué samedi par le groupe État islamique.",
     "Un attentat revendiqué par l'État islamique a tué douze policiers lundi à Ménaka."),
    ("fr", "L'embuscade n'a pas été revendiquée, a précisé le gouverneur.",
     "L'attentat, revendiqué par l'État islamique, a fait douze morts lundi à Ménaka."),
    # a claim or a blame before it
    ("fr", "Le groupe jihadiste a revendiqué l'attaque dans un communiqué diffusé dimanche.",
     "Le groupe jihadiste a attaqué dimanche un convoi de l'armée près de Djibo."),
    ("fr", "Les autorités ont attribué la tuerie à des miliciens venus du Nord.",
     "Des miliciens venus du Nord ont tué onze villageois samedi près de Djibo."),
    # a justification
    ("fr", "L'état-major a assuré que la frappe relevait de la légitime défense.",
     "Une frappe de drone a tué six combattants mardi près de Kidal."),
    ("tr", "Saldırıyı terör örgütü DEAŞ üstlendi.",
     "Terör örgütü DEAŞ pazartesi günü bir karakola saldırdı."),
    ("tr", "Vali, saldırı talimatının Kandil'den verildiğini söyledi.",
     "Vali, teröristlerin karakola saldırdığını söyledi."),
    ("tr", "Bakanlık, hava harekâtının meşru müdafaa hakkı çerçevesinde yapıldığını belirtti.",
     "Bakanlık, savaş uçaklarının gece Kandil bölgesinde 20 hedefi vurduğunu belirtti."),
])
def test_a_claim_blame_or_justification_refers_back(lang, claim, told):
    assert not _violent(claim, lang)
    assert _violent(told, lang)


def test_a_blame_keeps_its_accusation_not_the_attack():
    events = _factual("Bakanlık, saldırıdan PKK'yı sorumlu tuttu.", "tr")
    assert [e.rule_family for e in events] == ["accuse"]


@pytest.mark.parametrize("victims", [
    "Ölenler arasında dört çocuk da bulunuyor.",
    "Yaralılardan ikisinin durumunun ağır olduğu bildirildi.",
    "Hayatını kaybedenler arasında iki polis memuru da var.",
])
def test_the_victims_as_a_group_are_no_new_event(victims):
    assert not _factual(victims, "tr")
    assert _violent("Köye düzenlenen saldırıda 12 sivil hayatını kaybetti, 20 kişi yaralandı.", "tr")


@pytest.mark.parametrize("lang,framed,family", [
    ("fr", "Des centaines de familles ont fui vers Djibo après l'attaque.", "displacement"),
    ("tr", "Saldırının ardından yüzlerce aile köylerinden yola çıktı.", "displacement"),
])
def test_an_event_as_the_time_frame_of_another_act(lang, framed, family):
    assert [e.rule_family for e in _factual(framed, lang)] == [family]


def test_a_named_operation_only_dates_its_clause():
    assert not _factual("Pençe-Kilit Harekâtı sırasında bir mağarada üç teröristin cesedi bulundu.", "tr")
    told = _violent("Zeytin Dalı Harekâtı sırasında 3 asker şehit oldu.", "tr")
    assert told and told[0].figures["fatalities"]["value"] == 3


@pytest.mark.parametrize("lang,text,sub", [
    # a toll beside the frame is the event's own: it stays, with its type
    ("tr", "Hava saldırısının ardından 12 sivil hayatını kaybetti.", "Air/drone strike"),
    ("fr", "Douze soldats ont été tués après l'embuscade tendue près de Djibo.", "Armed clash"),
])
def test_a_toll_beside_the_frame_keeps_the_event(lang, text, sub):
    (ev,) = _violent(text, lang)
    assert ev.acled["sub_event_type"] == sub
