"""The Ray Data engine: `tocsin extract|ingest --engine ray`, the local pipeline on a Ray cluster.

    read (Ray tasks: files -> page rows; the driver: URLs, stdin)
      -> streaming repartition into blocks of `batch_size` pages
      -> map_batches(_Coder, ActorPoolStrategy(size=N)): a fixed pool of N actors, each loading
         the pipeline (spaCy, lexicons, actors, gazetteer) once and coding batch after batch
      -> write_parquet(partition_cols=["table", "date"]): articles, events and errors shards
         (scale/shards.py), then the manifest _tocsin.json.

The actor codes a batch with the local engine's own functions (pipeline.articles_from_pages,
pipeline.code_batch), so the events are the local engine's (tests/scale/test_ray_engine.py).
This is the only module that imports Ray, and it does so only when the engine is asked for.
Every node of a cluster needs the same tocsin (with the `ray` extra) installed.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..records import ItemError
from . import shards, sources

RAY_PIN = "ray[data]==2.60.0"  # keep equal to pyproject.toml's `ray` extra
# no usage report (tocsin never phones home); the driver's C++ core logs only fatal errors (it
# otherwise prints a note on every Ray Data actor's restart policy); both can be overridden.
QUIET_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_BACKEND_LOG_LEVEL": "fatal"}


class RayMissing(RuntimeError):
    """--engine ray without the extra installed."""


class EngineError(RuntimeError):
    """A run the user can fix: bad address, output folder in use, cluster refusing work."""


@dataclass
class RunStats:
    articles: int = 0
    events: int = 0
    errors: int = 0
    workers: int = 0
    seconds: float = 0.0
    error_items: list[ItemError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "events": self.events, "errors": self.errors,
                "workers": self.workers, "seconds": round(self.seconds, 2)}


def import_ray():
    """Ray and Ray Data, or RayMissing with the install command."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayMissing(f"--engine ray needs Ray Data, which is not installed ({exc.name or exc}): "
                         f"pip install 'tocsin[ray]' (installs {RAY_PIN})") from None
    for name in ("ray", "ray.data"):  # one-line progress and "execution finished" notes off
        logging.getLogger(name).setLevel(logging.ERROR)
    # a small input fills fewer blocks than there are actors: Ray says so, and it is fine
    warnings.filterwarnings("ignore", message="The minimum number of concurrent actors")
    return ray


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def run(inputs: list[str], out_dir: str, settings: Settings | None = None, workers: int | None = None,
        address: str | None = None, factual_only: bool = False, min_confidence: float | None = None
        ) -> RunStats:
    """Code every article of `inputs` on Ray and write the Parquet shards to `out_dir`."""
    settings = settings or Settings()
    workers = workers or default_workers()
    out_dir = str(out_dir)
    local_out = not shards.is_remote(out_dir)
    if local_out:
        try:
            shards.check_empty(out_dir)
        except shards.ShardError as exc:
            raise EngineError(str(exc)) from None
        out_dir = os.path.abspath(out_dir)
    ray = import_ray()
    started = connect(ray, address, workers)
    _data_context(ray)
    t0 = time.perf_counter()
    try:
        plan = sources.plan(inputs)
        ds = dataset(ray, plan, settings)
        stats = RunStats(workers=workers)
        if ds is not None:
            coder = type("Coder", (_Coder,), {"settings": settings, "factual_only": factual_only,
                                              "min_confidence": min_confidence})  # shipped with the class
            coded = ds.map_batches(coder, batch_size=settings.batch_size, batch_format="pyarrow",
                                   # `concurrency=N` before Ray 2.51; two batches queued per actor
                                   # keep it busy without leaving one actor a long tail at the end
                                   compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=2),
                                   num_cpus=actor_cpus(ray, workers))
            try:
                coded.write_parquet(out_dir, partition_cols=list(shards.PARTITIONS))
            except Exception as exc:  # noqa: BLE001 - Ray wraps worker failures in its own types
                raise EngineError(f"the Ray run failed: {_first_line(exc)}") from None
        stats.seconds = time.perf_counter() - t0
        _write_input_errors(out_dir, plan.errors)
        if local_out:
            counts = shards.count_rows(out_dir)
            stats.articles, stats.events = counts["articles"], counts["events"]
            stats.error_items = shards.read_errors(out_dir)
            stats.errors = len(stats.error_items)
            from ..store.ingest import pipeline_version

            shards.write_manifest(out_dir, pipeline_version(), counts, engine="ray", workers=workers)
        return stats
    finally:
        if started:
            ray.shutdown()


