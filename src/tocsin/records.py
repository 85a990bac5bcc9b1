"""Typed records passed between pipeline stages (one record type per hop).

page -> article -> (sentence/mention) -> event.  Records are frozen dataclasses and import
no other tocsin module, so every stage can depend on them without cycles.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")  # a blank line between paragraphs of an article
PLACE_LABELS = ("GPE", "LOC", "FAC")  # spaCy entity labels that name places
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})  # ACLED
# ACLED sub-event types of a crowd's violence or force used on one: a toll told in the next
# sentence ("Five students were injured") is theirs too (coding/retold.py merge_back)
CROWD_FORCE_TYPES = frozenset({"Violent demonstration", "Excessive force against protesters", "Protest with intervention",
                               "Mob violence"})


@dataclass(frozen=True)
class Page:
    """One input item as read: a file, a URL, a JSON record or a feed entry.

    `kind` tells the segmenter what it holds: "text" (scraped plain text that may hold
    several articles and site chrome), "article" (text that is already one clean article:
    HTML main content, a JSON record, a feed entry).
    """

    source: str
    text: str
    kind: str = "text"
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    outlet: str | None = None  # the publisher's name ("Levant Wire"), when the input gives it


@dataclass(frozen=True)
class Article:
    """One article found on a page; `text` is what evidence offsets point into."""

    id: str
    source: str
    url: str | None
    title: str | None
    text: str
    published: str | None
    published_inferred: bool
    lang: str | None
    dateline: str | None = None  # the page's own dropped "Published ..." line, if any
    outlet: str | None = None  # publisher name from the input (JSON "outlet", HTML site name, feed title)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ItemError:
    """A per-item failure: reported on stderr, never raised to the user."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"tocsin: {self.source}: {self.reason}"


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in text, resolved to an ISO range where possible."""

    text: str
    start_char: int
    end_char: int
    start: str | None
    end: str | None
    precision: str  # day | week | month | year | range | unknown
    yearless: bool = False
    explicit_year: bool = True
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


NOT_HERE = frozenset({"from", "toward", "towards"})  # "moved from X", "fled towards Y"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in an event's sentence, as the coder saw it (resolved by place/)."""

    text: str
    start: int  # character offsets in the article text
    end: int
    relation: str  # the preposition or role linking it to the event ("in", "near", "subject")
    label: str  # spaCy entity label (GPE, LOC, FAC) or "NOUN"

    def elsewhere(self) -> bool:
        """Where the movers came from or went toward, never the event's place."""
        return self.relation in NOT_HERE


@dataclass(frozen=True)
class CodedEvent:
    """One coded event (shared/spec/event.schema.json) plus the hints later stages need.

    `date` and `location` are filled by the dates and place stages; `place_mentions` and
    `paragraph_start` are hints for them and are not written out.
    """

    id: str
    article: dict[str, Any]
    acled: dict[str, str] | None
    plover: dict[str, Any] | None
    displacement: dict[str, Any] | None
    modality: str
    aggregate: bool
    attribution: str | None
    actors: tuple[dict[str, Any], ...]
    figures: dict[str, Any]
    evidence: dict[str, Any]
    confidence: float
    rule_id: str
    trigger: str
    rule_family: str | None = None
    modality_cue: str | None = None
    date: dict[str, Any] | None = None
    location: dict[str, Any] | None = None
    place_mentions: tuple[PlaceMention, ...] = ()
    paragraph_start: int = 0
    date_texts: tuple[str, ...] = ()  # the event's clause, then its sentence (running totals blanked)
    place_basis: str = "sentence"  # "clause" when the place mentions come from the event's clause
    refers_back: bool = False  # "the raids killed nine": details of an event already coded
    clause_spans: tuple[tuple[int, int], ...] = ()  # the event's own clause(s) when the sentence has several
    lang: str | None = None  # ISO 639-1 language of the evidence (the article's), "und" when not told
    # a trigger or a weapon says the violence was meant ("came under fire", "hit by missiles"): never a disaster
    deliberate: bool = False
    disaster_words: bool = False  # the sentence names a hazard or an accident: a disaster verdict may stand

    HINTS = ("place_mentions", "paragraph_start", "date_texts", "place_basis", "refers_back", "clause_spans",
             "deliberate", "disaster_words")

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in self.HINTS:
            out.pop(key, None)
        out["date"] = self.date or {"start": None, "end": None, "precision": "unknown"}
        out["actors"] = [dict(a) for a in self.actors]
        return out


@dataclass(frozen=True)
class PlaceAndToll:
    """Where an event happened and what it cost: shared by stored records (tocsin.fuse) and
    fused events."""

    country: str | None
    admin1: str | None
    location: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    geonameid: int | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None


@dataclass(frozen=True)
class FusedEvent(PlaceAndToll):
    """One real event as told by one or more records (tocsin.fuse), with its sources.

    `fatalities` is the most conservative credible figure across sources (as ACLED codes);
    `fatalities_low`/`fatalities_high` keep the range the sources give."""

    id: str
    members: tuple[str, ...]  # record ids, earliest first
    n_sources: int  # distinct articles
    date_start: str | None
    date_end: str | None
    time_precision: int  # ACLED: 1 day, 2 week, 3 month or vaguer
    event_type: str | None
    sub_event_type: str | None
    plover_event: str | None
    modality: str
    iso: str | None
    actor1: str | None
    assoc_actor_1: str | None
    actor2: str | None
    assoc_actor_2: str | None
    inter1: str | None
    inter2: str | None
    civilian_targeting: bool
    evidence: str
    rule: str
    # P(a real event of this type) from its sources' calibrated confidences: each source
    # counts once, by its best record, and sources are taken as independent (noisy-OR):
    # 1 - prod(1 - c_source).  None when no member carries a confidence.
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
