"""Ingest stage: files, directories, stdin and URLs -> Page records (the only network code).

    read(inputs, settings=None, stdin=None) -> Iterator[Page | ItemError]

Yields pages in input order; a bad item becomes an ItemError with a one-line reason and
reading goes on (this function never raises for bad input).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from ..config import Settings
from ..records import ItemError, Page
from .content import pages_from_bytes
from .errors import IngestError, unexpected
from .local import expand, is_url, read_file, read_stdin
from .web import Fetcher

__all__ = ["read"]


def read(inputs: list[str], settings: Settings | None = None,
         stdin: BinaryIO | None = None) -> Iterator[Page | ItemError]:
    """One Page per item read, or one ItemError per bad item, in input order."""
    settings = settings or Settings()
    with Fetcher(settings) as fetcher:
        for item in inputs:
            item = str(item)
            if is_url(item):
                yield from _guard(item, lambda item=item: _read_url(item, settings, fetcher))
            elif item == "-":
                yield from _guard(item, lambda: _read_stdin(stdin, settings, fetcher))
            else:
                try:
                    paths = expand(item)
                except IngestError as exc:
                    yield ItemError(item, exc.reason)
                    continue
                except Exception as exc:  # noqa: BLE001
                    yield ItemError(item, unexpected(exc))
                    continue
                for path in paths:
                    yield from _guard(path, lambda path=path: _read_path(path, settings, fetcher))


def _guard(source: str, make: Callable[[], Iterable[Page | ItemError]]) -> Iterator[Page | ItemError]:
    try:
        yield from make()
    except IngestError as exc:
        yield ItemError(exc.source or source, exc.reason)
    except Exception as exc:  # noqa: BLE001 - never raise for bad user input
        yield ItemError(source, unexpected(exc))


def _read_path(path: str, settings: Settings, fetcher: Fetcher) -> Iterator[Page | ItemError]:
    data = read_file(path, settings.max_page_bytes)
    ext = os.path.splitext(path)[1].lower()
    yield from pages_from_bytes(data, path, settings, fetcher, ext=ext)


def _read_stdin(stdin: BinaryIO | None, settings: Settings,
                fetcher: Fetcher) -> Iterator[Page | ItemError]:
    data = read_stdin(stdin, settings.max_page_bytes)
    yield from pages_from_bytes(data, "-", settings, fetcher, what="input")


def _read_url(url: str, settings: Settings, fetcher: Fetcher) -> Iterator[Page | ItemError]:
    got = fetcher.fetch(url)
    yield from pages_from_bytes(got.data, url, settings, fetcher, url=got.url,
                                content_type=got.content_type, charset=got.charset,
                                what="response")
