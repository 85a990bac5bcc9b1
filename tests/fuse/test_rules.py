"""The fusion rule pairwise, clustering order-independence, and assembling a fused event."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import permutations

from tocsin.fuse.assemble import Member, assemble
from tocsin.fuse.cluster import cluster
from tocsin.fuse.rules import Candidate, load_rules, same_event

RULES = load_rules()
# Sarmin, Idlib (35.90 N, 36.72 E); Saraqib 10 km south-east; Atarib about 45 km north
SARMIN = dict(country="SY", admin1="Idlib", lat=35.902, lon=36.723, precision=1)
SARAQIB = dict(country="SY", admin1="Idlib", lat=35.862, lon=36.804, precision=1)
ATARIB = dict(country="SY", admin1="Aleppo", lat=36.136, lon=36.830, precision=1)
IDLIB_PROVINCE = dict(country="SY", admin1="Idlib", lat=35.75, lon=36.63, precision=3)


def cand(cid, day, sub="Shelling/artillery/missile attack", etype="Explosions/Remote violence",
         place=SARMIN, article=None, basis="sentence", actors=frozenset()):
    d = date(2020, 1, day)
    return Candidate(cid, article or f"art-{cid}", None, etype, sub, d, d, basis, place["country"],
                     place["admin1"], place["lat"], place["lon"], place["precision"], actors)


def test_same_town_same_day_same_type_is_one_event():
    assert same_event(cand("a", 1), cand("b", 1), RULES)


def test_air_strike_and_shelling_are_compatible_but_not_a_protest():
    strike = cand("b", 1, sub="Air/drone strike")
    assert same_event(cand("a", 1), strike, RULES)
    protest = cand("c", 1, sub="Peaceful protest", etype="Protests")
    assert not same_event(cand("a", 1), protest, RULES)


def test_dates_within_a_day_match_a_week_apart_do_not():
    assert same_event(cand("a", 1), cand("b", 2), RULES)
    assert not same_event(cand("a", 1), cand("b", 8), RULES)


def test_publication_dated_record_may_follow_the_event_by_a_few_days():
    late = cand("b", 4, basis="published")
    assert same_event(cand("a", 1), late, RULES)
    assert not same_event(cand("a", 1), cand("c", 4), RULES)


def test_nearby_towns_match_distant_towns_do_not():
    assert same_event(cand("a", 1), cand("b", 1, place=SARAQIB), RULES)  # ~9 km
    assert not same_event(cand("a", 1), cand("b", 1, place=ATARIB), RULES)  # ~28 km, other province


def test_province_matches_a_town_inside_it_only_same_type_same_day():
    prov = cand("p", 1, place=IDLIB_PROVINCE)
    assert same_event(cand("a", 1), prov, RULES)
    assert not same_event(cand("a", 1), replace(prov, sub_event_type="Air/drone strike"), RULES)
    assert not same_event(cand("a", 2), prov, RULES)
    assert not same_event(cand("x", 1, place=ATARIB), prov, RULES)


def test_unplaced_records_stay_alone():
    unplaced = replace(cand("u", 1), lat=None, lon=None, precision=None)
    assert not same_event(cand("a", 1), unplaced, RULES)


def test_disagreeing_attackers_merge_only_on_a_strong_match():
    syria = cand("a", 1, actors=frozenset({"state:SYR"}))
    russia_next_day = cand("b", 2, actors=frozenset({"state:RUS"}))
    unknown = cand("c", 1)
    assert not same_event(syria, russia_next_day, RULES)
    assert same_event(syria, unknown, RULES) and same_event(russia_next_day, unknown, RULES)
    # same type, same day, same town: the actors, coding's weakest field, do not veto
    assert same_event(syria, cand("d", 1, actors=frozenset({"state:TUR"})), RULES)
    air_strike = cand("e", 1, sub="Air/drone strike", actors=frozenset({"state:RUS"}))
    assert not same_event(syria, air_strike, RULES)
    # a province beside a town is no strong match: opposite attackers stay apart
    province = cand("p", 1, place=IDLIB_PROVINCE, actors=frozenset({"state:TUR"}))
    assert not same_event(syria, province, RULES) and same_event(unknown, province, RULES)


def test_complete_link_never_chains_and_order_does_not_matter():
    # b is within 25 km of both a and c, but a and c are ~28 km apart: c must not join a's event
    mid = dict(country="SY", admin1="Idlib", lat=36.02, lon=36.78, precision=1)
    cands = [cand("a", 1, place=SARMIN), cand("b", 1, place=mid), cand("c", 1, place=ATARIB)]
    results = set()
    for order in permutations(cands):
        groups = cluster(list(order), RULES)
        results.add(frozenset(frozenset(c.id for c in g) for g in groups))
        assert not any({"a", "c"} <= {c.id for c in g} for g in groups)
    assert len(results) == 1


def member(mid, article, fat=None, low=None, high=None, day="2020-02-27", prec=1, loc="Balyun", actors=()):
    return Member(id=mid, article_id=article, event_type="Explosions/Remote violence",
                  sub_event_type="Air/drone strike", plover_event="ASSAULT", modality="reported",
                  date_start=day, date_end=day, date_precision="day", country="SY", admin1="Idlib",
                  location=loc, lat=35.68, lon=36.53, geo_precision=prec, geonameid=None, fatalities=fat,
                  fatalities_low=low, fatalities_high=high, evidence=f"evidence {mid}", actors=actors)


def test_assemble_takes_the_most_conservative_toll_and_keeps_the_range():
    ev = assemble([member("1", "a", 33, 33, 33), member("2", "b", 29, 29, None),
                   member("3", "c", 24, 24, 96), member("4", "c", 30, 30, 30)], "test")
    # source c's own figure is its largest (30); the event's is the smallest source figure
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (29, 24, 96)
    assert ev.n_sources == 3 and len(ev.members) == 4


def test_assemble_prefers_the_precise_place_and_the_day_most_sources_give():
    ev = assemble([member("1", "a", prec=3, loc="Idlib", day="2020-02-28"),
                   member("2", "b", day="2020-02-27"), member("3", "c", day="2020-02-27")], "test")
    assert ev.location == "Balyun" and ev.geo_precision == 1
    assert ev.date_start == "2020-02-27" and ev.time_precision == 1


def test_assemble_actors_and_acled_categories():
    syr = ("actor1", "Military Forces of Syria (2000-2024)", "SYR", "state_forces")
    tur = ("actor2", "Military Forces of Turkey", "TUR", "state_forces")
    rus = ("actor1", "Military Forces of Russia", "RUS", "state_forces")
    ev = assemble([member("1", "a", actors=(syr, tur)), member("2", "b", actors=(syr,)),
                   member("3", "c", actors=(rus, tur))], "test")
    assert ev.actor1 == syr[1] and ev.assoc_actor_1 == rus[1] and ev.actor2 == tur[1]
    assert ev.inter1 == ev.inter2 == "State forces" and not ev.civilian_targeting
    assert ev.id == assemble([member("1", "x")], "test").id  # stable: the earliest record's id


def test_town_named_like_the_province_counts_as_the_province():
    idlib_city = dict(country="SY", admin1="Idlib", lat=35.93, lon=36.63, precision=1)
    balyun = dict(country="SY", admin1="Idlib", lat=35.68, lon=36.53, precision=2)  # ~29 km away
    city = cand("c", 1, sub="Air/drone strike", place=idlib_city)
    village = cand("v", 1, sub="Air/drone strike", place=balyun)
    city = replace(city, location="Idlib")
    assert same_event(city, village, RULES)
    assert not same_event(replace(city, start=date(2020, 1, 2), end=date(2020, 1, 2)), village, RULES)
    other_name = replace(city, location="Binnish")
    assert not same_event(other_name, village, RULES)


def test_non_state_actors_agree_by_kind():
    from tocsin.fuse import actor_key

    rebels_a = actor_key("Rebel Group (Syria)", "SYR", "rebel_group")
    rebels_b = actor_key("HTS: Hayat Tahrir al-Sham", "SYR", "rebel_group")
    assert rebels_a == rebels_b != actor_key("Military Forces of Syria", "SYR", "state_forces")
    assert actor_key("Military Forces of Turkey", "TUR", "state_forces") == "state:TUR"


def test_vaguely_dated_records_do_not_merge():
    month = replace(cand("m", 1), start=date(2020, 1, 1), end=date(2020, 1, 31))
    assert not same_event(cand("a", 15), month, RULES)
    short = replace(cand("s", 1), start=date(2020, 1, 14), end=date(2020, 1, 16))
    assert same_event(cand("a", 15), short, RULES)


def test_related_types_must_agree_on_the_day():
    clash = cand("c", 1, sub="Armed clash", etype="Battles")
    capture_same_day = cand("t", 1, sub="Government regains territory", etype="Battles")
    capture_next_day = cand("n", 2, sub="Government regains territory", etype="Battles")
    assert same_event(clash, capture_same_day, RULES)
    assert not same_event(clash, capture_next_day, RULES)
    assert same_event(capture_same_day, capture_next_day, RULES)
