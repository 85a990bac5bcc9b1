"""Light path (fr, es, ar, tr), issue 13: business pages full of conflict words, and unrest
dense in events that are not fighting.

- a market or business page (`figurative_context`): a merger "accord", a bank's "acuerdo", a
  swap "anlaşması", a meeting or an accusation between ministers and firms is no event;
  "l'explosion des prix", "fiyat patlaması" (`figurative_words` objects) and "la guerre
  commerciale", "ekonomik savaş" (`figurative_words` before/after) are figures;
- a match told inside a business page ("el ataque del Barça ... a puerta") is sport;
- unrest: a young man shot by soldiers or police is an attack, not a clash; "un jeune homme"
  counts one; a source apposed before "informó que"; a cue of a total closing its sentence; a
  place after "en la comuna de"; "qualifié les violences de" names a known thing;
- Arabic: "بالأحرف الأولى" (initialled) is an agreement, "وجاء الاتفاق" a known one; marches
  that demand are protests ("مسيرة" alone may be a drone); "توقيف 9 عناصر" arrests; "و8" is 8;
- Turkish: an agreement noun in the accusative or genitive ("anlaşmayı protesto etti",
  "mutabakatın ardından") is a known deal; "9 Ekim'den bu yana" is a total; a name in brackets
  before an area noun ("Ayn el-Arab (Kobani) kentine") is a place.

Every rule has a positive control: a real event of the same shape is still coded."""
from __future__ import annotations

import pytest

from .factual import FACTUAL, coded_events


def _events(text: str, lang: str, published: str = "2021-03-06"):
    return coded_events(text, published, lang=lang)


def _factual(text: str, lang: str, published: str = "2021-03-06"):
    return [e for e in _events(text, lang, published) if e.modality in FACTUAL]


def _sub(e) -> str | None:
    return (e.acled or {}).get("sub_event_type")


def _with(events, anchor: str):
    return [e for e in events if anchor in e.evidence["text"]]


BUSINESS = {
    "fr": ("PARIS - La Bourse de Paris a reculé lundi, les investisseurs redoutant une récession. Le CAC 40 a perdu "
           "2 %, les constructeurs automobiles en tête. {} Les industriels s'inquiètent pour leurs marges."),
    "es": ("MADRID - El Ibex 35 cayó el lunes un 2 % y los inversores temen una recesión. Las eléctricas y la banca "
           "lideraron las pérdidas en la bolsa. {} Los analistas esperan más volatilidad en los mercados."),
    "tr": ("İSTANBUL - Borsa İstanbul'da endeks pazartesi günü yüzde 3 düştü, yatırımcılar dolar kurundaki "
           "yükselişten endişe ediyor. {} Piyasalarda faiz kararı bekleniyor."),
    "ar": ("دبي - تراجعت البورصة يوم الاثنين وهبط المؤشر العام بنسبة 2 في المئة، فيما باع المستثمرون الأسهم. {} "
           "ويترقب المستثمرون قرار الفائدة."),
}


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "Renault et Nissan ont signé mardi un accord de fusion de leurs usines de batteries."),
    ("fr", "L'explosion des prix du gaz pèse sur les comptes des groupes chimiques."),
    ("fr", "La guerre commerciale entre Washington et Pékin a encore frappé les exportateurs."),
    ("es", "El banco cerró la operación de compra de una aseguradora, un acuerdo de 2.000 millones."),
    ("es", "Las eléctricas acusan al Ministerio de Hacienda de haberles declarado la guerra."),
    ("es", "La guerra comercial entre Estados Unidos y China castiga a las exportadoras."),
    ("tr", "Hazine ve Maliye Bakanı, Katar Maliye Bakanı ile görüştükten sonra yeni yatırımları açıkladı."),
    ("tr", "İki ülkenin merkez bankaları 10 milyar dolarlık bir swap anlaşması imzaladı."),
    ("tr", "Akaryakıtta fiyat patlaması yaşandı ve sürücüler istasyonlara koştu."),
    ("tr", "Bakan, yaşananları ülkeye karşı yürütülen bir ekonomik savaş olarak nitelendirdi."),
    ("ar", "ووقعت الشركة اتفاقاً للاستحواذ على حصة في مصرف خليجي مقابل ملياري دولار."),
    ("ar", "وقال محللون إن الحرب التجارية بين واشنطن وبكين تضغط على أسعار النفط."),
])
def test_business_page_deals_words_and_figures_are_no_events(lang, sentence):
    assert not _factual(BUSINESS[lang].format(sentence), lang)


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Le gouvernement malien et les groupes armés du Nord ont signé jeudi un accord de paix à Alger.",
     "Agreement"),
    ("es", "El Gobierno y la guerrilla del ELN firmaron el jueves un acuerdo de alto el fuego en La Habana.",
     "Agreement"),
    ("tr", "Türkiye ile Rusya, perşembe günü Moskova'da İdlib için bir ateşkes anlaşması imzaladı.", "Agreement"),
    ("fr", "L'explosion d'une mine a tué trois soldats maliens jeudi près de Gao.",
     "Remote explosive/landmine/IED"),
])
def test_deals_between_warring_parties_and_real_blasts_are_still_coded(lang, text, sub):
    assert sub in {_sub(e) for e in _factual(text, lang)}


