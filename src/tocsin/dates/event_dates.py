"""The date of a coded event, from its own sentence, else from its paragraph, else the
article's publication date (docs/dates.md, "Event dates").

- "On 28 January" in an article of 5 February 2020 -> 2020-01-28 (year-less days resolve
  against the publication date: a January article's "15 December" is last December);
- "since the end of April 2019" -> a range from 2019-04-21 to the publication date;
- "over the past nine months", "in the last two weeks" -> a range ending at publication;
- "yesterday", "last week", "on Monday" -> relative to publication;
- a sentence with no date takes the last date written before it in its paragraph
  ("Subsequently, Turkey sent ..."), unless that date is background more than a year old
  ("the heaviest loss since its 2018 operation. Lawmakers demanded ..." is news of today),
  and failing that the publication date, with precision "unknown".  `basis` says which of
  the three it was.

A factual event that ended more than a year before publication ("Syria first sent its troops
into Lebanon in the 1970s") is background: its modality becomes "historical".
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from dataclasses import replace
from datetime import date, timedelta

from ..records import Article, CodedEvent, DateSpan
from .headings import is_entry_prefix, under_heading
from .lexicon import date_lexicon
from .parse import find_dates, has_lexicon, resolve_yearless, to_date
from .periods import COMPARISON, explicit_periods
from .relative import _iso, _month_end, relative_words
from .shifts import _cue, _day_before_if_after, _following, _gap_before_clause, _shift_later, other_events_days

# "expired on Jan. 9, and the next day ELN fighters bombed ...": a clause's own shift from its sentence's day
_NEXT_DAY = re.compile(r"\b(?:the|on the) (?:next|following) (?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
HISTORICAL_DAYS = 365  # a factual event ending this long before publication is background


def _resolve(span: DateSpan, ref: date | None) -> tuple[date, date] | None:
    if not span.yearless:
        s, e = to_date(span.start), to_date(span.end)
        return (s, e) if s and e else None
    if ref is None:
        return None
    month, day = span.extra["month"], span.extra["day"]
    end_day = span.extra.get("day_end")
    if end_day:  # part of a month ("the end of February"): the year of the month's first day,
        year = resolve_yearless(month, 1, ref).year  # so a February article's "end of February" is this one
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(day, last)), date(year, month, min(end_day, last))
    start = resolve_yearless(month, day, ref)
    end = start
    if end < start:
        end = start
    return start, end


def date_of_text(text: str, ref: date | None, lang: str = "en") -> dict | None:
    """The event date a piece of text states, or None (also when the arithmetic leaves the
    calendar: "founded 5000 years ago", a publication date in year 9999)."""
    try:
        return _date_of_text(text, ref, lang)
    except (OverflowError, ValueError):
        return None


def _month_start(month: int, ref: date, year: int | None) -> date:
    """The first day of a named month: in `year`, else the latest one not after `ref`."""
    if year is None:
        year = ref.year if month <= ref.month else ref.year - 1
    return date(year, month, 1)


def _year_of(words: str | None, ref: date) -> int | None:
    if not words:
        return None
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    return ref.year - 1 if words == "last year" else ref.year if words == "this year" else None


@lru_cache(maxsize=None)
def _month_names(lang: str) -> str:
    """The language's month names (longest first), capitalised (as written in lower case where the
    language writes them so: "en janvier"), as one regular-expression choice."""
    lex = date_lexicon(lang)
    return "|".join(re.escape(n if lex.months_lowercase else n.capitalize())
                    for n in sorted(lex.months, key=len, reverse=True) if len(n) > 2)


def _month_phrase(text: str, ref: date | None, lang: str, since: bool = False) -> dict | None:
    """Bare month names in a period: "since the offensive began in December", "between April
    and July last year", "since December 2019" (a capitalised month name, so "may" is a verb)."""
    if ref is None:
        return None
    lex = date_lexicon(lang)
    names = _month_names(lang)
    year = r"(?:\s+(?:de\s+|del\s+)?(\d{4}|last year|this year))?"  # "julio de 2019"
    m = re.search(rf"\b[Bb]etween\s+({names})\.?{year}\s+and\s+({names})\.?{year}\b", text)
    if m:
        y2 = _year_of(m.group(4), ref)
        end_start = _month_start(lex.months[m.group(3).lower()], ref, y2)
        m1 = lex.months[m.group(1).lower()]
        start = _month_start(m1, ref, _year_of(m.group(2), ref) or (end_start.year if m1 <= end_start.month
                                                                    else end_start.year - 1))
        return {"start": _iso(start), "end": _iso(min(_month_end(end_start), ref)), "precision": "range",
                "text": m.group(0)}
    if not since:
        return None
    m = re.search(rf"\b(?i:last)\s+({names})\b", text)
    if m:  # "last June": the latest June before this month
        month = lex.months[m.group(1).lower()]
        start = _month_start(month, ref, ref.year - 1 if month >= ref.month else ref.year)
        return {"start": _iso(start), "end": _iso(_month_end(start)), "precision": "month", "text": m.group(0)}
    m = re.search(rf"\b(?i:{'|'.join(map(re.escape, lex.month_in_words))})\s+({names})\.?{year}\b(?!\s*\d)", text)
    if m and not re.search(r"\b(?:since|from)\b[^.;:]{0,45}$", text[:m.start()], re.IGNORECASE):
        start = _month_start(lex.months[m.group(1).lower()], ref, _year_of(m.group(2), ref))
        if start <= ref:
            return {"start": _iso(start), "end": _iso(min(_month_end(start), ref)), "precision": "month",
                    "text": m.group(0)}
    m = re.search(rf"\b(?i:since|from)\b[^.;:]{{0,45}}?\b({names})\.?{year}\b", text)
    if m and COMPARISON.search(text[max(0, m.start() - 60):m.start()]):
        m = None  # "the most intense bombardment since the August truce": a comparison, no period
    if m and not re.match(r"\.?\s*\d", text[m.end():]):  # "since December 5" is a day
        start = _month_start(lex.months[m.group(1).lower()], ref, _year_of(m.group(2), ref))
        if start <= ref:
            return {"start": _iso(start), "end": _iso(ref), "precision": "range", "text": m.group(0)}
    return None


