"""Article-level coherence (place/coherence.py) and context for event places (locate.py),
on sentences written for tocsin."""
import json

import pytest
from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.coding.nlp import load_nlp
from tocsin.place.coherence import cohere
from tocsin.place.geoparse import geoparse
from tocsin.place.resolve import Candidate, Place

runner = CliRunner()


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _cand(name, lat, lon, score):
    return Candidate(Place(name, name, "US", "USA", "X", lat, lon, None, 1, "city"), "", 0, score)


def test_coherence_near_candidate_beats_slightly_better_far_one():
    far, near = _cand("Far", 30.0, -80.0, 5.0), _cand("Near", 45.0, -93.0, 4.6)
    anchor = _cand("Anchor", 45.2, -93.3, 6.0)
    assert cohere([[far, near], [anchor]]) == [1, 0]
    assert cohere([[far, near]]) == [0]  # alone, the score decides


def test_coherence_local_story_keeps_one_state(nlp):
    text = ("Wrestlers from Rochester and Mankato met in Owatonna on Saturday; the winner goes to "
            "the state meet in St. Paul, while Jackson County sends two teams.")
    got = {t.text: t.place for t in geoparse(nlp(text))}
    assert got["Jackson County"].admin1 == "Minnesota"
    assert got["Rochester"].admin1 == "Minnesota"


def test_places_cli_syrian_ariha_not_jericho():
    res = runner.invoke(app, ["places", "Syrian government artillery shelled residential streets of "
                              "Ariha on 8 February 2020, killing 8 people, a local medical official said.",
                              "-f", "jsonl"])
    assert res.exit_code == 0
    rows = {r["name"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["Ariha"]["country"] == "SY" and rows["Ariha"]["admin1"] == "Idlib"


def test_geoparse_metonymic_capital_is_flagged(nlp):
    tops = {t.text: t for t in geoparse(nlp(
        "Ankara vowed to respond after an air strike near Balyun killed 33 Turkish soldiers."))}
    assert tops["Ankara"].metonymic and not tops["Balyun"].metonymic
    assert tops["Balyun"].place.country == "SY"  # the supplement's village beats Belen, Turkey


def test_geoparse_source_phrase_is_marked(nlp):
    tops = {t.text: t for t in geoparse(nlp(
        "Syrian shells hit houses in Saraqib on Monday, the governor of Turkey's Hatay province said."))}
    assert tops["Hatay province"].in_source and tops["Turkey"].in_source and not tops["Saraqib"].in_source
