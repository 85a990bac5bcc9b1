"""Who published an article when the input does not say: the name a wire dateline puts in
parentheses ("BEIRUT (Levant Wire) - ...", "Nov 3 (Reuters) - ..."), else the URL's host.
The patterns are data: the `outlet` section of data/segment/chrome.yaml."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from .. import yamlfile


@lru_cache(maxsize=None)
def outlet_rules() -> tuple[tuple[re.Pattern, ...], re.Pattern]:
    """(dateline patterns with an `outlet` group, host prefix to drop), compiled once."""
    src = resources.files("tocsin") / "data" / "segment" / "chrome.yaml"
    raw = yamlfile.safe_load(src.read_text(encoding="utf-8"))["outlet"]
    return tuple(re.compile(p) for p in raw["dateline"]), re.compile(raw["host_prefix"], re.IGNORECASE)


def dateline_outlet(text: str) -> str | None:
    """The outlet named in a dateline at the very start of the text."""
    head = text.lstrip()[:200]
    for pattern in outlet_rules()[0]:
        found = pattern.match(head)
        if found:
            return " ".join(found.group("outlet").split())
    return None


def host_outlet(url: str | None) -> str | None:
    """The URL's host without "www." and the like; None for no URL or a hostless one."""
    if not url:
        return None
    try:
        host = urlparse(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return outlet_rules()[1].sub("", host) or host


def find_outlet(text: str, url: str | None) -> str | None:
    return dateline_outlet(text) or host_outlet(url)