RELATIVE_CLAUSE = re.compile(r",\s+(?:whose|which|who)\b", re.IGNORECASE)


def _date_of_text(text: str, ref: date | None, lang: str) -> dict | None:
    """The sentence's date; one told only inside a relative clause ("clashed on Friday with
    guards of leaders whose mandate expired earlier this month") gives way to the main
    clause's own."""
    text = _unnamed_wars(text, lang)
    found = _date_of_words(text, ref, lang)
    m = RELATIVE_CLAUSE.search(text)
    said = (found or {}).get("text") or ""
    if m and said and text.lower().find(said.lower()) > m.start():
        main = _date_of_words(text[:m.start()], ref, lang)
        if main is not None:
            return main
        if re.search(r"\bsince\s+$", text[:text.lower().find(said.lower())], re.IGNORECASE):
            return None  # "retook the airport, which rebels had held since early this month": the hold's start
    if found is not None and found.get("precision") == "day" and _statement_time(text, found):
        # "said on Tuesday that a strike a day earlier killed five": from the statement's day
        rest = text[text.lower().index(said.lower()) + len(said):]
        found = _shift_later(found, rest, lang)
    return found


def _unnamed_wars(text: str, lang: str) -> str:
    """The years that name a war after "of the" blanked ("took place on the old front line of the
    1975-1990 civil war": the war's name, not the clashes' date; dates.yaml `named_conflict_nouns`)."""
    pattern = _war_years(lang)
    if pattern is None or not re.search(r"\b(?:1[89]|20)\d\d\b", text):
        return text
    return pattern.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " " * len(m.group(1)), text)


@lru_cache(maxsize=None)
def _war_years(lang: str) -> re.Pattern | None:
    nouns = date_lexicon(lang).named_conflict_nouns
    if not nouns:
        return None
    names = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(r"\bof the ((?:1[89]|20)\d\d(?:\s*[-–]\s*(?:1[89]|20)?\d\d)?)(?=\s+(?:[A-Za-z-]+\s+){0,2}(?:%s)\b)" % names,
                      re.IGNORECASE)


LAST_YEAR = re.compile(r"\s+(last|this) year\b", re.IGNORECASE)


def _in_year(day: date, year: int) -> date:
    return day.replace(year=year) if not (day.month == 2 and day.day == 29) else date(year, 2, 28)


