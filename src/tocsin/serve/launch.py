"""Start `tocsin serve` as a child process on 127.0.0.1 (for the browser tests and bench/)."""
from __future__ import annotations

import os
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
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "tocsin.cli", "serve", "--db", str(db),
                                 "--host", "127.0.0.1", "--port", str(port), *args],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
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
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-2000:]
