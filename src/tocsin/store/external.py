"""`tocsin ingest --events FILE`: ACLED CSV exports and UCDP GED CSVs into the store.

Each row becomes an article (id `acled:<event_id_cnty>` or `ucdp:<id>`, source `acled`/`ucdp`,
outlet ACLED / UCDP GED) holding one record, with the dataset's own row kept in the record's JSON
(`external`), so provenance survives fusion: an imported event fuses with news-coded reports of
the same event and cites both.  Re-import is idempotent (same id and same row: skipped; a changed
row replaces its earlier version).  A malformed row is reported with its line number; the good
rows still load.  Column meanings: data/warning/external.yaml.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import rows as R
from .countries import countries
from .db import StoreError, opened
from .. import yamlfile

BATCH = 500


@dataclass
class ImportStats:
    dataset: str = ""
    rows_new: int = 0
    rows_updated: int = 0
    rows_unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    fused_events: int = 0

    @property
    def loaded(self) -> int:
        return self.rows_new + self.rows_updated + self.rows_unchanged

    def as_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "rows_new": self.rows_new, "rows_updated": self.rows_updated,
                "rows_unchanged": self.rows_unchanged, "errors": len(self.errors), "fused_events": self.fused_events}


class RowError(ValueError):
    """What is wrong with one row (the caller adds the file and line)."""


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    from importlib import resources

    return yamlfile.safe_load((resources.files("tocsin") / "data" / "warning" / "external.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for iso2, info in countries().items():
        idx[str(info["name"]).lower()] = iso2
        idx[iso2.lower()] = iso2
        if info.get("iso3"):
            idx[str(info["iso3"]).lower()] = iso2
        if info.get("isonumeric") is not None:
            idx[f"#{int(info['isonumeric'])}"] = iso2
    for name, iso2 in vocab()["country_aliases"].items():
        idx[name.lower()] = iso2
    return idx


def country_iso2(name: str, numeric: str | None = None) -> str:
    idx = _country_index()
    text = (name or "").strip()
    for cand in (text, re.sub(r"\s*\(.*\)$", "", text)):
        if cand.lower() in idx:
            return idx[cand.lower()]
    if numeric and numeric.strip().isdigit() and f"#{int(numeric)}" in idx:
        return idx[f"#{int(numeric)}"]
    raise RowError(f"unknown country {name!r}")


def detect_dataset(header: list[str]) -> str:
    cols = {h.strip().lower() for h in header}
    if {"event_id_cnty", "event_date"} <= cols:
        return "acled"
    if {"type_of_violence", "side_a", "date_start"} <= cols:
        return "ucdp"
    raise StoreError("not an ACLED export (event_id_cnty, event_date, ...) nor a UCDP GED CSV "
                     "(id, type_of_violence, side_a, date_start, ...): columns " + ", ".join(header[:8]))


def _date(value: str, what: str) -> date:
    text = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise RowError(f"{what} {value!r} is not a date (YYYY-MM-DD)")


def _int(value: str, what: str, required: bool = True) -> int | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise RowError(f"{what} is empty")
        return None
    try:
        n = int(float(text))
    except ValueError:
        raise RowError(f"{what} {value!r} is not a number") from None
    if n < 0:
        raise RowError(f"{what} {n} is negative")
    return n


def _coord(lat: str, lon: str) -> tuple[float | None, float | None]:
    if not (lat or "").strip() and not (lon or "").strip():
        return None, None
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        raise RowError(f"latitude/longitude {lat!r}, {lon!r} are not numbers") from None
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        raise RowError(f"latitude/longitude {la}, {lo} out of range")
    return la, lo


_STATE = re.compile(r"^(?:Military|Police|Government|Navy|Air Force)(?: Forces)? of ([^(]+?)(?: \(.*\))?$")


def _actor(name: str, kind: str | None, fallback_iso2: str, role: str) -> dict[str, Any] | None:
    name = (name or "").strip()
    if not name:
        return None
    iso3 = None
    m = _STATE.match(name)
    if m:
        try:
            iso3 = countries()[country_iso2(m.group(1))].get("iso3")
        except RowError:
            iso3 = None
    if iso3 is None and kind in ("state_forces", "civilians"):
        iso3 = countries().get(fallback_iso2, {}).get("iso3")
    return {"role": role, "name": name, "country": iso3, "kind": kind, "text": name}


def acled_row(row: dict[str, str]) -> dict[str, Any]:
    """One ACLED export row -> tocsin's record dict (the fields rows.record_row reads)."""
    v = vocab()["acled"]
    for col in v["required"]:
        if not (row.get(col) or "").strip():
            raise RowError(f"{col} is empty")
    if row["event_type"].strip() not in v["event_types"]:
        raise RowError(f"event_type {row['event_type']!r} is not an ACLED event type")
    day = _date(row["event_date"], "event_date")
    iso2 = country_iso2(row["country"], row.get("iso"))
    lat, lon = _coord(row.get("latitude", ""), row.get("longitude", ""))
    fat = _int(row["fatalities"], "fatalities")
    inter = v["inter"]
    actors = [a for a in (_actor(row.get("actor1", ""), inter.get((row.get("inter1") or "").strip()), iso2, "actor1"),
                          _actor(row.get("actor2", ""), inter.get((row.get("inter2") or "").strip()), iso2, "actor2"))
              if a]
    prec = (row.get("geo_precision") or "").strip()
    return _record("acled", row["event_id_cnty"].strip(), day, day,
                   v["time_precision"].get((row.get("time_precision") or "1").strip(), "day"),
                   row["event_type"].strip(), row["sub_event_type"].strip(), iso2, row.get("admin1", "").strip(),
                   row.get("location", "").strip(), lat, lon, int(prec) if prec.isdigit() else (1 if lat else 4),
                   (fat, fat, fat), actors, (row.get("notes") or "").strip(), (row.get("source") or "").strip(), row)


