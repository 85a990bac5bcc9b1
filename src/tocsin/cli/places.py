"""`tocsin places`: the toponyms of a text, the place chosen for each, runners-up and why."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Iterator

import typer
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .app import app
from .common import EXIT_NOTHING, Format, FormatOpt, OutOpt, _wants_table, err, write_records

COLUMNS = ("name", "start", "chosen", "country", "admin1", "lat", "lon", "why", "runners_up")
WIDE = 140  # narrower terminals get one block per place: nine columns in 80 wrap every cell


def _items(source: str, jsonl: bool) -> Iterator[tuple[str, str] | str]:
    """(id, text) pairs, or an error message per bad item."""
    path = Path(source)
    try:
        exists = path.exists()
    except (OSError, ValueError):  # text longer than a file name may be, or with a NUL
        exists = False
    if not exists:
        if jsonl or (len(source) < 256 and (source.endswith((".jsonl", ".txt")) or "/" in source)):
            yield f"{source}: no such file"
            return
        yield ("text", source)  # the argument is the text itself
        return
    if path.is_dir():
        yield f"{source}: is a directory"
        return
    try:
        data = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield f"{source}: cannot read: {exc}"
        return
    if not (jsonl or path.suffix == ".jsonl"):
        yield (path.stem, data)
        return
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{source}:{n}: broken JSON line ({exc.msg})"
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield f"{source}:{n}: want an object with a string 'text'"
            continue
        rid = obj.get("id", f"{path.stem}:{n}")
        if not isinstance(rid, (str, int)) or isinstance(rid, bool):
            yield f"{source}:{n}: 'id' must be a string or a number"
            continue
        yield (str(rid), obj["text"])


def _row(t) -> dict:
    p = t.place
    return {"name": t.text, "start": t.start, "end": t.end,
            "chosen": p.name if p else None, "country": p.country if p else None,
            "admin1": p.admin1 if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "geonameid": p.geonameid if p else None,
            "precision": p.precision if p else None, "why": t.why,
            "runners_up": "; ".join(f"{q.name} ({q.admin1 or ''} {q.country or ''})".replace(" )", ")")
                                    for q in t.runners_up)}


@app.command()
def places(source: Annotated[str, typer.Argument(
               help="A text, a .txt file, or a .jsonl file of {id, text} records.",
               show_default=False)],
           jsonl: Annotated[bool, typer.Option(
               "--jsonl", help="Read {id, text} JSON Lines; write {id, toponyms: [...]} per "
                               "record (the format ../shared/tools/score_geo.py reads).")] = False,
           output: OutOpt = None, fmt: FormatOpt = Format.auto) -> None:
    """Show each toponym found, the place chosen for it, the runners-up and why."""
    from ..coding.nlp import ModelMissing, load_nlp
    from ..place.geoparse import geoparse, toponym_record

    items = list(_items(source, jsonl))
    good = [i for i in items if isinstance(i, tuple)]
    for msg in (i for i in items if isinstance(i, str)):
        err.print(f"tocsin: {msg}", markup=False, highlight=False)
    if not good:
        raise typer.Exit(EXIT_NOTHING)
    try:
        nlp = load_nlp()
    except ModelMissing as exc:
        err.print(f"tocsin: {exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING) from None
    docs = nlp.pipe(text for _, text in good)
    if jsonl:
        rows = ({"id": rid, "toponyms": [toponym_record(t) for t in geoparse(doc)]}
                for (rid, _), doc in zip(good, docs))
        write_records(rows, output, Format.jsonl, ("id", "toponyms"))
        return
    rows = (dict(_row(t), id=rid) for (rid, _), doc in zip(good, docs) for t in geoparse(doc))
    out = Console()
    if _wants_table(output, fmt) and out.width < WIDE:
        for row in rows:
            out.print(_block(row))
        return
    write_records(rows, output, fmt, COLUMNS)


def _block(row: dict) -> Group:
    """One place as a heading line and label/value lines that wrap between words."""
    head = Text.assemble((row["name"], "bold"), " -> ")
    if row["chosen"]:
        where = ", ".join(x for x in (row["chosen"], row["admin1"], row["country"]) if x)
        head.append(where)
        if row["lat"] is not None:
            head.append(f" ({row['lat']}, {row['lon']})")
    else:
        head.append("no place chosen")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("chars", f"{row['start']}-{row['end']}")
    for label, key in (("why", "why"), ("runners-up", "runners_up")):
        if row[key]:
            grid.add_row(label, row[key])
    return Group(head, Padding(grid, (0, 0, 1, 2)))