def actor_cpus(ray, workers: int) -> float:
    """The CPUs each coding actor asks Ray for: one, unless the cluster has no CPU left over for
    the read and write tasks (Ray Data then waits forever for them), as on a 2-CPU Ray with 2
    workers; the actors then share what is left (Ray's CPUs are for placement, not a limit)."""
    total = float(ray.cluster_resources().get("CPU", 1))
    return max(0.05, min(1.0, (total - 1) / workers))


def _write_input_errors(out_dir: str, errors: list[ItemError]) -> None:
    """Inputs that named nothing readable (found on the driver) join the errors shards."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = f"{out_dir}/table=errors/date={shards.UNKNOWN_DATE}"
    if "://" not in out_dir:
        os.makedirs(folder if errors else out_dir, exist_ok=True)
    if errors:
        rows = [shards.error_row(e.source, e.reason) for e in errors]
        table = pa.Table.from_pylist(rows, schema=_shard_schema()).drop_columns(list(shards.PARTITIONS))
        pq.write_table(table, f"{folder}/inputs.parquet")


def connect(ray, address: str | None, workers: int) -> bool:
    """Join the cluster at `address`, or start a local one sized for `workers` actors (plus a
    CPU for the read and write tasks); True when this call started Ray (and so must stop it)."""
    if address:
        _check_reachable(address)
    if ray.is_initialized():
        return False
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)
    common = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR,
              "configure_logging": True}
    try:
        with _stderr_without("Set ray log level from environment variable"):
            if address:
                ray.init(address=address, **common)
            else:
                # "local": a private Ray, even where `ray start` left an address behind
                ray.init(address="local", num_cpus=max(workers, default_workers()) + 1, **common)
    except Exception as exc:  # noqa: BLE001 - ConnectionError, ValueError, RuntimeError...
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        raise EngineError(f"cannot start {where}: {_first_line(exc)}") from None
    return True


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """HOST:PORT or ray://HOST:PORT must accept a connection: `ray.init` would otherwise retry
    an unreachable head node for ever.  'auto' and other forms are left to Ray."""
    import socket

    hostport = address.removeprefix("ray://").rstrip("/")
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit() or not host:
        return
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            pass
    except OSError as exc:
        raise EngineError(f"cannot reach the Ray cluster at {address}: "
                          f"{exc.strerror or type(exc).__name__}") from None


def _data_context(ray) -> None:
    """Ray Data's progress bars only on a terminal; no execution plans or stats on stderr."""
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = sys.stderr.isatty()
    ctx.print_on_execution_start = False
    ctx.enable_auto_log_stats = False


def dataset(ray, plan: sources.Plan, settings: Settings):
    """The page rows of every input, in blocks of `batch_size` pages; None when there are none."""
    import pyarrow as pa

    parts = []
    if plan.files:
        names = {os.path.abspath(p) if "://" not in p else p: p for p in plan.files}
        parts.append(ray.data.read_binary_files(list(names), include_paths=True, num_cpus=0.25)
                     .map_batches(_file_pages, batch_size=1, batch_format="pyarrow", num_cpus=0.25,
                                  fn_kwargs={"settings": settings, "names": names}))
    if plan.parquet:
        names = {os.path.abspath(p) if "://" not in p else p: p for p in plan.parquet}
        parts.append(ray.data.read_parquet(list(names), include_paths=True, num_cpus=0.25)
                     .map_batches(_record_pages, batch_format="pyarrow", num_cpus=0.25,
                                  fn_kwargs={"names": names}))
    if plan.driver:
        parts.append(ray.data.from_arrow(pa.Table.from_pylist(sources.driver_pages(plan.driver, settings),
                                                             schema=_page_schema())))
    if not parts:
        return None
    ds = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    # one file may hold thousands of pages: small blocks let every actor of the pool get work
    return ds.repartition(target_num_rows_per_block=settings.batch_size)