def ucdp_row(row: dict[str, str]) -> dict[str, Any]:
    """One UCDP GED row -> tocsin's record dict."""
    v = vocab()["ucdp"]
    for col in v["required"]:
        if not (row.get(col) or "").strip():
            raise RowError(f"{col} is empty")
    kind = v["types"].get(row["type_of_violence"].strip())
    if kind is None:
        raise RowError(f"type_of_violence {row['type_of_violence']!r} is not 1, 2 or 3")
    d0, d1 = _date(row["date_start"], "date_start"), _date(row["date_end"], "date_end")
    if d1 < d0:
        raise RowError(f"date_end {d1} is before date_start {d0}")
    iso2 = country_iso2(row["country"])
    lat, lon = _coord(row.get("latitude", ""), row.get("longitude", ""))
    best, low, high = (_int(row[c], c) for c in ("best", "low", "high"))
    a_kind = "state_forces" if row["side_a"].strip().startswith("Government of") else kind["side_a"]
    actors = [a for a in (_actor(row["side_a"], a_kind, iso2, "actor1"),
                          _actor(row["side_b"], kind["side_b"], iso2, "actor2")) if a]
    text = (row.get("source_headline") or row.get("source_original") or "").strip()
    return _record("ucdp", row["id"].strip(), d0, d1, v["date_prec"].get((row.get("date_prec") or "1").strip(), "day"),
                   kind["event_type"], kind["sub_event_type"], iso2, re.sub(r" (province|governorate|state|region)$", "",
                                                                             (row.get("adm_1") or "").strip(), flags=re.I),
                   (row.get("where_coordinates") or row.get("where_description") or "").strip(), lat, lon,
                   int(v["where_prec"].get((row.get("where_prec") or "").strip(), 1 if lat is not None else 4)),
                   (best, low, high), actors, text, (row.get("source_office") or "").strip(), row)


