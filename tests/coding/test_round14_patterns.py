"""Patterns found by the fourteenth round's held-out articles (bench/realnews/dev dev-185 to
dev-232, written by eight writers who saw no other article): each rule tested both ways on
sentences written for tocsin."""
import pytest

from .factual import coded_events, factual_events

DAY = "2022-03-10"


def _factual(text: str, word: str) -> list:
    return [e for e in factual_events(text, DAY) if word in (e.trigger or "")]


def _family(text: str, family: str, factual: bool = True) -> list:
    evs = factual_events(text, DAY) if factual else coded_events(text, DAY)
    return [e for e in evs if e.rule_family == family]


def _mobilised(text: str) -> list:
    return [e for e in coded_events(text, DAY) if (e.plover or {}).get("event") == "MOBILIZE"
            and e.modality in ("asserted", "reported")]


def _figure(text: str, key: str) -> list:
    return [e.figures[key] for e in factual_events(text, DAY) if key in (e.figures or {})]


# (sentence, a word of the trigger): told as an event
TOLD = [
    # what happened before a fear, a forecast or a warning is a fact
    ("Medics fear the death toll could climb after an attack on a market in Bunia killed at least 19 people "
     "on Sunday.", "attack"),
    ("Aid agencies fear more families will leave after shelling hit the village of Kadugli Sharq on 4 March.", "hit"),
    # counts of cases and of killings
    ("Investigators documented 48 cases of rape in villages around Nyala between June and August.", "rape"),
    ("Since 1 March, the monitor has documented the killing of 212 civilians in Idlib province.", "killing"),
    # missed events
    ("The defence ministry said Turkish troops had neutralised 45 regime soldiers near Saraqib on Thursday.",
     "neutralised"),
    ("Ukrainian soldiers raised the national flag over the village of Vysokopillia on Sunday, officials said.", "flag"),
    ("The agency is saddened to confirm the death of its driver Musa Abdalla, who was shot dead by gunmen on the "
     "road to Kutum on Tuesday.", "shot"),
    ("Hundreds of families reached Tibu on Sunday, fleeing fighting that has raged in Catatumbo since Thursday.",
     "fighting"),
    ("A Houthi spokesman said the group had fired 11 drones and three cruise missiles at Jizan on Sunday.", "fired"),
    ("A column of about 30 Turkish tanks and armoured vehicles crossed into the province on Sunday, a monitor said.",
     "crossed"),
    ("Taliban fighters have been pressing an offensive around Kunduz city since Saturday, officials said.", "offensive"),
    ("Displaced families have kept up a sit-in on the M4 highway near Ariha since Monday.", "sit-in"),
]

# (sentence, a word of the trigger): no factual record of it
NOT_TOLD = [
    ("Residents fear more killings after the army withdraws from the town next month.", "withdraw"),
    ("Clinics recorded 300 cases of rape in the first six months of the year.", "rape"),
    ("Health officials say cholera has killed more than 200 people in the camps since May.", "kill"),
    ("The foundation defines a massacre as the killing of three or more unarmed people in one incident.", "killing"),
    ("The mayor urged families to move south, citing the danger of Russian shelling.", "shelling"),
    ("A post shared widely on Telegram on Sunday claiming that rebels had seized the town of Djibo was false, "
     "a security source said.", "seized"),
    ("Army engineers neutralised a car bomb near the market in Mogadishu.", "neutralised"),
    ("Pupils raised the flag over the school on Independence Day.", "flag"),
    ("The army is ready to confirm that troops will attack the town.", "attack"),
    ("Rescuers say the jets often struck the same spot twice, after the ambulances arrived.", "struck"),
    ("Nothing in the accord explicitly bars the insurgents from attacking government forces.", "attacking"),
    # habits, works and debunked posts (the third held-out round)
    ("Government troops have typically worn down rebel villages with weeks of air raids and shelling.", "shelling"),
    ("Ceasefires announced over the province have seldom survived more than a few days.", "Ceasefires"),
    ("Russian troops have crossed into the region several times over the past five years to back the army.", "crossed"),
    ("Over the past year, the jets made a habit of returning to a struck site minutes after the first raid.", "raid"),
    ("Across the province, teachers have been abducted and schools have been burned.", "abducted"),
    ("An exhibition of survivors' drawings at the city museum recalls the night soldiers torched the market.", "torched"),
    ("A post on a Telegram channel claiming that rebels had stormed the village of Kafr Oweid on 7 March was "
     "checked by our researcher and proved to be false.", "stormed"),
    # the fourth held-out round (dev-257 to dev-280)
    ("In the ballads played in the town's bars, the brothers shoot their way out of every ambush.", "shoot"),
    ("Students are rehearsing a play in which a fishing boat is raked by gunfire on the river.", "gunfire"),
    ("A rumour that militiamen had executed a village chief near Djugu spread on Sunday, but he reached Bunia "
     "alive the next day.", "executed"),
    ("That is more than four civilians killed, on average, every day since January.", "killed"),
    ("Attacks claimed by the group in the province fell by more than half in 2023 compared with the year before.",
     "Attacks"),
    ("What usually happens, he says, is that the jets come back a few minutes after the first strike.", "strike"),
    ("An arrest warrant from the court accuses the commander of executing 20 prisoners in 2016 and 2017.", "executing"),
]


