"""Publication dates from records and feeds, normalised to ISO YYYY-MM-DD (or None)."""
from __future__ import annotations

import re
import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
            "%d %B, %Y", "%A, %d %B %Y", "%A, %B %d, %Y")


def _ymd(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def normalize_date(value: Any) -> str | None:
    """YYYY-MM-DD for a date-like value (ISO, RFC 822, "2 March 2024", epoch seconds), else None.

    A timestamp with a UTC offset keeps the publisher's local calendar date.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, time.struct_time):
        return _ymd(str(value.tm_year), str(value.tm_mon), str(value.tm_mday))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value  # milliseconds
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    m = _YMD.match(text) or _COMPACT.match(text)
    if m:
        return _ymd(*m.groups()[:3])
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", " ".join(text.split()))
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None
