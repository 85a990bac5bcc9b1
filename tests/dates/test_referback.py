"""A later sentence dating an event told before it ("The strike took place Monday night") carries
its day back to a lead dated only by its statement (dates/referback.py); a season long over is
background (dates/event_dates.py `season_background_days`).  Sentences written for these tests."""
import pytest

from tocsin import pipeline
from tocsin.records import Article


def coded(text, published):
    art = Article(id="t", source="t", url=None, title=None, text=text, published=published,
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    return [e for e in events if e.modality in ("asserted", "reported", "historical") and e.acled]


@pytest.mark.parametrize("text, day", [
    ("ODESA, Ukraine (AP) — Ukrainian officials said Thursday that a Russian drone attack on a grain terminal "
     "killed four workers.\n\nThe attack took place Tuesday night, the port authority said.", "2023-07-25"),
    ("NIAMEY, Niger (AP) — Gunmen killed 17 soldiers near the border with Mali, the defense ministry said "
     "Thursday.\n\nThe ambush happened Monday outside the village of Koutougou, a local official said.",
     "2023-07-24"),
    ("ABUJA, Nigeria (AP) — Armed men abducted 25 worshippers from a church in Kaduna state, police said "
     "Thursday. A police spokesman said the kidnapping occurred on Sunday morning.", "2023-07-23"),
])
def test_later_day_carries_back_to_a_lead_dated_by_its_statement(text, day):
    ev = coded(text, "2023-07-27")[0]
    assert ev.date["start"] == ev.date["end"] == day


def test_an_indefinite_event_told_later_keeps_its_own_day_and_the_lead_its_own():
    text = ("JUBA, South Sudan (AP) — Militiamen shelled a cattle camp in Jonglei state on Tuesday, killing nine "
            "herders, officials said Thursday.\n\nA separate attack took place Wednesday in Pibor, where two "
            "aid workers were wounded.")
    evs = coded(text, "2023-07-27")
    assert evs[0].date["start"] == "2023-07-25"
    assert evs[-1].date["start"] == "2023-07-26"


def test_a_later_day_after_the_statement_does_not_carry_back():
    text = ("KABUL (AP) — A bomb tore through a bus carrying mine workers in northern Afghanistan, killing six, "
            "officials said Monday.\n\nThe blast took place on Wednesday, police said.")
    ev = coded(text, "2023-07-27")[0]  # a Thursday: "Wednesday" is after the Monday statement
    assert ev.date["start"] == "2023-07-24"


@pytest.mark.parametrize("text, published, historical", [
    ("Last summer, rebels overran three army posts along the river, killing 30 soldiers.", "2022-12-14", True),
    ("In the summer of 2019, gunmen attacked a gold mine near the border, killing 12 miners.", "2020-02-10", True),
    ("Last winter, militiamen torched a dozen villages along the valley.", "2023-04-05", False),
    ("This spring, insurgents seized two districts in the north of the province.", "2021-06-03", False),
])
def test_a_season_long_over_is_background(text, published, historical):
    (ev,) = coded(text, published)
    assert (ev.modality == "historical") is historical