@pytest.mark.parametrize("text,word", TOLD)
def test_told(text, word):
    assert _factual(text, word), text


@pytest.mark.parametrize("text,word", NOT_TOLD)
def test_not_told(text, word):
    assert not _factual(text, word), text


# --- causes that are no political violence --------------------------------------------------

def test_an_explosion_caused_by_a_gas_cylinder_is_no_attack():
    text = "A blast that shook a block of flats in Odesa on Monday was caused by a gas cylinder, the emergency service said."
    assert not [e for e in factual_events(text, DAY) if e.acled]


def test_an_explosion_caused_by_a_bomb_is_an_attack():
    text = "A blast at a bus station in Quetta on Monday was caused by a bomb hidden in a motorcycle, police said."
    assert [e for e in factual_events(text, DAY) if e.acled]


# --- displacement and deployments -----------------------------------------------------------

def test_people_from_a_place_arriving_at_camps_are_displaced():
    evs = _family("By Friday, about 1,500 people from Gajiram had arrived at the Dalori camp outside Maiduguri, "
                  "an official said.", "displacement")
    assert evs and evs[0].figures["displaced"]["value"] == 1500


def test_people_who_fled_reaching_several_towns_are_one_movement():
    evs = _family("More than 2,400 people who fled Mocimboa da Praia have reached Mueda, Montepuez and Pemba, "
                  "the UN humanitarian office said.", "displacement")
    assert len(evs) == 1, evs


def test_people_arriving_by_boat_or_at_a_camp_are_displaced():
    for text in ("More than 900 people arrived by boat in Pemba on Friday, the authorities said.",
                 "Some 450 people arrived at the camp near Atmeh between Monday and Wednesday, the camp committee said."):
        assert _family(text, "displacement"), text


def test_delegates_arriving_at_a_conference_are_no_displacement():
    assert not _family("About 300 people from the diaspora arrived in Mogadishu for the reconciliation conference.",
                       "displacement")


def test_deployments_by_their_object():
    assert _mobilised("The military said it had moved an additional armoured division to the northern border on Tuesday.")
    assert _mobilised("Police said a tactical team of the Mobile Police Force had been deployed to Anka on Sunday.")
    assert not _mobilised("Residents moved their families to safer villages.")
    assert not _mobilised("The WHO deployed a team of epidemiologists to the camp.")


# --- figures, aggregates and dates ------------------------------------------------------------

def test_a_range_of_days_is_no_count():
    assert [f["value"] for f in _figure("Between 2 and 9 February, more than 150,000 people were displaced "
                                        "from western Aleppo, the UN said.", "displaced")] == [150000]
    assert [f["low"] for f in _figure("From January 4 to 11, air strikes killed at least 35 civilians in Idlib.",
                                      "fatalities")] == [35]


def test_a_range_of_people_stays_a_count():
    figs = _figure("Between 20 and 30 soldiers were killed in an ambush near Tessit on 3 March.", "fatalities")
    assert figs and (figs[0]["low"], figs[0]["high"]) == (20, 30)


def test_both_crew_members_are_two():
    text = "A military helicopter was shot down west of Aleppo on Friday, killing both crew members, a monitor said."
    assert [f["value"] for f in _figure(text, "fatalities")] == [2]


def test_since_then_makes_no_aggregate_but_a_toll_since_a_day_does():
    evs = _factual("On 2 March, shelling damaged a clinic in Kafr Nabl, which has since closed its doors.", "damaged")
    assert evs and not evs[0].aggregate
    evs = _factual("Air strikes have killed 40 civilians in Idlib since Sunday.", "killed")
    assert evs and evs[0].aggregate


def test_a_day_after_moves_the_clause_back_a_day():
    text = ("The Security Council met in emergency session this afternoon, a day after an air strike "
            "in Idlib killed 33 Turkish soldiers.")
    evs = [e for e in factual_events(text, "2020-02-28") if "killed" in (e.trigger or "")]
    assert evs and evs[0].date["start"] == "2020-02-27", evs[0].date if evs else evs


