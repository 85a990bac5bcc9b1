"""Light path (fr, es, ar, tr): words that name a past event, a hazard, relief, a figure of speech
or a hypothesis instead of telling a new event (coding/light_frames.py, light_cues.py).  Every
rule has a positive control: a real event of the same shape is still coded."""
from __future__ import annotations

import pytest

from tocsin import pipeline
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def _events(text: str, lang: str, published: str = "2020-10-25"):
    art = Article(id="t", source="test", title="t", text=text, url=None, published=published,
                  published_inferred=False, lang=lang)
    ((_, events),) = list(pipeline.code_articles([art]))
    return events


def _violent(text: str, lang: str, **kw):
    return [e for e in _events(text, lang, **kw) if e.modality in FACTUAL and e.plover
            and e.plover.get("event") == "ASSAULT"]


def _factual(text: str, lang: str, **kw):
    return [e for e in _events(text, lang, **kw) if e.modality in FACTUAL]


@pytest.mark.parametrize("lang,named,told", [
    # an anniversary, a time since, the perpetrators of: the massacre is named, not told
    ("fr", "Le premier anniversaire du massacre devait être commémoré le mois prochain.",
     "Un massacre a fait au moins 30 morts samedi dans le village."),
    ("fr", "Un an après le massacre de mars 2019, les rescapés ont enterré leurs morts.",
     "Des hommes armés ont massacré 30 villageois samedi près de Bankass."),
    ("fr", "La Minusma a appelé les autorités à poursuivre les auteurs de ces tueries.",
     "Ces tueries ont fait au moins 30 morts samedi près de Bankass."),
    # a trial: the crime it tries is no new event
    ("fr", "Le procès de l'assassinat de Thomas Sankara se poursuit devant le tribunal militaire.",
     "L'assassinat d'un chef coutumier a été signalé lundi près de Djibo."),
    ("es", "Un tribunal de Nueva York condenó a cadena perpetua a Joaquín Guzmán por narcotráfico y asesinatos.",
     "Hombres armados asesinaron a cinco campesinos el sábado en el Cauca."),
    ("es", "El sábado se cumplieron seis años de la desaparición de los jóvenes.",
     "Hombres armados secuestraron a tres activistas el sábado en Guerrero."),
    ("ar", "وتزامن ذلك مع إحياء ناشطين الذكرى السادسة لمجزرة الكيماوي في الغوطة الشرقية.",
     "وقُتل خمسة مدنيين في مجزرة جديدة في الغوطة الشرقية يوم الأحد."),
    ("ar", "ودعا مجلس الأمن إلى محاسبة المسؤولين عن الهجوم.",
     "وقُتل خمسة جنود في الهجوم على المطار يوم الأحد."),
    ("tr", "Törende darbe girişimi sırasında hayatını kaybeden 251 şehit anıldı.",
     "Pazar günü düzenlenen bombalı saldırıda 6 kişi hayatını kaybetti."),
])
def test_a_past_event_named_is_no_new_event(lang, named, told):
    assert not _violent(named, lang)
    assert _violent(told, lang)


def test_a_hazard_in_the_sentence_before_holds_within_its_paragraph():
    storm = ("La tempête Alex a ravagé vendredi les vallées de la Roya et de la Vésubie. Au moins deux "
             "personnes ont été tuées, selon la préfecture.")
    assert not _violent(storm, "fr")
    armed = ("La tempête a frappé la région vendredi. Des hommes armés ont tué deux gendarmes près du "
             "village.")
    assert _violent(armed, "fr")  # an armed actor: no weather
    apart = "La tempête a ravagé la vallée vendredi.\n\nAu moins deux personnes ont été tuées par balles samedi."
    assert _violent(apart, "fr")  # another paragraph: another story


def test_troops_bringing_relief_are_no_mobilisation():
    relief = "Des militaires ont été déployés pour acheminer de l'eau et des vivres aux sinistrés."
    assert not [e for e in _factual(relief, "fr") if e.rule_family == "mobilize"]
    troops = "Des renforts militaires ont été déployés à Ménaka après l'attaque du camp."
    assert [e for e in _factual(troops, "fr") if e.rule_family == "mobilize"]
    relief_ar = "وانتشرت وحدات من الجيش في المدينة لانتشال الجثث وفتح الطرق."
    assert not [e for e in _factual(relief_ar, "ar") if e.rule_family == "mobilize"]


MARKETS = ("La guerra de precios entre Arabia Saudita y Rusia provocó el lunes una auténtica masacre en los "
           "mercados: el barril se desplomó y la bolsa sufrió su peor caída. El peso fue la gran víctima de "
           "la jornada frente al dólar, y los inversionistas temen más inflación.")


