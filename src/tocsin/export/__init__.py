"""Exports of fused events: ACLED CSV, PLOVER JSON, GeoJSON, Parquet (via DuckDB)."""
from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO


from ..fuse.assemble import acled_vocab
from ..store.countries import countries
from ..store.query import EventFilter, confidence_label, find_events, get_event
from .. import yamlfile

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp")


def _events_with_sources(con, f: EventFilter) -> list[dict[str, Any]]:
    return [get_event(con, e["id"]) for e in find_events(con, f)]


def acled_region(iso2: str | None) -> str:
    if not iso2:
        return ""
    vocab = acled_vocab()
    for region, codes in vocab["regions"].items():
        if iso2 in codes:
            return region
    cont = (countries().get(iso2) or {}).get("continentcode")
    return vocab["continent_fallback"].get(cont, "")


def _disorder(ev: dict[str, Any]) -> str:
    vocab = acled_vocab()
    return (vocab["disorder_type_by_sub_event"].get(ev["sub_event_type"] or "")
            or vocab["disorder_type"].get(ev["event_type"] or "", ""))


def acled_row(ev: dict[str, Any]) -> dict[str, Any]:
    """One fused event in ACLED's columns and meanings."""
    info = countries().get(ev["iso"] or "") or {}
    iso3 = info.get("iso3") or "XXX"
    number = int(hashlib.sha1(ev["id"].encode()).hexdigest()[:12], 16) % 10**7
    inter1, inter2 = ev.get("inter1") or "", ev.get("inter2") or ""
    day = ev["date_start"] or ""
    outlets = list(dict.fromkeys(s["outlet"] or "" for s in ev["sources"]))
    fat_range = ev.get("fatalities_low"), ev.get("fatalities_high")
    tags = [] if fat_range == (ev.get("fatalities"), ev.get("fatalities")) or fat_range == (None, None) \
        else [f"fatalities range={fat_range[0] if fat_range[0] is not None else '?'}-"
              f"{fat_range[1] if fat_range[1] is not None else '?'}"]
    tags.append(f"tocsin id={ev['id']}; sources={ev['n_sources']}")
    if ev.get("confidence") is not None:  # records.FusedEvent.confidence, kept for --min-confidence users
        tags.append(f"tocsin_confidence={confidence_label(ev['confidence'])}")
    langs = sorted({s.get("lang") or "und" for s in ev["sources"]})
    if langs:  # the languages the sources were read in (issue 13), e.g. "tocsin_languages=ar,en"
        tags.append(f"tocsin_languages={','.join(langs)}")
    return {
        "event_id_cnty": f"{iso3}{number}", "event_date": day, "year": day[:4],
        "time_precision": ev.get("time_precision") or 3, "disorder_type": _disorder(ev),
        "event_type": ev["event_type"] or "", "sub_event_type": ev["sub_event_type"] or "",
        "actor1": ev.get("actor1") or "", "assoc_actor_1": ev.get("assoc_actor_1") or "", "inter1": inter1,
        "actor2": ev.get("actor2") or "", "assoc_actor_2": ev.get("assoc_actor_2") or "", "inter2": inter2,
        "interaction": f"{inter1}-{inter2}" if inter1 and inter2 else (f"{inter1} only" if inter1 else ""),
        "civilian_targeting": "Civilian targeting" if ev.get("civilian_targeting") else "",
        "iso": info.get("isonumeric", ""), "region": acled_region(ev["iso"]), "country": ev["country"] or "",
        "admin1": ev["admin1"] or "", "admin2": "", "admin3": "", "location": ev["location"] or "",
        "latitude": ev["lat"] if ev["lat"] is not None else "",
        "longitude": ev["lon"] if ev["lon"] is not None else "",
        "geo_precision": min(ev["geo_precision"], 3) if ev.get("geo_precision") else "",
        "source": "; ".join(o for o in outlets if o), "source_scale": "",
        "notes": f"On {day}, {ev['evidence']}" if day else ev["evidence"],
        "fatalities": ev["fatalities"] if ev["fatalities"] is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": int(datetime.now(timezone.utc).timestamp()),
    }


def write_acled_csv(con, f: EventFilter, fh: TextIO) -> int:
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    events = _events_with_sources(con, f)
    for ev in events:
        writer.writerow(acled_row(ev))
    return len(events)


@lru_cache(maxsize=1)
def _sectors() -> dict[str, str]:
    text = (resources.files("tocsin") / "data" / "fusion" / "plover.yaml").read_text(encoding="utf-8")
    return yamlfile.safe_load(text)["sector"]


def plover_record(ev: dict[str, Any]) -> dict[str, Any]:
    def actors(role):
        return [{"actorText": a["name"], "code": a["country"], "sector": _sectors().get(a["kind"] or "", "UNK")}
                for a in ev["actors_detail"] if a["role"] == role] or None

    return {
        "id": ev["id"], "date": ev["date_start"], "event": ev["plover_event"], "mode": None, "context": [],
        "source": actors("actor1"), "target": actors("actor2"),
        "text": ev["evidence"], "fatalities": ev["fatalities"], "confidence": ev.get("confidence"),
        "location": {"name": ev["location"], "admin1": ev["admin1"], "country": ev["country"], "iso": ev["iso"],
                     "lat": ev["lat"], "lon": ev["lon"], "precision": ev["geo_precision"]},
        "acled": {"event_type": ev["event_type"], "sub_event_type": ev["sub_event_type"]},
        "sources": [{"outlet": s["outlet"], "url": s["url"], "title": s["title"], "published": s["published"],
                     "evidence": s["evidence"]["text"], "language": s.get("lang")} for s in ev["sources"]],
    }


def write_plover_json(con, f: EventFilter, fh: TextIO) -> int:
    recs = [plover_record(ev) for ev in _events_with_sources(con, f) if ev["plover_event"]]
    json.dump(recs, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
    return len(recs)


def geojson(events: list[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection of the events that have coordinates (GeoJSON order: lon, lat)."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": ev["id"], "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
         "properties": {k: v for k, v in ev.items() if k not in ("lat", "lon", "sources", "actors_detail")}}
        for ev in events if ev.get("lat") is not None and ev.get("lon") is not None]}


def write_geojson(con, f: EventFilter, fh: TextIO) -> int:
    data = geojson(find_events(con, f))
    json.dump(data, fh, ensure_ascii=False)
    fh.write("\n")
    return len(data["features"])


def write_parquet(con, f: EventFilter, path: Path) -> int:
    """The fused events table (filtered) as Parquet, written by DuckDB itself."""
    ids = [e["id"] for e in find_events(con, f)]
    rel = con.sql("SELECT * FROM fused_events WHERE list_contains($ids, id) ORDER BY date_start, id",
                  params={"ids": ids})
    rel.write_parquet(str(path))
    return len(ids)


TEXT_WRITERS: dict[str, Callable[[Any, EventFilter, TextIO], int]] = {
    "acled-csv": write_acled_csv, "plover-json": write_plover_json, "geojson": write_geojson}
FORMATS = (*TEXT_WRITERS, "parquet")


def export(con, fmt: str, path: Path, f: EventFilter = EventFilter()) -> int:
    """Write the events in `fmt` to `path`; returns how many were written."""
    if fmt == "parquet":
        return write_parquet(con, f, path)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        return TEXT_WRITERS[fmt](con, f, fh)