def _record(dataset, ext_id, d0, d1, precision, etype, stype, iso2, admin1, location, lat, lon, geo_prec,
            fat, actors, notes, source, row) -> dict[str, Any]:
    who = " and ".join(a["name"] for a in actors) or "unknown actors"
    where = ", ".join(x for x in (location, admin1, countries().get(iso2, {}).get("name")) if x)
    evidence = notes or f"{stype}: {who} at {where} on {d0.isoformat()} ({dataset.upper()} {ext_id})."
    best, low, high = fat
    figures = {"fatalities": {"value": best, "low": low, "high": high}} if best is not None else {}
    return {"id": hashlib.sha1(f"{dataset}:{ext_id}".encode()).hexdigest()[:16],
            "acled": {"event_type": etype, "sub_event_type": stype, "by": dataset},
            "plover": {"event": None, "mode": None}, "modality": "asserted", "aggregate": False,
            "attribution": source or None, "date": {"start": d0.isoformat(), "end": d1.isoformat(),
                                                    "precision": precision, "basis": "dataset"},
            "location": {"country": iso2, "admin1": admin1 or None, "name": location or admin1 or None,
                         "lat": lat, "lon": lon, "precision": geo_prec, "geonameid": None},
            "figures": figures, "actors": actors, "displacement": None,
            "evidence": {"text": evidence, "start": None, "end": None}, "confidence": 1.0,
            "rule_id": f"external.{dataset}.v1", "trigger": None,
            "external": {"dataset": dataset, "id": ext_id, "row": dict(row)}}


READERS = {"acled": acled_row, "ucdp": ucdp_row}
OUTLET = {"acled": "ACLED", "ucdp": "UCDP GED"}


def read_rows(path: Path) -> tuple[str, list[tuple[int, dict[str, Any] | None, str | None]]]:
    """(dataset, [(line, record or None, error or None)]) for every data row of the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    dataset = detect_dataset(header)
    make = READERS[dataset]
    out = []
    line = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.append((reader.line_num, None, f"unreadable CSV: {exc}"))
            break
        start, line = line + 1, reader.line_num
        if None in row or any(v is None for v in row.values()):
            out.append((start, None, f"{len(header)} columns expected, the row has "
                                     f"{len(header) + len(row.get(None) or []) - sum(v is None for v in row.values())}"))
            continue
        try:
            out.append((start, make(row), None))
        except RowError as exc:
            out.append((start, None, str(exc)))
    return dataset, out


def import_events(path: str | Path, db: str | Path, refuse: bool = True) -> ImportStats:
    """Load an ACLED or UCDP GED CSV into the store; returns the counts and per-row errors."""
    path = Path(path)
    dataset, parsed = read_rows(path)
    stats = ImportStats(dataset=dataset)
    version = f"external.{dataset}.v1"
    good = []
    for line, rec, error in parsed:
        if error:
            stats.errors.append(f"{path}:{line}: {error}")
        else:
            good.append(rec)
    for i in range(0, len(good), BATCH):
        _write(db, good[i:i + BATCH], dataset, version, stats)
    if refuse:
        from ..fuse import refuse as run_refuse

        with opened(db) as con:
            stats.fused_events = run_refuse(con)
    return stats


def _write(db, records: list[dict[str, Any]], dataset: str, version: str, stats: ImportStats) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with opened(db) as con:
        ids = [f"{dataset}:{r['external']['id']}" for r in records]
        have = dict(con.execute("SELECT id, text_hash FROM articles WHERE list_contains(?, id)", [ids]).fetchall())
        con.execute("BEGIN TRANSACTION")
        try:
            for aid, rec in zip(ids, records, strict=True):
                digest = hashlib.sha1(json.dumps(rec, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
                if have.get(aid) == digest:
                    stats.rows_unchanged += 1
                    continue
                if aid in have:
                    con.execute("DELETE FROM record_actors WHERE record_id IN "
                                "(SELECT id FROM records WHERE article_id = ?)", [aid])
                    con.execute("DELETE FROM records WHERE article_id = ?", [aid])
                    con.execute("DELETE FROM articles WHERE id = ?", [aid])
                    stats.rows_updated += 1
                else:
                    stats.rows_new += 1
                ext = rec["external"]
                title = f"{OUTLET[dataset]} {ext['id']}: {rec['acled']['sub_event_type']}, {rec['location']['name'] or ''}"
                published = date.fromisoformat(rec["date"]["start"])
                con.execute(R.insert_sql("articles", R.ARTICLE_COLS),
                            (aid, dataset, None, OUTLET[dataset], title.rstrip(", "), published,
                             False, "en", rec["evidence"]["text"], digest, version, now))
                con.execute(R.insert_sql("records", R.RECORD_COLS), R.record_row(rec, aid, 0))
                actors = R.actor_rows(rec)
                if actors:
                    con.executemany(R.insert_sql("record_actors", R.ACTOR_COLS), actors)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
