"""HTML -> one clean article (trafilatura), and HTML fragments (feed entries) -> text."""
from __future__ import annotations

import re
from datetime import date

import lxml.html
import trafilatura

from ..records import Page
from .errors import IngestError
from .pubdate import normalize_date

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
MIN_WORDS = 5
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.I)


def _date_params() -> dict:
    # Dates from markup only (meta tags, <time>, JSON-LD, URL): no guessing from free text.
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def _clean_text(text: str) -> str:
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _drop_title_line(text: str, title: str | None) -> str:
    """An <h1> inside <article> comes back as the text's first line: the title is kept apart in
    `title` (as for plain-text pages), so the headline is not coded twice."""
    first, sep, rest = text.partition("\n")
    if title and sep and rest.strip() and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return text


def extract_article(html: str, source: str, url: str | None = None) -> Page:
    """The main article of an HTML page as Page(kind="article"); IngestError if none."""
    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str input with an encoding declaration
    if not _DOCUMENT.search(html[:4096]):
        html = f"<html><body>{html}</body></html>"  # trafilatura drops bare fragments
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params=_date_params())
    text = _clean_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.split()) < MIN_WORDS:  # nothing, or a stray menu label such as "Home"
        raise IngestError("no article text found in HTML")
    title = (doc.title or "").strip() or None
    text = _drop_title_line(text, title)
    return Page(source=source, text=text, kind="article", url=url or doc.url or None,
                title=title, published=normalize_date(doc.date),
                outlet=(getattr(doc, "sitename", None) or "").strip() or None)


_BLOCKS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "pre", "tr", "table", "section", "article", "header", "footer", "figure", "figcaption",
           "dd", "dt", "hr")


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (one line per block element)."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment and "&" not in fragment:
        return _clean_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _clean_text(re.sub(r"<[^>]+>", " ", fragment))
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    return _clean_text(root.text_content())
