"""Event words that report no event, as found on real news pages (coding/nonevents.py, data
nonevents.yaml).  Every sentence here was written for tocsin; each guard has positive controls of
the same shape that are events and must stay coded."""
import pytest

from .factual import factual_events


def _subs(text, published="2020-02-20"):
    return [((e.acled or {}).get("sub_event_type") or (e.plover or {}).get("event"), e.trigger)
            for e in factual_events(text, published)]


def _families(text, published="2020-02-20"):
    return {e.rule_family for e in factual_events(text, published)}


# --- idioms: "the attack took place" is no capture -------------------------------------------
@pytest.mark.parametrize("text", [
    "The ambush took place on a dirt road outside the village of Kalla, police said.",
    "The bombing took place near the main bus station in the city centre.",
    "Militia leaders took part in the talks in the provincial capital.",
])
def test_take_place_is_no_territory(text):
    assert "territory" not in _families(text)


def test_take_a_town_is_still_a_capture():
    assert "territory" in _families("Rebel fighters took the town of Kalla after heavy clashes with the army on Monday.")


# --- "demonstrate" meaning "show" ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The raid demonstrates that the insurgents can still hit the capital, the minister said.",
    "Monday's strikes on the port demonstrate a clear shift in the army's tactics.",
    "The killing of the two aid workers demonstrated the dangers facing relief convoys.",
])
def test_demonstrate_with_an_object_is_no_protest(text):
    assert "protest" not in _families(text)


def test_people_demonstrating_are_a_protest():
    assert "protest" in _families("Thousands of students demonstrated outside the parliament in Khartoum on Sunday.")


# --- participles that describe a noun ("X-backed", "accused of", "alleged") ---------------------
@pytest.mark.parametrize("text", [
    "Fighters of the Iran-backed militia shelled army positions near the town on Tuesday.",
    "Troops of the UN-recognised government repelled an assault on the airport on Friday.",
    "The warlord, supported mainly by two Gulf states, controls most of the east.",
    "Two men accused of arms smuggling were sentenced to ten years in prison.",
    "Students marched through the capital against alleged corruption in the ministry.",
])
def test_descriptive_participles_are_no_verbal_acts(text):
    subs = {s for s, _ in _subs(text)}
    assert not subs & {"SUPPORT", "ACCUSE"}


def test_verbal_acts_told_as_verbs_stay():
    assert ("SUPPORT", "backed") in _subs("The United States backed the ceasefire proposal on Monday, the State Department said.")
    assert any(s == "ACCUSE" for s, _ in _subs("The army accused the rebels of shelling the market on Monday."))


def test_misparsed_threat_with_a_clause_is_still_a_threat():
    assert any(s == "THREATEN" for s, _ in _subs(
        "Last month the militants in a message threatened to unleash terror on the village community, residents said."))


# --- forces that are no forces, departures that are no retreats -----------------------------------
@pytest.mark.parametrize("text", [
    "UNICEF is mobilising emergency assistance for families in the camps.",
    "Riot police deployed tear gas and water cannon as the crowd grew.",
    "The army pulled out of the ceasefire talks in Jeddah on Wednesday.",
    "The rebels withdrew from the negotiations after the shelling of the market.",
    "The harsh rhetoric on both sides has reinforced fears of a long war.",
])
def test_mobilising_aid_or_leaving_talks_is_no_deployment_or_retreat(text):
    assert not _families(text) & {"mobilize", "retreat"}


def test_troops_deployed_and_withdrawn_stay():
    assert "mobilize" in _families("The army deployed 2,000 troops to the northern border on Sunday.")
    assert "retreat" in _families("Government forces withdrew from the town of Kalla on Sunday after two days of fighting.")


# --- metaphors --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Opposition lawmakers attacked the government's budget plan in parliament on Tuesday.",
    "Rising inflation is killing the economy, the central bank governor warned.",
    "Journalists denounced the new law as an assault on press freedom.",
    "The defence minister came under fire for his remarks about the conscripts.",
    "The army struck a deal with tribal elders to reopen the road.",
])
def test_metaphors_are_no_violence(text):
    assert [s for s in _subs(text) if s[0] in ("Attack", "Armed clash", "Shelling/artillery/missile attack",
                                              "Air/drone strike")] == []


def test_attacking_people_or_positions_stays_violent():
    assert any(s == "Armed clash" for s, _ in _subs("Militants attacked an army checkpoint near the town on Monday, killing four soldiers."))
    assert _subs("Turkish jets struck Kurdish positions on the town's outskirts overnight.")


