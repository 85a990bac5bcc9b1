"""Habits, ordinary crime, statistics and easily missed events on the light path (French and
Spanish: coding/light_cues.py `_habit`, coding/light_quiet.py crime and statistic frames;
modality.yaml `habit_phrases`, `present_endings`, `date_words`; assembly.yaml `crime_phrases`,
`statistic_phrases`, `mishap_phrases`; triggers.yaml).  Every sentence was written for tocsin in
the style of Sahel, Cameroonian, Mexican and Colombian outlets; each guard has a control."""
import pytest

from .factual import factual_events

LEADS = {
    "fr": "MOPTI (Sahel Presse) - Des hommes armés ont tué sept villageois lundi à Bankass, selon des élus locaux.\n\n",
    "es": "CALI (Pacífico Noticias) - Disidentes de las FARC atacaron el lunes una estación de policía en Jamundí, informó la Policía.\n\n",
}


def _extra(sentence: str, lang: str) -> list:
    events = factual_events(LEADS[lang] + sentence, "2023-05-10", lang=lang)
    return [e for e in events if sentence[:25] in e.evidence["text"]]


@pytest.mark.parametrize("lang,sentence", [
    ("es", "Los hostigamientos contra las estaciones de policía se repiten casi cada semana en el norte del Cauca."),
    ("es", "Los grupos armados cobran extorsiones a los comerciantes y asesinan a quienes se niegan a pagar."),
    ("es", "Los homicidios dolosos bajaron un 4 % en el departamento frente a 2022, según la Gobernación."),
    ("es", "Un motociclista murió anoche al chocar contra un bus en la vía Panamericana."),
    ("es", "Dos hombres armados con un cuchillo robaron una farmacia del centro y huyeron en una moto."),
    ("es", "La Fiscalía envió un equipo especial para investigar el ataque."),
    ("es", "El Gobierno espera que los homicidios bajen este año gracias a los nuevos batallones."),
    ("fr", "Depuis plusieurs années, les cercles de Bankass et de Koro concentrent l'essentiel des violences."),
    ("fr", "Les milices d'autodéfense et les jihadistes s'y affrontent pour le contrôle des pâturages."),
    ("fr", "Les attaques à l'engin explosif sont bien plus fréquentes cette année qu'en 2022."),
    ("fr", "Deux braqueurs ont blessé un commerçant lors d'un braquage au marché central et ont pris la fuite."),
    ("fr", "Des habitants affirment que des maisons ont été incendiées, ce que la police n'a pas pu vérifier."),
    ("fr", "Les enlèvements restent l'arme favorite des bandes armées de la capitale."),
    ("es", "Un bus interprovincial volcó el martes y dejó cuatro pasajeros heridos."),
    ("es", "La cifra ya supera la de cualquier otra ola de protestas en la región."),
])
def test_no_event(lang, sentence):
    assert _extra(sentence, lang) == []


@pytest.mark.parametrize("lang,sentence", [
    ("es", "El martes, hombres armados arrojaron ocho cuerpos en una carretera a las afueras de Fresnillo."),
    ("es", "El martes, disidentes de las FARC atacaron con explosivos la estación de policía de Suárez."),
    ("fr", "Vendredi 5 mai, des hommes armés ont ouvert le feu sur un car de voyageurs près de Bandiagara, tuant neuf civils."),
    ("fr", "Dimanche 7 mai, un véhicule de l'armée a sauté sur un engin explosif près de Boni."),
    ("fr", "Mardi, les jihadistes attaquent le poste de Diallassagou et tuent quatre soldats."),
])
def test_controls_stay_coded(lang, sentence):
    assert _extra(sentence, lang), sentence


def test_executions_the_army_denies_are_no_event():
    events = _extra("L'armée rejette les accusations d'exécutions sommaires de civils.", "fr")
    assert not [e for e in events if e.rule_family in ("violence", "battle")], [(e.rule_family, e.trigger) for e in events]
