"""Event words that report no event, sixth round (coding/nonevents_hedges.py, and the hedged
footage and mistagged participle of nonevents_claims.py / nonevents.py): fact-checks, UN Security
Council reports, satellite-imagery investigations, humanitarian appeals, sanctions announcements
and obituaries.  Every sentence here was written for tocsin; each guard has controls of the same
shape that are events and stay coded."""
import pytest

from .factual import coded_events, factual_events


def _events(text, published="2022-10-12"):
    return factual_events(text, published)


def _modalities(text, published="2022-10-12"):
    return {e.modality for e in coded_events(text, published)}


# --- footage only said to show an event (fact-checks) ---------------------------------------------
@pytest.mark.parametrize("text", [
    "A second clip, said to show Russian jets bombing Odesa, was taken from a video game, researchers found.",
    "A video claiming to show rebels shelling the airport in Goma was filmed during a fireworks display.",
    "Footage alleged to show soldiers beating villagers near Bamenda has been shared thousands of times.",
    "A video posted on Telegram that purports to show militiamen executing prisoners near Gondar was filmed in 2018.",
])
def test_footage_said_to_show_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Footage released by the army showed jets bombing rebel positions near Goma on Monday.",
    "The video, filmed by a resident on Sunday, shows militiamen shelling the airport.",
])
def test_footage_that_shows_an_event_stays(text):
    assert _events(text)


# --- a claim the sentence calls false --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A post claiming that the dam had been destroyed in an air strike is false.",
    "Messages saying that the rebels had seized the airport in Juba are fake, the army said.",
    "Posts falsely claimed that Israeli jets had bombed the airport in Aleppo.",
    "Social media users wrongly said that gunmen had attacked a church in Kaduna.",
])
def test_a_debunked_claim_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "A post by the army claimed that its jets had bombed rebel positions near the airport on Monday.",
    "Residents said that gunmen had attacked a church in Kaduna on Sunday, killing four worshippers.",
])
def test_a_claim_nobody_rejects_stays(text):
    assert _events(text)


# --- no evidence that ... ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "There is no evidence that the army shelled the camp near Kaya.",
    "Investigators found no sign that the convoy had been attacked.",
])
def test_no_evidence_that_is_negated(text):
    assert _events(text) == []
    assert "negated" in _modalities(text)


def test_evidence_that_stays():
    assert _events("Investigators found evidence that soldiers had shelled the camp near Kaya on Monday.")


# --- a statement nobody made -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "No Turkish official has said that Turkey will strike Kobani again this week.",
    "No Russian minister has declared that Russia will retaliate against Kyiv.",
])
def test_a_statement_nobody_made_is_negated(text):
    assert _events(text) == []


def test_a_statement_made_stays():
    assert _events("Turkish officials have said that Turkey will strike Kobani again this week.")


# --- a war's toll without a count -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The fighting has already cost many lives.",
    "The war has claimed countless lives across the region.",
])
def test_a_summary_toll_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "The fighting on Monday cost 14 lives in the town of Bentiu.",
    "The fighting in Bentiu has cost the lives of 12 soldiers, the army said.",
])
def test_a_counted_toll_stays(text):
    assert _events(text)


# --- a practice over months -----------------------------------------------------------------
def test_a_present_perfect_over_months_is_background():
    assert _events("Rights groups say the army has burned villages for months as punishment for "
                   "supporting the resistance.") == []


def test_a_dated_burning_stays():
    assert _events("Residents said soldiers burned more than 100 houses in the village on Friday.")


# --- sanctions aim, they hit no one ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The measures target commanders responsible for attacks on civilians, the statement said.",
    "The sanctions target officers who ordered the crackdown.",
])
def test_a_policy_target_is_no_event(text):
    assert _events(text) == []


def test_a_force_that_targets_stays():
    assert _events("Drones targeted a fuel depot in the port city of Port Sudan on Sunday, the army said.")


# --- an obituary's career -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "He fought in the battles for Homs and Qusayr before leading the defence of the airport.",
    "She commanded offensives against the rebels in the north.",
    "Born in 1958, he joined the army at 18 and fought against Kurdish rebels in the 1990s.",
])
def test_a_career_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "He was killed in clashes with the army near Homs, his family said.",
    "In March 1996, rebels overran the army base at Las Delicias, killing 27 soldiers.",
    "Gunmen attacked the village twice on Sunday, killing six people.",
    "He was shot twice in the chest by gunmen outside his home in Kano, police said.",
])
def test_a_told_event_in_a_profile_stays(text):
    assert _events(text)


# --- a participle mistagged as a past tense -----------------------------------------------------
def test_destroyed_structures_in_imagery_is_no_event():
    assert _events("The satellite photos show at least 40 destroyed structures near the airport.") == []


def test_structures_destroyed_on_a_day_stay():
    assert _events("Shelling destroyed at least 40 structures near the airport on Tuesday.")


# --- a report still being checked --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The ministry said it was investigating reports that troops had opened fire on protesters in Kisumu.",
    "Prosecutors are looking into claims that soldiers executed prisoners near Mopti.",
])
def test_a_report_being_checked_is_no_event(text):
    assert _events(text) == []


def test_a_report_that_stands_stays():
    assert _events("Reports from Kisumu said troops had opened fire on protesters on Tuesday, killing two.")


# --- habits told with "daily" in the present perfect, or "almost every day" ---------------------------
@pytest.mark.parametrize("text", [
    "The steel works, the largest employer in the town, has come under almost daily fire, its managers say.",
    "The river port is shelled from the opposite bank almost every day.",
])
def test_a_daily_habit_is_no_event(text):
    assert _events(text, "2023-11-18") == []


def test_a_single_shelling_stays():
    assert _events("The steel works came under heavy fire on Friday, its managers said.", "2023-11-18")


# --- a denial ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rwanda rejected the accusation.",
    "The interior ministry dismissed the allegations as propaganda.",
])
def test_a_rejected_accusation_is_a_denial(text):
    assert _events(text) == []


def test_a_rejected_proposal_stays():
    assert _events("The rebels rejected the ceasefire proposal on Monday.")