# --- comments on an event, kinds of events, habits ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The bombing underlines how fragile the truce in the north has become.",
    "Continued raids on the border villages highlight the weakness of the local police.",
    "Attacks on the capital carry great significance for the insurgents' propaganda.",
    "Such ambushes are rare on the coastal highway.",
    "Kidnappings for ransom have become a hallmark of the gangs in the delta.",
    "Air strikes are a daily occurrence in the south of the province.",
    "Clashes between herders and farmers often flare up at the start of the dry season.",
    "Suicide attacks are rarely carried out in the north of the country.",
    "The outposts on the ridge come under daily attack from rebels in the hills.",
    "The group has a long history of kidnapping foreign engineers.",
])
def test_comments_kinds_and_habits_are_no_events(text):
    assert _subs(text) == []


def test_a_first_telling_inside_a_comment_stays():
    subs = _subs("A suicide bombing that killed 14 people at a market in the capital on Monday highlights the "
                 "group's reach, analysts said.")
    assert subs and subs[0][0] in ("Suicide bomb", "Remote explosive/landmine/IED", "Attack")


def test_past_events_with_frequency_words_stay():
    assert _subs("Militants often attacked the convoy last year, killing 30 soldiers in all.")
    assert _subs("Daily air strikes have killed 300 people in the province since April, the monitor said.")


# --- background clauses ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Police blamed the Shabaab, an Islamist group that has been fighting the government for more than a decade.",
    "Over the years, the guerrillas have kidnapped landowners and blown up oil pipelines.",
    "The group has carried out truck bombings in the past and rarely claims them.",
])
def test_an_actors_background_is_no_event(text):
    assert [s for s in _subs(text) if s[0] != "ACCUSE"] == []


def test_a_relative_clause_that_tells_news_stays():
    assert _subs("The gunmen, who killed 12 villagers on Monday, fled into the forest, police said.")
    assert _subs("The lawmaker blamed the army, which has been fighting the rebels in the north since late 2018.",
                 published="2020-04-20")


# --- a population's state --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The camp at Atmeh hosts 70,000 people who fled the bombing of their towns.",
    "The district is home to half a million people displaced by years of war.",
    "Most of the families displaced in the spring are still living in tents, the agency said.",
    "Many of the people in the province are internally displaced from other regions.",
])
def test_a_displaced_population_is_no_displacement_event(text):
    assert "displacement" not in _families(text)


def test_people_fleeing_now_are_displacement():
    assert "displacement" in _families("More than 20,000 people fled the town on Tuesday as troops advanced, the UN said.")
    assert "displacement" in _families("About 3,000 families have been displaced from the district since Sunday.")


# --- property destroyed as an adjective ----------------------------------------------------------
def test_a_destroyed_vehicle_in_a_caption_is_no_event():
    assert _subs("A man walks past a destroyed truck at the entrance of the market in Idlib.") == []


def test_vehicles_destroyed_by_a_strike_stay():
    assert _subs("The air strike destroyed three trucks at the entrance of the market, witnesses said.")


# --- allegations of a practice --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rights groups accuse the army of torching villages and executing detainees.",
    "The militia has been accused of shelling residential districts, a charge it rejects.",
])
def test_alleged_practices_are_no_events(text):
    assert [s for s in _subs(text) if s[0] not in ("ACCUSE", "REJECT")] == []


def test_a_dated_accusation_of_one_attack_keeps_the_attack():
    assert any(s != "ACCUSE" for s, _ in _subs("The army accused the rebels of shelling the market in Kalla on Monday, "
                                                "killing five civilians."))


# --- events called off or still to come ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The planned offensive on the city has been delayed until after the elections.",
    "An assault on the base was averted when guards spotted the truck bomb.",
    "The air strike was called off at the last minute because of bad weather.",
    "Residents are bracing for the expected assault on the town.",
])
def test_events_called_off_or_to_come_are_not_facts(text):
    assert _subs(text) == []


def test_an_assault_that_happened_stays():
    assert _subs("The assault on the base began at dawn and lasted four hours, killing nine soldiers.")


# --- agreements that stand, nouns that are no verbs ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ceasefire violations | Government rockets hit the outskirts of Kalla as rebels shell army posts",
    "Shelling resumed on the southern front as the truce entered its 40th day.",
    "The truce has largely held in the north of the province, monitors said.",
])
def test_a_standing_truce_is_no_new_agreement(text):
    assert "Agreement" not in {s for s, _ in _subs(text)}


def test_a_truce_reached_is_an_agreement():
    assert "Agreement" in {s for s, _ in _subs("The two sides agreed a ceasefire in Moscow on Thursday.")}


