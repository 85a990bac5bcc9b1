"""Coding patterns of the thirty-fourth round's held-out articles (dev-737 to dev-760): what happened
in a "where" or "when" clause under an attempt or a question, posts overrun, fires set however the
object is parsed, rumours called unfounded, appeals told as warnings, habits of years, parallels
set off by "the last time" or "the scale of", a case at hand given a name, fights by punches,
places that took direct hits, forces driven back, fire bombs and gun blasts that are no
explosives, counts after a gerund, and sources that put a toll at a number.  Texts written for
tocsin."""
import pytest

from .factual import first_figure, subtypes, told_after

LEAD = ("LAGOS, Oct 22 (Delta Desk) - Soldiers opened fire on protesters at a toll gate in Lekki on Tuesday "
        "night, witnesses said.\n\n")
after = told_after(LEAD, "2020-10-22")


@pytest.mark.parametrize("sentence,trigger", [
    ("Two rioters were shot as they tried to burn down the council office in Oyigbo, where soldiers fought "
     "back and detained several others.", "fought"),
    ("Detectives are asking whether the suspects took part in the raid of 14 March, when some 30 gunmen "
     "overran a police post at Ikot Ekpene and left with its rifles.", "overran"),
])
def test_a_past_where_or_when_clause_tells_what_happened(sentence, trigger):
    events = after(sentence)
    assert any(trigger in e.trigger and e.modality in ("asserted", "reported") for e in events), [
        (e.trigger, e.modality) for e in events]


def test_a_post_overrun_is_an_attack_and_a_town_overrun_a_takeover():
    assert subtypes(after("Gunmen overran an army checkpoint outside Oyigbo on Wednesday and made off with its rifles.")) \
        & {"Attack", "Armed clash"}
    assert "Non-state actor overtakes territory" in subtypes(
        after("Insurgents overran the town of Damasak on Wednesday after a day of fighting."))


def test_a_fire_set_with_its_object_between_is_property_destruction():
    events = after("On Wednesday, hooded men stormed the local government secretariat, threw files from its "
                   "windows and set part of the building alight.")
    assert "Looting/property destruction" in subtypes(events), [(e.trigger, e.acled) for e in events]


@pytest.mark.parametrize("sentence", [
    "- Claims shared online that soldiers opened fire on the crowd on Wednesday night are unfounded, the army said.",
    "In Abuja, the EU envoy urged both sides to show restraint and warned that further bloodshed must be avoided.",
    "Youth gangs have for years clashed with police in Oyigbo after market disputes, but rarely on this scale.",
    "Several columnists compared the protests to the riots of April 1992, the last time unrest on this scale "
    "shook the city.",
    "Older residents ask whether the crackdown could reach the scale of June 1993, when soldiers shot dozens of "
    "protesters on the same road.",
    "Residents have started calling this week's battle the 'Toll Gate War', a nod to the riots of the 1990s.",
    "22:05 GMT - For older Lagosians the siege recalls 1993, when Abacha himself was the general at the city gates.",
])
def test_rumours_appeals_habits_and_parallels_are_no_events(sentence):
    assert not after(sentence), [(e.trigger, e.modality) for e in after(sentence)]


def test_rivals_trading_punches_riot():
    events = after("The shooting came hours after rival groups of youths traded punches outside the toll gate.")
    assert {e.rule_family for e in events} == {"riot"}, [(e.trigger, e.rule_family) for e in events]


def test_a_place_that_took_direct_hits_was_shelled():
    events = after("The WHO reported that a clinic in Oyigbo had taken direct hits from mortar rounds on Wednesday.")
    assert "Shelling/artillery/missile attack" in subtypes(events)
    assert any(e.attribution == "WHO" for e in events), [e.attribution for e in events]


def test_forces_that_drove_fighters_back_fought_them():
    events = after("On Wednesday, soldiers charged across the bridge at Oyigbo and forced the gunmen back from the market.")
    assert "battle" in {e.rule_family for e in events}


def test_fire_bombs_and_gun_blasts_are_no_explosives():
    events = after("Overnight, youths set fire to a police post in Oyigbo and threw stones and petrol bombs at "
                   "officers, injuring at least 10 people, policemen among them, an officer at the scene told us.")
    assert events and "Remote explosive/landmine/IED" not in subtypes(events), subtypes(events)
    assert first_figure(events, "injured") == 10, [e.figures for e in events]
    shot = after("A police inspector clearing a barricade was hit by a shotgun blast on Wednesday.")
    assert "Remote explosive/landmine/IED" not in subtypes(shot), subtypes(shot)


def test_who_puts_a_toll_at_a_number_is_its_source():
    events = after("Speaking on Wednesday, a spokesman for the Rivers governor put the number of people killed "
                   "in the unrest over the past three days at about 30.")
    assert events and all(e.attribution == "spokesman for the Rivers governor" for e in events), [
        e.attribution for e in events]


def test_a_round_that_set_fire_to_a_roof_destroyed_property():
    events = after("The same afternoon another round set fire to the roof of the Anglican church in Oyigbo.")
    assert "Looting/property destruction" in subtypes(events), [(e.trigger, e.acled) for e in events]


def test_two_armies_that_fought_each_other_clashed():
    events = after("The two armies, allies until last year, last fought each other near Oyigbo in early September.")
    assert "Armed clash" in subtypes(events), [(e.trigger, e.acled) for e in events]


def test_fighters_who_surrendered_into_custody_were_arrested():
    events = after("Police say about 40 members of the gang surrendered on Wednesday and are in custody.")
    arrests = [e for e in events if (e.acled or {}).get("sub_event_type") == "Arrests"]
    assert arrests and first_figure(arrests, "arrested") == 40, [(e.trigger, e.acled, e.figures) for e in events]
    assert "Arrests" not in subtypes(after("Some 200 fighters surrendered to the army near Oyigbo on Wednesday."))


def test_a_crowd_that_tried_to_force_its_way_in_rioted():
    events = after("By Wednesday night a crowd had gathered at the junction and tried to force its way into the "
                   "barracks, pelting stones at soldiers.")
    assert any(e.rule_family in ("protest", "riot") for e in events), [(e.trigger, e.modality) for e in events]


def test_residents_who_beat_a_man_after_a_quarrel_attacked_him():
    events = after("On Wednesday morning a young okada rider was beaten up by residents of the estate after an "
                   "argument over a fare, police say.")
    assert events, "a crowd's beating after a quarrel is no private crime"
    assert not after("A trader stabbed his brother during an argument over a plot of land, police said.")


def test_an_operation_announced_in_the_passive_is_a_plan_not_a_threat():
    assert not after("Officials in Abuja have said an operation to clear the toll gate will be launched within days.")
    assert any(e.plover and e.plover.get("event") == "THREATEN"
               for e in after("The army said on Wednesday it will launch an operation to clear the toll gate."))
