"""Light path (fr, es, ar, tr): violent words in articles that tell no political violence —
a match report (even one sentence of it inside a politics article), a military exercise, a
parade or an arms fair, a gas explosion, a fire or a crash, a disease "at war" with doctors,
history told ("il y a 78 ans"), a film or a documentary, troops clearing mud, a takeover
"attack" (coding/light_quiet.py, light_frames.py, data/lexicons/<lang>/).  Every rule has a
positive control: a real event of the same shape is still coded."""
from __future__ import annotations

import pytest

from .factual import FACTUAL, coded_events


def _events(text: str, lang: str, published: str = "2022-05-10"):
    return coded_events(text, published, lang=lang)


def _factual(text: str, lang: str):
    return [e for e in _events(text, lang) if e.modality in FACTUAL]


def _violent(text: str, lang: str):
    return [e for e in _factual(text, lang) if e.plover and e.plover.get("event") == "ASSAULT"]


POLITICS = {
    "fr": "Le gouvernement a présenté mardi son projet de budget devant l'Assemblée nationale. {} "
          "Le débat reprendra jeudi.",
    "es": "El Gobierno presentó el martes su proyecto de presupuesto ante el Parlamento. {} "
          "El debate continuará el jueves.",
    "ar": "قدمت الحكومة يوم الثلاثاء مشروع الموازنة أمام مجلس الوزراء. {} ويستأنف النقاش يوم الخميس.",
    "tr": "Hükümet salı günü bütçe tasarısını kabineye sundu. {} Görüşmeler perşembe günü sürecek.",
}


@pytest.mark.parametrize("lang,match,attack", [
    ("fr", "Le soir même, les Celtics ont massacré les Pacers 132-96.",
     "Le soir même, une bombe a explosé près du stade de Mogadiscio, tuant cinq supporters."),
    ("es", "Esa noche, el Real Madrid masacró al Getafe con un 5-0.",
     "Esa noche, un coche bomba explotó frente al estadio de Mogadiscio y mató a cinco aficionados."),
    ("tr", "Akşam oynanan maçta Galatasaray rakibinin kalesini 4-0 ile bombaladı.",
     "Akşam stadyum çıkışında bombalı saldırı düzenlendi ve 2 polis hayatını kaybetti."),
])
def test_one_match_report_in_a_politics_article_is_no_attack(lang, match, attack):
    assert not _violent(POLITICS[lang].format(match), lang)
    assert _violent(POLITICS[lang].format(attack), lang)


@pytest.mark.parametrize("lang,sport,attack", [
    ("fr", "Le boxeur a bombardé son adversaire de crochets avant de l'achever au troisième round. "
           "Le champion a remporté le combat et sa ceinture.",
     "Une bombe a explosé samedi dans le stade pendant le match de football, tuant trois supporters."),
    ("tr", "Efes, Madrid potasını üçlüklerle bombaladı. Basketbol maçında takım rakibini ezdi ve "
           "taraftar galibiyeti kutladı.",
     "Maç sonrası stadyum çevresinde bomba yüklü araç patladı, 2 polis hayatını kaybetti."),
])
def test_a_sports_article_bombards_only_with_figures(lang, sport, attack):
    assert not _violent(sport, lang)
    assert _violent(attack, lang)


@pytest.mark.parametrize("lang,drill,attack", [
    ("fr", "Lundi, l'armée a lancé l'exercice Orion : des parachutistes ont simulé l'assaut d'une position "
           "ennemie et des hélicoptères ont tiré des missiles sur des cibles.",
     "Lundi, des hommes armés ont attaqué un défilé militaire à Ahvaz, tuant 25 personnes."),
    ("es", "Durante unas maniobras en San Gregorio, los paracaidistas simularon un asalto y los tanques "
           "abrieron fuego contra blancos fijos.",
     "Un dron cargado de explosivos estalló durante un desfile militar en Caracas e hirió a siete soldados."),
    ("ar", "ونفذت القوات المسلحة مناورة بالذخيرة الحية حاكت خلالها اقتحام مواقع العدو وتدمير تحصيناته.",
     "وهاجم مسلحون عرضاً عسكرياً في الأهواز، ما أسفر عن مقتل 25 شخصاً."),
    ("tr", "EFES tatbikatında birlikler çıkarma yaptı. Taarruz helikopterleri hedefleri vurdu, tanklar ateş açtı.",
     "Askeri geçit törenine düzenlenen silahlı saldırıda 25 kişi öldü."),
])
def test_an_exercise_or_a_parade_shoots_at_no_one(lang, drill, attack):
    assert not _violent(drill, lang)
    assert _violent(attack, lang)


