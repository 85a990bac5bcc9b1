"""Light path (es, ar): an accusation, a condemnation, a claim or the survivors of an event the
story has already told name that event, they tell no new one (coding/light_blame.py and
assembly.yaml `attribution`, `reference_before`).  Each case has a control of the same shape
that tells a new act and is still coded."""
from __future__ import annotations

import pytest

from .factual import factual_events


def _factual(text: str, lang: str, published: str = "2021-05-10"):
    return factual_events(text, published, lang=lang)


def _families(events) -> set[str]:
    return {e.rule_family for e in events}


@pytest.mark.parametrize("lang,named", [
    # blame and condemnation of a definite, known attack: neither an attack nor an accusation
    ("es", "El fiscal general atribuyó el atentado a una célula del ELN."),
    ("es", "El gobernador responsabilizó al Cártel de Sinaloa por el ataque."),
    ("es", "La ministra condenó la masacre y ordenó una investigación."),
    ("es", "Las autoridades atribuyeron el crimen al Clan del Golfo."),
    ("ar", "واتهم الجيش المتمردين بتنفيذ الهجوم."),
    ("ar", "وأدانت وزارة الخارجية الهجوم ووصفته بالعمل الإرهابي."),
    ("ar", "وتبنى تنظيم داعش الهجوم في بيان."),
    # a claim or no claim of responsibility, the survivors: the attack is named, not told
    ("es", "El Clan del Golfo asumió la responsabilidad del atentado en un panfleto."),
    ("es", "Dos escoltas del alcalde sobrevivieron al atentado."),
    ("ar", "وحملت الحكومة الميليشيا المسؤولية عن القصف."),
    ("ar", "وروى أحد الناجين من المجزرة ما حدث لوكالة الأنباء."),
    ("ar", "ونقل الناجون من الهجوم إلى مستشفى المدينة."),
    # a demonstrative names the attack told before
    ("ar", "وحملت الحكومة المتمردين المسؤولية الكاملة عن هذا القصف."),
    ("es", "Este ataque fue perpetrado por disidentes de las FARC, según la Policía."),
    ("es", "Dicha masacre fue obra de sicarios del cártel, según la Fiscalía."),
    # the strikes told before, the subject of a verb that describes them again
    ("ar", "وقالت الوزارة إن الغارات استهدفت مخازن للأسلحة."),
    ("ar", "وقالت واشنطن إن الضربات استهدفت منصات لإطلاق الصواريخ."),
])
def test_blame_claim_and_survivors_of_a_known_attack_are_no_new_event(lang, named):
    assert not _factual(named, lang)


@pytest.mark.parametrize("lang,told", [
    # an indefinite event noun after the accusation tells a new act: it and the accusation stay
    ("es", "La Fiscalía acusó al ELN de un atentado con explosivos contra la estación de policía de Tumaco el lunes."),
    ("ar", "واتهم الجيش المتمردين بشن هجوم على قرية قرب مأرب صباح الأحد أسفر عن مقتل ثلاثة مدنيين."),
    # a definite attack told with its toll: the sentence tells it
    ("es", "El Ejército acusó al ELN del ataque con explosivos que dejó tres soldados muertos el lunes en Arauca."),
])
def test_an_accusation_of_a_new_attack_is_still_coded(lang, told):
    fams = _families(_factual(told, lang))
    assert "accuse" in fams and fams & {"violence", "explosion", "battle"}


@pytest.mark.parametrize("lang,told", [
    ("es", "Cinco jornaleros murieron en una emboscada el martes en Antioquia."),
    ("es", "Un atentado con explosivos dejó tres policías muertos el lunes en Cali."),
    ("ar", "وقتل ثلاثة مدنيين في هجوم على قرية قرب مأرب صباح الأحد."),
    # an indefinite subject tells a new strike; a toll keeps a definite one
    ("ar", "وقالت الوزارة إن غارات للتحالف استهدفت مخازن للأسلحة في صعدة صباح الأحد."),
    ("ar", "وقالت الوزارة إن الغارات قتلت ستة مسلحين."),
    ("es", "Cuatro policías murieron el lunes en un ataque contra la estación de Suárez."),
])
def test_the_attack_itself_is_still_coded(lang, told):
    assert any(e.plover and e.plover.get("event") == "ASSAULT" for e in _factual(told, lang))
