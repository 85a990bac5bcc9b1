"""JSON and JSON Lines records -> one Page(kind="article") per record.

A record is an object ``{id?, text | html, title?, url?, published?, lang?}``.  Sources are
``path:LINE`` for JSON Lines and ``path#INDEX`` (0-based) for the items of a JSON list.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..records import ItemError, Page
from .errors import IngestError, unexpected
from .html import extract_article
from .pubdate import normalize_date


def _json_error(exc: json.JSONDecodeError, with_line: bool) -> str:
    where = f"line {exc.lineno}: " if with_line else ""
    return f"{where}not valid JSON ({exc.msg})"


def _opt_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise IngestError(f'record field "{key}" is not a string')
    value = str(value).strip()
    return value or None


def record_to_page(record: Any, source: str) -> Page:
    """One record as a Page; IngestError with a human reason when it cannot be used."""
    if not isinstance(record, dict):
        raise IngestError(f"record is not a JSON object (got {type(record).__name__})")
    text, html = record.get("text"), record.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise IngestError(f'record field "{key}" is not a string')
    url = _opt_str(record, "url")
    title = _opt_str(record, "title")
    published = record.get("published")
    if isinstance(published, (dict, list)):
        published = None
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        raise IngestError('record field "id" is not a string or an integer')
    lang = record.get("lang") if isinstance(record.get("lang"), str) else None
    if text and text.strip():
        # NUL characters would glue sentences together in the parser
        body, extracted = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " "), None
    elif html and html.strip():
        extracted = extract_article(html, source, url)
        body = extracted.text
    else:
        raise IngestError('record has no "text" or "html"')
    return Page(
        source=source, text=body, kind="article",
        id=None if record_id is None else str(record_id),
        url=url or (extracted.url if extracted else None),
        title=title or (extracted.title if extracted else None),
        published=normalize_date(published) or (extracted.published if extracted else None),
        lang=lang or None,
        outlet=_opt_str(record, "outlet") or _opt_str(record, "source_name")
        or (extracted.outlet if extracted else None),
    )


def _guarded(record: Any, source: str) -> Page | ItemError:
    try:
        return record_to_page(record, source)
    except IngestError as exc:
        return ItemError(source, exc.reason)
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop the file
        return ItemError(source, unexpected(exc))


def parse_jsonl(text: str, source: str) -> Iterator[Page | ItemError]:
    """One record per line; a broken line is an ItemError and reading goes on."""
    seen = False
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        seen = True
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ItemError(where, _json_error(exc, with_line=False))
            continue
        yield _guarded(record, where)
    if not seen:
        raise IngestError("empty file")


def parse_json(text: str, source: str) -> Iterator[Page | ItemError]:
    """A single record, or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(_json_error(exc, with_line=True)) from None
    if isinstance(data, dict):
        yield _guarded(data, source)
    elif isinstance(data, list):
        if not data:
            raise IngestError("JSON list holds no records")
        for index, record in enumerate(data):
            yield _guarded(record, f"{source}#{index}")
    else:
        raise IngestError("JSON is not an object or a list of objects")
