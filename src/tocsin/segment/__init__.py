"""Segment stage: Page -> Article (drops site chrome, splits multi-article pages, names the outlet
when the input did not: segment/outlet.py)."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from ..records import Article, ItemError, Page
from .language import detect_language
from .outlet import find_outlet
from .split import Segment, split_page

__all__ = ["run", "page_articles", "split_page", "detect_language", "content_id"]


def content_id(title: str | None, text: str) -> str:
    """Stable id from the content: the same article text gives the same id."""
    return hashlib.sha1(f"{title or ''}\n{text}".encode("utf-8")).hexdigest()[:16]


def page_articles(page: Page) -> list[Article]:
    """The articles on one page.  A page that is already one article is kept whole."""
    if page.kind == "text":
        segments = split_page(page.text)
    else:
        segments = [Segment(title=page.title, paragraphs=[page.text.strip()])]
    out = []
    seen: set[tuple[str | None, str]] = set()
    for seg in segments:
        text = "\n\n".join(seg.paragraphs)
        title = seg.title if page.kind == "text" else page.title
        if not text.strip() or (title, text) in seen:
            continue  # the same teaser shown twice on a page is one article
        seen.add((title, text))
        single = page.kind != "text" or len(segments) == 1
        art_id = page.id if (page.id and single) else content_id(title, text)
        out.append(Article(
            id=art_id, source=page.source, url=page.url, title=title, text=text,
            published=page.published if single else None, published_inferred=False,
            lang=page.lang or detect_language(f"{title or ''}\n{text}"),
            dateline=seg.dateline, outlet=page.outlet or find_outlet(text, page.url),
        ))
    return out


def run(pages: Iterable[Page | ItemError]) -> Iterator[Article | ItemError]:
    """Articles of every page; a page with no article text becomes an ItemError."""
    for page in pages:
        if isinstance(page, ItemError):
            yield page
            continue
        arts = page_articles(page)
        if not arts:
            yield ItemError(page.source, "no article text found on the page")
        yield from arts