def test_a_parade_is_no_march():
    assert not _factual("Le dernier défilé militaire du 14 juillet avait rassemblé 6 000 soldats sur les "
                        "Champs-Élysées.", "fr")
    assert _factual("Des milliers de manifestants ont défilé samedi à Bamako contre la junte.", "fr")


@pytest.mark.parametrize("lang,mishap,attack", [
    ("fr", "La veille, un incendie s'était déclaré dans un marché de Dakar. Dix personnes ont péri dans les "
           "flammes et des dizaines de boutiques ont été détruites.",
     "La veille, des hommes armés ont incendié un marché de Djibo. Dix personnes ont été tuées et des "
     "dizaines de boutiques ont été détruites."),
    ("es", "En la autovía, un camión chocó contra un autobús y mató a cuatro personas.",
     "En la carretera, hombres armados emboscaron un convoy militar y mataron a cuatro soldados."),
    ("ar", "ولقي ثلاثة أطفال حتفهم في حريق شب في منزلهم في حماة.",
     "ولقي ثلاثة أطفال حتفهم في قصف مدفعي على منزلهم في إدلب."),
    ("tr", "Maden ocağında meydana gelen grizu patlamasında 41 madenci hayatını kaybetti.",
     "Yol kenarına yerleştirilen el yapımı patlayıcının infilak etmesi sonucu 3 asker şehit oldu."),
])
def test_a_fire_a_crash_or_a_gas_blast_kills_in_no_attack(lang, mishap, attack):
    assert not _violent(mishap, lang)
    assert _violent(attack, lang)


@pytest.mark.parametrize("lang,disease,attack", [
    ("fr", "Le paludisme a tué au moins 40 personnes depuis le début du mois dans la région.",
     "Des hommes armés ont attaqué un centre de traitement d'Ebola à Butembo, tuant un policier."),
    ("es", "El dengue ha matado a 129 personas en Argentina en lo que va del año.",
     "Hombres armados asesinaron a dos enfermeros durante una campaña contra el dengue en el Cauca."),
    ("ar", "قتلت الكوليرا 30 شخصاً على الأقل في محافظة الحديدة.",
     "قتل مسلحون ثلاثة أطباء في مركز لعلاج الكوليرا في محافظة الحديدة."),
    ("tr", "Kızamık salgını geçen ay Şanlıurfa'da 9 çocuğun ölümüne yol açtı.",
     "PKK'lı teröristler kızamık aşısı yapan sağlık ekibine saldırdı, 2 sağlıkçı öldü."),
])
def test_a_disease_kills_in_no_attack(lang, disease, attack):
    assert not _violent(disease, lang)
    assert _violent(attack, lang)


@pytest.mark.parametrize("lang,history,news", [
    ("fr", "Il y a 78 ans, des avions alliés ont bombardé Royan, tuant plus de 400 civils.",
     "Mardi, des avions russes ont bombardé Maarat al-Noomane, tuant 20 civils."),
    ("es", "Hace cuarenta años, el ejército masacró a cientos de campesinos en El Mozote.",
     "El sábado, hombres armados masacraron a ocho jóvenes en Samaniego."),
    ("ar", "قبل خمسين عاماً، قصفت المدفعية المصرية خط بارليف وقُتل آلاف الجنود.",
     "وقصفت المدفعية التركية مواقع قوات النظام في سراقب يوم الأحد، وقُتل 19 جندياً."),
    ("tr", "107 yıl önce düşman donanması boğazı bombaladı ve binlerce asker şehit oldu.",
     "Savaş uçakları pazar günü İdlib'de rejim mevzilerini bombaladı."),
])
def test_history_years_ago_is_no_new_event(lang, history, news):
    assert not _violent(history, lang)
    assert _violent(news, lang)


@pytest.mark.parametrize("lang,review,news", [
    ("fr", "Le film montre des soldats tués par centaines dans les tranchées de Verdun.",
     "Des soldats ont été tués par dizaines lundi près de Saraqeb."),
    ("es", "La película recuerda los secuestros y los asesinatos de miles de opositores durante la dictadura.",
     "Hombres armados secuestraron y asesinaron el lunes a tres opositores en el Cauca."),
    ("ar", "ويروي الفيلم الوثائقي قصف المدفعية لخط بارليف.",
     "وقصفت المدفعية مدينة سراقب يوم الإثنين."),
])
def test_a_film_tells_no_new_event(lang, review, news):
    assert not _violent(review, lang)
    assert _violent(news, lang)