def test_a_match_inside_a_business_page_is_sport():
    sport = ("En el deporte, el ataque del Sevilla volvió a fallar: el equipo apenas disparó a puerta y "
             "el rival acabó fusilando al portero dos veces.")
    assert not _factual(BUSINESS["es"].format(sport), "es")
    attack = "En Culiacán, un ataque armado contra el equipo de escoltas del alcalde dejó dos policías muertos."
    assert any(_sub(e) == "Attack" or e.plover.get("event") == "ASSAULT" for e in _factual(attack, "es"))


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Un joven murió el sábado en Antofagasta por disparos de carabineros, según su familia.", "Attack"),
    ("fr", "Un jeune homme a été tué par balle vendredi à Kaolack lors d'affrontements avec les forces de l'ordre.",
     "Attack"),
    ("es", "Dos militares murieron el sábado en enfrentamientos con guerrilleros del ELN en Arauca.", "Armed clash"),
    ("fr", "Deux soldats ont été tués samedi lors d'affrontements avec des jihadistes près de Ménaka.",
     "Armed clash"),
])
def test_a_young_man_shot_by_security_forces_is_an_attack_soldiers_in_combat_a_clash(lang, text, want):
    assert want in {_sub(e) for e in _factual(text, lang)}


def test_un_jeune_homme_counts_one():
    (ev,) = [e for e in _factual("Un jeune homme a été tué par balle vendredi à Kaolack.", "fr")
             if "fatalities" in e.figures]
    assert ev.figures["fatalities"]["value"] == 1


def test_a_source_apposed_before_informo_que_and_a_total_closing_the_sentence():
    text = "El ministro del Interior, Gonzalo Blumel, informó que 640 personas fueron detenidas en todo el país."
    (ev,) = [e for e in _factual(text, "es") if _sub(e) == "Arrests"]
    assert "Gonzalo Blumel" in ev.attribution and "ministro del Interior" in ev.attribution
    assert ev.aggregate
    assert ev.figures["arrested"]["value"] == 640
    one = "Carabineros detuvieron el martes a 12 personas en Valparaíso."
    (ev,) = [e for e in _factual(one, "es") if _sub(e) == "Arrests"]
    assert not ev.aggregate


def test_a_place_after_en_la_comuna_de():
    text = "En la comuna de Puente Alto, manifestantes saquearon el sábado un supermercado."
    evs = [e for e in _factual(text, "es") if _sub(e) in ("Looting/property destruction", "Violent demonstration")]
    assert evs and evs[0].location["country"] == "CL"
    assert "Metropolitana" in (evs[0].location.get("admin1") or "")


def test_qualifying_the_violence_names_a_known_thing():
    assert not _factual("Le ministre a qualifié les violences d'actes « de nature terroriste ».", "fr")
    told = "Des violences ont éclaté vendredi à Dakar, où deux manifestants ont été tués par balle."
    assert _factual(told, "fr")


SUDAN = "2019-08-04"


