"""`--engine ray`, `--address` and `ingest --from-parquet`: the command line of tocsin.scale.

The commands in extract.py and store.py only declare these options and hand over here; Ray
itself is imported by tocsin.scale.ray_engine, and only when the Ray engine runs.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..config import Settings
from .common import EXIT_NOTHING, err


class Engine(str, Enum):
    local = "local"
    ray = "ray"


EngineOpt = Annotated[Engine, typer.Option(
    "--engine", help="local: this machine, --workers processes.  ray: Ray Data on a local or remote Ray "
                     "cluster (--address), --workers actors, Parquet shards out (docs/scale.md); needs "
                     "pip install 'tocsin\\[ray]'.")]  # \\[: not rich markup
AddressOpt = Annotated[str | None, typer.Option(
    "--address", show_default=False, help="With --engine ray: the Ray cluster to run on (HOST:6379, "
                                          "ray://HOST:10001 or auto); default: start a local Ray.")]
FromParquetOpt = Annotated[Path | None, typer.Option(
    "--from-parquet", show_default=False, help="Load the Parquet shards of `tocsin extract --engine ray -o DIR` "
                                               "(articles and coded events) instead of coding INPUT...")]


def _say(message: str) -> None:
    err.print(message, markup=False, highlight=False, soft_wrap=True)


def _fail(message: str) -> None:
    _say(f"tocsin: {message}")
    raise typer.Exit(EXIT_NOTHING)


def check_options(engine: Engine, address: str | None) -> None:
    if address and engine is not Engine.ray:
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")


def _run_ray(inputs: list[str], out_dir: Path, settings: Settings, workers: int, address: str | None,
             factual_only: bool = False, min_confidence: float | None = None, report: bool = True):
    """The Ray run, its per-item errors on stderr (unless `report` is off: loading the shards
    reports them); a one-line error, never a traceback, when the run cannot go on."""
    from ..coding.nlp import ModelMissing
    from ..scale import ray_engine

    try:
        stats = ray_engine.run(inputs, str(out_dir), settings, workers, address, factual_only, min_confidence)
    except (ray_engine.RayMissing, ray_engine.EngineError, ModelMissing) as exc:
        _fail(str(exc))
    for item in stats.error_items if report else ():
        _say(str(item))
    return stats


def extract_ray(inputs: list[str], output: Path | None, settings: Settings, workers: int, address: str | None,
                factual_only: bool, min_confidence: float | None, articles_out: Path | None) -> None:
    """`tocsin extract --engine ray -o DIR`: articles and events as Parquet shards in DIR."""
    if output is None:
        raise typer.BadParameter("--engine ray writes Parquet shards: give the folder with -o DIR",
                                 param_hint="--output")
    if articles_out is not None:
        raise typer.BadParameter("--engine ray writes the articles into the shards (DIR/table=articles)",
                                 param_hint="--articles-out")
    stats = _run_ray(inputs, output, settings, workers, address, factual_only, min_confidence)
    _say(f"tocsin: {stats.articles} articles, {stats.events} events, {stats.errors} error(s) -> {output} "
         f"(Parquet shards; {stats.workers} Ray workers, {stats.seconds:.1f} s)")
    if not sys.stdout.isatty():
        print(json.dumps({**stats.as_dict(), "shards": str(output)}))
    if stats.articles == 0:
        _fail(f"nothing could be processed ({stats.errors} error(s))")


def ingest_scaled(inputs: list[str] | None, db: Path, settings: Settings, engine: Engine, workers: int,
                  address: str | None, from_parquet: Path | None) -> None:
    """`tocsin ingest --engine ray INPUT...` (shards in a temporary folder beside the database,
    then loaded) and `tocsin ingest --from-parquet DIR`."""
    from ..scale import shards
    from ..store import StoreError
    from .store import report_ingest, run_with_progress

    if from_parquet is not None and inputs:
        raise typer.BadParameter("give INPUT... or --from-parquet DIR, not both", param_hint="--from-parquet")
    tmp = None
    try:
        if from_parquet is None:
            if not inputs:
                _fail("nothing to ingest: give INPUT... (pages, feeds, URLs)")
            db.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".tocsin-shards-", dir=db.parent))
            _run_ray(inputs, tmp / "shards", settings, workers, address, report=False)
            from_parquet = tmp / "shards"
        try:
            stats = run_with_progress(lambda cb: shards.load(from_parquet, db, on_event=cb))
        except (shards.ShardError, StoreError) as exc:
            _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write beside {db}: {exc.strerror or exc}")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    report_ingest(stats, db)
    if stats.processed == 0:
        _fail(f"nothing could be processed ({stats.errors} error(s))")
