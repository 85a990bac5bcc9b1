"""Event words that report no event, fifth round (coding/nonevents_statements.py): NGO press
releases, court reports, ceasefire talks, ministers' statements, anniversaries and
election-risk pieces.  Every sentence here was written for tocsin; each guard has controls of
the same shape that are events and stay coded."""
import pytest

from .factual import factual_events


def _events(text, published="2024-05-14"):
    return factual_events(text, published)


# --- a norm about a kind of event ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Strikes on hospitals and schools are war crimes and must end, the aid group said in a statement.",
    "Attacks on journalists are unacceptable, the press union said.",
    "Any attacks on peacekeepers are a breach of the ceasefire, the mission's spokesman told reporters.",
])
def test_a_norm_about_attacks_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "The attack on the market in Kidal on Monday was a war crime, the UN rights office said.",
    "Two attacks on aid convoys this week were violations of the truce, the UN said.",
])
def test_a_told_attack_called_a_crime_stays(text):
    assert _events(text)


# --- a cause fought for ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The front, which controls much of the coast, says it is fighting for self-determination.",
    "The movement has fought for independence since it was founded and refuses to disarm.",
])
def test_a_cause_fought_for_is_no_clash(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Rebels fought for control of the town of Bentiu on Sunday.",
    "Separatists fought for two days for control of the airport.",
])
def test_a_fight_for_a_place_stays(text):
    assert _events(text)


# --- a commemorated site ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Relatives laid wreaths at the bridge where the soldiers were ambushed.",
    "Survivors placed candles at the market where the bomb exploded.",
    "Pilgrims prayed at the shrine where the worshippers were massacred.",
])
def test_a_commemorated_site_is_no_new_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Mourners laid flowers on Saturday at the school where gunmen killed nine pupils on Friday.",
    "Gunmen attacked the village where 12 soldiers were killed on Sunday.",
])
def test_a_dated_telling_in_the_clause_stays(text):
    assert _events(text)


# --- a standing threat -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The separatist front has threatened to attack foreign-owned mines in the region.",
    "The militia has threatened to kill any villager who works with the army.",
])
def test_a_standing_threat_is_no_event(text):
    assert _events(text) == []


def test_a_dated_threat_stays():
    evs = _events("Iran has threatened a crushing response to the strike on its consulate on Monday.")
    assert any((e.plover or {}).get("event") == "THREATEN" for e in evs)


# --- a warning of a risk ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The UN envoy warned that the militants are likely to exploit the chaos.",
    "Jihadist fighters could take advantage of the vacuum, the regional governor cautioned.",
    "Analysts warned that the gangs may seize the port before the vote.",
])
def test_a_warning_of_someone_elses_act_is_no_threat(text):
    assert not any((e.plover or {}).get("event") == "THREATEN" for e in _events(text))


# --- a shared habit --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bandits regularly raid the markets, and they often seize livestock and burn shops.",
    "Herders say the militias routinely steal cattle and torch huts along the river.",
])
def test_a_coordinated_verb_shares_the_habit(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Gunmen stormed the village on Monday and burned granaries.",
    "Armed groups attacked the village and burned granaries on Monday.",
])
def test_a_coordinated_verb_of_one_event_stays(text):
    assert _events(text)


# --- a purpose after "have" with an object ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The regional force has about 8,000 soldiers in the country to help the army fight the insurgents.",
    "The mission keeps two battalions in the valley to protect convoys and repel raids.",
])
def test_the_purpose_of_a_standing_force_is_no_event(text):
    assert not any((e.acled or {}).get("event_type") in ("Battles", "Violence against civilians",
                                                          "Explosions/Remote violence") for e in _events(text))


@pytest.mark.parametrize("text", [
    "Troops had to withdraw from the town on Sunday.",
    "The army has sent 500 troops to the town to fight the rebels.",
])
def test_an_obligation_met_or_a_deployment_stays(text):
    assert _events(text)


# --- a norm with a generic determiner --------------------------------------------------------
def test_any_attack_called_a_crime_is_no_event():
    assert _events("Any strike on a clinic is a grave breach of the laws of war, the charity said.") == []


# --- a memorial standing where an event happened ----------------------------------------------
def test_a_memorial_where_an_event_happened_is_no_new_event():
    assert _events("A plaque now stands where the police station was bombed.") == []


def test_a_dated_bombing_beside_a_memorial_stays():
    assert _events("A plaque was unveiled on Sunday where the police station was bombed in 2009.",
                   "2024-05-14")