def test_arabic_initialled_agreement_and_a_known_one():
    text = ("وقع المجلس العسكري الانتقالي وقوى المعارضة يوم السبت في الخرطوم بالأحرف الأولى على وثيقة "
            "الاتفاق السياسي.")
    evs = [e for e in _factual(text, "ar", SUDAN) if _sub(e) == "Agreement"]
    assert evs and "SDN" in {a["country"] for a in evs[0].actors}
    known = "وجاء الاتفاق بعد أسابيع من المفاوضات بوساطة أفريقية."
    assert not [e for e in _factual(known, "ar", SUDAN) if _sub(e) == "Agreement"]


def test_arabic_marches_that_demand_are_protests_a_drone_is_not():
    march = "وخرج آلاف السودانيين يوم الخميس في مدني وعطبرة في مسيرات تطالب بالقصاص."
    assert [e for e in _factual(march, "ar", SUDAN) if e.plover and e.plover.get("event") == "PROTEST"]
    drone = "واستهدفت طائرة مسيرة يوم الخميس موقعاً عسكرياً قرب الحديدة."
    assert not [e for e in _factual(drone, "ar", SUDAN) if e.plover and e.plover.get("event") == "PROTEST"]


def test_arabic_arrest_of_members_and_a_conjunction_on_digits():
    arrest = "وأعلنت الشرطة توقيف 7 عناصر من الميليشيا في الأبيض."
    (ev,) = [e for e in _factual(arrest, "ar", SUDAN) if _sub(e) == "Arrests"]
    assert ev.figures["arrested"]["value"] == 7
    shot = "وقتل 3 جنود و8 مدنيين يوم الأحد في قصف على بلدة في ريف إدلب."
    evs = [e for e in _factual(shot, "ar", SUDAN) if "fatalities" in e.figures]
    assert evs and evs[0].figures["fatalities"]["value"] == 11


def test_turkish_agreement_in_accusative_or_genitive_is_known():
    protest = "Haseke'de yüzlerce kişi salı günü iki ülke arasındaki anlaşmayı protesto etti."
    subs = {_sub(e) for e in _factual(protest, "tr", "2019-10-24")}
    assert "Agreement" not in subs and "Peaceful protest" in subs
    after = "Mutabakatın ardından Rus askeri polisi salı günü Münbiç'e girdi."
    assert "Agreement" not in {_sub(e) for e in _factual(after, "tr", "2019-10-24")}
    signed = "Türkiye ile Rusya salı günü Soçi'de 10 maddelik bir mutabakat imzaladı."
    assert "Agreement" in {_sub(e) for e in _factual(signed, "tr", "2019-10-24")}


def test_turkish_since_a_date_is_a_total_and_a_bracketed_name_is_a_place():
    text = "BM'ye göre 9 Ekim'den bu yana bölgede yaklaşık 100 bin kişi evlerini terk etti."
    (ev,) = [e for e in _factual(text, "tr", "2019-10-24") if e.displacement]
    assert ev.aggregate
    one = "BM'ye göre salı günü bölgede yaklaşık 100 bin kişi evlerini terk etti."
    (ev,) = [e for e in _factual(one, "tr", "2019-10-24") if e.displacement]
    assert not ev.aggregate
    moved = ("Suriye ordusu salı günü Münbiç kentine girdi. Suriye ordusu çarşamba günü de Ayn el-Arab "
             "(Kobani) kentine girdi.")
    evs = [e for e in _factual(moved, "tr", "2019-10-24") if "Kobani" in e.evidence["text"]]
    assert evs and evs[0].location["text"] == "Kobani" and evs[0].location["admin1"] == "Aleppo"


def test_arabic_fire_opened_far_after_its_verb():
    split = ("أطلقت قوات الأمن العراقية صباح يوم السبت في ساحة الخلاني وسط العاصمة بغداد النار على "
             "المتظاهرين.")
    assert [e for e in _factual(split, "ar", "2019-11-09") if e.plover and e.plover.get("event") == "ASSAULT"]
    campaign = "أطلقت الحكومة العراقية يوم السبت حملة لمكافحة الفساد، وأكلت النار محصول القمح في الجنوب."
    assert not [e for e in _factual(campaign, "ar", "2019-11-09") if e.plover and e.plover.get("event") == "ASSAULT"]


def _kinds(text: str, lang: str, published: str = "2021-05-10") -> set:
    return {(_sub(e), (e.plover or {}).get("event")) for e in _factual(text, lang, published)} | {
        ("displacement", None) for e in _factual(text, lang, published) if e.displacement}


