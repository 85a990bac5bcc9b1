"""Loads the per-language date lexicons (data/lexicons/<lang>/dates.yaml) once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .. import yamlfile


@dataclass(frozen=True)
class DateLexicon:
    lang: str
    months: dict[str, int]  # surface form (lower case) -> month number
    month_parts: dict[str, tuple[int, int]]
    weekdays: tuple[str, ...]
    relative_days: dict[str, int]
    units: dict[str, int]
    continuation_cues: tuple[str, ...] = ()
    earlier_marks: tuple[str, ...] = ()  # "after": the clause it opens happened before the sentence's day
    recent_days: dict[str, int] = field(default_factory=dict)  # "in recent weeks": how far back
    year_parts: dict[str, tuple[int, int]] = field(default_factory=dict)  # "late 2018": months
    past_cues: tuple[str, ...] = ()  # "in the past": an undated event that is background
    named_conflict_nouns: tuple[str, ...] = ()  # "the front line of the 1975-1990 civil war": a war's name
    easter_feasts: dict[str, int] = field(default_factory=dict)  # "Maundy Thursday": days from Easter Sunday
    anniversary_words: tuple[str, ...] = ()  # "five years ago today": the same calendar day (dates/relative.py)
    last_before: tuple[str, ...] = ()  # "last Monday", "el pasado jueves": the weekday before
    last_after: tuple[str, ...] = ()  # "jeudi dernier", "el jueves pasado"
    # vague periods (dates/periods.py): seasons, fractions of a year, weeks, holidays
    seasons: dict[str, tuple[int, int]] = field(default_factory=dict)
    season_bare_ok: tuple[str, ...] = ()
    year_fractions: dict[str, tuple[int, int]] = field(default_factory=dict)
    bare_fractions: dict[str, tuple[int, int]] = field(default_factory=dict)  # "au premier trimestre (2023)"
    month_in_words: tuple[str, ...] = ("in", "during", "throughout")  # "in January": that month (event_dates.py)
    months_lowercase: bool = False  # month names written in lower case ("en janvier"): no verb among them
    week_ordinals: dict[str, int] = field(default_factory=dict)
    anaphoric_month_words: tuple[str, ...] = ()  # "That September": the month in the story's year
    week_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    decade_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    previous_words: tuple[str, ...] = ()
    current_words: tuple[str, ...] = ()
    range_joiners: tuple[str, ...] = ()
    range_openers: tuple[str, ...] = ()
    hour_units: tuple[str, ...] = ()
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)
    holiday_things: tuple[str, ...] = ()  # "the giant Christmas tree": a thing named after the day, no date
    # story dates (dates/story.py): "during the month", "in the days before the assault"
    anaphoric_periods: dict[str, tuple[str, ...]] = field(default_factory=dict)
    story_windows: dict[str, tuple[int, int]] = field(default_factory=dict)
    day_shifts: dict[str, int] = field(default_factory=dict)  # "the following morning": +1 day
    following_words: tuple[str, ...] = ()  # "the following March": the March after the told date
    # date texts of a stretch over which a figure adds up ("between 1 and 23 February", "over the
    # past week"), not of the moment one event happened ("last week", "late last month")
    stretch_patterns: tuple[str, ...] = ()
    season_background_days: int | None = None  # a season over this long before is background
    referring_event_nouns: tuple[str, ...] = ()  # "The attack took place Monday" (dates/referback.py)
    occurrence_verbs: tuple[str, ...] = ()
    toll_words: tuple[str, ...] = ()  # a statement's toll of the story's event (dates/story.py)
    toll_gap_days: int = 0
    report_period_cues: tuple[str, ...] = ()
    other_event_leads: tuple[str, ...] = ()  # "in connection with Monday's attack": another event's day  # "Reporting period: ..." (dates/report_period.py)

    @property
    def month_alt(self) -> str:
        """Regex alternation of month names, longest first so "sept" beats "sep"."""
        names = sorted(self.months, key=len, reverse=True)
        return "|".join(re.escape(n) for n in names)


def _read(lang: str) -> dict:
    path = resources.files("tocsin") / "data" / "lexicons" / lang / "dates.yaml"
    return yamlfile.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def date_lexicon(lang: str = "en") -> DateLexicon:
    raw = _read(lang)
    months = {name.lower(): int(num) for num, names in raw["months"].items() for name in names}
    return DateLexicon(
        lang=lang,
        months=months,
        month_parts={k: tuple(v) for k, v in (raw.get("month_parts") or {}).items()},
        weekdays=tuple(raw.get("weekdays") or ()),
        relative_days=dict(raw.get("relative_days") or {}),  # tried in this order
        units=dict(raw.get("units") or {}),
        continuation_cues=tuple(raw.get("continuation_cues") or ()),
        earlier_marks=tuple(raw.get("earlier_marks") or ()),
        recent_days=dict(raw.get("recent_days") or {}),
        year_parts={k: tuple(v) for k, v in (raw.get("year_parts") or {}).items()},
        past_cues=tuple(raw.get("past_cues") or ()),
        last_before=tuple(raw.get("last_before") or ()),
        last_after=tuple(raw.get("last_after") or ()),
        seasons=_pairs(raw, "seasons"),
        season_bare_ok=tuple(raw.get("season_bare_ok") or ()),
        year_fractions=_pairs(raw, "year_fractions"),
        bare_fractions=_pairs(raw, "bare_fractions"),
        month_in_words=tuple(raw.get("month_in_words") or ("in", "during", "throughout")),
        months_lowercase=bool(raw.get("months_lowercase")),
        week_ordinals=dict(raw.get("week_ordinals") or {}),
        anaphoric_month_words=tuple(raw.get("anaphoric_month_words") or ()),
        week_parts=_pairs(raw, "week_parts"),
        decade_parts=_pairs(raw, "decade_parts"),
        previous_words=tuple(raw.get("previous_words") or ()),
        current_words=tuple(raw.get("current_words") or ()),
        range_joiners=tuple(raw.get("range_joiners") or ()),
        range_openers=tuple(raw.get("range_openers") or ()),
        hour_units=tuple(raw.get("hour_units") or ()),
        holidays=_pairs(raw, "holidays"),
        holiday_things=tuple(raw.get("holiday_things") or ()),
        anaphoric_periods={k: tuple(v) for k, v in (raw.get("anaphoric_periods") or {}).items()},
        story_windows=_pairs(raw, "story_windows"),
        day_shifts=dict(raw.get("day_shifts") or {}),
        following_words=tuple(raw.get("following_words") or ()),
        stretch_patterns=tuple(raw.get("stretch_patterns") or ()),
        season_background_days=raw.get("season_background_days"),
        referring_event_nouns=tuple(raw.get("referring_event_nouns") or ()),
        occurrence_verbs=tuple(raw.get("occurrence_verbs") or ()),
        toll_words=tuple(raw.get("toll_words") or ()),
        toll_gap_days=int(raw.get("toll_gap_days") or 0),
        report_period_cues=tuple(raw.get("report_period_cues") or ()),
        other_event_leads=tuple(raw.get("other_event_leads") or ()),
        named_conflict_nouns=tuple(raw.get("named_conflict_nouns") or ()),
        easter_feasts={k: int(v) for k, v in (raw.get("easter_feasts") or {}).items()},
        anniversary_words=tuple(raw.get("anniversary_words") or ()),
    )


def _pairs(raw: dict, key: str) -> dict[str, tuple[int, int]]:
    return {k: tuple(v) for k, v in (raw.get(key) or {}).items()}


@lru_cache(maxsize=None)
def all_date_lexicons() -> tuple[DateLexicon, ...]:
    langs = [p.name for p in (resources.files("tocsin") / "data" / "lexicons").iterdir()
             if (p / "dates.yaml").is_file()]
    return tuple(date_lexicon(lang) for lang in sorted(langs))
