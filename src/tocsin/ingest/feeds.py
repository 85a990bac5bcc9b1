"""RSS/Atom feeds -> one Page(kind="article") per entry (feedparser).

An entry's source is ``feed#INDEX`` (0-based).  When an entry carries only a short summary
and `feed_fetch_links` is on, its link is fetched and the article extracted from that page;
if that fails an ItemError is yielded and the summary is kept (when there is one).
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import feedparser

from ..config import Settings
from ..records import ItemError, Page
from .decode import decode, looks_html
from .errors import IngestError, unexpected
from .html import extract_article, fragment_to_text
from .local import is_url
from .pubdate import normalize_date

if TYPE_CHECKING:
    from .web import Fetcher

SHORT_SUMMARY = 400  # entries with less text than this are summaries, not articles


def _lang(code: Any) -> str | None:
    if not isinstance(code, str) or not code.strip():
        return None
    return code.strip().replace("_", "-").split("-")[0].lower() or None


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks and its summary, as plain text."""
    candidates = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    elif entry.get("summary"):
        candidates.append({"value": entry["summary"], "type": "text/html"})
    best = ""
    for block in candidates:
        value = block.get("value") or ""
        kind = (block.get("type") or "text/html").lower()
        text = fragment_to_text(value) if "html" in kind or "xml" in kind else fragment_to_text(
            value.replace("&", "&amp;").replace("<", "&lt;"))
        if len(text) > len(best):
            best = text
    return best


def _published(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        found = normalize_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        found = normalize_date(entry.get(key))
        if found:
            return found
    return None


def parse_feed(data: bytes, source: str, settings: Settings, fetcher: "Fetcher",
               url: str | None = None, content_type: str | None = None) -> Iterator[Page | ItemError]:
    headers = {}
    if url:
        headers["content-location"] = url
    if content_type:
        headers["content-type"] = content_type
    # A stream, never bytes/str: feedparser would treat a string as a path or URL to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(why).split())[:120]})" if why else ""
        raise IngestError(f"not a valid RSS/Atom feed{detail}")
    if not parsed.entries:
        raise IngestError("feed has no entries")
    lang = _lang(parsed.feed.get("language"))
    outlet = " ".join((parsed.feed.get("title") or "").split()) or None
    for index, entry in enumerate(parsed.entries):
        where = f"{source}#{index}"
        try:
            for item in _entry_pages(entry, where, lang, settings, fetcher):
                yield replace(item, outlet=outlet) if isinstance(item, Page) and outlet else item
        except IngestError as exc:
            yield ItemError(exc.source or where, exc.reason)
        except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the feed
            yield ItemError(where, unexpected(exc))


def _entry_pages(entry: Any, source: str, lang: str | None, settings: Settings,
                 fetcher: "Fetcher") -> Iterator[Page | ItemError]:
    link = (entry.get("link") or "").strip() or None
    entry_id = (entry.get("id") or entry.get("guid") or link or "").strip() or None
    title = " ".join((entry.get("title") or "").split()) or None
    published = _published(entry)
    text = _entry_text(entry)
    if len(text) < SHORT_SUMMARY and settings.feed_fetch_links and link and is_url(link):
        try:
            article = fetch_article(link, fetcher)
        except IngestError as exc:
            fallback = "using the feed summary" if text else "entry skipped"
            yield ItemError(link, f"{exc.reason} (feed entry {source}; {fallback})")
        else:
            yield Page(source=source, text=article.text, kind="article", id=entry_id,
                       url=article.url or link, title=title or article.title,
                       published=published or article.published, lang=lang)
            return
    if not text:
        if not settings.feed_fetch_links and link:
            raise IngestError("feed entry has no text (and feed_fetch_links is off)")
        raise IngestError("feed entry has no text")
    yield Page(source=source, text=text, kind="article", id=entry_id, url=link, title=title,
               published=published, lang=lang)


def fetch_article(link: str, fetcher: "Fetcher") -> Page:
    """Fetch an entry's link and extract its article (HTML pages only)."""
    got = fetcher.fetch(link)
    ctype = (got.content_type or "").split(";")[0].strip().lower()
    text = decode(got.data, got.charset, what="response")
    if ctype not in ("text/html", "application/xhtml+xml") and not looks_html(text):
        raise IngestError(f"linked page is not HTML ({ctype or 'unknown type'})")
    return extract_article(text, link, got.url)

