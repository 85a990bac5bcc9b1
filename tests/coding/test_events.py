"""The coder end to end on articles the tocsin developers wrote (tests/resources/articles),
each record validated against the shared output contract."""
import json

import jsonschema
import pytest

from tests.conftest import EVENT_SCHEMA, RESOURCES
from tocsin import pipeline
from tocsin.records import Article

FACTUAL = ("asserted", "reported", "historical")


def _articles():
    out = []
    for line in (RESOURCES / "articles" / "records.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        out.append(Article(id=r["id"], source="test", url=None, title=r["title"], text=r["text"],
                           published=r["published"], published_inferred=False, lang="en"))
    return out


@pytest.fixture(scope="module")
def coded():
    result = {}
    for item in pipeline.code_articles(_articles()):
        art, events = item
        result[art.id] = (art, [e.to_dict() for e in events])
    return result


def _find(events, words, **want):
    for e in events:
        if words in e["evidence"]["text"] and all(
                (e.get("acled") or {}).get("sub_event_type") == v if k == "sub" else
                (e.get("plover") or {}).get("event") == v if k == "plover" else e.get(k) == v
                for k, v in want.items()):
            return e
    raise AssertionError(f"no event {want} on {words!r}: {[(e['evidence']['text'][:40], e['acled'], e['modality']) for e in events]}")


@pytest.mark.needs_shared
def test_events_validate_against_schema_with_exact_evidence(coded):
    validator = jsonschema.Draft202012Validator(json.loads(EVENT_SCHEMA.read_text(encoding="utf-8")))
    n = 0
    for art, events in coded.values():
        for e in events:
            validator.validate(e)
            ev = e["evidence"]
            assert art.text[ev["start"]:ev["end"]] == ev["text"]
            n += 1
    assert n >= 8


def test_events_year_rolls_back_for_december_in_january_article(coded):
    _, events = coded["sahel-jan"]
    e = _find(events, "On 15 December", modality="reported")
    assert e["date"]["start"] == "2023-12-15" and e["date"]["precision"] == "day"
    assert e["figures"]["fatalities"]["low"] == 12 and e["figures"]["fatalities"]["qualifier"] == "at_least"
    assert "security sources" in e["attribution"]


def test_events_recommended_and_hypothetical_are_not_factual(coded):
    _, events = coded["sahel-jan"]
    assert all(e["modality"] not in FACTUAL for e in events if "should reinforce" in e["evidence"]["text"])
    assert all(e["modality"] not in FACTUAL for e in events if "would run out" in e["evidence"]["text"])
    assert any(e["modality"] == "recommended" for e in events if "should reinforce" in e["evidence"]["text"])


def test_events_air_strike_on_civilians(coded):
    _, events = coded["khartoum-air"]
    e = _find(events, "air strike hit a crowded market", sub="Air/drone strike")
    assert e["acled"]["event_type"] == "Explosions/Remote violence"
    assert e["acled"]["by"] == "rules"  # an instrument named is hard evidence: the classifier does not retype it
    assert e["figures"]["fatalities"]["value"] == 17
    assert e["figures"]["injured"]["qualifier"] == "vague"
    assert e["date"]["start"] == "2023-06-17"  # the Saturday before publication
    assert {"SDN"} <= {a["country"] for a in e["actors"] if a["role"] == "actor1"}
    assert e["location"]["country"] == "SD"


def test_events_accusation_and_displacement(coded):
    _, events = coded["khartoum-air"]
    acc = _find(events, "accused the army", plover="ACCUSE")
    assert acc["plover"]["by"] in ("rules", "classifier")  # who decided the PLOVER type
    assert any(a["role"] == "actor1" and "Rapid Support" in a["name"] for a in acc["actors"])
    disp = next(e for e in events if e["displacement"])
    assert disp["displacement"]["term"] == "fled" and disp["aggregate"] is True
    assert disp["date"]["start"] <= "2023-06-10" and disp["date"]["end"] == "2023-06-20"


def test_events_protest_with_intervention_and_arrests(coded):
    _, events = coded["kenya-protest"]
    e = _find(events, "tear gas", sub="Protest with intervention")
    assert e["plover"]["event"] == "PROTEST"
    arrests = _find(events, "arrested more than 40", sub="Arrests")
    assert (arrests["figures"]["arrested"]["value"], arrests["figures"]["arrested"]["low"]) == (40, 41)  # more than 40
    assert arrests["location"]["country"] == "KE"


def test_events_rebels_take_a_town(coded):
    _, events = coded["rebels-town"]
    e = _find(events, "captured the town of Rubaya", sub="Non-state actor overtakes territory")
    assert e["modality"] == "reported"
    assert e["location"]["country"] == "CD"
    assert any(a["role"] == "actor1" and a["kind"] == "rebel_group" for a in e["actors"])
    assert all(e["modality"] == "negated" for e in events if "did not comment" in e["evidence"]["text"])


def test_events_ids_are_stable(coded):
    again = {art.id: [e.id for e in evs] for art, evs in pipeline.code_articles(_articles())}
    assert again == {k: [e["id"] for e in v[1]] for k, v in coded.items()}


def test_events_lines_are_paragraphs_when_a_text_has_no_blank_lines():
    from tocsin import pipeline
    from tocsin.records import Article
    text = ("Militants stormed a police post in the town of Dabanga on Sunday, killing three officers.\n"
            "A local rights activist was shot dead in the town in 2017.\n"
            "Gunmen torched a customs office on the edge of the town, residents said.")
    art = Article(id="p", source="t", url=None, title=None, text=text, published="2021-06-08",
                  published_inferred=False, lang="en")
    ((_, events),) = list(pipeline.code_articles([art]))
    (torched,) = [e for e in events if "torched" in e.evidence["text"]]
    assert torched.paragraph_start == text.index("Gunmen") and torched.date["start"] != "2017-01-01"
