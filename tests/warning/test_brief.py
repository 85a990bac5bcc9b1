"""The brief and the API on the demo database: every sentence cites stored events and articles."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.store.db import connect

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from tocsin.store.demo import build_demo_db

    return build_demo_db(tmp_path_factory.mktemp("warning-demo") / "demo.duckdb")


class Claims(HTMLParser):
    """Collects each claim's data-events, each cited event's id and each source's data-article."""

    def __init__(self):
        super().__init__()
        self.claims, self.events, self.articles, self.links, self.scripts = [], [], [], [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if "claim" in (a.get("class") or "").split():
            self.claims.append(a.get("data-events", "").split())
        if "event" in (a.get("class") or "").split():
            self.events.append(a["id"])
        if "data-article" in a:
            self.articles.append(a["data-article"])
        if tag in ("img", "link", "script") and (a.get("src") or a.get("href") or "").startswith("http"):
            self.links.append(a)


def _stored(db):
    con = connect(db, read_only=True)
    try:
        return ({r[0] for r in con.execute("SELECT id FROM fused_events").fetchall()},
                {r[0] for r in con.execute("SELECT id FROM articles").fetchall()})
    finally:
        con.close()


def test_brief_idlib_html_every_claim_cites_stored_events_and_articles(demo_db, tmp_path):
    out = tmp_path / "idlib.html"
    res = runner.invoke(app, ["brief", "--area", "Idlib", "--db", str(demo_db), "-f", "html", "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    parsed = Claims()
    parsed.feed(page)
    events, articles = _stored(demo_db)
    assert len(parsed.claims) >= 8
    assert all(ids for ids in parsed.claims)  # every sentence cites events
    cited = {i for ids in parsed.claims for i in ids}
    assert cited <= events and cited == set(parsed.events)  # each cited event is listed with its sources
    assert parsed.articles and set(parsed.articles) <= articles
    assert parsed.scripts == 0 and not parsed.links  # self-contained: no script, nothing fetched
    assert "data:image/png;base64," in page
    for section in ("Headline figures", "Active alerts", "Key events", "Main actors"):
        assert section in page, section
    assert re.search(r"escalation of events", page)


def test_brief_markdown_writes_chart_beside_it(demo_db, tmp_path):
    out = tmp_path / "idlib.md"
    res = runner.invoke(app, ["brief", "--area", "idlib", "--db", str(demo_db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "![Trend chart](idlib.png)" in text and (tmp_path / "idlib.png").read_bytes()[:4] == b"\x89PNG"
    events, _ = _stored(demo_db)
    for line in text.splitlines():
        if line.startswith("- ") and not line.startswith("- **"):
            ids = re.findall(r"ev-[0-9a-f]{12}", line)
            assert ids and set(ids) <= events, line


def test_brief_unknown_area_is_a_clear_error(demo_db):
    res = runner.invoke(app, ["brief", "--area", "Atlantis", "--db", str(demo_db)])
    assert res.exit_code == 2 and "no area named 'Atlantis'" in res.output and "Traceback" not in res.output


def test_api_warning_routes(demo_db):
    from tocsin.serve.app import create_app

    with TestClient(create_app(demo_db, token="")) as client:
        trends = client.get("/api/trends", params={"country": "SY", "period": "month"}).json()
        assert trends["total"] == len(trends["rows"]) > 0 and {r["iso"] for r in trends["rows"]} == {"SY"}
        alerts = client.get("/api/alerts", params={"since": "2020-01-01", "until": "2020-04-30"}).json()["alerts"]
        idlib = sorted({a["period_start"] for a in alerts if a["area"] == "SY/Idlib" and a["kind"] == "escalation"
                        and a["level"] != "watch"})
        assert "2020-02-24" in idlib
        fc = client.get("/api/forecast", params={"period": "month"}).json()
        assert fc["forecasts"] and set(fc["scores"]["events"]) >= {"model", "no_change", "historical_mean"}
        brief = client.get("/api/brief", params={"area": "Idlib"}).json()
        events, _ = _stored(demo_db)
        assert brief["claims"] and all(set(c["events"]) <= events for c in brief["claims"])
        html = client.get("/api/brief", params={"area": "Idlib", "format": "html"})
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
        assert client.get("/api/brief", params={"area": "Atlantis"}).status_code == 404
        keyed = client.get("/api/brief", params={"area": "SY/Idlib"})  # the area key the alerts give
        assert keyed.status_code == 200 and keyed.json()["area"] == brief["area"] == "SY/Idlib"
        assert client.get("/api/brief", params={"area": "XX/Idlib"}).status_code == 404
        assert client.get("/api/trends", params={"level": "admin2"}).status_code == 422
        assert client.get("/api/alerts", params={"kind": "riot"}).status_code == 422
        assert client.get("/api/trends", params={"since": "2020-02-01", "until": "2020-01-01"}).status_code == 422


def test_brief_in_a_real_browser_screenshot(demo_db, tmp_path):
    from tests.serve.browser import browser_page, screenshot, serve

    with serve(demo_db, tmp_path / "serve.log") as base, browser_page(base) as page:
        page.goto(f"{base}/api/brief?area=Idlib&format=html")
        page.wait_for_selector("#events")
        assert page.locator("li.claim").count() >= 8
        assert page.evaluate("document.images[0].naturalWidth") > 0  # the inline chart rendered under the CSP
        assert not page.problems, page.problems
        page.set_viewport_size({"width": 1000, "height": 1400})
        screenshot(page, tmp_path, "brief-idlib.png")
