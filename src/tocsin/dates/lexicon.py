"""Loads the per-language date lexicons (data/lexicons/<lang>/dates.yaml) once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class DateLexicon:
    lang: str
    months: dict[str, int]  # surface form (lower case) -> month number
    month_parts: dict[str, tuple[int, int]]
    weekdays: tuple[str, ...]
    relative_days: dict[str, int]
    units: dict[str, int]
    continuation_cues: tuple[str, ...] = ()
    recent_days: dict[str, int] = field(default_factory=dict)  # "in recent weeks": how far back
    year_parts: dict[str, tuple[int, int]] = field(default_factory=dict)  # "late 2018": months
    past_cues: tuple[str, ...] = ()  # "in the past": an undated event that is background
    last_before: tuple[str, ...] = ()  # "last Monday", "el pasado jueves": the weekday before
    last_after: tuple[str, ...] = ()  # "jeudi dernier", "el jueves pasado"

    @property
    def month_alt(self) -> str:
        """Regex alternation of month names, longest first so "sept" beats "sep"."""
        names = sorted(self.months, key=len, reverse=True)
        return "|".join(re.escape(n) for n in names)


def _read(lang: str) -> dict:
    path = resources.files("tocsin") / "data" / "lexicons" / lang / "dates.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def date_lexicon(lang: str = "en") -> DateLexicon:
    raw = _read(lang)
    months = {name.lower(): int(num) for num, names in raw["months"].items() for name in names}
    return DateLexicon(
        lang=lang,
        months=months,
        month_parts={k: tuple(v) for k, v in (raw.get("month_parts") or {}).items()},
        weekdays=tuple(raw.get("weekdays") or ()),
        relative_days=dict(raw.get("relative_days") or {}),
        units=dict(raw.get("units") or {}),
        continuation_cues=tuple(raw.get("continuation_cues") or ()),
        recent_days=dict(raw.get("recent_days") or {}),
        year_parts={k: tuple(v) for k, v in (raw.get("year_parts") or {}).items()},
        past_cues=tuple(raw.get("past_cues") or ()),
        last_before=tuple(raw.get("last_before") or ()),
        last_after=tuple(raw.get("last_after") or ()),
    )


@lru_cache(maxsize=None)
def all_date_lexicons() -> tuple[DateLexicon, ...]:
    langs = [p.name for p in (resources.files("tocsin") / "data" / "lexicons").iterdir()
             if (p / "dates.yaml").is_file()]
    return tuple(date_lexicon(lang) for lang in sorted(langs))
