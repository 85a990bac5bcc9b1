"""Patterns found by the twenty-seventh round's held-out articles (dev-569 to dev-592: Bawku, Karamoja,
Cabinda, Marsabit, Conakry, Tibesti; Ballymena, Corsica, Ingushetia, Abkhazia, Tbilisi, northern Kosovo;
the Chapare, Montego Bay, Zulia, Araucania, Trinidad, Huehuetenango; the Chittagong Hill Tracts, southern
Thailand, Poso, Maguindanao del Sur, Suwayda, Hermel): each rule tested both ways on sentences written
for tocsin."""
import pytest

from .factual import FACTUAL, told_after

LEAD = "LODWAR, Kenya, March 4 (Rift Wire) - Raiders drove off 300 cattle near Kakuma on Monday, police said.\n\n"
_facts = told_after(LEAD, "2024-03-04")


@pytest.mark.parametrize("sentence", [
    # a raid feared is no raid yet, though "raid" is an object an operation may pursue
    "Village chiefs told our monitors they feared a revenge raid by Pokot warriors from Amudat in the coming days.",
    # the crime a court judges, down to the raid it was committed in
    "A court in Kisumu sentenced three former prison guards to 15 years for the 2017 beating of an inmate "
    "during a raid on the cells.",
    # "resembles" read as a noun by the parser: what follows is still the other case
    "Relief workers say the pace of flight resembles that seen after the Kapchok massacre of March 2019, "
    "when whole settlements emptied within days.",
    # a claim that nobody saw happen
    "A video posted on Sunday claimed that soldiers had shelled Lokichoggio, but nobody in the town had heard or "
    "seen any shelling.",
])
def test_not_events(sentence):
    assert [e for e in _facts(sentence) if e.modality in FACTUAL] == []


@pytest.mark.parametrize("sentence", [
    "On Wednesday, a man accused of stealing a motorcycle was beaten to death by his employer in Lodwar, "
    "according to police.",  # (no crowd: an ordinary crime)
    "The storm damaged roofs across Kakuma on Tuesday.",  # (no charge as the subject)
    "About 300 pilgrims left for Mecca on Tuesday, the county said.",  # (no count of residents or families)
])
def test_still_no_political_violence(sentence):
    assert [e for e in _facts(sentence) if e.modality in FACTUAL] == []


@pytest.mark.parametrize("sentence,family", [
    # a raid pursued stays one
    ("On Tuesday, police pressed the raid on the hideout in Lokichoggio, arresting four suspects.", "arrest"),
    # a raid told beside an arrest, no court: the raid happened
    ("Police arrested two suspects during a raid on a house in Lokichoggio on Tuesday.", "arrest"),
    # a crowd (the agent) beats a man it accuses of theft: mob violence, no ordinary crime
    ("On Wednesday, a man accused of stealing a motorcycle was beaten to death by a crowd in Lodwar, according to "
     "police.", "violence"),
    # an explosive charge as the subject of a wrecking verb
    ("Overnight from Sunday to Monday, explosive charges wrecked two empty holiday homes above Lodwar, the "
     "prosecutor said.", "explosion"),
    # counted residents leaving, the parser taking them for the object of "said"
    ("The county commissioner said at least 600 residents had left the settlement since Monday to stay with "
     "relatives in Lodwar.", "displacement"),
    # counted residents relocating to a shelter, a place named after it
    ("About 200 residents of Nakuse relocated to the protected kraal at Lorugum on Tuesday morning, a chief said.",
     "displacement"),
    # a group relocating its command is still a change of the group
    ("The rebel group relocated its command to the hills near Lorugum on Tuesday, a chief said.", "group_change"),
    # gunfire that echoes compares nothing
    ("Heavy gunfire echoed through Kakuma overnight as police moved to clear the market, killing three suspected "
     "raiders, the police said.", "violence"),
    # a claim with nobody hurt is not a claim nobody saw
    ("The police said gunmen had attacked a water truck near Kakuma on Tuesday, but no one was hurt.", "violence"),
])
def test_events_kept(sentence, family):
    assert family in {e.rule_family for e in _facts(sentence)}, [(e.rule_family, e.modality) for e in _facts(sentence)]


@pytest.mark.parametrize("sentence,fatalities,injured", [
    # an ordinal the parser hangs on the wounding verb
    ("Three men were killed and a fourth wounded when gunmen fired on a group outside a bar in Lodwar on Tuesday, "
     "police said.", 3, 1),
    # "the other" of two
    ("Two gunmen opened fire on two police reservists at a tea shop in Lodwar on Tuesday, killing one and seriously "
     "wounding the other, police said.", 1, 1),
    # "another man"
    ("Gunmen shot dead a trader in Lodwar on Tuesday and wounded another man, police said.", 1, 1),
    # a person and a count beside her, killed together
    ("On Tuesday night, a grenade thrown by raiders flattened a hut in Lodwar, killing a neighbour and her two sons.",
     3, None),
])
def test_tolls_named_one_by_one(sentence, fatalities, injured):
    figures = [e.figures for e in _facts(sentence)]
    assert any(f.get("fatalities", {}).get("value") == fatalities and f.get("injured", {}).get("value") == injured
               for f in figures), figures


@pytest.mark.parametrize("sentence,injured", [
    # a person shot, no death told: one hurt
    ("On Tuesday, a traffic officer in Lodwar shot a 21-year-old protester in the torso at close range.", 1),
    # a man beaten badly by a crowd
    ("Overnight into Tuesday, a crowd in Lodwar caught a young man suspected of stealing from a shop and beat him "
     "badly before police took him to hospital.", 1),
])
def test_people_shot_or_beaten_are_hurt(sentence, injured):
    assert [e.figures.get("injured", {}).get("value") for e in _facts(sentence)] == [injured]


def test_a_shooting_with_a_death_is_no_wounding():
    sentence = "On Tuesday, police in Lodwar shot a protester, who later died in hospital."
    assert all("injured" not in e.figures for e in _facts(sentence))


def test_a_wound_told_next_goes_to_the_clash_though_the_sentence_goes_on():
    text = ("On Tuesday, troops exchanged fire with gunmen near Lokichoggio for an hour, the army said. One soldier "
            "sustained a gunshot wound to the leg, and the attackers withdrew towards the border.")
    clash = [e for e in _facts(text) if e.rule_family == "battle"]
    assert [e.figures.get("injured", {}).get("value") for e in clash] == [1], [e.figures for e in clash]
