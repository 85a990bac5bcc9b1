"""Light path (fr, es, ar, tr), issue 13: a wildfire fought like a war (`hazard_context`), an
unconfirmed account ("non confirmées", "sin confirmar", "لم يتسن التحقق", "doğrulanamadı"),
"أنباء عن" reports, a call whose caller has a long name ("ودعت …… إلى"), Arabic control and
threats with a verbal noun, and a crowd that attacks (a riot, `crowd_subject`).  Each rule has a
positive control: the same shape told as a fact is still coded."""
from __future__ import annotations

import pytest

from .factual import FACTUAL, coded_events


def _events(text: str, lang: str, published: str = "2021-08-10"):
    return coded_events(text, published, lang=lang)


def _factual(text: str, lang: str, published: str = "2021-08-10"):
    return [e for e in _events(text, lang, published) if e.modality in FACTUAL]


WILDFIRES = {
    "fr": "ATHÈNES (Agence Égée) - Les pompiers grecs livraient toujours mardi une bataille acharnée contre "
          "l'incendie qui ravage le nord de l'île d'Eubée, où plus de 50 000 hectares de forêt ont brûlé.\n\n"
          "Sur le front du feu, les sapeurs-pompiers attaquent les flammes par le flanc, tandis que les "
          "Canadair enchaînent les largages au-dessus des pins.\n\nDes centaines d'habitants ont été évacués "
          "par la mer. Le feu a dévoré des villages entiers, pris d'assaut par le vent du nord.",
    "es": "SANTA CRUZ DE TENERIFE (Diario Atlántico) - Los bomberos y brigadistas libran una verdadera batalla "
          "contra las llamas en el incendio forestal de Tenerife, que ha arrasado 11.000 hectáreas de monte.\n\n"
          "Los hidroaviones bombardean con agua los focos más activos del bosque.\n\n"
          "Miles de vecinos fueron desalojados de sus casas durante la noche.",
    "tr": "MUĞLA (Ege Haber Ajansı) - Marmaris'te orman yangınıyla mücadele eden ekipler alevlerle savaş "
          "veriyor. Yangın söndürme uçakları alevleri adeta bombardımana tuttu.\n\nİtfaiye ekipleri ve orman "
          "işçileri gece boyunca alevlere karşı cephe oluşturdu; 4 bin hektarlık ormanlık alan kül oldu.\n\n"
          "Köyler tahliye edildi, yüzlerce kişi evlerini terk etti.",
    "ar": "الجزائر (وكالة الأطلس) - تخوض فرق الإطفاء معركة شرسة مع ألسنة اللهب في غابات ولاية تيزي وزو، "
          "حيث التهمت الحرائق آلاف الهكتارات من الأحراج.\n\nوقصفت طائرات الإطفاء بالمياه بؤر الحرائق في "
          "الغابات طوال الليل.\n\nونزح مئات السكان من القرى المحاصرة بالنيران.",
}


@pytest.mark.parametrize("lang", sorted(WILDFIRES))
def test_a_wildfire_fought_like_a_war_is_no_event(lang):
    assert not _factual(WILDFIRES[lang], lang), [(e.trigger, e.modality) for e in _factual(WILDFIRES[lang], lang)]


@pytest.mark.parametrize("lang,attack", [
    ("fr", "Des hommes armés ont tué trois pompiers mardi soir près de Limni, a annoncé la police."),
    ("es", "Hombres armados asesinaron a tiros a dos brigadistas el martes en La Orotava, informó la policía."),
])
def test_an_armed_attack_in_a_wildfire_article_is_still_coded(lang, attack):
    text = WILDFIRES[lang] + "\n\n" + attack
    assert any(e.plover and e.plover.get("event") == "ASSAULT" for e in _factual(text, lang))


