"""A single event dated by a past calendar period is no aggregate; cumulative wording makes
one (coding/assembly.py is_aggregate, dates/story.py `stretch_patterns`).  Crowds clashing and
vehicles rammed are events of their own clause; a definite event noun dated well before the
story is another event, not the one told before (coding/context.py).  Sentences written for
these tests in the style of wire copy."""
import pytest

from tocsin import pipeline
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def coded(text, published):
    art = Article(id="t", source="t", url=None, title=None, text=text, published=published,
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    return [e for e in events if e.modality in FACTUAL and e.acled]


@pytest.mark.parametrize("text, published", [
    ("Late last month, gunmen stormed a guesthouse in the port city, killing at least seven people.", "2021-03-18"),
    ("Four engineers working on the dam were abducted last week near the border town, police said.", "2022-08-11"),
    ("Early last week, insurgents ambushed an army patrol outside Mopti, killing nine soldiers.", "2020-05-14"),
    ("Last year, riot police shot dead two students outside the university in the capital.", "2019-04-02"),
    ("A drone strike hit a fuel depot near the airport earlier last week, killing three guards.", "2023-11-09"),
    ("Last month, a bomb hidden in a motorcycle exploded at a livestock market, killing 14 people.", "2018-07-20"),
    ("The raid, which began shortly before dawn, killed 11 villagers last week, elders said.", "2022-07-01"),
])
def test_single_event_with_a_past_period_is_no_aggregate(text, published):
    (ev,) = coded(text, published)
    assert ev.aggregate is False
    assert ev.date["precision"] in ("range", "month", "year")


@pytest.mark.parametrize("text, published", [
    ("Between 3 and 19 March, at least 85 civilians were killed in the province, the monitor said.", "2021-03-25"),
    ("At least 40 people have been killed in the past week in fighting around the city.", "2022-10-06"),
    ("More than 400 civilians were killed in air strikes on the enclave last month, the group said.", "2020-03-04"),
    ("Government jets carried out more than 300 air raids on the southern countryside this month.", "2019-06-20"),
    ("So far this year, 61 health workers have been kidnapped in the region, the agency said.", "2021-10-12"),
    ("The siege of the town, which began in early May, has killed at least 120 civilians, medics said.", "2022-07-01"),
])
def test_cumulative_wording_makes_an_aggregate(text, published):
    evs = coded(text, published)
    assert evs and all(e.aggregate for e in evs)


def test_rival_supporters_clashing_is_mob_violence_without_another_violent_word():
    (ev,) = coded("Rival party supporters clashed outside the electoral commission in Lilongwe on Tuesday.",
                  "2020-06-25")
    assert ev.acled["event_type"] == "Riots" and ev.date["start"] == "2020-06-23"


@pytest.mark.parametrize("text", [
    "The two ministers clashed over the budget at Tuesday's cabinet meeting.",
    "Lawmakers clashed with the speaker over the agenda on Tuesday.",
])
def test_people_clashing_over_words_is_no_event(text):
    assert coded(text, "2020-06-25") == []


def test_rammed_vehicle_in_its_own_clause_is_its_own_event_with_its_own_date():
    evs = coded("Earlier this year, soldiers shot dead a farmer at a roadblock outside Kasese, and in March a crowd "
                "of protesters rammed a tractor through the gate of the district office.", "2023-08-30")
    assert len(evs) == 2
    ram = next(e for e in evs if "March" in (e.date.get("text") or ""))
    assert ram.acled["sub_event_type"] == "Violent demonstration"
    assert (ram.date["start"], ram.date["end"]) == ("2023-03-01", "2023-03-31")


def test_a_bill_rammed_through_parliament_is_no_event():
    assert coded("The ruling coalition rammed the security bill through parliament on Thursday.", "2023-08-30") == []


def test_definite_event_noun_dated_long_before_is_another_event():
    text = ("On Thursday, a missile hit a power substation outside Odesa, the regional governor said.\n\n"
            "Last winter, Russia launched its heaviest drone barrage of the war at the port, cutting power "
            "to half the city.")
    evs = coded(text, "2024-10-04")
    assert len(evs) == 2
    old = next(e for e in evs if e.evidence["text"].startswith("Last winter"))
    assert old.modality == "historical" and old.date["end"] == "2024-02-29"


def test_residents_fighting_a_fire_is_no_riot():
    assert coded("Residents fought the blaze for hours before firefighters arrived on Monday.", "2020-06-25") == []
