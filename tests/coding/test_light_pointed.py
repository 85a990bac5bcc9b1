"""Light path (ar, es, fr, tr): event words that point at something known instead of telling a
new act (coding/light_pointed.py), and the role, place and type rules found on real news
pages in those languages.  Every rule has a positive control: a new event of the same shape is
still coded."""
from __future__ import annotations

import pytest

from .factual import coded_events, factual_events


def _factual(text: str, lang: str, published: str = "2024-03-12"):
    return factual_events(text, published, lang=lang)


def _violent(text: str, lang: str):
    return [e for e in _factual(text, lang) if e.plover and e.plover.get("event") == "ASSAULT"]


def _families(text: str, lang: str) -> list[str]:
    return [e.rule_family for e in _factual(text, lang)]


@pytest.mark.parametrize("lang,pointer,new", [
    ("fr", "Cette nouvelle attaque intervient trois jours après la visite du ministre à Kaya.",
     "Une nouvelle attaque a visé lundi le poste militaire de Kaya, tuant quatre soldats."),
    ("fr", "Le gouverneur a confirmé cette attaque dans la soirée à la radio nationale.",
     "Des hommes armés ont attaqué un marché de Kaya lundi, tuant neuf civils."),
    ("tr", "Bu saldırı bölgede büyük korku yarattı.",
     "Teröristler dün gece Hakkari'de bir karakola saldırdı, 2 asker yaralandı."),
])
def test_a_demonstrative_points_back_at_the_told_event(lang, pointer, new):
    assert not _violent(pointer, lang)
    assert _violent(new, lang)


@pytest.mark.parametrize("lang,victims", [
    ("tr", "Bizi yasa boğan bu olayda hayatını kaybeden polislerimize rahmet diliyoruz."),
    ("es", "En este hecho fueron asesinados también dos escoltas del concejal."),
])
def test_the_victims_of_a_named_incident_tell_no_new_act(lang, victims):
    assert not _violent(victims, lang)


def test_a_demonstrative_with_a_toll_tells_the_toll():
    (ev,) = _violent("Ce massacre a fait au moins 40 morts dimanche à Yirgou.", "fr")
    assert ev.figures["fatalities"]["value"] == 40


@pytest.mark.parametrize("lang,generic,act", [
    ("fr", "Les Nations unies se disent inquiètes de la montée de la violence dans la capitale.",
     "Des violences ont éclaté dimanche à Bangui, faisant trois morts."),
    ("es", "La violencia de los grupos armados afecta a miles de familias del norte del Cauca.",
     "Una masacre dejó cinco muertos el sábado en Argelia, en el sur del Cauca."),
])
def test_the_definite_abstract_violence_is_a_state_not_an_act(lang, generic, act):
    assert not _violent(generic, lang)
    assert _violent(act, lang)


def test_according_to_is_no_agreement():
    said = "De acuerdo con el gobernador, unas cuarenta familias se refugiaron en la escuela del pueblo."
    assert "agreement" not in _families(said, "es")
    signed = "El gobierno y la guerrilla firmaron un acuerdo de paz el jueves en La Habana."
    assert "agreement" in _families(signed, "es")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué huit villageois samedi près de Djibo, selon des sources locales.\n\n"
           "Attaques répétées dans la région\n\n"
           "Le gouverneur a promis une aide aux familles des victimes."),
    ("es", "Un motín en la cárcel de Latacunga dejó seis reos muertos el lunes, informó la Policía.\n\n"
           "Violencia en los pabellones\n\n"
           "Las autoridades trasladaron a cuarenta internos a otros centros."),
    ("ar", "قتل خمسة مدنيين في قصف مدفعي على بلدة في ريف إدلب الجنوبي يوم الأحد.\n\n"
           "انفجارات عنيفة متتالية\n\n"
           "وقال سكان إن فرق الإنقاذ عملت حتى ساعات الفجر."),
])
def test_a_subheading_announces_and_tells_nothing(lang, text):
    events = _violent(text, lang)
    assert len(events) == 1
    assert events[0].evidence["start"] == 0  # the headline paragraph is told, the sub-heading is not


