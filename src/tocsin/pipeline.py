"""Chains the stages.  Only this module wires one stage's output into the next."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from . import dates, ingest, segment
from .config import Settings
from .records import Article, ItemError, Page


def articles_from_pages(pages: Iterable[Page | ItemError]) -> Iterator[Article | ItemError]:
    """segment -> dates (publication date)."""
    for item in segment.run(pages):
        yield item if isinstance(item, ItemError) else dates.assign_published(item)


def articles(inputs: list[str], settings: Settings | None = None,
             stdin: BinaryIO | None = None) -> Iterator[Article | ItemError]:
    """ingest -> segment -> dates: every article in the inputs, plus per-item errors."""
    yield from articles_from_pages(ingest.read(inputs, settings=settings, stdin=stdin))
