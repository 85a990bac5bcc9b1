"""Local inputs: expanding paths and directories, reading files and stdin with a size cap."""
from __future__ import annotations

import os
import re
import stat
import sys
from typing import BinaryIO

from .decode import EXTENSIONS
from .errors import IngestError, os_reason, too_large

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def is_url(item: str) -> bool:
    return item[:8].lower().startswith(("http://", "https://"))


def check_scheme(item: str) -> None:
    """Refuse `ftp://…`, `file://…` and the like instead of reporting a missing file."""
    m = _SCHEME.match(item)
    if m and not is_url(item):
        raise IngestError(f"unsupported URL scheme {m.group(1)!r} (only http and https)")


def _hidden(name: str) -> bool:
    return name.startswith(".")


def walk(directory: str) -> list[str]:
    """Files under `directory` with a known extension, recursively, sorted by path."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        rel = os.path.relpath(root, directory)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in files:
            if _hidden(name) or os.path.splitext(name)[1].lower() not in EXTENSIONS:
                continue
            found.append((parts + (name,), os.path.join(root, name)))
    found.sort()
    return [path for _, path in found]


def expand(item: str) -> list[str]:
    """The file paths an input names: itself, or the readable files of a directory."""
    check_scheme(item)
    try:
        st = os.stat(item)
    except OSError as exc:
        raise IngestError(os_reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        files = walk(item)
        if not files:
            known = " ".join(sorted(EXTENSIONS))
            raise IngestError(f"directory holds no readable files ({known})")
        return files
    return [item]


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a file, refusing (before reading) anything over `max_bytes`."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise IngestError("is a directory")
            if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
                raise too_large(max_bytes)
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(os_reason(exc)) from None
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    return data


def read_stdin(stdin: BinaryIO | None, max_bytes: int) -> bytes:
    """At most `max_bytes` bytes of standard input (or of `stdin` when given)."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= max_bytes:
            chunk = stream.read(min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            if isinstance(chunk, str):  # a text stream was passed
                chunk = chunk.encode("utf-8")
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise IngestError(os_reason(exc)) from None
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    return data
