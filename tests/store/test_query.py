"""Queries over the store: every filter, parameterised values, one event with its sources."""
from __future__ import annotations

from datetime import date

from tocsin.store.db import opened
from tocsin.store.query import EventFilter, count_events, find_events, get_article, get_event, stats


def test_filters_narrow_the_events(wire_db):
    with opened(wire_db, read_only=True) as con:
        total = count_events(con)
        assert total >= 10
        assert count_events(con, EventFilter(country="SY")) == count_events(con, EventFilter(country="SYR")) \
            == count_events(con, EventFilter(country="syria")) > 0
        assert count_events(con, EventFilter(country="Sudan")) == 0
        feb = count_events(con, EventFilter(since=date(2020, 2, 10), until=date(2020, 2, 20)))
        assert 0 < feb < total
        strikes = find_events(con, EventFilter(type="air/drone strike"))
        assert strikes and all(e["sub_event_type"] == "Air/drone strike" for e in strikes)
        assert count_events(con, EventFilter(type="Explosions/Remote violence")) >= len(strikes)
        russia = find_events(con, EventFilter(actor="russia"))
        assert russia and all(any("Russia" in a for a in e["actors"]) for e in russia)
        near = find_events(con, EventFilter(near=(35.8625, 36.8, 5)))  # Saraqib
        assert near and all(abs(e["lat"] - 35.86) < 0.1 for e in near)
        market = find_events(con, EventFilter(text="market civilians"))
        assert market and len(market) < total
        page = find_events(con, EventFilter(limit=3, offset=2))
        assert [e["id"] for e in page] == [e["id"] for e in find_events(con)][2:5]


def test_filter_values_are_parameters_not_sql(wire_db):
    evil = "x' OR '1'='1"
    with opened(wire_db, read_only=True) as con:
        for f in (EventFilter(country=evil), EventFilter(admin1=evil), EventFilter(actor=evil),
                  EventFilter(type=evil), EventFilter(text="'; DROP TABLE fused_events; --")):
            assert count_events(con, f) == 0 and find_events(con, f) == []
        assert count_events(con) > 0


def test_get_event_has_sources_with_evidence_offsets(wire_db):
    with opened(wire_db, read_only=True) as con:
        ev = find_events(con, EventFilter(type="Air/drone strike", limit=1))[0]
        full = get_event(con, ev["id"])
        assert full["sources"] and full["n_sources"] == len({s["article_id"] for s in full["sources"]})
        src = full["sources"][0]
        art = get_article(con, src["article_id"])
        assert art["text"][src["evidence"]["start"]:src["evidence"]["end"]] == src["evidence"]["text"]
        assert any(e["event_id"] == ev["id"] for e in art["evidence"])
        assert src["outlet"] in ("Levant Wire", "Orontes Daily", "Crossroads Monitor", "Northern Desk")
        assert get_event(con, "ev-nope") is None and get_article(con, "nope") is None


def test_stats_add_up(wire_db):
    with opened(wire_db, read_only=True) as con:
        s = stats(con)
        assert s["total"] == count_events(con)
        assert sum(d["n"] for d in s["by_day"]) == s["total"]
        assert sum(w["n"] for w in s["by_week"]) == s["total"]
        assert sum(t["n"] for t in s["by_type"]) == s["total"]
        assert s["fatalities"] == sum(t["fatalities"] for t in s["by_type"]) > 0
        assert all(date.fromisoformat(w["week"]).weekday() == 0 for w in s["by_week"])
        narrow = stats(con, EventFilter(type="Armed clash"))
        assert 0 < narrow["total"] < s["total"]