def test_a_figurative_domain_has_no_violence_without_a_toll():
    assert not _factual(MARKETS, "es")
    toll = MARKETS + " Dos guardias murieron el lunes en un ataque contra la sede de la bolsa en Caracas."
    assert _violent(toll, "es")  # a toll: real violence in a markets story
    politics = ("İktidar partisinin sözcüsü, muhalefetin yalan kurşunlarıyla hükümeti vurmaya çalıştığını "
                "söyledi ve sözlerin bir linç girişimi olduğunu öne sürdü. Meclis'te muhalefet ve iktidar "
                "milletvekilleri seçim anketlerini tartıştı.")
    assert not _factual(politics, "tr")
    deputy = ("Les députés ont voté le budget malgré l'inflation, la bourse et le dollar en berne. Un député de "
              "l'opposition a été tué jeudi soir devant son domicile à Bamako.")
    assert _violent(deputy, "fr")  # a death verb: real violence in a parliament story


@pytest.mark.parametrize("text,lang,modality", [
    # a question in quotes
    ("« Qui peut tirer sur des enfants assis à leur pupitre ? »", "fr", "hypothetical"),
    # a threat or a call with words between its verb and its preposition
    ("Los disidentes amenazaron en un panfleto con asesinar a otros líderes de la región.", "es", "hypothetical"),
    ("La Minusma a appelé les autorités à frapper les jihadistes.", "fr", "recommended"),
    ("وحذرت أنقرة من أن أي اعتداء على نقطة المراقبة التركية سيقابل بالرد.", "ar", "hypothetical"),
    # "any attack": no one event
    ("Toute attaque contre la base sera repoussée, a prévenu l'état-major.", "fr", "hypothetical"),
    ("Cualquier ataque contra el cuartel tendrá respuesta.", "es", "hypothetical"),
    # a future verb before the event noun
    ("La Fiscalía solicitará la aprehensión de militares y policías federales.", "es", "future"),
    # a simile
    ("ووصف أحد السكان المشهد بأنه كأن قنبلة سقطت على درنة.", "ar", "hypothetical"),
])
def test_light_non_factual_frames(text, lang, modality):
    evs = _events(text, lang)
    assert evs and all(e.modality not in FACTUAL for e in evs if e.plover and e.plover["event"] != "THREATEN"), \
        [(e.modality, e.trigger) for e in evs]
    assert any(e.modality == modality for e in evs)


@pytest.mark.parametrize("text,lang", [  # the same shapes, told as facts
    ("Des hommes armés ont tiré sur des enfants assis à leur pupitre samedi.", "fr"),
    ("Los disidentes asesinaron en una emboscada a otros dos líderes de la región.", "es"),
    ("L'attaque contre la base a été repoussée, a indiqué l'état-major.", "fr"),
    ("Policías realizaron detenciones de tres militares el martes.", "es"),
    ("سقطت قذيفة على حي سكني في درنة فقتلت طفلين.", "ar"),
])
def test_light_factual_controls(text, lang):
    assert _factual(text, lang)


def test_figures_attribution_and_names():
    ev = _violent("Au moins 31 habitants du village peul d'Ogossagou, dans le cercle de Bankass (région de "
                  "Mopti), ont été tués dans la nuit de jeudi à vendredi par des hommes armés.", "fr")[0]
    assert ev.figures["fatalities"]["low"] == 31  # the verb stands far after "31 habitants"
    ev = _events("Le bilan de l'attaque du camp s'est alourdi à 53 morts, a annoncé mardi le gouvernement.", "fr")[0]
    assert ev.attribution == "le gouvernement"  # the weekday is no source
    ev = _events("ANKARA (Savunma Hattı) - Milli Savunma Bakanlığı, Türk savaş uçaklarının Kandil'de PKK'ya ait "
                 "hedefleri vurduğunu açıkladı.", "tr")[0]
    assert ev.attribution == "Milli Savunma Bakanlığı"  # the dateline is no part of the source
    evs = _events("Milli Savunma Bakanlığı, Türk savaş uçaklarının pazar gecesi Sincar, Karacak ve Kandil "
                  "bölgelerinde PKK'ya ait sığınakları vurduğunu duyurdu.", "tr")
    assert all(e.modality_cue != "Karacak" for e in evs)  # a name ending in -acak is no future verb


def test_places_after_de_and_departments():
    ev = _violent("Sept élèves ont été tués samedi dans un collège privé de Kumba, dans la région du Sud-Ouest.",
                  "fr")[0]
    assert ev.location["country"] == "CM"
    ev = _violent("Cinco indígenas fueron asesinados el martes en el municipio de Toribío, departamento del "
                  "Cauca, cuando hombres armados abrieron fuego contra su caravana.", "es", published="2019-10-30")[0]
    assert ev.location["country"] == "CO"
    assert ev.acled["sub_event_type"] == "Attack"  # gunmen who murder unarmed people: no clash
    clash = _violent("Soldados y guerrilleros del ELN se enfrentaron el martes en el departamento del Cauca.", "es")[0]
    assert clash.acled["sub_event_type"] == "Armed clash"