def _page_schema():
    import pyarrow as pa

    return pa.schema([(name, pa.string()) for name in (*sources.PAGE_FIELDS, "error")])


def _shard_schema():
    import pyarrow as pa

    return pa.schema([(name, pa.int64() if name == "seq" else pa.string()) for name in shards.COLUMNS])


def _file_pages(batch, settings: Settings, names: dict[str, str]):
    import pyarrow as pa

    rows = []
    for rec in batch.to_pylist():
        path = rec["path"]
        rows += sources.pages_from_file(names.get(path) or names.get("/" + path.lstrip("/")) or path,
                                        rec["bytes"], settings)
    return pa.Table.from_pylist(rows, schema=_page_schema())


def _record_pages(batch, names: dict[str, str]):
    import pyarrow as pa

    rows = []
    for rec in batch.to_pylist():
        path = rec.pop("path", "")
        rows += sources.pages_from_records(names.get(path) or names.get("/" + path.lstrip("/")) or path, [rec])
    return pa.Table.from_pylist(rows, schema=_page_schema())


def code_pages(pages: list, settings: Settings, factual_only: bool = False,
               min_confidence: float | None = None) -> list[dict[str, Any]]:
    """Pages -> shard rows, by the local engine's own functions: segment and date the pages
    (pipeline.articles_from_pages), then code the articles (pipeline.code_batch)."""
    from .. import pipeline

    rows, articles = [], []
    for item in pipeline.articles_from_pages(pages):
        if isinstance(item, ItemError):
            rows.append(shards.error_row(item.source, item.reason))
        else:
            articles.append(item.to_dict())
    for res in pipeline.code_batch(articles, settings) if articles else ():
        if "error" in res:
            rows.append(shards.error_row(res["source"], res["reason"]))
        else:
            rows += shards.article_rows(res["article"], res["events"], factual_only, min_confidence)
    return rows


class _Coder:
    """One Ray actor: the pipeline loaded once, then batch after batch of page rows coded.

    `run` subclasses it with the run's options as class attributes: Ray ships the class itself,
    so the actor needs no constructor arguments in the object store (which Ray warns about)."""

    settings: Settings = Settings()
    factual_only: bool = False
    min_confidence: float | None = None

    def __init__(self):
        from ..records import Page

        settings = self.settings
        warm = Page(source="warm-up", kind="article", published="2020-01-02",
                    text="Gunmen attacked a checkpoint in Gao, Mali, on Monday, killing two soldiers.")
        code_pages([warm], settings)  # loads spaCy, lexicons, actors and the gazetteer here

    def __call__(self, batch):
        import pyarrow as pa

        pages = [sources.row_page(r) for r in batch.to_pylist()]
        rows = code_pages(pages, self.settings, self.factual_only, self.min_confidence)
        return pa.Table.from_pylist(rows, schema=_shard_schema())


@contextmanager
def _stderr_without(noise: str):
    """Run a block with file descriptor 2 captured, then pass on every line but `noise` (Ray's
    C++ core writes straight to the descriptor, past Python's sys.stderr)."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # no real descriptor (pytest capture, notebooks)
        yield
        return
    sys.stderr.flush()
    saved = os.dup(fd)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), fd)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, fd)
            os.close(saved)
            tmp.seek(0)
            kept = [ln for ln in tmp.read().decode("utf-8", "replace").splitlines(True) if noise not in ln]
            sys.stderr.write("".join(kept))


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text or type(exc).__name__)[:300]
