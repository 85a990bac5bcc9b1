"""Line roles from data/segment/chrome.yaml: which lines are site chrome, which close an
article, which start the page footer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import yamlfile

ROLES = ("chrome", "end", "footer")


@dataclass(frozen=True)
class ChromeRule:
    group: str
    role: str
    pattern: re.Pattern
    max_words: int | None


@lru_cache(maxsize=None)
def chrome_rules(path: str | None = None) -> tuple[ChromeRule, ...]:
    """Compiled rules, in file order; `path` swaps in another rules file (tests)."""
    src = resources.files("tocsin") / "data" / "segment" / "chrome.yaml" if path is None else Path(path)
    raw = yamlfile.safe_load(src.read_text(encoding="utf-8"))
    rules = []
    for grp in raw["groups"]:
        if grp["role"] not in ROLES:
            raise ValueError(f"chrome group {grp['id']}: unknown role {grp['role']!r}")
        flags = 0 if grp.get("case_sensitive") else re.IGNORECASE
        for pat in grp["patterns"]:
            rules.append(ChromeRule(grp["id"], grp["role"], re.compile(pat, flags), grp.get("max_words")))
    return tuple(rules)


def line_role(line: str, rules: tuple[ChromeRule, ...] | None = None) -> tuple[str, str] | None:
    """(role, group id) of the first rule matching the stripped line, or None for content."""
    text = line.strip()
    words = len(text.split())
    for rule in rules or chrome_rules():
        if rule.max_words is not None and words > rule.max_words:
            continue
        if rule.pattern.search(text):
            return rule.role, rule.group
    return None
