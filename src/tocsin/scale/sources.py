"""The Ray engine's inputs: which items Ray reads and how a read item becomes page rows.

Files are read by Ray tasks (on the cluster's workers) and turned into pages by the very code
of the local engine (`ingest.content.pages_from_bytes`: JSON Lines, JSON, HTML, text, feeds),
so both engines see the same pages with the same sources (`path:LINE` for JSON Lines).
Parquet files are read as tables of records `{id?, text | html, title?, url?, published?,
lang?, outlet?}`, one row per article (`ingest.records_json.record_to_page`).  URLs and `-`
(stdin) are read on the driver: they are small by nature.  A page row that could not be read
carries `error` and becomes an ItemError in the coder.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from ..config import Settings
from ..records import ItemError, Page

PAGE_FIELDS = tuple(f.name for f in fields(Page))
PARQUET = ".parquet"


@dataclass
class Plan:
    files: list[str] = field(default_factory=list)  # read as bytes by Ray (text, HTML, JSON, feeds)
    parquet: list[str] = field(default_factory=list)  # read as record tables by Ray
    driver: list[str] = field(default_factory=list)  # URLs and '-', read here
    errors: list[ItemError] = field(default_factory=list)  # inputs that name nothing readable


def plan(inputs: list[str]) -> Plan:
    """Sort the inputs by who reads them; a local directory is walked like the local engine does
    (same files, same order), plus its Parquet files."""
    from ..ingest.errors import IngestError
    from ..ingest.local import expand, is_url, walk

    out = Plan()
    for item in map(str, inputs):
        if is_url(item) or item == "-":
            out.driver.append(item)
        elif "://" in item:  # s3://bucket/key, gs://...: the workers open it through pyarrow
            (out.parquet if item.lower().endswith(PARQUET) else out.files).append(item)
        elif os.path.isdir(item):
            found = walk(item) + _parquet_under(item)
            if not found:
                out.errors.append(ItemError(item, "directory holds no readable files"))
            for path in found:
                (out.parquet if path.lower().endswith(PARQUET) else out.files).append(path)
        else:
            try:
                paths = expand(item)
            except IngestError as exc:
                out.errors.append(ItemError(item, exc.reason))
                continue
            for path in paths:
                (out.parquet if path.lower().endswith(PARQUET) else out.files).append(path)
    return out


def _parquet_under(directory: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(root, f) for f in files if f.lower().endswith(PARQUET) and not f.startswith(".")]
    return sorted(found)


def page_row(item: Page | ItemError) -> dict[str, Any]:
    if isinstance(item, ItemError):
        return {**dict.fromkeys(PAGE_FIELDS), "source": item.source, "error": item.reason}
    return {**asdict(item), "error": None}


def row_page(row: dict[str, Any]) -> Page | ItemError:
    if row.get("error"):
        return ItemError(row["source"], row["error"])
    return Page(**{k: row.get(k) for k in PAGE_FIELDS})


def pages_from_file(source: str, data: bytes, settings: Settings) -> list[dict[str, Any]]:
    """One file's page rows, read as the local engine reads it (size cap included); `source` is
    the path as the user named it."""
    from ..ingest.content import pages_from_bytes
    from ..ingest.errors import IngestError, too_large, unexpected
    from ..ingest.web import Fetcher

    try:
        if len(data) > settings.max_page_bytes:
            raise too_large(settings.max_page_bytes)
        with Fetcher(settings) as fetcher:  # feeds whose entries carry only a link
            return [page_row(p) for p in pages_from_bytes(data, source, settings, fetcher,
                                                          ext=os.path.splitext(source)[1].lower())]
    except IngestError as exc:
        return [page_row(ItemError(exc.source or source, exc.reason))]
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run
        return [page_row(ItemError(source, unexpected(exc)))]


def pages_from_records(name: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parquet rows as pages; the source names the file (as the user named it) and the record's id."""
    from ..ingest.errors import IngestError, unexpected
    from ..ingest.records_json import record_to_page

    out = []
    for rec in records:
        rec = {k: _plain(v) for k, v in rec.items()}
        source = f"{name}#{rec['id']}" if rec.get("id") is not None else name
        try:
            out.append(page_row(record_to_page(rec, source)))
        except IngestError as exc:
            out.append(page_row(ItemError(source, exc.reason)))
        except Exception as exc:  # noqa: BLE001
            out.append(page_row(ItemError(source, unexpected(exc))))
    return out


def _plain(value: Any) -> Any:
    """Parquet dates and timestamps as ISO text, as a JSON record would give them."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def driver_pages(items: list[str], settings: Settings) -> list[dict[str, Any]]:
    """URLs and stdin, read here by the local engine's reader."""
    from .. import ingest

    return [page_row(p) for p in ingest.read(items, settings)] if items else []