@pytest.mark.parametrize("lang,text,want", [
    # blockades, occupations and dispersals, with the date and the place between verb and object
    ("es", "Cientos de camioneros bloquearon el martes la vía al mar en el Valle del Cauca para exigir rebajas.",
     ("Peaceful protest", "PROTEST")),
    ("es", "La policía dispersó con gases lacrimógenos a los estudiantes y a los manifestantes en Pasto.",
     ("Protest with intervention", "PROTEST")),
    ("es", "Decenas de campesinos tomaron el lunes las instalaciones de la gobernación de Arauca.",
     ("Peaceful protest", "PROTEST")),
    ("fr", "Des dizaines de commerçants ont bloqué mardi la route nationale 2 à Kaolack pour réclamer des aides.",
     ("Peaceful protest", "PROTEST")),
    ("fr", "Des élèves ont occupé jeudi les locaux de l'inspection académique de Ziguinchor.",
     ("Peaceful protest", "PROTEST")),
    ("fr", "Les gendarmes ont tiré des gaz lacrymogènes pour disperser la foule à Mbour.",
     ("Protest with intervention", "PROTEST")),
    ("fr", "Les jeunes ont brûlé des pneus et érigé des barricades sur la route de Rufisque.",
     ("Violent demonstration", "PROTEST")),
    ("tr", "Göstericiler Van'da yolu trafiğe kapattı.", ("Peaceful protest", "PROTEST")),
    ("tr", "Sendika üyeleri cuma günü İzmir'de Gündoğdu Meydanı'na yürüdü.", ("Peaceful protest", "PROTEST")),
    ("ar", "وقطع محتجون يوم الأحد الطرق المؤدية إلى ميناء أم قصر.", ("Peaceful protest", "PROTEST")),
    ("ar", "وفضت قوات الأمن فجر الاثنين اعتصاماً للطلاب أمام مبنى المحافظة في الحلة.",
     ("Protest with intervention", "PROTEST")),
    ("ar", "واستخدمت الشرطة خراطيم المياه لتفريق المتظاهرين في الديوانية.", ("Protest with intervention", "PROTEST")),
    # arrests, flight, a base handed over
    ("es", "La Policía capturó el jueves en Cúcuta a alias Jhon, cabecilla del ELN.", ("Arrests", "COERCE")),
    ("es", "Unas 300 familias abandonaron sus hogares en Tibú por los combates.", ("displacement", None)),
    ("fr", "Plus de 2 000 familles ont quitté leurs villages dans la région de Dori après l'attaque.",
     ("displacement", None)),
    ("tr", "Çatışmalar nedeniyle yüzlerce aile köylerini terk etti.", ("displacement", None)),
    ("fr", "La force Barkhane a remis jeudi la base de Tessalit aux forces armées maliennes.",
     ("Non-violent transfer of territory", "RETREAT")),
    ("ar", "وسلمت القوات الفرنسية القاعدة العسكرية في تمبكتو للجيش المالي يوم الثلاثاء.",
     ("Non-violent transfer of territory", "RETREAT")),
])
def test_non_core_events_of_unrest_are_coded(lang, text, want):
    assert want in _kinds(text, lang)


