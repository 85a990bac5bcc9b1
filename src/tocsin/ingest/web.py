"""HTTP(S) fetching with httpx: redirects, a byte cap, a deadline and one-line errors."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

import httpx

from ..config import Settings
from .errors import IngestError, too_large

_ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")


@dataclass(frozen=True)
class Fetched:
    url: str  # final URL, after redirects
    data: bytes
    content_type: str | None
    charset: str | None


def _why(exc: BaseException) -> str:
    """The underlying message ("Connection refused"), without "[Errno 111]"."""
    text = " ".join(str(exc).split())
    cause = exc.__cause__ or exc.__context__
    if not text and cause is not None:
        text = " ".join(str(cause).split())
    return _ERRNO.sub("", text) or type(exc).__name__


class Fetcher:
    """One httpx client shared by all fetches of a `read()` call (created on first use)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: httpx.Client | None = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            s = self.settings
            self._client = httpx.Client(
                timeout=s.fetch_timeout, follow_redirects=True, max_redirects=s.max_redirects,
                headers={"User-Agent": s.user_agent})
        return self._client

    def fetch(self, url: str) -> Fetched:
        """GET `url`; IngestError("HTTP 404 Not Found", "cannot connect (…)", …) on failure."""
        s = self.settings
        try:
            return self._get(url)
        except IngestError:
            raise
        except httpx.TimeoutException:
            raise IngestError(f"timed out after {s.fetch_timeout:g}s") from None
        except httpx.TooManyRedirects:
            raise IngestError(f"too many redirects (more than {s.max_redirects})") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise IngestError(f"invalid URL ({_why(exc)})") from None
        except httpx.ConnectError as exc:
            raise IngestError(f"cannot connect ({_why(exc)})") from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise IngestError(f"connection broken ({_why(exc)})") from None
        except httpx.DecodingError as exc:
            raise IngestError(f"cannot decode response ({_why(exc)})") from None
        except httpx.HTTPError as exc:
            raise IngestError(f"fetch failed ({_why(exc)})") from None

    def _get(self, url: str) -> Fetched:
        limit, timeout = self.settings.max_page_bytes, self.settings.fetch_timeout
        deadline = time.monotonic() + timeout
        with self.client.stream("GET", url) as resp:
            if not resp.is_success:
                phrase = resp.reason_phrase or ""
                raise IngestError(f"HTTP {resp.status_code} {phrase}".strip())
            length = resp.headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                raise too_large(limit)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise too_large(limit)
                if time.monotonic() > deadline:
                    raise IngestError(f"timed out after {timeout:g}s")
                chunks.append(chunk)
            ctype = resp.headers.get("content-type")
            return Fetched(url=str(resp.url), data=b"".join(chunks), content_type=ctype,
                           charset=resp.charset_encoding)
