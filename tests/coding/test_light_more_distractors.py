"""Light path (fr, es, ar, tr), issue 13: more domains whose violent words tell no political
violence — a chess game ("une attaque fulgurante contre le roi"), a boxer hurt in the ring, a
parliament row ("une attaque en règle contre le gouvernement", "بقتل الاقتصاد"), a war film
("On y voit des soldats tués"), markets "bombarded" with bad news.  Each has a positive control:
a real attack of the same shape is still coded."""
from __future__ import annotations

import pytest

from .factual import FACTUAL, coded_events


def _factual(text: str, lang: str, published: str = "2023-05-10", title: str | None = None):
    return [e for e in coded_events(text, published, lang=lang, title=title) if e.modality in FACTUAL]


def _shown(events):
    return [(e.trigger, e.rule_family, e.modality) for e in events]


CHESS = {
    "fr": "Lors de la sixième partie d'échecs, le champion du monde a écrasé son adversaire après une attaque "
          "fulgurante contre le roi. Son rival a abandonné au 40e coup.",
    "es": "En la sexta partida de ajedrez, el campeón del mundo aplastó a su adversario tras un ataque demoledor "
          "contra el rey. Su rival abandonó en la jugada 40.",
    "tr": "Satranç turnuvasının altıncı oyununda dünya şampiyonu, rakibini ezdi ve şaha karşı yıldırım bir saldırı "
          "başlattı. Rakibi 40. hamlede oyunu terk etti.",
    "ar": "سحق بطل العالم في الشطرنج منافسه في الجولة السادسة، بعد أن شن هجوماً كاسحاً على الملك، واضطر المنافس "
          "إلى الاستسلام.",
}
BOMB = {
    "fr": "Une bombe a explosé près de la salle du tournoi, tuant deux personnes, a annoncé la police.",
    "es": "Una bomba explotó cerca de la sala del torneo y mató a dos personas, informó la policía.",
    "tr": "Turnuva salonunun yakınında bomba patladı, 2 kişi hayatını kaybetti.",
    "ar": "وانفجرت عبوة ناسفة قرب قاعة البطولة، ما أسفر عن مقتل شخصين، بحسب الشرطة.",
}


@pytest.mark.parametrize("lang", sorted(CHESS))
def test_a_chess_attack_on_the_king_is_no_event(lang):
    assert not _factual(CHESS[lang], lang), _shown(_factual(CHESS[lang], lang))
    assert any(e.plover and e.plover.get("event") == "ASSAULT" for e in _factual(CHESS[lang] + " " + BOMB[lang], lang))


def test_arabic_boxer_hurt_in_the_ring_is_no_attack():
    text = ("أسقط الملاكم البريطاني منافسه الأمريكي بالضربة القاضية في الجولة الحادية عشرة، بعد نزال وصف بأنه حرب "
            "حقيقية داخل الحلبة. وأصيب المنافس بجروح في وجهه ونقل إلى المستشفى.")
    assert not _factual(text, "ar"), _shown(_factual(text, "ar"))


PARLIAMENT = {
    "fr": ("L'opposition a lancé mardi une attaque en règle contre le gouvernement lors de la séance des questions à "
           "l'Assemblée nationale, accusant les ministres d'avoir assassiné la réforme des retraites. Le Premier "
           "ministre a répliqué que la majorité défendrait chaque amendement.",
           "Un député de l'opposition a été tué par balles mardi soir devant son domicile, a annoncé la police."),
    "es": ("La oposición lanzó el martes un ataque frontal contra el Gobierno durante la sesión plenaria del Senado y "
           "acusó a los ministros de asesinar la reforma pensional. El ministro respondió que los senadores disparan "
           "contra cualquier reforma.",
           "Un senador de la oposición fue asesinado a balazos el martes frente a su casa, informó la policía."),
    "ar": ("شنت كتلة نيابية هجوماً حاداً على الحكومة خلال جلسة مناقشة الموازنة، واتهمت الوزراء بقتل الاقتصاد وذبح "
           "الطبقة الوسطى. ورد رئيس الحكومة بأن المعارضة تطلق النار على أي إصلاح.",
           "وقُتل نائب في البرلمان برصاص مسلحين مجهولين أمام منزله يوم الثلاثاء، بحسب الشرطة."),
}


