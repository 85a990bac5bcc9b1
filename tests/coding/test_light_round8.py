"""Eighth round on the light path (French and Spanish): conditionals inside quotes, habits told
with "avoir coutume de", statistics compared, road accidents, calls with a long object, rumours
debunked or denied after the event word, a reject of a version; shooting "contra" someone, a
pipeline damaged, a fight that broke out (no bomb), troops entering a prison, tank fire; actors
named by a noun and a demonym after it ("frappes israéliennes"); a bare month and a quarter as
dates; a compass region after "dans le"; a name only spelt like a town across a border.  Every
sentence was written for tocsin in the style of Sahel, Lebanese, Colombian and Ecuadorian
outlets; each guard has a control that stays coded."""
import pytest

from .factual import coded_events, factual_events

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