@pytest.mark.parametrize("lang,purpose,act", [
    ("fr", "Le préfet a déployé des gendarmes pour éviter de nouveaux affrontements entre éleveurs et agriculteurs.",
     "De nouveaux affrontements entre éleveurs et agriculteurs ont fait sept morts mardi près de Mopti."),
])
def test_an_act_a_purpose_names_has_not_happened(lang, purpose, act):
    assert not _violent(purpose, lang)
    assert _violent(act, lang)


def test_a_flight_a_purpose_names_has_not_happened():
    sent = _families("Sınır hattında göçü engellemek maksadıyla yeni birlikler konuşlandırıldı.", "tr")
    assert "displacement" not in sent and "mobilize" in sent
    assert "displacement" in _families("Çatışmaların ardından binlerce aile köylerinden göç etti.", "tr")


@pytest.mark.parametrize("lang,scene,moved", [
    ("es", "Los agentes encontraron los cuerpos al llegar al lugar, en un camino rural de Jamundí.",
     "Cientos de militares llegaron a Jamundí para reforzar la seguridad tras los ataques."),
    ("es", "Los sicarios huyeron en una motocicleta y la Policía inició su búsqueda.",
     "Unas doscientas familias huyeron de sus veredas por los combates en el Catatumbo."),
    ("fr", "Les assaillants ont fui à moto vers la forêt, a indiqué le maire.",
     "Des centaines d'habitants ont fui leurs villages après les combats de lundi près de Kaya."),
])
def test_responders_at_the_scene_and_fleeing_culprits_are_no_moves(lang, scene, moved):
    moves = {"mobilize", "displacement"}
    assert not moves & set(_families(scene, lang))
    assert moves & set(_families(moved, lang))


def test_the_fallen_are_dead_not_a_fallen_place():
    told = "Le bilan est de six soldats et quatre VDP tombés, a précisé une source sécuritaire."
    assert "territory" not in _families(told, "fr")
    fell = "La ville de Djibo est tombée aux mains des jihadistes après trois jours de combats."
    assert "territory" in _families(fell, "fr")


def test_an_agreement_in_a_markets_article_is_a_deal():
    markets = ("تراجعت أسهم البورصة بنسبة 4 في المائة، وقال مستثمرون إن خروج روسيا من اتفاق خفض الإنتاج "
               "سيضغط على مؤشر السوق، فيما خسر سهم أرامكو ثلاثة في المائة.")
    assert "agreement" not in _families(markets, "ar")
    truce = "وقعت الحكومة والفصائل المسلحة اتفاق وقف إطلاق النار في الدوحة يوم الخميس."
    assert "agreement" in _families(truce, "ar")


def test_the_city_told_before_is_not_medina():
    text = ("شنت قوات الدعم السريع هجوماً على مدينة الفاشر فجر الأحد، وقصفت أحياء داخل المدينة، "
            "ما أدى إلى مقتل ستة مدنيين.")
    events = _violent(text, "ar")
    assert events and all((e.location or {}).get("country") != "SA" for e in events)


def test_an_aggression_that_targets_is_a_strike():
    text = "وأفادت القناة بأن عدواناً أميركياً استهدف محطة كهرباء في مديرية الحالي بمحافظة الحديدة."
    assert any("عدوان" in e.trigger for e in _violent(text, "ar"))
    assert not _violent("ندد وزير الخارجية بالعدوان على اليمن في كلمة أمام البرلمان.", "ar")


def test_a_siege_that_lasts_is_a_state_an_imposed_one_an_act():
    lasting = "وتمكن الجيش من كسر الحصار الجوي المفروض على مدينة الفاشر منذ أشهر."
    assert not _violent(lasting, "ar")
    imposed = "فرضت قوات الدعم السريع حصاراً على مدينة بابنوسة."
    assert _violent(imposed, "ar")


def test_the_owner_of_the_aircraft_acts():
    text = "Rejime ait savaş uçakları İdlib'in güneyinde bir köyü bombaladı, 6 sivil hayatını kaybetti."
    (ev,) = _violent(text, "tr")
    actor1 = {a["name"] for a in ev.actors if a["role"] == "actor1"}
    assert any("Syria" in n for n in actor1)


