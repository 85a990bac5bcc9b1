"""Generic statements, past habits, statistics, superseded reports, illustrations and labels
(coding/nonevents_generic.py), the present perfect since a year (nonevents_habits.py), a
copula's irrealis adjective (modality.py) and sentences that tell an event again
(context.py `toll_only`, `detail_lemmas`).  Every sentence was written for tocsin in the style
of risk explainers, refugees' testimony, statistics stories, aggregator pages and wire copy;
each guard has controls of the same shape that are events and must stay coded."""
import pytest

from .factual import coded_events, factual_events

LEAD = ("MAIDUGURI, Nigeria, June 12 (Sahel Wire) - Jihadist fighters attacked an army base at "
        "Marte in Borno state on Sunday, killing 11 soldiers, military sources said.\n\n")


def _extra(sentence: str, published: str = "2023-06-12", lead: str = LEAD) -> list:
    """The factual events coded from `sentence` when it follows a genuine lead."""
    return [e for e in factual_events(lead + sentence, published) if sentence[:30] in e.evidence["text"]]


@pytest.mark.parametrize("sentence", [
    "They raid villages, burn granaries and abduct farmers for ransom.",
    "Across the north, the insurgents face attacks of their own from rival factions.",
    "They used to burn the market stalls and take whatever the traders had left.",
    "The number of soldiers killed this year has already passed the full-year figures of 2021 and 2022.",
    "An earlier version of this story said that a second bomber had blown himself up near the gate.",
    "Two attacks this month show how quickly the situation in the state can change.",
    "Boko Haram has used the forest to launch raids on the villages around it since 2014.",
    "A fresh offensive on the island appears imminent, diplomats said.",
    "Reports that the town had fallen to the insurgents were premature, the army insisted.",
    "Traders are now fighting over the few trucks whose drivers still take the road to Damboa.",
    "The insurgents shell the garrison towns with mortars whenever the army launches a patrol, residents said.",
    "Survivors said the fighters behead the men they capture and take the women to the forest.",
    "A military spokesman said the air force hit only insurgent camps.",
    "Rumours spread through the camp this week that the insurgents were marching on the town.",
    "The army uses the word neutralised to say that fighters were killed, captured or surrendered.",
    "The insurgents have killed more than 35,000 people in the north-east since 2009, the UN says.",
    "The group has launched more than 300 attacks on the army since the insurgency began in 2009.",
    "The governor said the insurgents had until the end of the month to lay down their arms and leave the forest.",
    "Indiscriminate attacks continue to kill and injure civilians across the state, aid groups say.",
    "The army says it repels most of the attacks launched at its bases in the state.",
    "Ansaru, formed in 2012 by fighters who left Boko Haram, rejects any talks with Abuja and says it will fight on.",
    "The governor has threatened to send the army into the forest if the gangs do not surrender by the end of May.",
    "Rumours spread in the camp on Monday that the insurgents had entered Monguno, but soldiers said the reports were false.",
    "Residents said the helicopters had taken off from the airport at Maiduguri, but this could not be verified.",
    "The army expects fighters who fled the villages to regroup in the forest.",
    "Police said an investigation was under way to identify and arrest those responsible.",
    "The group has long financed itself through kidnapping and cattle rustling.",
    "The governor has said repeatedly that kidnapping is a crime against the whole state.",
    "Last week a heater set a tent ablaze in the camp, and a boy was badly burned.",
    "They added that reports that the governor had been wounded were false and that he was in good health.",
    "The army has opened an investigation into allegations that soldiers killed dozens of herders near the town.",
    "Survivors who reached the camps say armed men on motorbikes roam the town and shoot at anyone they suspect.",
    "Opposition lawmakers said the government had surrendered to the gangs.",
    "Officials say the number of power cuts caused by shelling is far lower this year than last.",
    "After years in the camps, I know that a bombing raid sounds different depending on how far away it is.",
    "In the north-east, a soldier killed on duty is buried in his home village.",
    "In the camp, the children draw helicopters dropping bombs.",
    "The survey counts as an attack any act of violence that stops a clinic from working.",
    "Looting of medicines and the occupation of clinics by armed men are counted alongside bombings.",
    "Violence against health workers in the state reached the highest level ever recorded last year.",
])
def test_no_event(sentence):
    assert _extra(sentence) == []


@pytest.mark.parametrize("sentence", [
    "They raided the village of Gajiram on Tuesday and burned 40 houses, residents said.",
    "The insurgents attacked a convoy near Damboa on Monday, killing four soldiers.",
    "The number of civilians killed since Saturday has risen to 37, the state emergency agency said.",
    "Boko Haram fighters have killed at least 30 people in the area since May.",
    "The army has been fighting the insurgents in the forest since late 2019, killing hundreds.",
    "At least 40 people have been killed in the state since January, the emergency agency said.",
    "The survivors said the fighters beheaded three men in the market on Sunday.",
    "The insurgents shelled the garrison town with mortars on Monday, residents said.",
    "On Monday the army threatened military action against the gangs if they did not surrender.",
    "Police arrested two suspects on Tuesday in connection with the attack.",
    "Hundreds of families fled the villages on Sunday after the insurgents attacked, residents said.",
])
def test_controls_stay_coded(sentence):
    assert _extra(sentence), sentence