def test_the_second_half_of_a_month_is_its_last_fortnight():
    text = "Federal jets bombed Mekelle at least five times in the second half of October, officials said."
    evs = [e for e in factual_events(text, "2021-11-08") if "bombed" in (e.trigger or "")]
    assert evs and (evs[0].date["start"], evs[0].date["end"]) == ("2021-10-16", "2021-10-31"), evs[0].date if evs else evs


# --- a monitor's lines and a live page's recap ------------------------------------------------

MONITOR = """DAILY CASUALTY REPORT, 4 MARCH 2020

Ariha - 6 killed (2 children), 11 injured. Russian jets struck a street near the vegetable market shortly after noon.

Sarmin - 2 killed, 5 injured. Government artillery shelled houses on the western edge of the town in the evening.
"""


def test_a_monitors_place_toll_line_is_the_next_sentences_events():
    evs = [e for e in factual_events(MONITOR, "2020-03-04") if e.acled]
    by_trigger = {e.trigger: {k: f["value"] for k, f in e.figures.items()} for e in evs}
    assert by_trigger.get("struck") == {"fatalities": 6, "injured": 11}, by_trigger
    assert by_trigger.get("shelled") == {"fatalities": 2, "injured": 5}, by_trigger
    assert len(evs) == 2, [e.trigger for e in evs]


def test_a_live_page_recap_tells_nothing_new():
    text = ("KHARTOUM, May 3 (Wire) - RSF shelling killed 14 people in a market in El Fasher on Friday, "
            "local activists said.\n\n"
            "LIVE, 18:40 - To recap: RSF shelling killed 14 people in an El Fasher market today and sent "
            "hundreds of families fleeing towards Tawila.")
    recs = [e for e in factual_events(text, "2024-05-03") if e.evidence["start"] > 100]
    assert not recs, [(e.trigger, e.evidence["text"][:40]) for e in recs]


ARTICLE_WITH_TEASERS = """KIDAL, Oct 2 (Wire) - Gunmen attacked an army post near Anefis on Tuesday, killing three soldiers, the army said.

The army said reinforcements had reached the post by nightfall and that the attackers had fled north.

No group has said it carried out the attack, which came two days after a convoy was ambushed near Tessalit.

RELATED: Drone strike kills 12 at wedding in central Mali

ALSO ON OUR SITE: Gunmen abduct 40 passengers from bus near Bandiagara

Background: Gunmen killed 20 villagers near Gao in March 2019.

RELATED STORIES
Jihadists kill 17 soldiers in Burkina Faso ambush
Troops retake town in northern Niger
"""


def test_other_stories_headlines_tell_no_event():
    evs = factual_events(ARTICLE_WITH_TEASERS, "2024-10-02")
    told = [e.evidence["text"][:30] for e in evs if e.acled]
    assert any(t.startswith("KIDAL") for t in told), told
    assert not any(w in " ".join(told) for w in ("Drone", "abduct", "Jihadists", "Troops retake")), told
    assert [e for e in coded_events(ARTICLE_WITH_TEASERS, "2024-10-02")
            if e.evidence["text"].startswith("Background")], "prose after a marker is still read"



def test_teaser_spans_cover_headlines_only():
    from tocsin.coding.teasers import teaser_spans
    text = ("Troops shelled the town.\n\nRELATED: Jets pound roads out of Ariha\n\nSee also: Militants seized "
            "Kidal in 2012, and the army took it back in 2023.\n\nMOST READ\nOil slides on virus fears\n"
            "Gunmen kill 12 in Kaduna\n\n3. Troops retake Gao airport\n\nThe army said the offensive would go on.")
    spans = [text[s:e] for s, e in teaser_spans(text)]
    assert spans == ["RELATED: Jets pound roads out of Ariha", "MOST READ", "Oil slides on virus fears",
                     "Gunmen kill 12 in Kaduna", "3. Troops retake Gao airport"], spans


def test_a_document_accusing_is_a_standing_accusation():
    evs = coded_events("BRUSSELS, March 9 (Wire) - The European Union added four officers to its sanctions list.\n\n"
                       "Entries on the European Union's sanctions list accuse two air force generals of ordering raids "
                       "on civilian areas.", DAY)
    evs = [e for e in evs if e.evidence["start"] > 0]
    assert [e for e in evs if (e.plover or {}).get("event") == "ACCUSE"] and not [
        e for e in evs if (e.plover or {}).get("event") == "ACCUSE" and e.modality in ("asserted", "reported")]


def test_a_truce_due_to_start_is_to_come_and_a_toll_due_to_shelling_is_told():
    evs = coded_events("A ceasefire between the two groups is due to start on August 3, mediators said.", DAY)
    assert evs and all(e.modality == "future" for e in evs if (e.plover or {}).get("event") == "AGREE")
    assert _factual("Four people were killed due to heavy shelling on Monday, medics said.", "shelling")

