"""Bytes -> text (binary check, BOMs, declared charset, UTF-8, detection) and type sniffing."""
from __future__ import annotations

import codecs
import json
import re

import charset_normalizer

from .errors import IngestError

# Kinds of content the ingest stage knows how to turn into pages.
TEXT, HTML, FEED, JSON, JSONL = "text", "html", "feed", "json", "jsonl"

EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".json": JSON, ".jsonl": JSONL, ".ndjson": JSONL,
    ".xml": FEED, ".rss": FEED, ".atom": FEED,
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, LF, VT, FF, CR and ESC, plus DEL.
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 27)) | frozenset(range(28, 32)) | {127}
_SAMPLE = 8192
# Western encodings win ties: charset-normalizer cannot tell cp1252 from cp1250 on short text.
_PREFERRED = {"utf_8": 0.04, "cp1252": 0.03, "latin_1": 0.01, "iso8859_15": 0.01}


def looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > max(2, len(sample) // 20)


def _detect(data: bytes) -> str:
    results = list(charset_normalizer.from_bytes(data[:1_000_000]))
    if not results:
        return data.decode("utf-8", errors="replace")
    best_chaos = min(r.chaos for r in results)
    close = [r for r in results if r.chaos <= best_chaos + 0.01]
    pick = max(close, key=lambda r: r.coherence + _PREFERRED.get(r.encoding, 0.0))
    return data.decode(pick.encoding, errors="replace")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # As browsers do (WHATWG): pages labelled latin-1/ascii are really windows-1252.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The encoding named in an XML declaration or an HTML <meta> tag, if any."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, charset: str | None = None, what: str = "file") -> str:
    """Decode bytes to text with "\\n" newlines; IngestError if empty or binary."""
    if not data:
        raise IngestError(f"empty {what}")
    text = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            break
    declared = _codec(charset)
    if text is None and declared and declared.startswith(("utf-16", "utf-32")):
        text = data.decode(declared, errors="replace")
    if text is None:
        if looks_binary(data):
            raise IngestError(f"binary {what} (not text)")
        # Strict UTF-8 first: it almost never succeeds on text in another encoding.
        for enc in ("utf-8", declared, _codec(declared_charset(data))):
            if enc:
                try:
                    text = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
        if text is None:
            text = _detect(data)
    text = normalize_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        raise IngestError(f"empty {what}")
    return text


_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>/]")
_HTML_ROOT = re.compile(r"<html[\s>]|<!doctype\s+html")
_HTML_TAG = re.compile(
    r"<(?:p|div|br|span|a|h[1-6]|body|head|title|meta|article|section|table|li|ul|img|script|link)\b[^>]*>")
_JSON_START = re.compile(r"^\s*(?:\{\s*(?:\"|\})|\[\s*(?:\{|\[|\"|\]|-?\d|true|false|null))")


def looks_feed(text: str) -> bool:
    head = text[:4096].lower()
    feed = _FEED_ROOT.search(head)
    if not feed:
        return False
    html = _HTML_ROOT.search(head)
    return html is None or feed.start() < html.start()


def looks_html(text: str) -> bool:
    head = text[:4096].lower()
    return bool(_HTML_ROOT.search(head)) or len(_HTML_TAG.findall(head)) >= 5


def _json_kind(text: str) -> str:
    try:
        json.loads(text)
        return JSON
    except ValueError:
        pass
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1:
        try:
            if isinstance(json.loads(lines[0]), dict):
                return JSONL
        except ValueError:
            pass
    return JSON


def sniff(text: str, ext: str | None = None, content_type: str | None = None) -> str:
    """The kind of content: by file extension, then HTTP content type, then content."""
    kind = EXTENSIONS.get((ext or "").lower())
    if kind == FEED:
        return HTML if looks_html(text) and not looks_feed(text) else FEED
    if kind:
        return kind
    ctype = (content_type or "").split(";")[0].strip().lower()
    if looks_feed(text):
        return FEED
    if ctype in ("text/html", "application/xhtml+xml"):
        return HTML
    if ctype in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return JSONL
    if ctype == "application/json" or ctype.endswith("+json"):
        return _json_kind(text)
    if looks_html(text):
        return HTML
    if _JSON_START.match(text):
        return _json_kind(text)
    return TEXT