# --- a record over unnamed people and places ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Election officials have been threatened and beaten in several provinces, according to observers.",
    "Local journalists have been assaulted in many towns, the press freedom group said.",
])
def test_a_passive_record_over_vague_places_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Two candidates have been attacked in the northern district this week, the electoral commission said.",
    "Gunmen have attacked polling stations in several districts since Sunday.",
])
def test_a_counted_or_dated_record_stays(text):
    assert _events(text)


# --- on several occasions ----------------------------------------------------------------------
def test_on_several_occasions_is_a_habit():
    assert _events("Our ambulances have come under fire on several occasions.") == []


def test_a_dated_repeat_stays():
    assert _events("Aid convoys came under fire twice on Monday near the border.")


# --- a standing condition named as a cause -------------------------------------------------------
def test_the_violence_as_a_cause_is_no_event():
    assert not any((e.acled or {}).get("event_type") == "Violence against civilians"
                   for e in _events("The insecurity has forced the agency to close two clinics in the district."))
    assert _events("The violence has forced our teams to suspend their work in the valley.") == []


def test_dated_violence_that_drove_people_out_stays():
    evs = _events("Violence in the town on Monday forced 3,000 people to flee.")
    assert any((e.acled or {}).get("event_type") for e in evs)


# --- the victims of an event, remembered -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Senators stood for a minute of silence for the victims of the bombing.",
    "The bishop led prayers for the victims of the massacre.",
])
def test_remembering_the_victims_is_no_new_event(text):
    assert _events(text) == []


def test_a_toll_from_an_attack_stays():
    assert _events("The toll from the attack on the market rose to 30 on Monday.")


# --- a war-long toll ---------------------------------------------------------------------------
def test_a_toll_since_the_start_of_the_war_is_no_event():
    assert _events("Since the start of the war, 280 health workers have been killed, the agency said.") == []


def test_a_toll_with_a_killer_since_the_war_began_stays():
    assert _events("Since the start of the war, Russian strikes have killed 500 civilians in Kharkiv.")


# --- past occasions ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Past elections in the country were marred by clashes between rival supporters.",
    "Militias attacked polling stations in previous elections, the commission said.",
])
def test_unnamed_past_occasions_are_no_event(text):
    assert _events(text) == []


def test_a_dated_clash_around_an_election_stays():
    assert _events("Supporters of the two main candidates clashed in the capital on Saturday, leaving three dead.")


# --- carried, not captured -----------------------------------------------------------------------
def test_the_wounded_taken_to_hospital_is_no_capture():
    assert _events("The injured were taken to a clinic in the town of Djibo.") == []


def test_a_town_taken_stays():
    assert _events("Rebels took the town of Kaya on Monday.")


def test_a_grave_of_victims_is_no_new_event():
    assert _events("Families gathered at the graves where victims of the ambush are buried.") == []


def test_an_attack_on_mourners_stays():
    assert _events("Gunmen opened fire at a funeral in the village on Sunday, killing four mourners.")


# --- what is awaited ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The junta has ruled out talks until the rebels surrender.",
    "Aid will not reach the town before the militias withdraw.",
])
def test_a_present_after_until_or_before_is_still_to_come(text):
    assert _events(text) == []


def test_a_past_after_until_stays():
    assert len(_events("Troops shelled the town until the rebels surrendered on Monday.")) == 2


# --- a kind of event as a business ---------------------------------------------------------------
def test_kidnapping_called_a_business_is_no_event():
    assert _events("Abductions for ransom have become a booming business along the highway.") == []


def test_a_dated_kidnapping_stays():
    assert _events("The kidnapping of the students on Monday was the work of bandits.")


# --- a stop stops its object, not its subject -----------------------------------------------------
def test_a_truce_that_halted_an_offensive_was_agreed():
    evs = _events("Envoys met in Doha on Tuesday, a day after a Qatari-brokered truce halted the offensive.")
    assert any((e.plover or {}).get("event") == "CONSULT" for e in evs)


def test_a_halted_offensive_is_still_negated():
    assert _events("The army halted its offensive on Monday.") == []


# --- NGO habits and categories -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Our clinics are treating survivors of torture from across the region.",
    "Health workers continue to be threatened, beaten and detained.",
    "Deliveries remain badly hampered by insecurity and fighting.",
    "Abductions of farmers by armed groups have risen sharply this year.",
    "The ambush was the latest in a string of attacks on the highway.",
])
def test_ngo_categories_habits_and_trends_are_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Victims of Monday's attack were buried on Tuesday.",
    "Rebels continue to hold the town and attacked a convoy on Monday.",
    "The ambush on Monday was the latest in a string of attacks on the highway.",
])
def test_named_events_beside_them_stay(text):
    assert _events(text)


def test_an_anniversary_of_a_massacre_is_no_new_event():
    assert _events("The anniversary of the massacre, in which some 300 villagers were killed, is marked every March.") == []