def test_a_water_station_is_no_deployment():
    assert "mobilize" not in _families("A pumping station serving the eastern districts has been out of service since May.")
    assert "mobilize" in _families("The army stationed 300 soldiers in the town on Monday, state media said.")


@pytest.mark.parametrize("text", [
    "The president said the raids and assaults on the province are causing a humanitarian crisis.",
    "The minister said these attacks are undermining the efforts for a political solution.",
])
def test_events_as_causes_of_a_state_are_comments(text):
    assert [s for s in _subs(text) if s[0] not in ("ACCUSE",)] == []


def test_a_killing_told_with_its_toll_that_sparked_outrage_stays():
    assert _subs("The killing of 12 villagers in Kalla on Monday sparked outrage across the country.")


# --- exercises, charges, disasters, trends --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Marines staged a mock assault on a model village during the drill on Tuesday.",
    "Commandos practised storming a hijacked airliner at the base.",
    "The frigate fired missiles at a decommissioned hulk during war games in the Black Sea.",
])
def test_military_exercises_are_no_violence(text):
    assert _subs(text) == []


def test_live_fire_during_a_battle_stays():
    assert _subs("Government troops fired missiles at rebel positions during the battle for the airport on Monday.")


@pytest.mark.parametrize("text", [
    "A court in the capital acquitted the two policemen accused of killing a student protester.",
    "The three men convicted of bombing the bus station were sentenced to death.",
])
def test_a_charge_describing_a_person_is_no_event(text):
    assert [s for s in _subs(text) if s[0] not in ("ACCUSE", "Arrests")] == []


@pytest.mark.parametrize("text", [
    "Torrential rains flooded the camp and displaced 2,000 families, the agency said.",
    "The earthquake destroyed hundreds of homes and displaced thousands in the valley.",
])
def test_displacement_by_a_disaster_is_no_conflict_event(text):
    assert "displacement" not in _families(text)


def test_displacement_by_fighting_stays():
    assert "displacement" in _families("Heavy fighting destroyed the market and displaced 2,000 families on Sunday.")


@pytest.mark.parametrize("text", [
    "Violence blamed on the drug gangs has jumped in recent months.",
    "The state has seen a sharp rise in kidnappings and attacks on the police.",
    "The recent surge in violence has alarmed aid agencies.",
])
def test_a_trend_without_a_toll_is_no_event(text):
    assert [s for s in _subs(text) if s[0] != "ACCUSE"] == []


def test_a_trend_with_a_toll_stays():
    assert _subs("Attacks by bandits surged in the north-west this year, killing hundreds of villagers.")


# --- criticism, allegations of practices told with nouns, comments in the passive ----------------
@pytest.mark.parametrize("text", [
    "The regional authorities have come under fire for failing to protect the villages.",
    "Human rights groups accuse the security forces of carrying out summary executions, abductions and arbitrary arrests.",
    "The militia has been accused of carrying out revenge killings in the valley.",
    "Clashes between the two clans compound an already dire food crisis in the region.",
    "Communal violence in the region has been complicated by the arrival of jihadist fighters.",
    "The road runs into the hills, where dozens of armed groups fight over the gold mines.",
])
def test_criticism_practices_and_comments_are_no_events(text):
    assert [s for s in _subs(text) if s[0] not in ("ACCUSE",)] == []


def test_a_displacement_in_an_actors_background_is_no_event():
    assert "displacement" not in _families("Troops were sent against a militia that is blamed for more than two decades "
                                           "of violence that has forced thousands to flee.")


def test_a_post_coming_under_fire_from_rebels_stays():
    assert _subs("An army post near the town came under fire from rebels late on Monday, killing two soldiers.")


def test_a_relative_clause_telling_a_past_fight_stays():
    assert _subs("Troops entered the village, where rebels fought the army for six hours on Monday.")


def test_a_patrons_weapon_is_not_the_events_instrument():
    evs = factual_events("Rebel fighters backed by Turkish drones stormed the village of Kalla on Monday, killing six "
                         "soldiers, a commander said.", "2020-02-20")
    subs = {(e.acled or {}).get("sub_event_type") for e in evs}
    assert "Air/drone strike" not in subs and "SUPPORT" not in {(e.plover or {}).get("event") for e in evs}
    assert subs & {"Armed clash", "Attack", "Non-state actor overtakes territory"}


def test_supported_by_artillery_is_a_description_not_an_act():
    assert "SUPPORT" not in {s for s, _ in _subs("Opposition fighters attacked army positions near the town on Monday, "
                                                  "supported by Turkish artillery.")}
