"""The event -> conflict-intensity rule (data/displacement/intensity.yaml)."""
from __future__ import annotations

from datetime import date

import pytest

from tocsin.displacement.graph import DisplacementError, Node
from tocsin.displacement.intensity import Event, conflict_table, event_weight, load_rule, read_events

NODE = Node("Town", "R", "Syria", 36.0, 36.0, "town", 1000)
FAR = Node("Far", "R", "Syria", 37.0, 36.0, "town", 1000)  # 111 km north


def ev(i="e", d0=date(2020, 1, 5), d1=None, type_="Battles", sub="Armed clash", modality="reported",
       lat=36.0, lon=36.0, prec=1, fat=None, n=1):
    return Event(i, d0, d1 or d0, type_, sub, modality, lat, lon, prec, fat, n)


def test_intensity_rule_file_is_complete_and_versioned():
    rule = load_rule()
    assert rule["version"] == "displacement.intensity.v1"
    assert set(rule["modalities"]) == {"asserted", "reported"}
    assert 4 not in rule["precision_weight"]
    assert rule["saturation"] > 0 and rule["half_life_days"] > 0 and 0 <= rule["floor"] < 1


def test_intensity_weight_by_type_toll_sources_modality_precision():
    rule = load_rule()
    base = event_weight(ev(), rule)
    assert base == pytest.approx(rule["type_weight"]["Battles"])
    assert event_weight(ev(sub="Government regains territory"), rule) > base
    assert event_weight(ev(fat=20), rule) > base
    assert event_weight(ev(n=4), rule) > base
    assert event_weight(ev(modality="hypothetical"), rule) == 0
    assert event_weight(ev(modality="negated"), rule) == 0
    assert event_weight(ev(prec=4), rule) == 0  # a country centroid places nothing
    assert 0 < event_weight(ev(prec=3), rule) < base
    assert event_weight(ev(type_="Protests", sub="Peaceful protest"), rule) == 0
    assert event_weight(ev(lat=None), rule) == 0


def test_intensity_table_distance_memory_saturation_and_floor():
    rule = load_rule()
    start = date(2020, 1, 1)
    table, used = conflict_table([ev(prec=3)], [NODE, FAR], start, 40)  # weak: below saturation
    town = table["Town"]
    assert len(town) == 40 and town[3] == 0 and town[4] > 0  # the event is on day 4
    assert all(0 <= x <= 1 for x in town)
    assert town[5] < town[4] and town[10] < town[5]  # memory fades with the half-life
    assert town[-1] == 0  # below the floor after a while
    assert table["Far"] == [0.0] * 40 and used["Far"] == [] and used["Town"] == ["e"]
    many = conflict_table([ev(i=f"e{k}", fat=30, n=5) for k in range(10)], [NODE], start, 10)[0]["Town"]
    assert max(many) == 1.0  # saturates
    near = Node("Near", "R", "Syria", 36.1, 36.0, "town")  # 11 km
    t2 = conflict_table([ev(prec=3)], [NODE, near], start, 10)[0]
    assert 0 < t2["Near"][4] < t2["Town"][4]  # distance decay
    assert rule["radius_km"] < 111


def test_intensity_long_summaries_dropped_and_events_before_start_remembered():
    start = date(2020, 1, 10)
    long = ev(d0=date(2019, 12, 1), d1=date(2020, 1, 20), fat=100)
    assert conflict_table([long], [NODE], start, 10)[0]["Town"] == [0.0] * 10
    before = ev(d0=date(2020, 1, 9), fat=20, n=3)
    assert conflict_table([before], [NODE], start, 10)[0]["Town"][0] > 0


def test_intensity_reads_the_store(small_store):
    events = read_events(small_store, date(2020, 1, 1), date(2020, 1, 31))
    assert {e.id for e in events} == {"ev-t1", "ev-t2", "ev-t3", "ev-t4", "ev-t5"}
    assert read_events(small_store, date(2021, 1, 1), date(2021, 1, 31)) == []


def test_intensity_empty_store_is_a_clear_error(empty_store):
    with pytest.raises(DisplacementError, match="holds no fused events"):
        read_events(empty_store, date(2020, 1, 1), date(2020, 1, 31))


def test_intensity_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(DisplacementError, match="no tocsin database"):
        read_events(tmp_path / "nope.duckdb", date(2020, 1, 1), date(2020, 1, 31))