def test_arabic_detain_needs_a_person_and_the_us_strike_has_its_actor():
    assert not [e for e in _factual("وتوعد رئيس الحكومة بالرد على من يقف وراء الاعتداء.", "ar")
                if e.rule_family == "arrest"]
    assert [e for e in _factual("وقالت الشرطة إنها تمكنت من توقيف ثلاثة أشخاص في طرابلس.", "ar")
            if e.rule_family == "arrest"]
    ev = _violent("قُتل قاسم سليماني فجر الجمعة في غارة جوية أمريكية قرب مطار بغداد الدولي.", "ar",
                  published="2020-01-03")[0]
    assert "USA" in {a["country"] for a in ev.actors}
    assert ev.location["country"] == "IQ"
    threat = [e for e in _factual("وهدد المرشد الإيراني علي خامنئي بانتقام قاس من القتلة.", "ar")]
    assert [e for e in threat if e.plover["event"] == "THREATEN"]


@pytest.mark.parametrize("lang,figure,literal", [
    # a burst verb is an explosion only in a violent sentence
    ("fr", "Les prix du carburant ont explosé depuis janvier.",
     "Une bombe a explosé dimanche au passage d'une patrouille près de Dori, tuant deux soldats."),
    ("ar", "وارتفعت أسعار الخبز وانفجرت موجة غضب على مواقع التواصل الاجتماعي.",
     "وانفجرت عبوة ناسفة بدورية للجيش قرب درعا يوم الأحد فقتلت جنديين."),
    ("tr", "Akaryakıt fiyatları yılbaşından bu yana patladı.",
     "Hakkari'de el yapımı patlayıcı patladı, 2 asker şehit oldu."),
    # a word right before or after the event noun makes it a figure of speech
    ("fr", "Le candidat a été la cible d'attaques virulentes sur les réseaux sociaux.",
     "Le candidat a été la cible d'une attaque armée samedi à Bamako, deux gardes ont été tués."),
    ("es", "El candidato recibió duros ataques verbales en el debate.",
     "El candidato murió en un ataque armado el sábado en Cúcuta."),
    ("ar", "وشن النائب هجوماً حاداً على الحكومة خلال جلسة البرلمان.",
     "وشن مسلحون هجوماً على حاجز للجيش قرب درعا فقتلوا جنديين."),
    ("tr", "Bakan, muhalefete sözlü saldırıda bulundu.",
     "Hakkari'de karakola düzenlenen saldırıda 2 asker şehit oldu."),
    # hail and snow storms are hazards
    ("fr", "La grêle a bombardé les vignobles du Bordelais samedi.",
     "L'aviation a bombardé samedi des positions jihadistes près de Ménaka."),
    # a time since a massacre names it
    ("ar", "وبعد عشر سنوات على مجزرة الحولة، لا يزال الأهالي يطالبون بالعدالة.",
     "وقُتل عشرة مدنيين في مجزرة جديدة في الحولة يوم الأحد."),
    ("tr", "Suruç katliamının üzerinden beş yıl geçti, aileler hâlâ adalet bekliyor.",
     "Suruç'ta düzenlenen bombalı saldırıda 33 kişi hayatını kaybetti."),
])
def test_figures_of_speech_and_their_literal_controls(lang, figure, literal):
    assert not _violent(figure, lang)
    assert _violent(literal, lang)


@pytest.mark.parametrize("text,lang", [
    ("وتخشى الأمم المتحدة من هجوم وشيك على مدينة الحديدة.", "ar"),  # a head with its conjunction glued on
    ("PKK, baraj inşaatına saldırı düzenlemekle tehdit etti.", "tr"),
    ("Yetkililer, bölgede yeni bir saldırı olasılığına karşı uyardı.", "tr"),
    ("Des sources sécuritaires évoquent la possibilité d'une attaque imminente contre Tombouctou.", "fr"),
    ("Rejim güçlerinin İdlib'e yeni bir saldırı başlatmasından endişe ediliyor.", "tr"),
    ("La Fiscalía investiga si el ataque fue ordenado desde la cárcel.", "es"),
])
def test_fears_and_threats_are_no_attack(text, lang):
    assert not _violent(text, lang)


@pytest.mark.parametrize("hedged,told,lang", [
    ("Le ministre n'a pas exclu que des civils aient été tués dans la frappe.",
     "Le ministre a confirmé que des civils ont été tués dans la frappe.", "fr"),
    ("Les rebelles affirment avoir abattu un hélicoptère, ce que dément l'état-major.",
     "Les rebelles affirment avoir abattu un hélicoptère près de Ménaka.", "fr"),
    ("Une enquête a été ouverte pour déterminer si des soldats ont participé au massacre.",
     "Des soldats ont participé au massacre de 20 villageois, selon une enquête.", "fr"),
    ("Los rebeldes dicen haber derribado un helicóptero, lo que niega el Ejército.",
     "Los rebeldes derribaron un helicóptero del Ejército el martes.", "es"),
    ("وقال المسلحون إنهم قتلوا خمسة جنود، وهو ما نفاه الجيش.",
     "وقال المسلحون إنهم قتلوا خمسة جنود قرب درعا.", "ar"),
])
def test_denials_and_doubts_around_a_claim(hedged, told, lang):
    assert not _violent(hedged, lang)
    assert _violent(told, lang)


def test_arabic_source_stops_at_the_pronoun_of_its_claim():
    ev = _violent("وقال المسلحون إنهم قتلوا خمسة جنود قرب درعا.", "ar")[0]
    assert ev.attribution == "المسلحون"
