"""Eighth round on the light path (French and Spanish): conditionals inside quotes, habits told
with "avoir coutume de", statistics compared, road accidents, calls with a long object, rumours
debunked or denied after the event word, a reject of a version; shooting "contra" someone, a
pipeline damaged, a fight that broke out (no bomb), troops entering a prison, tank fire; actors
named by a noun and a demonym after it ("frappes israéliennes"); a bare month and a quarter as
dates; a compass region after "dans le"; a name only spelt like a town across a border.  Every
sentence was written for tocsin in the style of Sahel, Lebanese, Colombian and Ecuadorian
outlets; each guard has a control that stays coded."""
import pytest

from .factual import factual_events

LEADS = {
    "fr": "NIAMEY (Sahel Presse) - Des hommes armés ont tué six soldats lundi près de Téra, selon l'armée.\n\n",
    "es": "QUITO (Andes Noticias) - Presos armados se enfrentaron el lunes en la cárcel de Latacunga, informó la Policía.\n\n",
}


def _extra(sentence: str, lang: str, published: str = "2023-05-10") -> list:
    events = factual_events(LEADS[lang] + sentence, published, lang=lang)
    return [e for e in events if sentence[:25] in e.evidence["text"]]


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "« Si l'armée venait à quitter la ville, plus rien n'arrêterait les assaillants », confie un élu."),
    ("fr", "Les combattants ont coutume de s'en prendre aux villages qui refusent de payer."),
    ("fr", "Les rebelles ont pour habitude de se replier dans la forêt après chaque attaque."),
    ("fr", "Le nombre de morts liés aux violences a presque doublé dans la région par rapport à l'année précédente."),
    ("fr", "Lundi soir, un carambolage entre des camions de familles déplacées a fait deux blessés sur la nationale."),
    ("fr", "Des associations appellent le gouvernement de transition à publier un bilan complet du massacre."),
    ("fr", "Le deuil frappe encore les familles de la garnison."),
    ("es", "En redes sociales circularon mensajes sobre un nuevo ataque en el centro, versión que la alcaldía desmintió por la tarde."),
    ("es", "Un video que supuestamente mostraba bombardeos en la frontera resultó ser de otro país."),
    ("es", "Por WhatsApp circula un panfleto que anuncia un paro armado para el fin de semana."),
    ("es", "La Fiscalía registró unos 1.500 homicidios en 2023, un 8 % menos que en 2022."),
    ("es", "La Cancillería colombiana rechazó la versión de que el Ejército apoya a los grupos que atacan la frontera."),
])
def test_no_event(lang, sentence):
    assert _extra(sentence, lang) == []


@pytest.mark.parametrize("lang,sentence,sub", [
    ("es", "Un grupo de hombres armados disparó contra dos comerciantes frente al mercado el martes.", "Attack"),
    ("es", "Una carga explosiva averió el martes un tramo del oleoducto en zona rural de Saravena.", "Remote explosive/landmine/IED"),
    ("es", "Al menos 20 internos murieron en los enfrentamientos entre bandas que estallaron el martes en la cárcel.", "Armed clash"),
    ("es", "Unos 500 policías y militares ingresaron el martes a la cárcel para retomar el control.", "Change to group/activity"),
    ("fr", "Mardi, des tirs de char ont touché un poste de la Finul près de Naqoura.", "Shelling/artillery/missile attack"),
    ("fr", "Trois combattants ont été tués mardi lors d'un raid de l'armée à Ménaka.", "Armed clash"),
    ("fr", "La police a appelé au calme puis a dispersé mardi des manifestants rassemblés devant la mairie.", None),
])
def test_events_found(lang, sentence, sub):
    found = _extra(sentence, lang)
    assert found, sentence
    if sub:
        assert any((e.acled or {}).get("sub_event_type") == sub for e in found), [e.acled for e in found]


@pytest.mark.parametrize("lang,text,iso", [
    ("fr", "Des frappes israéliennes ont tué huit personnes lundi à Tyr.", "ISR"),
    ("fr", "Lundi, l'aviation israélienne a mené des raids sur plusieurs localités du Sud.", "ISR"),
    ("es", "Soldados colombianos se enfrentaron con el ELN el lunes en Arauca.", "COL"),
    ("es", "El lunes, un misil hutí alcanzó un carguero en el golfo de Adén.", "YEM"),
])
def test_a_noun_then_a_demonym_names_the_actor(lang, text, iso):
    events = factual_events(text, "2024-10-17", lang=lang)
    assert any(a.get("role") == "actor1" and a.get("country") == iso for e in events for a in e.actors), \
        [e.actors for e in events]


def test_the_raids_on_several_localities_are_an_aggregate():
    (ev,) = [e for e in factual_events("Lundi, l'aviation israélienne a mené des raids sur plusieurs localités du Sud.",
                                       "2024-10-17", lang="fr")]
    assert ev.aggregate


@pytest.mark.parametrize("lang,sentence,start,end", [
    ("fr", "En janvier, quatre gendarmes ont été tués lors de l'attaque d'un poste à Gossi.", "2023-01-01", "2023-01-31"),
    ("es", "En enero, cuatro policías fueron asesinados en un ataque a una estación en Tulcán.", "2023-01-01", "2023-01-31"),
    ("fr", "Au premier trimestre, 600 personnes ont été tuées dans le pays, selon l'ONU.", "2023-01-01", "2023-03-31"),
    ("es", "Durante el primer trimestre, 300 personas murieron en ataques de bandas, según la ONU.", "2023-01-01", "2023-03-31"),
])
def test_a_bare_month_or_quarter_dates_the_event(lang, sentence, start, end):
    found = _extra(sentence, lang, published="2023-04-19")
    assert found and found[0].date["start"] == start and found[0].date["end"] == end, [e.date for e in found]