@pytest.mark.parametrize("lang,text,unwanted", [
    ("es", "El Ejército tomó el control de la ciudad tras intensos combates con la guerrilla.", None),
    ("es", "El banco central bloqueó las cuentas de la empresa el martes.", "PROTEST"),
    ("fr", "Le préfet a bloqué mardi les fonds destinés à la mairie.", "PROTEST"),
    ("ar", "وقطع الجيش الطريق الدولي أمام الشاحنات يوم الأحد.", "PROTEST"),
    ("fr", "Plus de 2 000 familles ont quitté leurs villages dans la région de Dori après l'attaque.", "ASSAULT"),
    ("ar", "ونزح أكثر من ألفي شخص من قراهم في ريف إدلب بسبب القصف.", "ASSAULT"),
])
def test_controls_army_roadblocks_frozen_funds_and_the_attack_a_flight_follows(lang, text, unwanted):
    kinds = _kinds(text, lang)
    if unwanted is None:  # "tomar el control" is still territory once "capturar" is an arrest
        assert ("Government regains territory", "ASSAULT") in kinds
    else:
        assert not any(p == unwanted for _, p in kinds)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les groupes armés menacent d'attaquer les camions qui ravitaillent Djibo."),
    ("fr", "Des rumeurs font état d'une embuscade contre une patrouille près de Boni."),
    ("es", "El Ministerio de Defensa estudia desplegar dos batallones en el sur de Bolívar."),
    ("es", "Circulan rumores de un atentado contra la estación de policía de Tumaco."),
    ("es", "El ELN y las disidencias se acusan de violar el cese al fuego en el Catatumbo."),
    ("tr", "Karakola saldırı düzenlendiğine dair söylentiler yayıldı."),
    ("tr", "İki taraf da birbirini ateşkesi ihlal etmekle suçladı."),
    ("tr", "Sendika önümüzdeki ay genel grev yapma tehdidinde bulundu."),
    ("ar", "وتدرس وزارة الدفاع إرسال تعزيزات عسكرية إلى الحدود."),
    ("ar", "وتحقق الشرطة لمعرفة ما إذا كان الانفجار ناجماً عن تسرب."),
    ("ar", "وتوقعت مصادر عسكرية أن تشن القوات هجوماً على المدينة خلال أيام."),
    ("ar", "وتبادل الجيش والمتمردون الاتهامات بانتهاك وقف إطلاق النار."),
])
def test_threats_rumours_plans_and_violated_truces_are_not_events(lang, text):
    # a mutual accusation stays a verbal event (ACCUSE); no attack, rape or agreement is told
    assert not [e for e in _factual(text, lang) if (e.plover or {}).get("event") != "ACCUSE"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les groupes armés ont attaqué lundi les camions qui ravitaillent Djibo, tuant deux chauffeurs."),
    ("es", "El Ministerio de Defensa desplegó el lunes dos batallones en el sur de Bolívar."),
    ("tr", "Karakola saldırı düzenlendi, 2 polis yaralandı."),
    ("ar", "وأرسلت وزارة الدفاع يوم الأحد تعزيزات عسكرية إلى الحدود."),
    ("ar", "ووقعت الحكومة والمتمردون يوم السبت اتفاقاً لوقف إطلاق النار في جوبا."),
])
def test_the_same_acts_told_as_facts_are_events(lang, text):
    assert _factual(text, lang)


def test_arabic_feminine_past_threat():
    text = "وهددت الحكومة السودانية بالرد على أي هجوم جديد."
    assert [e for e in _events(text, "ar", SUDAN) if (e.plover or {}).get("event") == "THREATEN"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Sénégal et la Mauritanie ont signé mardi un accord commercial sur la pêche."),
    ("fr", "Le syndicat des dockers et la direction du port ont signé un accord salarial."),
    ("es", "Chile y Ecuador firmaron el martes un acuerdo comercial sobre el camarón."),
    ("ar", "ووقعت الجزائر وإيطاليا يوم الاثنين اتفاقية لتصدير الغاز بقيمة 4 مليارات دولار."),
    ("ar", "واتفقت الشركتان على دمج عملياتهما في شمال أفريقيا."),
    ("tr", "Türkiye ile Özbekistan salı günü bir ticaret anlaşması imzaladı."),
])
def test_deals_of_trade_work_and_firms_are_no_agreement_events(lang, text):
    assert not [e for e in _factual(text, lang) if _sub(e) in ("Agreement", "Change to group/activity")]


@pytest.mark.parametrize("text,want", [
    ("Los estudiantes se tomaron el jueves la plaza central de Tunja.", ("Peaceful protest", "PROTEST")),
    ("La policía desalojó a los manifestantes que ocupaban el puente de Chiquinquirá.",
     ("Protest with intervention", "PROTEST")),
    ("Encapuchados lanzaron piedras y bombas molotov contra la estación de policía de Pasto.",
     ("Violent demonstration", "PROTEST")),
    ("Las disidencias decretaron un paro armado de 48 horas en el Cauca.", ("Other", "COERCE")),
])
def test_spanish_squares_taken_evictions_stones_and_an_armed_strike(text, want):
    kinds = _kinds(text, "es")
    assert want in kinds
    assert ("Peaceful protest", "PROTEST") not in kinds or want[1] == "PROTEST"
