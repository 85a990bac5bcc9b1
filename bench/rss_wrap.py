#!/usr/bin/env python3
"""Run the tocsin CLI and report peak resident memory (bench/throughput.py's whole-process runs).

    python bench/rss_wrap.py extract FILE -o /dev/null [--workers N]

Prints to stderr, at exit, `RSS_MB self=<peak of this process> workers=<largest peak of its
descendant processes>`: the workers are children of multiprocessing's fork server, which this
process never waits for, so their peaks are read from /proc (VmHWM, the kernel's high-water
mark of resident memory) every 0.1 s while the command runs.  Linux only.
"""
from __future__ import annotations

import os
import resource
import runpy
import sys
import threading
from pathlib import Path

PEAKS: dict[int, int] = {}


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            out += [int(x) for x in task.read_text().split()]
        except OSError:
            pass
    return out


def _sample(stop: threading.Event) -> None:
    me = os.getpid()
    while not stop.wait(0.1):
        todo, seen = _children(me), set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            todo += _children(pid)
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        PEAKS[pid] = max(PEAKS.get(pid, 0), int(line.split()[1]))
            except OSError:
                pass


def main() -> None:
    stop = threading.Event()
    threading.Thread(target=_sample, args=(stop,), daemon=True).start()
    sys.argv = ["tocsin"] + sys.argv[1:]
    try:
        runpy.run_module("tocsin.cli", run_name="__main__")
    finally:
        stop.set()
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"RSS_MB self={own // 1024} workers={max(PEAKS.values(), default=0) // 1024}", file=sys.stderr)


if __name__ == "__main__":
    main()