def test_a_round_up_label_codes_nothing_but_its_item_does():
    text = LEAD + "Elsewhere in the state this week:\n\nCONVOY AMBUSH:\n\nGunmen ambushed a fuel convoy near Dikwa on Tuesday, killing two drivers, police said."
    labels = [e for e in factual_events(text, "2023-06-12") if e.evidence["text"].strip() == "CONVOY AMBUSH:"]
    assert labels == []
    assert any("Dikwa" in e.evidence["text"] for e in factual_events(text, "2023-06-12"))


@pytest.mark.parametrize("sentence", [
    "More than 30 people were wounded.",
    "Several other soldiers were killed, the sources said.",
    "The attack destroyed dozens of vehicles and set the armoury on fire.",
    "The raid hit the base's main gate first, the sources said.",
])
def test_an_event_told_again_adds_to_the_first(sentence):
    assert _extra(sentence) == []
    first = [e for e in factual_events(LEAD + sentence, "2023-06-12") if "Marte" in e.evidence["text"]]
    assert len(first) == 1


def test_a_toll_told_again_goes_to_the_event_before():
    events = factual_events(LEAD + "More than 30 others were wounded.", "2023-06-12")
    assert len(events) == 1 and events[0].figures.get("injured", {}).get("value") == 30


def test_generic_present_needs_the_body_and_no_figure():
    # a headline-like first line keeps its event; a present with a figure is news told in the present
    assert factual_events("Insurgents attack army bases across Borno\n\nThe army gave no details.", "2023-06-12")
    events = coded_events(LEAD + "They raid villages, burn granaries and abduct farmers for ransom.", "2023-06-12")
    raid = [e for e in events if "granaries" in e.evidence["text"]]
    assert raid and all(e.modality == "hypothetical" for e in raid)


@pytest.mark.parametrize("sentence", [
    "The attack came as the state governor was visiting the camp at Bakassi.",
    "The raid took place while army chiefs met in Abuja to review the campaign.",
])
def test_the_time_clause_of_an_event_told_again_is_no_record(sentence):
    assert _extra(sentence) == []


def test_a_violent_time_clause_is_an_event_of_its_own():
    sentence = "The attack came a day after gunmen killed nine worshippers at a mosque in the village of Mandu on Saturday."
    assert _extra(sentence)


def test_a_claim_the_next_sentence_denies_is_disputed():
    text = (LEAD + "An insurgent spokesman claimed on Monday that his fighters had captured the town of "
            "Gajiram. The army denied the claim and said its troops held the town.")
    claimed = [e for e in coded_events(text, "2023-06-12") if "Gajiram" in e.evidence["text"]]
    assert claimed and all(e.modality == "hypothetical" for e in claimed)
    control = (LEAD + "An insurgent spokesman claimed on Monday that his fighters had captured the town of "
               "Gajiram. The army said it was sending reinforcements.")
    assert any(e.modality == "reported" for e in coded_events(control, "2023-06-12") if "Gajiram" in e.evidence["text"])


@pytest.mark.parametrize("sentence", [
    # new events after a known one, not told again
    "Three more soldiers were killed in a roadside blast near Bama on Monday.",
    "Gunmen killed five farmers in the village of Kirawa on Monday night.",
    "Five people were killed when suicide bombers attacked a mosque in Konduga.",
    # easily missed
    "On Saturday afternoon, the insurgents fired four shells at the village of Gajiram, the army said.",
    "On Tuesday, two clinics in the town of Dikwa were reportedly struck and put out of service.",
    "On Sunday, the insurgents carried out their first drone attack on the barracks at Monguno, residents said.",
])
def test_new_and_easily_missed_events_after_a_lead_stay(sentence):
    assert _extra(sentence), sentence


def test_a_daily_tally_is_no_event():
    sentence = ("The defence ministry issues daily tallies of the insurgents it says its forces have killed "
                "in air and ground operations, often running into the dozens.")
    assert _extra(sentence) == []


def test_shops_hit_by_a_slowdown_are_no_attack():
    assert _extra("Shops in the town were hit hard by the slowdown in trade.") == []


def test_a_claim_dismissed_in_its_own_sentence_is_disputed():
    sentence = ("The insurgents said on their radio that they had repelled the assault and killed dozens of "
                "soldiers, a claim the army dismissed as propaganda.")
    assert not [e for e in _extra(sentence) if e.rule_family in ("battle", "violence")]
    assert [e for e in _extra("The insurgents said on their radio that they had repelled the assault and killed "
                              "dozens of soldiers.") if e.rule_family in ("battle", "violence")]


def test_match_talk_in_a_sports_article_is_no_event():
    text = ("MAIDUGURI, June 12 (Sahel Wire) - The football league resumed at the stadium on Sunday, with fans "
            "cheering every goal of the derby.\n\nThe striker fired a rocket into the top corner after eleven minutes. "
            "Their goalkeeper was shot down twice before half-time. The coach praised his team after the match.")
    assert not [e for e in factual_events(text, "2023-06-12") if "striker" in e.evidence["text"] or "goalkeeper" in e.evidence["text"]]
