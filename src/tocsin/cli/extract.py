"""`tocsin articles` and `tocsin extract`: pages in, articles or coded events out."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from .. import pipeline
from .app import app
from .scale import AddressOpt, Engine, EngineOpt, check_options
from .common import (EXIT_NOTHING, ConfigOpt, Format, FormatOpt, InputsArg, OutOpt, WorkersOpt, _counted,
                     _finish, _open_out, _progress, _settings, _wants_table, _workers, err,
                     min_confidence_option, write_records)


ARTICLE_COLUMNS = ("id", "title", "published", "published_inferred", "lang", "source")


@app.command()
def articles(inputs: InputsArg, output: OutOpt = None, fmt: FormatOpt = Format.auto,
             config: ConfigOpt = None) -> None:
    """Find the clean, dated articles in pages: chrome dropped, teasers split off."""
    settings = _settings(config)
    stats = {"ok": 0, "errors": 0}
    with _progress("reading articles") as prog:
        rows = (a.to_dict() for a in _counted(
            pipeline.articles(inputs, settings, stdin=sys.stdin.buffer), stats, prog))
        write_records(rows, output, fmt, ARTICLE_COLUMNS)
    _finish(stats)


MinConfidence = min_confidence_option(
    "Only records whose confidence (0-1: the probability that it is a real event of its type) "
    "is at least this, e.g. 0.7.")
EVENT_COLUMNS = ("date", "event", "modality", "confidence", "actors", "place", "evidence")


def _event_row(ev: dict) -> dict:
    """A flat view of an event for the terminal table."""
    from ..store.query import confidence_label

    acled, plover = ev.get("acled") or {}, ev.get("plover") or {}
    kind = acled.get("sub_event_type") or plover.get("event") or ("Displacement" if ev.get("displacement") else "")
    loc = ev.get("location") or {}
    conf = ev.get("confidence")
    return {"date": (ev.get("date") or {}).get("start"), "event": kind, "modality": ev["modality"],
            "confidence": confidence_label(conf),
            "actors": ", ".join(f"{a['name']}" for a in ev["actors"] if a["role"] != "associated"),
            "place": ", ".join(dict.fromkeys(x for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x)),
            "evidence": ev["evidence"]["text"]}


@app.command()
def extract(inputs: InputsArg, output: OutOpt = None, fmt: FormatOpt = Format.auto,
            articles_out: Annotated[Path | None, typer.Option(
                "--articles-out", help="Also write the articles (JSON Lines) to this file.")] = None,
            factual_only: Annotated[bool, typer.Option(
                "--factual-only", help="Leave out hypothetical, recommended, future and negated statements.")] = False,
            min_confidence: MinConfidence = None,
            config: ConfigOpt = None, workers: WorkersOpt = None,
            engine: EngineOpt = Engine.local, address: AddressOpt = None) -> None:
    """Code the events in pages: ACLED and PLOVER types, modality, actors, dates, figures, place."""
    from ..coding.nlp import ModelMissing  # spaCy loads only for commands that need it

    check_options(engine, address)
    settings = _settings(config)
    if engine is Engine.ray:  # Parquet shards in the -o folder (cli/scale.py, docs/scale.md)
        from .scale import extract_ray

        return extract_ray(inputs, output, settings, _workers(workers), address, factual_only, min_confidence,
                           articles_out)
    stats = {"ok": 0, "errors": 0}
    art_fh = _open_out(articles_out) if articles_out else None
    try:
        with _progress("coding events") as prog:
            rows = _event_rows(pipeline.extract(inputs, settings, stdin=sys.stdin.buffer, workers=_workers(workers)),
                               stats, prog,
                               art_fh, factual_only, min_confidence)
            write_records((_event_row(r) for r in rows) if _wants_table(output, fmt) else rows,
                          output, fmt, EVENT_COLUMNS)
    except ModelMissing as exc:
        err.print(f"tocsin: {exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING) from None
    finally:
        if art_fh:
            art_fh.close()
    _finish(stats)


def _event_rows(items, stats, prog, art_fh, factual_only: bool, min_confidence: float | None = None
                ) -> Iterator[dict]:
    for art, events in _counted(items, stats, prog):
        if art_fh:
            art_fh.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
        for ev in events:
            if factual_only and ev.modality not in ("asserted", "reported", "historical"):
                continue
            if min_confidence and (ev.confidence is None or ev.confidence < min_confidence):
                continue
            yield ev.to_dict()


