"""Event words that report no event, third round of real-news reading (coding/nonevents_habits.py,
new entries of nonevents.yaml, assembly.yaml `denial_lemmas`, modality.yaml `implicative_heads`).
Every sentence here was written for tocsin in the style of wire copy, analysis pieces and UN
updates on the Sahel, Sudan, Myanmar, Ukraine, Nigeria, Somalia and Yemen; each guard has
positive controls of the same shape that are events and must stay coded."""
import pytest

from .factual import factual_events


def _events(text, published="2023-06-30"):
    return factual_events(text, published)


def _triggers(text, published="2023-06-30"):
    return [t for e in _events(text, published) for t in e.trigger.split(" | ")]


# --- habits: "continue to", "keep", present perfect with "repeatedly", relative clauses ---------
@pytest.mark.parametrize("text", [
    "Armed gangs continue to raid villages in Katsina state and kidnap travellers on the highways despite the deployment of troops.",
    "Jihadist fighters keep attacking supply convoys on the road to Djibo, residents say.",
    "The village, which has been repeatedly attacked by the herders, lies 40 km south of Jos.",
    "Militiamen have often ambushed army patrols on the road between Beni and Butembo.",
    "Zamfara is a stronghold of bandit gangs that raid farming villages, killing and kidnapping residents for ransom.",
    "Katsina is a hub of armed gangs who raid farms, killing and abducting farmers after looting and burning their homes.",
    "Human rights groups accuse the army of summary executions, torching homes and using drone strikes against villages.",
    "Al-Qaeda-linked groups mount increasingly deadly attacks on the army in the centre of the country.",
])
def test_a_habit_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Government forces continued to shell the town on Tuesday, killing four civilians.",
    "Gunmen repeatedly attacked the village of Kuru on Sunday night, killing 11 people, police said.",
    "The gangs have repeatedly attacked the village this week, killing nine farmers.",
    "Gunmen who raided the village on Sunday killed 14 people and abducted 20 others, police said.",
    "Rights groups accused the army of torching 40 homes in the village of Mingin on Tuesday.",
    "Militants mounted a deadly attack on an army base near Gao on Monday, killing 12 soldiers.",
])
def test_a_dated_or_counted_act_stays(text):
    assert _events(text)


# --- a present perfect over years, a stalled offensive, a trend told as an object -------------
@pytest.mark.parametrize("text", [
    "The militants have been carrying out attacks in Somalia for more than 15 years.",
    "The militia has been staging raids in Ituri for more than ten years, fighting to drive out rival clans.",
    "Over the course of the conflict, the militia has carried out raids on border posts in Niger.",
    "Moscow's offensive in the east is stalled, with no significant gains in the last month.",
    "The gangs have recently stepped up abductions of schoolchildren for ransom.",
])
def test_background_states_and_trends_are_no_events(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Government troops have shelled the town for three days, killing 40 people.",
    "A court in Abuja jailed the militia leader for 20 years on Monday.",
    "The army stepped up air strikes on rebel positions near Wad Madani on Sunday, killing 23 fighters.",
    "The rebels have attacked the town of Pajok, killing seven civilians, a UN official said on Monday.",
])
def test_dated_acts_of_the_same_shape_stay(text):
    assert _events(text)


# --- a war's toll told by its setting or its size ---------------------------------------------
@pytest.mark.parametrize("text", [
    "The health ministry says about 900 people have been killed in the conflict in Sudan.",
    "The UN says some 900 people have been killed and 4,000 others wounded in the armed conflict in Sudan.",
    "Hundreds of thousands of people have died and millions have fled their homes in what aid agencies call the worst crisis in a generation.",
    "Bandit attacks in the state have displaced more than 500,000 people, the governor said.",
])
def test_a_wars_toll_by_setting_is_no_event(text):
    assert _events(text) == []


def test_a_war_toll_beside_an_event_leaves_the_event():
    text = "Her house was hit by a shell on Sunday, leaving her among more than 2,000 people killed during ten weeks of war."
    events = _events(text)
    assert events and all("killed" not in e.trigger.split(" | ") for e in events)
    assert all("fatalities" not in (e.figures or {}) for e in events)  # the war's count is no toll of the shell


@pytest.mark.parametrize("text", [
    "A shell hit the market in Omdurman on Sunday, killing 12 people, among them four children.",
    "Three soldiers were killed in the fighting near Bakhmut on Monday, the ministry said.",
    "Gunmen killed 12 people in an attack on a village in Plateau state, police said.",
    "Thousands of people have fled the town of Minova since Monday, aid agencies said.",
    "At least 900 civilians have been killed in air strikes since May, while hundreds of thousands have been displaced.",
    "Hundreds of thousands of people have been displaced by the fighting in Sudan, the UN said on Tuesday.",
])
def test_a_clash_toll_of_the_same_shape_stays(text):
    assert _events(text)