def test_a_compass_region_after_dans_le_is_the_region_of_the_story_s_country():
    text = ("BAMENDA (Radio Grassfields) - L'armée camerounaise a repoussé lundi une attaque séparatiste à Bamenda.\n\n"
            "Dans le Sud-Ouest, l'armée affirme avoir tué mardi trois séparatistes lors d'un raid à Mamfe.")
    found = [e for e in factual_events(text, "2021-09-21", lang="fr") if "Sud-Ouest" in e.evidence["text"]]
    assert found and all((e.location or {}).get("country") == "CM" for e in found), [e.location for e in found]


def test_a_name_only_spelt_like_a_town_abroad_gives_way_to_the_region_named_with_it():
    text = ("NIAMEY - Un détachement des Forces armées nigériennes a été pris dans une embuscade mardi près de "
            "Koutougou, dans la région de Tillabéri, faisant 17 morts. Dans cette zone proche du Burkina Faso, "
            "les groupes armés se déplacent habituellement à moto.")
    events = factual_events(text, "2023-08-17", lang="fr")
    assert events and all((e.location or {}).get("country") == "NE" for e in events), [e.location for e in events]


# --- ninth round (French and Spanish) ---
@pytest.mark.parametrize("lang,sentence", [
    ("fr", "Sur les réseaux sociaux, des messages affirmaient samedi que la base de Djibo était tombée aux mains des insurgés."),
    ("fr", "Une opération terrestre d'ampleur risquerait alors de ruiner des mois de négociations."),
    ("fr", "Le 3 mai, un exercice de simulation d'afflux de blessés a eu lieu à l'hôpital de Goma."),
    ("fr", "Le public découvrira ce soir un long métrage qui raconte l'attaque d'un hameau par des hommes armés."),
    ("es", "Octubre ya es el mes con más asesinatos en Guerrero en lo que va del año, según la Fiscalía."),
    ("es", "Tercer escenario: la violencia se desplaza de la capital hacia las provincias del sur."),
    ("es", "La cifra de arrestos registrada en un mes supera la de todo el año anterior."),
    ("es", "Para este informe, se considera ejecución extrajudicial toda muerte causada por agentes del Estado fuera de combate."),
    ("es", "La organización no pudo verificar las denuncias sobre presuntas torturas en el estado Lara."),
    ("es", "La ONG insta a las autoridades a liberar a todas las personas detenidas durante las marchas."),
    ("es", "En los albergues de la frontera, dos ancianos han muerto de frío esta semana."),
    ("es", "La policía informó de que no se registraron peleas ni personas capturadas durante el partido."),
])
def test_no_event_round9(lang, sentence):
    assert _extra(sentence, lang) == []


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "Des jihadistes se sont emparés samedi de la base de Djibo, selon des sources sécuritaires."),
    ("fr", "Une frappe de drone aurait tué trois civils mardi près de Téra, selon des habitants."),
    ("es", "La policía capturó el lunes a cinco personas durante el partido en Quito."),
    ("es", "Hombres armados asesinaron a dos ancianos en un albergue de la frontera el martes."),
])
def test_controls_stay_coded_round9(lang, sentence):
    assert _extra(sentence, lang), sentence


@pytest.mark.parametrize("lang,sentence,family", [
    ("fr", "Selon Ankara, sept militaires turcs avaient péri sous des obus syriens le 3 février à Saraqeb.", "violence"),
    ("fr", "Près de 2 000 personnes ont quitté leur domicile dans les villages proches de Téra cette semaine.", "displacement"),
    ("es", "Unas 1.100 personas abandonaron sus viviendas tras los combates en la zona rural de Argelia.", "displacement"),
    ("es", "En Culiacán, hombres armados privaron de la libertad a un repartidor de comida el martes.", "abduction"),
    ("es", "Miles de personas salieron a las calles en Quito y otras ciudades el lunes.", "protest"),
    ("es", "Tras los combates del miércoles, las tropas del Gobierno se hicieron con el control de Maarat al Numan.", "territory"),
])
def test_events_found_round9(lang, sentence, family):
    assert any(e.rule_family == family for e in _extra(sentence, lang)), sentence


def test_a_place_inside_an_actor_s_name_places_nothing():
    text = ("NIAMEY (Sahel Presse) - Des hommes armés ont attaqué lundi le village de Tizégorou, dans la région "
            "de Tillabéri, selon des sources locales.\n\nLes habitants accusent des combattants de l'État islamique "
            "au Sahel, qui ont aussi emporté du bétail.")
    events = factual_events(text, "2023-05-10", lang="fr")
    assert events and all((e.location or {}).get("country") == "NE" for e in events)


def test_a_town_across_the_border_from_the_named_region_gives_way():
    text = ("OUAGADOUGOU (Sahel Presse) - Des jihadistes ont tué douze soldats vendredi près de Djibo, dans le "
            "nord du Burkina Faso, selon l'armée.\n\nAu Mali voisin, six civils ont été tués samedi par l'explosion "
            "d'une mine artisanale près de Boni, dans la région de Mopti, selon des sources locales.")
    events = [e for e in factual_events(text, "2023-05-10", lang="fr") if "Boni" in e.evidence["text"]]
    assert events and all((e.location or {}).get("country") == "ML" for e in events)