def test_a_clash_between_armed_groups_stays_a_clash_when_civilians_are_caught():
    text = "Los combates entre el ELN y las disidencias de las Farc atraparon a cientos de civiles en el Catatumbo."
    events = [e for e in coded_events(text, "2024-03-12", lang="es") if e.rule_family == "battle"]
    assert events and all(e.acled["sub_event_type"] == "Armed clash" for e in events)
    attack = "Los combatientes del ELN atacaron a civiles que regresaban a sus casas en el Catatumbo."
    assert any(e.acled["event_type"] == "Violence against civilians" for e in _violent(attack, "es"))


@pytest.mark.parametrize("lang,toll", [
    ("fr", "Le bilan provisoire fait état de sept soldats tués et de trois blessés, selon l'état-major."),
    ("es", "El saldo provisional es de cuatro policías heridos, según la Fiscalía."),
])
def test_a_toll_given_again_is_no_new_act(lang, toll):
    assert not _violent(toll, lang)


def test_a_toll_beside_its_act_keeps_the_act():
    (ev,) = _violent("Le bilan de l'embuscade tendue lundi près de Kaya est de sept soldats tués.", "fr")
    assert ev.figures["fatalities"]["value"] == 7


@pytest.mark.parametrize("lang,setting,new", [
    ("fr", "L'attaque survient une semaine après la nomination du nouveau chef d'état-major.",
     "Une attaque a frappé lundi un poste de gendarmerie à Kaya, tuant deux gendarmes."),
    ("es", "La Policía halló el arma que se utilizó en el ataque en un lote baldío de Durán.",
     "Hombres armados dispararon contra un bus en Durán y mataron a tres pasajeros."),
    ("ar", "ويأتي الهجوم بعد أسبوع من إعلان الحكومة خطة أمنية جديدة في الولاية.",
     "شن مسلحون هجوماً على قرية في ولاية زمفارا وقتلوا عشرة قرويين."),
])
def test_the_told_act_set_beside_another_thing_is_no_new_act(lang, setting, new):
    assert not _violent(setting, lang)
    assert _violent(new, lang)


@pytest.mark.parametrize("lang,heard,blast", [
    ("ar", "وأفاد سكان بسماع دوي انفجارات قوية في محيط المطار.",
     "أسفرت ثلاثة انفجارات قوية في محيط المطار عن مقتل أربعة أشخاص."),
    ("es", "Los vecinos dijeron que se escucharon explosiones cerca de la base militar.",
     "Dos explosiones cerca de la base militar dejaron cinco soldados heridos."),
])
def test_an_explosion_heard_is_a_sound_not_a_blast(lang, heard, blast):
    assert not _violent(heard, lang)
    assert _violent(blast, lang)


@pytest.mark.parametrize("lang,campaign,act", [
    ("ar", "وقالت الوزارة إن حصيلة ضحايا العدوان على البلاد تجاوزت الآلاف منذ بداية العام.",
     "وأفادت مصادر محلية بأن عدواناً جوياً استهدف سوقاً في مدينة صعدة وأدى إلى مقتل ثلاثة أشخاص."),
    ("tr", "Terör örgütü PKK'ya yönelik operasyonlarımız kararlılıkla sürüyor.",
     "Hakkari'de düzenlenen operasyonda 4 terörist etkisiz hale getirildi."),
])
def test_a_campaign_named_as_a_whole_is_no_new_act(lang, campaign, act):
    assert not _violent(campaign, lang)
    assert _violent(act, lang)


def test_a_flood_kills_in_no_attack_even_with_gendarmes_on_the_scene():
    flood = "Sel sularının bastığı evde arama yapan jandarma ekipleri 2 kişiyi ölü buldu."
    assert not _violent(flood, "tr")
    attack = "Sel bölgesinde görev yapan askerlere PKK'lı teröristler ateş açtı, 2 asker şehit oldu."
    assert _violent(attack, "tr")


def test_severe_rain_is_no_violence_and_no_armed_group():
    events = coded_events("Dün akşam başlayan ve sabaha kadar etkili olan şiddetli yağmur, kentte yüzlerce evi su "
                          "altında bıraktı.", "2023-03-16", lang="tr")
    assert not [e for e in events if e.plover and e.plover.get("event") == "ASSAULT"]
    assert not [a for e in events for a in e.actors if "Oromo" in a["name"]]


