"""Genres of real news pages added to realnews dev in the issue-11 round (dev-80 to dev-84): a
chronology with dated entries in the historic present (coding/chronology.py, coding/nlp.py), an
interview's habits, a press review's captured suspect, a bare name taken.  Every sentence here
was written for tocsin in the style of wire copy; each guard has a control that must not move."""
from tocsin import pipeline
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def _coded(text, published="2025-10-30"):
    art = Article(id="t", source="t", url=None, title=None, text=text, published=published,
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    return events


def _factual(text, published="2025-10-30"):
    return [e for e in _coded(text, published) if e.modality in FACTUAL]


def _with(events, words):
    return [e for e in events if words in e.evidence["text"]]


TIMELINE = ("Government forces say they have retaken the district after a months-long siege. These are the main "
            "moments of the battle.\n\n"
            "March 3 - Militiamen shell the market in the district centre, killing 12 people, medics say.\n\n"
            "June 8: Gunmen storm the district hospital and loot it, a medical charity says.\n\n"
            "Aug 14 - The militia attacks the displacement camp from three sides.\n\n"
            "Oct 2 - The WHO says 30 patients were shot dead at the maternity ward.\n")


def test_a_dated_entry_in_the_historic_present_is_an_event_of_its_day():
    evs = _factual(TIMELINE)
    storm = _with(evs, "Gunmen storm the district hospital")
    assert storm and storm[0].date["start"] == "2025-06-08"
    shell = _with(evs, "Militiamen shell the market")
    assert shell and shell[0].date["start"] == "2025-03-03"


def test_an_entry_verb_is_not_read_as_a_noun_glued_to_its_date():
    evs = _factual(TIMELINE)
    camp = _with(evs, "The militia attacks the displacement camp")
    assert camp and camp[0].date["start"] == "2025-08-14"
    assert camp[0].evidence["text"].startswith("The militia attacks")  # the prefix is not the sentence


def test_an_entry_keeps_its_first_words_with_its_sentence():
    evs = _factual(TIMELINE)
    ward = _with(evs, "shot dead at the maternity ward")
    assert ward and ward[0].evidence["text"].startswith("The WHO says")


def test_a_present_speaker_in_running_copy_still_tells_a_habit():
    text = ("Rebels say the army shells the villages near the river.\n\n"
            "Residents say militiamen storm the camps at night.\n")
    assert _factual(text) == []


def test_a_frequency_on_the_first_of_two_verbs_makes_both_a_habit():
    assert _factual("Every week the jets come back and bomb our towns, the commander said.\n") == []
    assert _factual("Every month the gunmen return to the villages and burn homes, residents say.\n") == []


def test_a_dated_act_with_two_verbs_stays_an_event():
    evs = _factual("The jets came back on Monday and bombed the town, killing five people, residents said.\n")
    assert evs and evs[0].date["start"] == "2025-10-27"


def _codings(text, published="2023-01-07"):
    return [(e.acled or {}).get("sub_event_type") for e in _factual(text, published)]


def test_a_named_person_captured_is_an_arrest_not_a_town_taken():
    assert _codings("Soldiers captured Ovidio Guzman, a son of the jailed drug lord, in Sinaloa state on "
                    "Thursday, the defence ministry said.\n") == ["Arrests"]
    assert "Government regains territory" not in _codings(
        "Troops captured Abu Khalid, a brother of the militia leader, in a raid on Tuesday.\n")


def test_a_named_person_an_armed_group_captures_is_abducted():
    assert _codings("Islamic State fighters captured Ahmed Saleh, a brother of the provincial governor, "
                    "near Mosul on Monday.\n") == ["Abduction/forced disappearance"]
    assert "Arrests" not in _codings("Rebels captured 12 soldiers and seized the village of Tell Mardikh on Monday.\n")


def test_a_town_captured_is_still_territory():
    assert _codings("Rebels captured Kafr Nabl after heavy fighting on Thursday.\n") == [
        "Non-state actor overtakes territory"]


def test_control_of_a_bare_name_is_territory():
    subs = _codings("The RSF says it has taken control of Zamzam after three days of fighting.\n", "2025-04-14")
    assert "Non-state actor overtakes territory" in subs
    assert _codings("The army took control of Ahmed Ali's house on Sunday.\n") == []


def test_troops_going_into_a_town_take_it():
    subs = _codings("Government troops went into the town of Ann on Friday after a week of fighting.\n", "2024-12-28")
    assert subs == ["Government regains territory"]
    assert _codings("The rebel commander went into hiding after the raid, police said.\n") != [
        "Government regains territory"]


def test_an_upper_case_acronym_is_a_source_not_a_relative_pronoun():
    evs = _factual("The WHO said 30 patients were shot dead at the hospital on Tuesday.\n")
    assert evs and evs[0].attribution == "WHO"
    evs = _factual("Gunmen killed five villagers, who were farming near the road, police said on Tuesday.\n")
    assert evs and evs[0].attribution == "police"


def test_shooting_with_no_target_named_is_an_attack():
    text = ("Survivors said the soldiers arrived in a convoy of pickup trucks, gathered families in the "
            "centre of the village and opened fire.\n")
    assert "Attack" in _codings(text, "2024-04-25")
    assert _codings("Rebels opened fire on the army base near the town on Monday.\n", "2024-04-25") == ["Armed clash"]


def test_a_short_span_of_an_event_noun_is_an_event():
    assert _codings("A day of gun battles in the city left at least eight people dead on Thursday.\n") == ["Armed clash"]
    assert _codings("The release followed a day of gun battles in which at least eight people died.\n") == ["Armed clash"]
    assert _codings("The country has endured decades of fighting.\n") == []
    assert _codings("Papers were dominated by the arrest and by the day of violence that followed.\n") == []
