"""The one exception used inside the ingest stage; `read()` turns it into an ItemError."""
from __future__ import annotations

import errno


class IngestError(Exception):
    """A per-item failure with a one-line human reason (and optionally its own source)."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source


_OS_REASONS = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "not a directory",
    errno.ENAMETOOLONG: "file name too long",
    errno.ELOOP: "too many levels of symbolic links",
}


def os_reason(exc: OSError) -> str:
    """A short lower-case reason for an OSError, without the path or errno number."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    text = exc.strerror or str(exc) or type(exc).__name__
    return text[:1].lower() + text[1:]


def too_large(limit: int) -> IngestError:
    return IngestError(f"larger than {limit} bytes (max_page_bytes)")


def unexpected(exc: BaseException) -> str:
    """Reason for an exception nobody anticipated (still one line, never a traceback)."""
    text = " ".join(str(exc).split())[:200]
    return f"unexpected error: {type(exc).__name__}" + (f": {text}" if text else "")
