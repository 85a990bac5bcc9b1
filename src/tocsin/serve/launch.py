"""Start `tocsin serve` as a child process on 127.0.0.1 (for the browser tests and bench/)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


class ServerFailed(RuntimeError):
    """The server exited or never answered; the message carries its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(db: Path, log: Path, args: tuple[str, ...] = (), tries: int = 300) -> Iterator[str]:
    """Yields the base URL once /api/health answers (at most `tries` polls); stops the server after."""
    port = free_port()
    env = {**os.environ, "TOCSIN_TOKEN": ""}  # read-only, whatever the caller's shell has
    with open(log, "wb") as out:  # its own process group: stopping it stops its workers too
        proc = subprocess.Popen([sys.executable, "-m", "tocsin.cli", "serve", "--db", str(db),
                                 "--host", "127.0.0.1", "--port", str(port), *args],
                                stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(tries):
            if proc.poll() is not None:
                raise ServerFailed(f"tocsin serve exited with {proc.returncode}: {_tail(log)}")
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise ServerFailed(f"tocsin serve did not answer on {base}: {_tail(log)}")
        yield base
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM to the server's process group, SIGKILL after 10 s: a worker still draining a queue
    of requests outlives its parent otherwise (measured: orphans kept the cores busy after a
    bench)."""
    if not hasattr(os, "killpg"):  # not POSIX: the parent only
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, None)):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        if sig == signal.SIGTERM:  # the parent is gone; its workers get no second chance
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        return


def _tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-2000:]