def easter(year: int) -> date:
    """Easter Sunday of `year` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (h + m - 7 * ((a + 11 * h + 19 * m) // 433) + 90) // 25
    return date(year, n, (h + m + 33 * n + 19) % 32)


def _feast_days(text: str, ref: date | None, lang: str) -> str:
    """A movable feast written as its day ("on Maundy Thursday" read as "on 14 April 2022"): the
    latest one up to a week after `ref`, or the one of the year written after it."""
    feasts, pattern = date_lexicon(lang).easter_feasts, _feast_names(lang)
    if pattern is None or ref is None:
        return text

    def day(m: re.Match) -> str:
        shift = timedelta(days=feasts[m.group(1).lower()])
        if m.group(2):
            d = easter(int(m.group(2))) + shift
        else:
            d = next(d for y in (ref.year, ref.year - 1) if (d := easter(y) + shift) <= ref + timedelta(days=7))
        return f"{d.day} {calendar.month_name[d.month]} {d.year}"
    return pattern.sub(day, text)


@lru_cache(maxsize=None)
def _feast_names(lang: str) -> re.Pattern | None:
    feasts = date_lexicon(lang).easter_feasts
    if not feasts:
        return None
    names = "|".join(re.escape(n) for n in sorted(feasts, key=len, reverse=True))
    return re.compile(rf"\b({names})\b(?:,? ((?:19|20)\d\d)\b)?", re.IGNORECASE)


def _date_of_words(text: str, ref: date | None, lang: str) -> dict | None:
    text = _feast_days(other_events_days(text, lang), ref, lang)
    period = _month_phrase(text, ref, lang)
    if period is not None:
        return period
    periods = explicit_periods(text, ref, date_lexicon(lang))  # "12 to 13 February", "the summer of 2019"
    spans = [sp for sp in find_dates(text, lang)
             if not any(sp.start_char < e and s < sp.end_char for s, e, *_ in periods)]
    items = sorted([(p[0], p) for p in periods] + [(sp.start_char, sp) for sp in spans], key=lambda t: t[0])
    best = None
    for _, span in items:
        if isinstance(span, tuple):
            if best is None or span[2] < best[0]:
                best = (span[2], span[3])
            continue
        got = _resolve(span, ref)
        if got is None:
            continue
        start, end = got
        if span.yearless and ref is not None and (m := LAST_YEAR.match(text, span.end_char)):
            year = ref.year - 1 if m.group(1).lower() == "last" else ref.year  # "on 6 May last year"
            start, end = _in_year(start, year), _in_year(end, year)
        before = text[max(0, span.start_char - 12):span.start_char].lower()
        if (re.search(r"\b(since|from)( the)?\s*$", before) and ref is not None and ref >= start
                and not COMPARISON.search(text[max(0, span.start_char - 70):max(0, span.start_char - 6)])):
            return {"start": _iso(start), "end": _iso(ref), "precision": "range", "text": f"since {span.text}"}
        cand = {"start": _iso(start), "end": _iso(end),
                "precision": span.precision if start == end or span.precision != "day" else "range",
                "text": span.text}
        rank = {"day": 0, "range": 1, "week": 1, "month": 2, "year": 3}.get(cand["precision"], 4)
        if best is None or rank < best[0]:
            best = (rank, cand)
    if best is None or best[0] > 0:
        period = _month_phrase(text, ref, lang, since=True)
        if period is not None:
            return period
    rel = relative_words(text, ref, lang)
    if rel is not None and (best is None or best[0] >= 2):
        return rel
    return best[1] if best else None


STATEMENT_LEAD = re.compile(r"\b(?:said|says|told|statement|claimed|added|tweeted|posted)\b"
                            r"[^.;:,]{0,30}$", re.IGNORECASE)


def _statement_time(sent: str, found: dict) -> bool:
    """The date a sentence gives its own statement ("said on Monday", "claimed the assault in a
    statement on Monday"): it dates the statement, not the undated events told after it (those
    take the story's date)."""
    text = (found.get("text") or "").lower()
    if not text or text not in sent.lower():
        return False
    return bool(STATEMENT_LEAD.search(sent[:sent.lower().index(text)]))


NARRATIVE_LEAD = re.compile(r"\b(?:on|in|(?:dates|date|goes|go|went) back to)\s+(?:early\s+|late\s+|mid-?|the\s+\w+(?:\s+\w+)?\s+of\s+)?$",
                            re.IGNORECASE)  # "On the night of Sept. 26, 2014", "in the early hours of 3 May", "The case
# dates back to the morning of 15 June 2012, when ..."
NOT_NARRATIVE = re.compile(r"\b(?:since|than|until|till|before|after|first|last|deadliest|worst|largest|biggest|"
                           r"most|anniversary|ago)\b", re.IGNORECASE)


def _narrative_anchor(sent: str | None, found: dict) -> bool:
    """An old date that opens a told past ("The army seized power on 1 February 2021. Hundreds
    of politicians were arrested ..."): written as "on <day>" or "in <month or year>", with no
    comparison or "since" before it in its sentence, it dates the undated sentences after it in
    its paragraph, which are then background too."""
    text = (found.get("text") or "").lower()
    if not sent or not text or text not in sent.lower():
        return False
    before = sent[:sent.lower().index(text)]
    lead = NARRATIVE_LEAD.search(before) or re.match(r"(?:on|in)\s", text)  # "in August 2014" read whole
    return bool(lead) and not NOT_NARRATIVE.search(before)


def _historical(found: dict, ref: date | None, lang: str = "en") -> bool:
    """Background: over more than a year before `ref`, or a season over more than
    `season_background_days` before it ("Last winter, ..." written in September)."""
    end = to_date(found["end"])
    if ref is None or end is None:
        return False
    lex = date_lexicon(lang)
    words = set(re.findall(r"\w+", (found.get("text") or "").lower()))
    season = lex.season_background_days is not None and bool(words & set(lex.seasons))
    return (ref - end).days >= (lex.season_background_days + 1 if season else HISTORICAL_DAYS)


def dateline_reference(written: str | None, published: str | None) -> str | None:
    """The story's own date from its dateline ("BEIRUT, Feb. 27 (Wire) -"): an aggregator that
    republishes it on 2 March still tells of 27 February's "Tuesday".  A year-less dateline
    takes the latest such day not after publication; None when the dateline gives no date or
    one after publication."""
    if not written:
        return None
    pub = to_date(published)
    for span in find_dates(written, None):
        if span.precision != "day":
            continue
        if not span.yearless:
            day = to_date(span.start)
        elif pub is not None:
            day = resolve_yearless(span.extra["month"], span.extra["day"], pub, slack_days=0)
        else:
            day = None
        if day is not None and (pub is None or day <= pub):
            return _iso(day)
    return None


def _blank(text: str, base: int, spans: tuple[tuple[int, int], ...]) -> str:
    for s, e in spans:
        lo, hi = max(0, s - base), min(len(text), e - base)
        if lo < hi:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def date_event(event: CodedEvent, article: Article, reference: str | None = None,
               skip: tuple[tuple[int, int], ...] = ()) -> CodedEvent:
    """Fill `event.date` (see module docstring); `reference` (the dateline's date) replaces the
    publication date as the day relative expressions count from, and the text in `skip` (the
    dateline itself) dates nothing."""
    if skip:
        base = event.evidence["start"]
        event = replace(event, date_texts=tuple(_blank(t, base, skip) for t in
                                                (event.date_texts or (event.evidence["text"],))))
    ref = to_date(reference) or to_date(article.published)
    lang = article.lang if article.lang and has_lexicon(article.lang) else "en"
    ev = event.evidence
    found, basis = None, "sentence"
    texts = event.date_texts or (ev["text"],)
    for k, text in enumerate(texts):
        found = date_of_text(text, ref, lang)
        said = (found or {}).get("text")
        if found is not None:
            basis = "clause" if k == 0 and len(text.split()) < len(ev["text"].split()) else "sentence"
            if k > 0:
                found = _following(_day_before_if_after(_gap_before_clause(found, texts[0], text), texts[0], lang),
                                   texts[0], lang)
                # "expired on Jan. 9, and the next day ELN fighters bombed ...": the clause's own shift
                if found.get("text") == said and _NEXT_DAY.search(texts[0]):
                    found = _shift_later(found, texts[0], lang)
            break
    if found is None:
        before = _blank(article.text[event.paragraph_start:ev["start"]], event.paragraph_start, skip)  # (no dateline day)
        sentences = re.split(r"(?<=[.!?])\s+(?![a-z\d])", before)  # "Sept. 26, 2014" is no sentence end
        anchor, told = None, {}
        for sent in reversed(sentences):
            found = date_of_text(sent, ref, lang)
            if found is not None and _statement_time(sent, found):
                found = None  # "X claimed the assault in a statement on Monday": the claim's day, not the next event's
                break
            if found is not None:
                basis, anchor, told = "paragraph", sent, found
                found = _following(_shift_later(found, ev["text"], lang), ev["text"], lang)
                break
        if (found is not None and _historical(found, ref, lang) and not _narrative_anchor(anchor, told)
                and not is_entry_prefix(anchor)):
            found = None  # background ("since its 2018 operation") does not date the news after it
    if found is not None and basis != "published":
        found = under_heading(found, article.text, ev["start"], ref, lang)  # "2024" above "May 10 - ..."
    if found is None and ref is not None:
        found = {"start": _iso(ref), "end": _iso(ref), "precision": "unknown", "text": None}
        basis = "published"
        cue = _past_cue(event.date_texts[0] if event.date_texts else ev["text"], lang)
        if cue and event.modality in ("asserted", "reported"):  # "accused of abducting dozens in the past"
            event = replace(event, modality="historical", modality_cue=cue)
    if found is None:
        return replace(event, date={"start": None, "end": None, "precision": "unknown", "text": None,
                                    "basis": None})
    event = replace(event, date={**found, "basis": basis})
    if event.modality in ("asserted", "reported") and _historical(found, ref, lang):
        event = replace(event, modality="historical", modality_cue=found.get("text"))
    return event


def _past_cue(text: str, lang: str) -> str | None:
    return _cue(text, date_lexicon(lang).past_cues, " ,.")
