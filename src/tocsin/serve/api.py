"""REST API: /api/events, /api/events/{id}, /api/stats, /api/articles/{id}, /api/ingest.

Filters are the ones of `tocsin events` and are handed to tocsin.store.query, which
parameterises every value.  Unknown ids are 404; bad parameters are FastAPI's 422.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, Field

from ..store.query import (
    EventFilter,
    check_confidence,
    count_events,
    find_listed,
    get_article,
    get_event,
    stats,
)
from ..store.query import parse_near as parse_near_text
from .db import Abandoned
from .security import require_token

router = APIRouter(prefix="/api")
MAX_LIMIT = 1000
Text = Annotated[str | None, Query(max_length=200)]


class Format(str, Enum):
    json = "json"
    geojson = "geojson"


def _unprocessable(field: str, msg: str) -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors."""
    return HTTPException(422, [{"type": "value_error", "loc": ["query", field], "msg": msg}])


def parse_near(near: str | None) -> tuple[float, float, float] | None:
    """'LAT,LON,KM' -> a tuple, or a 422 naming what is wrong."""
    if near is None:
        return None
    try:
        return parse_near_text(near)
    except ValueError as exc:
        raise _unprocessable("near", str(exc)) from None


def event_filter(
    since: Annotated[date | None, Query(description="First day (YYYY-MM-DD), inclusive.")] = None,
    until: Annotated[date | None, Query(description="Last day (YYYY-MM-DD), inclusive.")] = None,
    country: Annotated[str | None, Query(max_length=100, description="ISO2/ISO3 code or name.")] = None,
    admin1: Text = None,
    type: Annotated[str | None, Query(max_length=100, description="ACLED event or sub-event type, or PLOVER event.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Substring of any actor name.")] = None,
    near: Annotated[str | None, Query(max_length=80, description="LAT,LON,KM")] = None,
    text: Annotated[str | None, Query(max_length=200, description="Words that must all occur in the evidence.")] = None,
    min_confidence: Annotated[float | None, Query(
        ge=0, le=1, description="Only events whose confidence (the probability that it is a real event of its "
                                "type, combined over its sources) is at least this; events without one never "
                                "pass a value above 0.")] = None,
    lang: Annotated[str | None, Query(max_length=8, pattern=r"^[A-Za-z]{2,3}$", description=(
        "Events with a source in this language (ISO 639-1, e.g. ar; 'und': undetermined)."))] = None,
) -> EventFilter:
    if since and until and since > until:
        raise _unprocessable("until", "until is before since")
    try:
        min_confidence = check_confidence(min_confidence)
    except ValueError as exc:  # the CLI's rule too; ge/le already refuse most, NaN and inf included
        raise _unprocessable("min_confidence", str(exc)) from None
    return EventFilter(since=since, until=until, country=country, admin1=admin1, type=type,
                       actor=actor, near=parse_near(near), text=text, min_confidence=min_confidence,
                       lang=lang.lower() if lang else None)


Filter = Annotated[EventFilter, Depends(event_filter)]


def _db(request: Request):
    return request.app.state.db


def answer(request: Request, compute: Callable[[Any], Any], state: tuple | None = None) -> Response:
    """compute(con) as JSON, memoised per URL while the database file is unchanged (`state`:
    the file's state when the caller already read it for memos of its own).

    Encoded here with json.dumps: FastAPI's generic encoder costs more than the queries."""
    cache = request.app.state.cache
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    state = cache.state() if state is None else state
    body = cache.get(key, state)
    if body is None:
        try:
            with _db(request).reader(lambda: _connected(request)) as con:
                result = compute(con)
        except Abandoned:
            return Response(status_code=499)  # nginx's "client closed request": nobody reads it
        body = result.body if isinstance(result, Encoded) else _dumps(result)
        cache.put(key, body, state)
    return Response(body, media_type="application/json")


def counted(request: Request, con, flt: EventFilter, state: tuple) -> int:
    """count_events, memoised per filter (whatever the page) while the database file is
    unchanged: the pages of one filter share it, and without a date window it scans every event."""
    cache = request.app.state.cache
    key = ("count", replace(flt, limit=None, offset=0))
    n = cache.get(key, state)
    if n is None:
        n = count_events(con, flt)
        cache.put(key, n, state)
    return n


def _connected(request: Request) -> bool:
    """Whether the client still waits for this answer (asked from the endpoint's worker thread)."""
    try:
        return not anyio.from_thread.run(request.is_disconnected)
    except RuntimeError:  # not in a worker thread of the event loop (called directly): assume so
        return True


