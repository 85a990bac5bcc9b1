"""Outlets for inputs that do not name their publisher: a wire dateline's "(Name)", else the
URL's host (segment/outlet.py, rules in data/segment/chrome.yaml)."""
import json

import pytest
from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.records import Page
from tocsin.segment import page_articles
from tocsin.segment.outlet import dateline_outlet, host_outlet

BODY = ("Shelling hit Maarat al-Numan and Saraqib in Idlib province on Tuesday, killing four "
        "civilians, rescuers said. Residents fled north towards the Turkish border overnight.")


@pytest.mark.parametrize("start,outlet", [
    ("BEIRUT (Levant Wire) - ", "Levant Wire"),
    ("Nov 3 (Reuters) - ", "Reuters"),
    ("WASHINGTON, Nov. 3 (AP) — ", "AP"),
    ("NEW YORK, Nov 3, 2024 (Reuters) - ", "Reuters"),
    ("IDLIB, Syria, 7 Feb (Orontes  Daily) – ", "Orontes Daily"),
    ("AL-BAB, Syria (Northgate Courier) - ", "Northgate Courier"),
])
def test_outlet_from_dateline(start, outlet):
    assert dateline_outlet(start + BODY) == outlet


@pytest.mark.parametrize("text", [
    BODY,
    "Fighters (HTS) - attacked an army post.",  # an acronym after a common noun, not a dateline
    "Shelling hit Idlib (Syria) - residents said.",  # parentheses in the middle of a sentence
    "Residents said: BEIRUT (Levant Wire) - no.",  # a dateline only counts at the start
])
def test_outlet_no_dateline_gives_none(text):
    assert dateline_outlet(text) is None


@pytest.mark.parametrize("url,outlet", [
    ("https://www.levantwire.example.org/2020/02/05/shelling", "levantwire.example.org"),
    ("http://m.northgate.example/x", "northgate.example"),
    ("https://WWW.Orontes.Example/", "orontes.example"),
    ("https://crossroads.example:8443/a", "crossroads.example"),
    (None, None), ("", None), ("idlib.txt", None),
])
def test_outlet_from_url_host(url, outlet):
    assert host_outlet(url) == outlet


def test_outlet_text_page_articles_each_get_their_dateline():
    page = Page(source="wire.txt", url="https://www.levantwire.example.org/latest", text=(
        "Shelling kills four in Idlib\n\nBEIRUT (Levant Wire) - " + BODY + "\n\nKeep reading\n\n"
        "Clashes near Marib\n\nMARIB, Yemen (Crossroads Monitor) - Fighting between government forces and "
        "the Houthis killed six fighters near Marib city on Monday, a military source said.\n\nRead more\n\n"
        "Aid convoy reaches Saraqib\n\nAn aid convoy of twelve trucks reached Saraqib on Wednesday after "
        "a two-day delay at the crossing, the United Nations said in a statement.\n"))
    arts = page_articles(page)
    assert [a.title for a in arts] == ["Shelling kills four in Idlib", "Clashes near Marib", "Aid convoy reaches Saraqib"]
    assert [a.outlet for a in arts] == ["Levant Wire", "Crossroads Monitor", "levantwire.example.org"]


def test_outlet_given_by_the_input_wins():
    page = Page(source="r.jsonl:1", kind="article", url="https://www.levantwire.example.org/a",
                outlet="Orontes Daily", text="BEIRUT (Levant Wire) - " + BODY)
    assert page_articles(page)[0].outlet == "Orontes Daily"


def test_outlet_through_tocsin_articles(tmp_path):
    (tmp_path / "page.txt").write_text("Nov 3 (Reuters) - " + BODY + "\n", encoding="utf-8")
    (tmp_path / "recs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "with-url", "url": "https://www.levantwire.example.org/a", "text": BODY},
        {"id": "named", "url": "https://www.levantwire.example.org/b", "outlet": "Levant Wire", "text": BODY},
        {"id": "bare", "text": BODY},
    )), encoding="utf-8")
    res = CliRunner().invoke(app, ["articles", str(tmp_path / "page.txt"), str(tmp_path / "recs.jsonl"),
                                   "-f", "jsonl"])
    assert res.exit_code == 0, res.output
    outlets = {r["id"] if r["source"].endswith(".jsonl") or ":" in r["source"] else "page": r["outlet"]
               for r in map(json.loads, res.stdout.splitlines())}
    assert outlets == {"page": "Reuters", "with-url": "levantwire.example.org", "named": "Levant Wire",
                       "bare": None}
