"""The REST API through FastAPI's TestClient, on the demo database."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from .conftest import all_events
from .payloads import XSS_ARTICLE, XSS_TEXT_PAYLOADS, XSS_WORD


def test_api_events_newest_first_with_pagination(client):
    first = client.get("/api/events", params={"limit": 3}).json()
    assert first["total"] >= 20 and len(first["events"]) == 3 and first["next_offset"] == 3
    rest = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    ids = [e["id"] for e in first["events"] + rest["events"]]
    assert len(set(ids)) == 6
    events = all_events(client)
    assert len(events) == first["total"] == len({e["id"] for e in events})
    dates = [e["date_start"] for e in events if e["date_start"]]
    assert dates == sorted(dates, reverse=True)


def test_api_events_filter_by_type_matches_stats(client):
    events = all_events(client)
    common, n = Counter(e["event_type"] for e in events).most_common(1)[0]
    page = client.get("/api/events", params={"type": common.upper(), "limit": 1000}).json()
    assert page["total"] == n == len(page["events"]) < len(events)
    assert {e["event_type"] for e in page["events"]} == {common}
    st = client.get("/api/stats", params={"type": common}).json()
    assert st["total"] == n == sum(r["n"] for r in st["by_type"])


def test_api_events_country_admin1_and_dates(client):
    events = all_events(client)
    syria = all_events(client, country="SY")
    assert syria and all(e["iso"] == "SY" for e in syria)
    assert len(all_events(client, country="SYR")) == len(syria) == len(all_events(client, country="syria"))
    idlib = all_events(client, country="SY", admin1="Idlib")
    assert idlib and all(e["admin1"] == "Idlib" for e in idlib) and len(idlib) <= len(syria)
    days = sorted(e["date_start"] for e in events if e["date_start"])
    mid = days[len(days) // 2]
    later = all_events(client, since=mid)
    earlier = all_events(client, until=mid)
    assert later and earlier and all((e["date_end"] or e["date_start"]) >= mid for e in later)
    assert all(e["date_start"] <= mid for e in earlier)


def test_api_events_geojson_has_every_located_event(client):
    events = all_events(client)
    located = {e["id"]: e for e in events if e["lat"] is not None}
    gj = client.get("/api/events", params={"format": "geojson", "limit": 1000}).json()
    assert gj["type"] == "FeatureCollection" and gj["total"] == len(events)
    assert {f["id"] for f in gj["features"]} == set(located)
    for f in gj["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert (lat, lon) == (located[f["id"]]["lat"], located[f["id"]]["lon"])
        assert "lat" not in f["properties"] and f["properties"]["event_type"]


def test_api_event_detail_evidence_offsets_point_into_article(client):
    multi = [e for e in all_events(client) if e["n_sources"] > 1]
    assert multi, "the demo corpus has same-event clusters"
    ev = client.get(f"/api/events/{multi[0]['id']}").json()
    assert len(ev["sources"]) == ev["n_sources"] > 1 and ev["actors_detail"]
    assert len({s["article_id"] for s in ev["sources"]}) > 1
    for src in ev["sources"]:
        art = client.get(f"/api/articles/{src['article_id']}").json()
        span = src["evidence"]
        assert art["text"][span["start"]:span["end"]] == span["text"]
        assert any(x["event_id"] == ev["id"] for x in art["evidence"])


def test_api_article_text_is_returned_verbatim(client):
    art = client.get(f"/api/articles/{XSS_ARTICLE['id']}").json()
    assert art["text"] == XSS_ARTICLE["text"] and all(p in art["text"] for p in XSS_TEXT_PAYLOADS)
    hits = all_events(client, text=XSS_WORD)
    assert hits
    for e in hits:  # every word must occur in the evidence of one of the event's sources
        sources = client.get(f"/api/events/{e['id']}").json()["sources"]
        assert any(XSS_WORD in s["evidence"]["text"].lower() for s in sources)


def test_api_stats_add_up(client):
    st = client.get("/api/stats").json()
    assert st["total"] == len(all_events(client)) == sum(r["n"] for r in st["by_type"])
    assert sum(r["n"] for r in st["by_admin1"]) == st["total"]
    assert sum(r["n"] for r in st["by_day"]) == sum(r["n"] for r in st["by_week"]) <= st["total"]
    assert st["fatalities"] == sum(r["fatalities"] for r in st["by_type"]) > 0
    assert st["by_actor"] and all(r["n"] > 0 for r in st["by_actor"])


@pytest.mark.parametrize("path", ["/api/events/ev-doesnotexist", "/api/articles/nope", "/api/events/%27%3B--"])
def test_api_unknown_ids_are_404(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "no " in r.json()["detail"]


@pytest.mark.parametrize("params,field", [
    ({"since": "27 Feb 2020"}, "since"), ({"until": "2020-02-30"}, "until"),
    ({"near": "35.9,36.6"}, "near"), ({"near": "95,36.6,10"}, "near"), ({"near": "a,b,c"}, "near"),
    ({"limit": 0}, "limit"), ({"limit": 5000}, "limit"), ({"offset": -1}, "offset"),
    ({"format": "xml"}, "format"), ({"since": "2020-03-01", "until": "2020-02-01"}, "until"),
    ({"actor": "x" * 500}, "actor"),
])
def test_api_bad_parameters_are_clean_422(client, params, field):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert any(field in d["loc"] for d in r.json()["detail"])


def test_api_filter_values_with_sql_are_only_values(client):
    for value in ["x' OR '1'='1", "Idlib'; DROP TABLE fused_events; --", '") OR 1=1 --']:
        r = client.get("/api/events", params={"actor": value, "admin1": value})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/events").json()["total"] > 0


def test_api_near_filter(client):
    located = [e for e in all_events(client) if e["lat"] is not None]
    e = located[0]
    near = all_events(client, near=f"{e['lat']},{e['lon']},5")
    assert e["id"] in {x["id"] for x in near} and len(near) < len(located)


def test_api_events_answer_is_the_listing_of_find_events(client, demo_db):
    """/api/events sends each event's stored JSON (store/facets.py) as it is: the answer equals
    the one encoded from find_events' dicts, whatever the filter and page."""
    from tocsin.store.db import opened
    from tocsin.store.query import EventFilter, count_events, find_events

    cases = [({}, EventFilter(limit=100)), ({"limit": 3, "offset": 2}, EventFilter(limit=3, offset=2)),
             ({"text": "killed", "limit": 5}, EventFilter(text="killed", limit=5)),
             ({"country": "SY", "since": "2020-02-01", "limit": 1000}, EventFilter(country="SY", since=date(2020, 2, 1),
                                                                                   limit=1000))]
    with opened(demo_db, read_only=True) as con:
        for params, f in cases:
            got = client.get("/api/events", params=params).json()
            assert got["events"] == find_events(con, f) and got["events"], params
            assert got["total"] == count_events(con, f)