# --- mourners and crowds around the dead are no protest ----------------------------------------
@pytest.mark.parametrize("text", [
    "Mourners gathered in the cemetery on Friday to bury the victims of the market bombing.",
    "Crowds gathered around the bodies as police arrived at the scene.",
])
def test_a_mourning_crowd_is_no_protest(text):
    assert "gathered" not in _triggers(text)


@pytest.mark.parametrize("text", [
    "Hundreds of protesters gathered outside parliament on Friday to demand the release of detained activists.",
    "Mourners gathered at the cemetery on Friday and chanted slogans against the junta.",
])
def test_a_protest_gathering_stays(text):
    assert "gathered" in _triggers(text)


# --- reports corrected or retracted, attempts ---------------------------------------------------
def test_a_corrected_report_is_no_fact():
    text = "Officials later corrected early reports that two people had died in the blast, saying both were in intensive care."
    assert _events(text) == []


def test_a_confirmed_report_stays():
    text = "Officials later confirmed reports that two people had died in the blast near the market."
    assert _events(text)


def test_pushing_to_capture_is_an_attempt():
    text = "Rebels seized Bentiu in March as they pushed to capture the oil fields further north."
    assert _triggers(text) == ["seized"]


# --- a fire fought is no battle -------------------------------------------------------------------
def test_fighting_a_blaze_is_no_battle():
    text = "Firefighters battled the blaze for six hours after the strike on the fuel depot in Odesa."
    assert "battled" not in _triggers(text)


def test_battling_rebels_stays():
    text = "Troops battled rebels for six hours near the fuel depot outside Goma on Monday."
    assert "battled" in _triggers(text)


def test_exchanging_fire_stays_a_clash():
    text = "Rebels and government troops exchanged artillery fire near Hays on Monday, the UN mission said."
    assert _triggers(text)


# --- campaigns, circumstances, habits in relative clauses, interviews --------------------------
@pytest.mark.parametrize("text", [
    "The military has been conducting major offensives in the countryside, burning villages to deny the resistance food and shelter.",
    "The city has often felt the brunt of Russia's campaign of long-range strikes that commonly hit residential areas.",
])
def test_an_undated_campaign_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "The army has been conducting air strikes on rebel positions near Laukkai since Monday, killing 17 fighters.",
    "Russian drones hit residential areas of Kharkiv overnight, killing three people, the governor said.",
])
def test_a_dated_campaign_stays(text):
    assert _events(text)


def test_an_event_after_despite_is_a_circumstance():
    text = "The attack came despite an aggressive counteroffensive by the government, backed by US air strikes."
    assert not {"counteroffensive", "strikes"} & set(_triggers(text))


def test_an_interview_is_no_meeting():
    assert "talked" not in _triggers("Residents who talked to reporters said gunmen burned the market.")
    assert "talked" in _triggers("Government officials talked to rebel leaders in Doha on Monday.")


def test_a_speakers_date_does_not_date_a_regional_toll():
    text = "On Sunday the state information commissioner said bandit attacks in the state have displaced more than 700,000 people."
    assert _events(text) == []


def test_a_participle_misparsed_onto_a_present_description_is_a_habit():
    text = "Katsina and Zamfara are strongholds of gangs that raid farming communities, killing and kidnapping residents."
    assert _events(text) == []


def test_a_stretch_of_time_is_no_date_for_a_habit():
    text = ("Jihadist groups continue to attack convoys on the roads around the town, and the group has been "
            "staging attacks across the country for nearly a decade.")
    assert _events(text) == []


def test_a_warning_of_risk_is_no_threat_and_no_fighting():
    text = "The UN envoy warned that the clashes risked dragging the region into a wider war."
    assert _events(text) == []


def test_fighting_going_on_near_a_town_stays():
    text = ("A helicopter was hit by a missile near Nayrab, where rebels have been fighting government forces, "
            "a war monitor said.")
    assert "fighting" in _triggers(text)


# --- contenders that bear no arms: business rivals "battle", "clash" --------------------------------
@pytest.mark.parametrize("text", [
    "Tech giants battle over the future of cloud gaming",
    "Streaming giants clash over the rights to the African Cup of Nations",
    "Two carmakers battled for the electric van market in Europe last year, analysts said.",
])
def test_unarmed_contenders_fight_no_battle(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Rival militias battled for control of the airport in Tripoli on Monday, killing 12 fighters.",
    "Gunmen attacked a bank in Kano on Monday, killing two security guards.",
])
def test_armed_contenders_still_battle(text):
    assert _events(text)


def test_a_singular_business_noun_before_an_attack_is_its_target():
    assert _events("A bank bombing in Kabul killed three guards on Monday, police said.")
