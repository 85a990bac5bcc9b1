"""Named features that news places events at (sentences written for these tests): a mountain
pass the tagger reads as a law, a region of a province, a landmark building several capitals
share a name with, a building told again by a longer name, and the target's place in the clause
the parser split off ("shelled troops gathering near X")."""
from tocsin.place.cues import object_continues, site_anaphor
from tocsin.place.resolve import Place, candidates, resolve

from .records import extracted


def _located(records, words):
    rec = next(r for r in records if words in r.evidence["text"])
    return rec.location or {}


def test_mountain_pass_in_a_subordinate_clause_places_the_attack(tmp_path):
    text = ("Gunmen kill six lorry drivers in Pakistan\n\nPublished on 3 June 2024\n\n"
            "ISLAMABAD, June 3 (Indus Wire) - Pakistan's interior minister condemned on Monday an attack "
            "in Balochistan and said militants were being sheltered in Afghanistan.\n\n"
            "Gunmen opened fire on a convoy of lorries on Sunday as it wound through the Bolan Pass, "
            "killing six drivers, police said.\n\n"
            "The minister said Pakistan could strike hideouts inside Afghanistan if Kabul did not act.")
    loc = _located(extracted(tmp_path, text), "Gunmen opened fire")
    assert loc.get("country") == "PK" and loc.get("admin1") == "Balochistan"


def test_pass_region_and_landmark_resolve_as_named_features():
    bolan = resolve("the Bolan Pass", ["PK"])
    assert bolan is not None and bolan.admin1 == "Balochistan" and bolan.feature == "region"
    catatumbo = resolve("Catatumbo region", ["CO"])
    assert catatumbo is not None and catatumbo.admin1 == "Norte de Santander" and catatumbo.precision == 3


def test_region_of_a_province_gets_its_province(tmp_path):
    text = ("Clashes drive thousands from their homes in Colombia\n\nPublished on 20 January 2025\n\n"
            "BOGOTA, Jan 20 (Andes Wire) - Clashes between ELN guerrillas and a rival armed group in the "
            "Catatumbo region near the border with Venezuela killed at least 30 people over the weekend, "
            "the ombudsman said.")
    loc = _located(extracted(tmp_path, text), "Clashes between ELN")
    assert loc.get("country") == "CO" and loc.get("admin1") == "Norte de Santander"


def test_landmark_is_the_one_of_the_story_country():
    for country, admin1 in (("MX", "Mexico City"), ("HT", "Ouest"), ("GT", "Guatemala")):
        p = resolve("the National Palace", [country])
        assert p is not None and p.country == country and p.admin1 == admin1 and p.feature == "landmark"
    # a story about a country whose palace the supplement lacks: no namesake abroad
    assert not any(c.place.feature == "landmark" for c in candidates("National Palace", ["PE"]))
    assert not candidates("National Palace")


def test_landmark_places_a_protest_in_the_capital_not_the_province_named_before(tmp_path):
    text = ("Protesters ram palace door in Mexico\n\nPublished on 6 March 2024\n\n"
            "Relatives of missing students clashed with police in the state of Guerrero last week.\n\n"
            "On Wednesday, protesters rammed a pickup truck through a door of the National Palace, officials "
            "said.")
    recs = extracted(tmp_path, text)
    palace = [r.location for r in recs if r.location and r.location.get("name") == "National Palace"]
    assert palace and palace[0]["admin1"] == "Mexico City"


def test_target_in_the_clause_after_the_event_places_it(tmp_path):
    text = ("Israeli strikes hit south Lebanon\n\nPublished on 2 October 2024\n\n"
            "BEIRUT, Oct 2 (Levant Wire) - Israeli strikes killed five people in the Lebanese town of "
            "Bint Jbeil on Tuesday, Lebanon's health ministry said.\n\n"
            "Hezbollah said its fighters fired rockets at Israeli soldiers massing near Shlomi with heavy "
            "guns on Wednesday.")
    loc = _located(extracted(tmp_path, text), "massing near Shlomi")
    assert loc.get("country") == "IL"


def test_object_clause_runs_on_only_without_a_joiner():
    text = "Fighters shelled troops gathering near Metula, as talks went on in Moscow."
    spans = ((0, len("Fighters shelled")),)
    assert object_continues(text, 0, spans, text.index("Metula"))
    assert not object_continues(text, 0, spans, text.index("Moscow"))
    said = "Fighters shelled troops, the group said in Beirut."
    assert not object_continues(said, 0, spans, said.index("Beirut"))


def test_building_told_again_takes_the_town_of_the_strike_on_it():
    odesa = Place("Odesa", "Odesa", "UA", "UKR", "Odesa", 46.48, 30.73, 698740, 1, "city")
    struck = [("A Russian missile struck a naval academy in Odesa on Monday.", (odesa, 1))]
    assert site_anaphor("Two missiles hit the Naval Academy's main building.", struck) == (odesa, 1)
    assert site_anaphor("The Defence Ministry said two people died.", struck) is None
    assert site_anaphor("Two missiles hit the port.", struck) is None


def test_building_told_again_in_a_new_paragraph(tmp_path):
    text = ("Missile strike on Odesa academy kills eight\n\nPublished on 8 April 2024\n\n"
            "KYIV, April 8 (Meridian Press) - A Russian missile strike on a naval academy in the southern "
            "city of Odesa killed eight people on Monday, Ukrainian officials said.\n\n"
            "Two missiles hit the Naval Academy's training hall minutes after sirens sounded, the navy said.\n\n"
            "Russian troops shelled villages in the Donetsk region, killing three people, and Russia's army "
            "said it captured a village in the Donetsk region.")
    loc = _located(extracted(tmp_path, text), "training hall")
    assert loc.get("name") == "Odesa" and loc.get("admin1") == "Odesa"
