"""Records -> table rows.  One function per table; the column order follows schema.py."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

from ..records import Article

ARTICLE_COLS = ("id", "source", "url", "outlet", "title", "published", "published_inferred", "lang",
                "text", "text_hash", "pipeline_version", "ingested_at")
RECORD_COLS = ("id", "article_id", "seq", "event_type", "sub_event_type", "plover_event", "plover_mode",
               "modality", "aggregate", "attribution", "date_start", "date_end", "date_precision",
               "date_basis", "country", "admin1", "location", "lat", "lon", "geo_precision", "geonameid",
               "fatalities", "fatalities_low", "fatalities_high", "evidence_text", "evidence_start",
               "evidence_end", "confidence", "rule_id", "trigger", "record_json")
ACTOR_COLS = ("record_id", "seq", "role", "name", "country", "kind", "text")


def text_hash(article: Article) -> str:
    return hashlib.sha1(f"{article.title or ''}\n{article.text}".encode()).hexdigest()


def article_row(article: Article, pipeline_version: str) -> tuple:
    return (article.id, article.source, article.url, article.outlet, article.title, article.published,
            article.published_inferred, article.lang, article.text, text_hash(article), pipeline_version,
            datetime.now(timezone.utc).replace(tzinfo=None))


def credible_fatalities(figures: dict[str, Any]) -> tuple[int | None, int | None, int | None]:
    """(figure, low, high) of the deaths a record reports.

    The figure is the most conservative credible number, as ACLED codes: the stated value,
    else the low end of a vague or open count ("dozens", "at least 20")."""
    fig = (figures or {}).get("fatalities")
    if not isinstance(fig, dict):
        return None, None, None
    value, low, high = fig.get("value"), fig.get("low"), fig.get("high")
    best = value if value is not None else low
    low = low if low is not None else value
    high = high if high is not None else value
    return _int(best), _int(low), _int(high)


def _int(x: Any) -> int | None:
    try:
        return None if x is None else int(x)
    except (TypeError, ValueError):
        return None


def record_row(ev: dict[str, Any], article_id: str, seq: int) -> tuple:
    acled, plover = ev.get("acled") or {}, ev.get("plover") or {}
    date, loc, evid = ev.get("date") or {}, ev.get("location") or {}, ev.get("evidence") or {}
    fat, low, high = credible_fatalities(ev.get("figures") or {})
    return (ev["id"], article_id, seq, acled.get("event_type"), acled.get("sub_event_type"),
            plover.get("event"), plover.get("mode"), ev["modality"], bool(ev.get("aggregate")),
            ev.get("attribution"), date.get("start"), date.get("end"), date.get("precision"),
            date.get("basis"), loc.get("country"), loc.get("admin1"), loc.get("name"), loc.get("lat"),
            loc.get("lon"), loc.get("precision"), loc.get("geonameid"), fat, low, high,
            evid.get("text") or "", evid.get("start"), evid.get("end"), ev.get("confidence"),
            ev.get("rule_id"), ev.get("trigger"), json.dumps(ev, ensure_ascii=False, sort_keys=True))


def actor_rows(ev: dict[str, Any]) -> list[tuple]:
    return [(ev["id"], i, a.get("role"), a.get("name"), a.get("country"), a.get("kind"), a.get("text"))
            for i, a in enumerate(ev.get("actors") or ())]


def insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