def test_troops_clearing_mud_do_not_withdraw():
    assert not _factual("El Ejército desplegó a 7.500 militares para retirar el lodo, buscar a los "
                        "desaparecidos y repartir víveres.", "es")
    assert _factual("Las tropas rusas se retiraron el viernes de la ciudad de Jersón.", "es")


def test_a_hostile_takeover_is_no_raid():
    market = ("Veolia a lancé dimanche une OPA hostile sur Suez après avoir racheté 29,9 % de son capital. "
              "Suez a dénoncé un raid boursier et une attaque brutale. L'action a bondi de 7 % à la Bourse.")
    assert not _factual(market, "fr")
    es = ("El BBVA lanzó una OPA hostil sobre el Sabadell. El Sabadell calificó la adquisición de ataque "
          "frontal. Las acciones subieron en la bolsa y los inversores celebraron.")
    assert not _violent(es, "es")


def test_an_arson_attack_on_a_party_office_in_an_election_article_is_coded():
    text = ("À un mois des législatives, les candidats multiplient les meetings et le dernier sondage donne "
            "l'opposition en tête dans plusieurs circonscriptions. Dans la nuit de lundi, des inconnus ont "
            "incendié la permanence électorale du député à Ajaccio, a indiqué la préfecture.")
    assert [e for e in _factual(text, "fr") if e.plover and e.plover.get("event") == "ASSAULT"]


@pytest.mark.parametrize("lang,text", [
    # a range of victims is no score; a team of the UN attacked "dans le but de" is no match report
    ("fr", "Entre 10-15 civils ont été tués mardi dans des frappes aériennes sur Maarat al-Noomane."),
    ("es", "Entre 10-15 campesinos fueron asesinados el sábado por hombres armados en el Cauca."),
    # a doctor of an epidemic's response shot dead: the disease does not explain the bullets
    ("fr", "Un médecin de la riposte contre Ebola a été tué par balles dans son hôpital à Butembo."),
    # a journalist seized "dans l'exercice de ses fonctions" is no drill
    ("fr", "Un journaliste a été enlevé dimanche par des hommes armés dans l'exercice de ses fonctions à Gao."),
])
def test_real_events_near_the_distractor_cues_stay_coded(lang, text):
    assert _violent(text, lang)


@pytest.mark.parametrize("lang,figure,real", [
    # an object that cannot bleed
    ("fr", "Le gouvernement a tué le débat.", "Des hommes armés ont tué le chef du village à Kidal."),
    ("es", "La subida de tasas mató la esperanza de los inversores.",
     "Hombres armados mataron a un líder comunitario en el Cauca."),
    ("ar", "وقال النائب إن الحكومة ذبحت الاقتصاد.", "وذبح مسلحون خمسة مدنيين في قرية قرب حماة."),
    ("tr", "Hükümet ekonomiyi katletti.", "Teröristler köylüleri katletti."),
    # means that are words, not shells or bullets
    ("fr", "L'opposition a bombardé le gouvernement de questions.", "L'armée a bombardé le quartier de roquettes."),
    ("es", "La oposición bombardeó al Gobierno con críticas.",
     "Hombres armados acribillaron a balazos a un concejal en el Cauca."),
    ("ar", "وهاجم النواب الوزير بالانتقادات.", "وهاجم مسلحون حاجزاً للجيش بالأسلحة الرشاشة قرب درعا."),
])
def test_a_figure_of_speech_by_its_object_or_its_means(lang, figure, real):
    assert not _violent(figure, lang)
    assert _violent(real, lang)


ELECTION = ("A tres semanas de las elecciones, la última encuesta da ventaja al candidato opositor, y la bancada "
            "oficialista pidió votos en el Congreso. {}")


@pytest.mark.parametrize("figure,real", [
    ("La bancada denunció un ataque artero de la oposición.",
     "El sábado, un candidato a la alcaldía fue asesinado en Guerrero."),
    ("«Nos quieren asesinar políticamente», afirmó el senador.",
     "El sábado, un concejal fue asesinado a balazos en Guerrero."),
    ("La oposición acusó al Gobierno de disparar mentiras y de atacar a la prensa.",
     "El sábado, desconocidos atacaron la sede del partido en Acapulco."),
])
def test_an_election_article_keeps_its_real_killings(figure, real):
    assert not _violent(ELECTION.format(figure), "es")
    assert _violent(ELECTION.format(real), "es")
