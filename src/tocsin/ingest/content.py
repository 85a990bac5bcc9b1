"""Bytes of one input (file, stdin or HTTP response) -> pages, by sniffed content kind."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..config import Settings
from ..records import ItemError, Page
from .decode import FEED, HTML, JSON, JSONL, decode, sniff
from .feeds import parse_feed
from .html import extract_article
from .records_json import parse_json, parse_jsonl

if TYPE_CHECKING:
    from .web import Fetcher


def pages_from_bytes(data: bytes, source: str, settings: Settings, fetcher: "Fetcher", *,
                     ext: str | None = None, url: str | None = None,
                     content_type: str | None = None, charset: str | None = None,
                     what: str = "file") -> Iterator[Page | ItemError]:
    text = decode(data, charset, what=what)
    kind = sniff(text, ext, content_type)
    if kind == FEED:
        yield from parse_feed(data, source, settings, fetcher, url=url, content_type=content_type)
    elif kind == HTML:
        yield extract_article(text, source, url)
    elif kind == JSONL:
        yield from parse_jsonl(text, source)
    elif kind == JSON:
        yield from parse_json(text, source)
    else:
        yield Page(source=source, text=text, kind="text", url=url)