@pytest.mark.parametrize("lang,hedged,told", [
    ("fr", "Selon des sources sécuritaires non confirmées, douze soldats auraient été tués mardi dans "
           "l'attaque d'un poste militaire près de Djibo.",
           "Selon des sources sécuritaires, douze soldats auraient été tués mardi dans l'attaque d'un poste "
           "militaire près de Djibo."),
    ("fr", "Des rebelles ont attaqué mardi un camp militaire près de Beni, une information qui n'a pas pu être "
           "vérifiée de source indépendante.",
           "Des rebelles ont attaqué mardi un camp militaire près de Beni, a annoncé l'armée."),
    ("es", "Hombres armados atacaron el martes un puesto policial en Tumaco, según informaciones no confirmadas.",
           "Hombres armados atacaron el martes un puesto policial en Tumaco, según fuentes policiales."),
    ("tr", "Bölgede salı günü çıkan çatışmada 5 askerin öldüğü iddia edildi, ancak bilgi bağımsız kaynaklarca "
           "doğrulanamadı.",
           "Bölgede salı günü çıkan çatışmada 5 asker hayatını kaybetti."),
    ("ar", "وقُتل خمسة مدنيين في قصف مدفعي على بلدة كفرنبل يوم الثلاثاء، بحسب ناشطين، ولم يتسن التحقق من "
           "ذلك من مصدر مستقل.",
           "وقُتل خمسة مدنيين في قصف مدفعي على بلدة كفرنبل يوم الثلاثاء، بحسب ناشطين."),
    ("ar", "وتحدثت أنباء عن مقتل عشرة مقاتلين في اشتباكات قرب مدينة مأرب يوم الثلاثاء.",
           "وقُتل عشرة مقاتلين في اشتباكات قرب مدينة مأرب يوم الثلاثاء، بحسب مصادر طبية."),
])
def test_an_unconfirmed_account_is_a_hedge(lang, hedged, told):
    assert not _factual(hedged, lang), [(e.trigger, e.modality) for e in _factual(hedged, lang)]
    assert _factual(told, lang)


def test_arabic_call_with_a_long_caller_name_is_no_agreement():
    called = "ودعت بعثة الأمم المتحدة للدعم في ليبيا إلى وقف فوري لإطلاق النار وحماية المدنيين."
    assert not _factual(called, "ar")
    agreed = "ووقعت الأطراف الليبية في جنيف يوم الجمعة اتفاقاً لوقف إطلاق النار في جميع أنحاء البلاد."
    assert any(e.rule_family == "agreement" for e in _factual(agreed, "ar", "2020-10-24"))


def test_arabic_forces_taking_control_and_a_possessive_control_noun():
    forces = "وأعلنت وزارة الدفاع يوم الثلاثاء أن قواتها سيطرت بالكامل على حي الزاوية الدهماني."
    assert any(e.rule_family == "territory" for e in _factual(forces, "ar", "2022-08-30"))
    owned = "وأعلنت قوات الدعم السريع يوم الأحد سيطرتها على مدينة ود مدني."
    assert any(e.rule_family == "territory" for e in _factual(owned, "ar", "2023-12-19"))
    prices = "وأعلنت وزارة الاقتصاد أنها سيطرت على أسعار الخبز في الأسواق."
    assert not any(e.rule_family == "territory" for e in _factual(prices, "ar", "2022-08-30"))


@pytest.mark.parametrize("text", [
    "وهددت قوات الدعم السريع باقتحام مدينة الأبيض خلال الأيام المقبلة.",
    "وهدد قادة مجموعات مسلحة من مصراتة بالتحرك نحو العاصمة.",
])
def test_arabic_threat_with_a_verbal_noun(text):
    assert any(e.plover and e.plover.get("event") == "THREATEN" for e in _factual(text, "ar", "2023-06-01"))
    assert not any(e.plover and e.plover.get("event") == "ASSAULT" for e in _factual(text, "ar", "2023-06-01"))


@pytest.mark.parametrize("lang,riot,victims", [
    ("fr", "À Kinshasa, des manifestants en colère ont attaqué mardi l'ambassade de Belgique.",
     "À Kinshasa, des manifestants ont été attaqués mardi par des hommes armés."),
    ("es", "En Caracas, cientos de manifestantes atacaron el martes la sede del consulado.",
     "En Caracas, los manifestantes fueron atacados el martes por hombres armados."),
])
def test_a_crowd_that_attacks_is_a_riot(lang, riot, victims):
    (ev,) = [e for e in _factual(riot, lang, "2025-01-28") if e.plover and e.plover.get("event") in ("ASSAULT", "PROTEST")]
    assert ev.rule_family == "riot" and ev.acled["event_type"] == "Riots"
    (hit,) = [e for e in _factual(victims, lang, "2025-01-28") if e.plover and e.plover.get("event") == "ASSAULT"]
    assert hit.rule_family != "riot" and hit.acled["event_type"] != "Riots"
