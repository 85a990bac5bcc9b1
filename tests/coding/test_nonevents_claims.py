"""Event words that report no event, fourth round (coding/nonevents_claims.py): live blogs,
explainers, op-eds, UN briefing transcripts and weekly round-ups.  Every sentence here was
written for tocsin; each guard has controls of the same shape that are events and stay coded."""
import pytest

from .factual import factual_events


def _events(text, published="2023-04-16"):
    return factual_events(text, published)


def _subs(text, published="2023-04-16"):
    return {(e.acled or {}).get("sub_event_type") for e in _events(text, published)}


# --- a retracted report ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "10:20 GMT — Correction: an earlier post said militiamen had captured the airport in Kassala.",
    "A previous version of this story said rebels had seized the town of Bentiu.",
    "Clarification: our correspondent said the army had shelled the market, which it had not.",
])
def test_a_retracted_report_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "An army spokesman said militiamen had captured the airport in Kassala on Sunday.",
    "Our correspondent said rebels had seized the town of Bentiu after heavy fighting.",
])
def test_a_report_that_stands_stays(text):
    assert _events(text)


# --- a report called false -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Reports that the rebels had seized the state broadcaster overnight are false, a military spokesman said.",
    "Claims that the militia captured the oil field on Monday are baseless, the energy ministry said.",
    "The army denied reports that insurgents had overrun its base near Gao.",
])
def test_a_report_called_false_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Reports from the area said the rebels had seized the town of Bentiu overnight.",
    "The army said insurgents had overrun its base near Gao on Monday, killing nine soldiers.",
])
def test_a_report_not_denied_stays(text):
    assert _events(text)


# --- unverified footage ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Unverified video circulating online appears to show militiamen detaining police officers at a checkpoint.",
    "Footage shared on social media seems to show gunmen torching shops in the market.",
    "A clip purportedly shows soldiers beating a detained man in the town of Wad Madani.",
])
def test_unverified_footage_is_no_event(text):
    assert _events(text) == []


def test_footage_that_shows_an_event_stays():
    assert _events("Footage released by the army shows soldiers detaining three gunmen at a checkpoint on Monday.")


# --- a standing force --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "UN experts say Burundi has about 1,000 soldiers in Congo fighting alongside the army.",
    "Iran keeps thousands of advisers in Syria fighting for the government, analysts say.",
])
def test_a_standing_force_is_no_clash(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Soldiers fighting alongside the army killed 12 rebels near Sake on Monday.",
    "The rebels had 200 fighters attacking the town on Monday, witnesses said.",
])
def test_forces_in_action_stay(text):
    assert _events(text)


# --- talks described by an agreement verb -----------------------------------------------------
def test_talks_brokered_by_a_mediator_are_no_deal():
    assert "Agreement" not in _subs("Talks between Khartoum and Juba brokered by Ethiopia collapsed in December.")


def test_a_brokered_deal_stays():
    assert "Agreement" in _subs("The two sides agreed to a ceasefire brokered by Qatar on Monday.")


# --- a toll over months of generic violence ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Between January and the end of March, at least 1,200 people were killed in gang violence in Haiti, the UN said.",
    "So far this year, criminal violence has killed more than 800 people in the state, officials said.",
    "In the first half of the year, 950 people died in communal violence across the region.",
])
def test_a_period_toll_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "At least 13 soldiers were killed in fighting with the rebels around Goma on Saturday.",
    "Gang violence killed 12 people in the Port-au-Prince district of Solino on Monday, police said.",
    "Between Monday and Wednesday, gunmen killed 40 villagers in raids on three hamlets, officials said.",
])
def test_a_dated_toll_stays(text):
    assert _events(text)


# --- a standing accusation ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kinshasa accuses Kigali of using the rebels to smuggle gold and loot minerals from the east.",
    "The opposition accuses the junta of burning villages to punish their residents.",
])
def test_a_standing_accusation_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Kinshasa on Monday accused Kigali of shelling the town of Goma.",
    "The opposition accused the junta of burning three villages near Mandalay last week.",
])
def test_a_dated_accusation_stays(text):
    assert _events(text)


# --- events these genres hold that were missed (triggers.yaml) --------------------------------
def test_gunfire_resuming_is_a_clash():
    text = "Heavy gunfire resumed at dawn around the presidential palace in Khartoum, residents said."
    assert "Armed clash" in _subs(text)


def test_gunfire_that_could_be_heard_is_no_event():
    assert _events("Residents said gunfire could be heard across the city if the talks failed.") == []


def test_protesters_attacking_embassies_is_a_riot():
    subs = _subs("In Kinshasa, protesters attacked several embassies on Tuesday, setting fire to the French embassy.",
                 "2025-01-29")
    assert "Violent demonstration" in subs and "Attack" not in subs


def test_gunmen_attacking_protesters_stays_an_attack():
    text = "Gunmen attacked protesters in the town of Omdurman on Tuesday, killing three."
    assert "Attack" in _subs(text, "2025-01-29")


# --- a reaction to an event told elsewhere ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "We are horrified by the attack on the village of Kalla, in the north of the country.",
    "The bishop said he was deeply shocked at the killings in his diocese.",
])
def test_a_reaction_is_no_new_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Residents were shocked by an attack on the village of Kalla on Monday that killed six people.",
    "We are horrified by the attack on the village of Kalla, in which gunmen killed 14 people.",
])
def test_a_reaction_that_tells_the_event_stays(text):
    assert _events(text)


# --- unconfirmed reports, an actor's record, prospects, scenarios, reputations, future ----------
@pytest.mark.parametrize("text", [
    "Unconfirmed reports say militiamen have stormed a police station in the east of the city.",
    "Al-Shabaab has carried out attacks in Kenya and Djibouti as well as in Somalia.",
    "The militia has kidnapped aid workers and ambushed convoys across the north of the country.",
    "The danger is that a single rocket strike on a barracks provokes a wider war.",
    "In a worst-case scenario, the militia seizes the port and the government flees to the south.",
    "The gang is notorious for kidnapping travellers on the national road.",
    "Next week, Sudanese army chiefs meet their Chadian counterparts in N'Djamena.",
    "So far this year, 31 aid workers have been killed in the country.",
    "Since the start of the year, more than 900 civilians have been killed or wounded by explosive weapons.",
    "Attacks on aid convoys in the region rose sharply last month, the UN said.",
])
def test_genre_statements_are_no_events(text):
    assert _events(text, "2024-08-04") == []


@pytest.mark.parametrize("text", [
    "Residents say militiamen have stormed a police station in the east of the city.",
    "Al-Shabaab has carried out two attacks on army bases in Lower Shabelle this week.",
    "The militia has just ambushed a convoy on the northern road, a local official said.",
    "Government forces have shelled villages near Saraqib, according to opposition activists.",
    "Government forces have massed troops around the southern edges of Aleppo city, opposition sources said.",
    "The danger passed after troops repelled an attack on the barracks on Sunday.",
    "The gang kidnapped 14 travellers on the national road on Monday.",
    "Last week, Sudanese army chiefs met their Chadian counterparts in N'Djamena.",
    "On Saturday, 31 aid workers were killed in an air strike on their convoy near El Fasher.",
    "Gunmen killed 12 people in the district of Solino on Monday, police said.",
])
def test_genre_controls_stay_events(text):
    assert _events(text, "2024-08-04")


def test_celebratory_gunfire_is_no_clash():
    subs = _subs("The Observatory said celebratory gunfire wounded at least three people in the town of Jableh.")
    assert "Armed clash" not in subs and "Attack" in subs