@pytest.mark.parametrize("lang,idiom,act", [
    ("es", "El Ejército dijo que estos actos constituyen graves violaciones a los derechos humanos.",
     "Un hombre fue detenido por la violación de una menor en Tumaco, informó la Fiscalía."),
    ("fr", "Les deux camps s'accusent d'avoir violé le cessez-le-feu conclu la semaine dernière.",
     "Des miliciens ont violé plusieurs femmes lors de l'attaque du village, selon l'ONU."),
    ("ar", "وتحولت فلول التنظيم إلى أسلوب الكر والفر في المناطق الريفية.",
     "فر آلاف المدنيين من القرى الحدودية بعد قصف مدفعي عنيف."),
])
def test_an_idiom_holds_no_event(lang, idiom, act):
    assert not _factual(idiom, lang)
    assert _factual(act, lang)


def test_a_scene_recalled_is_history():
    recalled = ("El hecho recuerda lo ocurrido en abril de 2025, cuando la tropa fue emboscada en "
                "el Guaviare y seis militares murieron.")
    assert not [e for e in _violent(recalled, "es") if e.modality == "asserted"]


@pytest.mark.parametrize("lang,able", [
    ("fr", "Selon l'état-major, les rebelles ne sont plus en mesure de prendre le contrôle de la ville."),
])
def test_an_ability_is_no_act(lang, able):
    assert not _violent(able, lang)


def test_the_act_as_a_time_frame_gives_way_to_the_flight_it_caused():
    events = _factual("Tras el ataque, cientos de familias huyeron hacia el casco urbano de Tibú.", "es")
    assert [e.rule_family for e in events] == ["displacement"]


def test_families_fleeing_a_flood_are_no_conflict_displacement():
    flood = "وأجبرت السيول الجارفة عشرات الأسر على الفرار من منازلها في محافظة أسوان."
    assert "displacement" not in _families(flood, "ar")
    war = "وأجبرت المعارك العنيفة عشرات الأسر على الفرار من منازلها في ريف حلب."
    assert "displacement" in _families(war, "ar")


@pytest.mark.parametrize("lang,words,blows", [
    ("fr", "Outrées par les attaques du Premier ministre, les élues de l'opposition ont quitté l'hémicycle.",
     "Des hommes armés ont mené une attaque contre le ministre de la Défense à Bamako, blessant deux gardes."),
    ("es", "La oposición respondió a los ataques del presidente contra la prensa con una marcha en Caracas.",
     "Sicarios perpetraron un ataque contra el alcalde de Celaya y mataron a su escolta."),
])
def test_an_office_holders_attacks_are_words(lang, words, blows):
    assert not _violent(words, lang)
    assert _violent(blows, lang)


@pytest.mark.parametrize("lang,outbreak,quarrel", [
    ("fr", "Des affrontements ont éclaté dimanche entre éleveurs et agriculteurs près de Mopti.",
     "Une vive polémique a éclaté dimanche entre le maire et le préfet de Mopti."),
    ("es", "Se registraron enfrentamientos entre comuneros de dos comunidades en Apurímac.",
     "Se registraron discusiones entre comuneros de dos comunidades en Apurímac."),
    ("ar", "اندلعت اشتباكات بين عشيرتين في ريف دير الزور الشرقي.",
     "اندلعت مشادة كلامية بين نائبين في البرلمان."),
])
def test_a_clash_breaking_out_between_two_sides_is_a_clash(lang, outbreak, quarrel):
    assert "battle" in _families(outbreak, lang)
    assert not _violent(quarrel, lang)


def test_spanish_harassing_attacks_clashes_and_killings_are_read():
    assert "battle" in _families("Disidentes de las Farc hostigaron la estación de Policía de Suárez.", "es")
    assert "battle" in _families("Los choques entre el Ejército y las disidencias dejaron tres soldados heridos.", "es")
    (ev,) = _violent("Tres militares fueron ultimados en una emboscada en el sur del Cauca.", "es")
    assert ev.figures["fatalities"]["value"] == 3
    assert not _violent("Un choque entre dos autobuses dejó cinco muertos en la carretera Panamericana.", "es")


def test_the_ambush_as_the_time_frame_of_relief_is_no_new_act():
    relief = "Tras la emboscada, se desplegó apoyo aéreo en la zona para evacuar a los heridos."
    assert not _factual(relief, "es")
    assert _violent("La emboscada dejó un soldado muerto y nueve heridos en San José del Guaviare.", "es")