@pytest.mark.parametrize("lang", sorted(PARLIAMENT))
def test_a_parliament_row_is_no_event(lang):
    row, killing = PARLIAMENT[lang]
    assert not _factual(row, lang), _shown(_factual(row, lang))
    assert any(e.plover and e.plover.get("event") == "ASSAULT" for e in _factual(row + "\n\n" + killing, lang))


def test_arabic_death_verb_with_a_figurative_object_is_no_toll():
    """"بقتل الاقتصاد" names no death: the accusation beside it stays a figure of the row."""
    row = PARLIAMENT["ar"][0]
    told = ("شنت كتلة نيابية هجوماً حاداً على الحكومة خلال جلسة مناقشة الموازنة، واتهمت الجماعة بقتل عشرة مدنيين "
            "في قرية جنوب البلاد.")
    assert not _factual(row, "ar")
    assert _factual(told, "ar")


FILMS = {
    "fr": ("Le film de guerre « Les Tirailleurs » a conquis le public. On y voit des soldats tués par des obus dans "
           "les tranchées de Verdun.",
           "Des soldats ont été tués par des obus mardi près de Bakhmout, a annoncé l'armée."),
    "es": ("La película bélica «1917» arrasó en taquilla. En ella se ve a soldados muertos por las bombas en las "
           "trincheras del frente occidental.",
           "Dos soldados murieron el martes por las bombas lanzadas sobre su puesto cerca de Bajmut, informó el ejército."),
    "ar": ("أطلقت فرقة مسرحية في بيروت عرضاً جديداً يستعيد مشاهد القصف والخطف خلال الحرب الأهلية.",
           "وقُتل ثلاثة مدنيين في قصف مدفعي على بلدة في جنوب لبنان يوم الثلاثاء، بحسب الدفاع المدني."),
    "tr": ("Savaş filmi \"Çanakkale 1915\" gişede rekor kırdı. Filmde askerlerin siperlerde top mermileriyle öldüğü "
           "görülüyor.",
           "Salı günü Bahmut yakınlarındaki mevzilere düşen top mermileriyle 2 asker öldü."),
}


@pytest.mark.parametrize("lang", sorted(FILMS))
def test_a_war_film_is_no_event(lang):
    film, news = FILMS[lang]
    assert not _factual(film, lang), _shown(_factual(film, lang))
    assert _factual(film + " " + news, lang)


@pytest.mark.parametrize("lang,markets,city", [
    ("fr", "Les marchés ont été bombardés de mauvaises nouvelles toute la semaine.",
     "La ville a été bombardée mardi par l'aviation, a annoncé la défense civile."),
    ("es", "Los mercados fueron bombardeados con malas noticias toda la semana.",
     "La ciudad fue bombardeada el martes por la aviación, informó la defensa civil."),
    ("tr", "Piyasalar bütün hafta kötü haberlerle bombalandı.",
     "Kent salı günü savaş uçaklarıyla bombalandı."),
])
def test_markets_bombarded_with_bad_news_is_no_strike(lang, markets, city):
    assert not _factual(markets, lang), _shown(_factual(markets, lang))
    assert _factual(city, lang)


def _titled(title: str, text: str, lang: str):
    return _factual(text, lang, title=title)


# a teaser's title names the domain; its one-line blurb only has the figure of speech
@pytest.mark.parametrize("lang, title, text", [
    ("fr", "Tennis : la Française écrase la tête de série numéro trois",
     "Elle a mitraillé son adversaire de services gagnants pendant tout le premier set."),
    ("es", "La bolsa cae tras el anuncio de nuevos aranceles",
     "Los inversionistas huyen hacia activos seguros en plena guerra comercial."),
])
def test_a_teaser_titled_in_another_domain_is_no_event(lang, title, text):
    assert _shown(_titled(title, text, lang)) == []


@pytest.mark.parametrize("lang, title, text", [
    ("fr", "Mali : une embuscade fait dix morts près de Gao",
     "Des hommes armés ont mitraillé un convoi de camions près de Gao mardi, tuant dix chauffeurs."),
    ("es", "Nariño: familias huyen de los combates",
     "Cientos de familias huyen hacia Tumaco tras los combates entre disidencias y el ELN en Barbacoas."),
])
def test_a_short_conflict_report_stays_coded(lang, title, text):
    assert _titled(title, text, lang)