class Encoded:
    """An answer already encoded as JSON (compute's alternative to a value)."""

    __slots__ = ("body",)

    def __init__(self, body: bytes) -> None:
        self.body = body


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def _found(value: dict | None, what: str, ident: str) -> dict:
    if value is None:
        raise HTTPException(404, f"no {what} {ident!r}")
    return value


def feature(event: dict) -> dict | None:
    """One GeoJSON Feature (RFC 7946: lon, lat order); None without coordinates."""
    if event.get("lat") is None or event.get("lon") is None:
        return None
    props = {k: v for k, v in event.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "id": event["id"], "properties": props,
            "geometry": {"type": "Point", "coordinates": [event["lon"], event["lat"]]}}


@router.get("/health", summary="Liveness probe; touches no database")
def health() -> dict:
    return {"status": "ok"}


@router.get("/events", summary="Fused events matching the filters, newest first",
            response_description="{total, limit, offset, next_offset, events: [event]}, or a GeoJSON "
                                 "FeatureCollection (with total and next_offset) for format=geojson")
def events(request: Request, flt: Filter,
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
           offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
           format: Format = Format.json) -> Response:
    flt = replace(flt, limit=limit, offset=offset)
    state = request.app.state.cache.state()

    def compute(con) -> dict[str, Any] | Encoded:
        rows = find_listed(con, flt)  # each event as JSON text (store/facets.py)
        # A first page that is not full is the whole answer: no need to count.
        total = len(rows) if offset == 0 and len(rows) < limit else counted(request, con, flt, state)
        nxt = offset + len(rows) if offset + len(rows) < total else None
        if format is Format.geojson:
            feats = [f for f in (feature(json.loads(r)) for r in rows) if f is not None]
            return {"type": "FeatureCollection", "features": feats, "total": total,
                    "offset": offset, "next_offset": nxt}
        head = _dumps({"total": total, "limit": limit, "offset": offset, "next_offset": nxt})
        return Encoded(head[:-1] + b',"events":[' + ",".join(rows).encode() + b"]}")

    return answer(request, compute, state)


@router.get("/events/{event_id}", summary="One fused event with its sources and evidence spans",
            responses={404: {"description": "No such event"}})
def event(request: Request, event_id: Annotated[str, PathParam(max_length=200)]) -> Response:
    return answer(request, lambda con: _found(get_event(con, event_id), "event", event_id))


@router.get("/stats", summary="Counts by day, week, type, admin1 and actor; fatality sums")
def event_stats(request: Request, flt: Filter) -> Response:
    return answer(request, lambda con: stats(con, flt))


@router.get("/articles/{article_id}", summary="An article's text with the evidence offsets in it",
            responses={404: {"description": "No such article"}})
def article(request: Request, article_id: Annotated[str, PathParam(max_length=200)]) -> Response:
    return answer(request, lambda con: _found(get_article(con, article_id), "article", article_id))


class IngestRecord(BaseModel):
    """One article, as a line of a JSONL input file."""
    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=2000)
    text: str = Field(min_length=1, max_length=2_000_000)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=40)
    outlet: str | None = Field(default=None, max_length=200)


class IngestBody(BaseModel):
    records: list[IngestRecord] = Field(min_length=1, max_length=1000)


@router.post("/ingest", summary="Code and store articles (needs Authorization: Bearer $TOCSIN_TOKEN)",
             dependencies=[Depends(require_token)])
def ingest(request: Request, body: IngestBody) -> dict[str, Any]:
    from ..store.ingest import (
        ingest_records,  # the pipeline is heavy: load it only when asked
    )
    db = _db(request)
    with db.lock.write():
        db.close()  # DuckDB allows no read-write connection beside our read-only one
        result = ingest_records(db.path, [r.model_dump(exclude_none=True) for r in body.records])
    return {**result, "errors": [str(e) for e in result.get("errors", [])]}


@router.get("/displacement", summary="A finished displacement run (tocsin displacement run): totals, "
                                     "top destinations, score")
def displacement(run: Annotated[str, Query(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
                                           description="The run's folder name under the runs folder")]) -> Response:
    from ..displacement import DisplacementError, find_run  # Flee's outputs: loaded only when asked

    try:
        found = find_run(run)
    except (DisplacementError, ValueError, OSError):
        raise HTTPException(404, f"no displacement run {run!r}") from None
    found["run"]["scenario"] = found["run"].get("scenario", "").rsplit("/", 1)[-1]  # no server paths
    return Response(json.dumps(found, ensure_ascii=False, separators=(",", ":")), media_type="application/json")
