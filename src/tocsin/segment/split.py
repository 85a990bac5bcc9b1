"""Splits a plain-text page (no markup left) into its articles.

Each line is chrome (dropped, data/segment/chrome.yaml), a heading (short, no sentence-final
punctuation) or prose.  A run of headings followed by prose opens an article whose title is
the fullest heading of the run (the others are section labels such as "Global Crises" or
tags such as "Trump").  A single heading met in the middle of an article, with no chrome
between it and the prose above, is a subheading and stays in that article.  "End" lines
("keep reading", "Related") close the current article; a footer line ends the page.
A dropped byline such as "Published on 14 May 2023" is kept as the article's `dateline`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from ..coding.dateline import find_dateline
from .chrome import ChromeRule, line_role

HEADING_MAX_WORDS = 24  # news titles run to 20 words and more ("Kyiv hit by biggest drone attack of the war as Ukraine braces for ...")
QUESTION_HEADING_MAX_WORDS = 12
TITLE_MAX_WORDS = 30  # a longer line above a byline is a standfirst, not a title
DATELINE_GROUP = "byline"  # chrome group whose lines may carry the publication date
INLINE_END_GROUP = "continue"  # "READ MORE: ...", "Related: ...": the story may go on after it
LIST_GROUP = "related"  # "Most read", "Lo más leído": a list of other stories follows
TEASER_MAX_WORDS = 40  # in such a list, a heading after a blurb this short opens the next story
SECTION_HEADING_MAX_WORDS = 2  # a section name after an inline link ("Pokrovsk direction"); a teaser's title is longer
MIN_UNTITLED_WORDS = 40  # prose with no title below this is leftover chrome, not an article
MIN_TITLED_WORDS = 8  # a title over a few words of prose is a widget, not an article
SENTENCE_END = re.compile(r"[.!?;:,…؟،؛]['\"”’»)\]]*$")


@dataclass
class Segment:
    title: str | None
    paragraphs: list[str] = field(default_factory=list)
    dateline: str | None = None  # a dropped "Published on ..." line: the page's own date

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def is_heading(line: str) -> bool:
    words = line.split()
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    if line.endswith("?"):
        return len(words) <= QUESTION_HEADING_MAX_WORDS
    if SENTENCE_END.search(line) or (line.startswith(("(", "[")) and line.rstrip().endswith((")", "]"))):
        return False  # ("(Adds governor's comments, paragraphs 8-9)": a wire update note, no title)
    first = line.lstrip("\"'“‘«(¡¿")[:1]  # ("¡Masacre en el Atanasio! Nacional fusila ...": a Spanish title)
    caseless = first.isalpha() and not first.islower() and first.lower() == first  # a script without capitals: Arabic
    return first.isupper() or first.isdigit() or caseless


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped paragraphs (e.g. text wrapped at 72 columns) back into one line.

    A page counts as wrapped when most long lines have about the same length and do not
    end a sentence; then a line that does not end a sentence continues on the next line.
    """
    long = [ln for ln in lines if len(ln) >= 40]
    if len(long) < 4:
        return lines
    width = median(len(ln) for ln in long)
    near = [ln for ln in long if abs(len(ln) - width) <= 12 and not SENTENCE_END.search(ln)]
    if len(near) < 0.4 * len(long):
        return lines
    out: list[str] = []
    for ln in lines:
        prev = out[-1] if out else ""
        if prev and ln and len(prev) >= width - 15 and not SENTENCE_END.search(prev):
            out[-1] = f"{prev} {ln.strip()}"
        else:
            out.append(ln)
    return out


def split_page(text: str, rules: tuple[ChromeRule, ...] | None = None) -> list[Segment]:
    """The articles on a page, in page order, each with its title and prose paragraphs."""
    lines = unwrap([ln.strip() for ln in text.splitlines()])
    segments: list[Segment] = []
    current: Segment | None = None
    pending: list[str] = []  # headings seen since the last prose line
    boundary = True  # chrome or an end line since the last prose line
    dateline: str | None = None  # waiting for the article it belongs to
    saw_chrome = False
    closed: Segment | None = None  # the story an inline link interrupted
    listing, last_words = False, 0  # below a list of other stories ("Most read"); the last prose line's length
    titled = 0  # how many pending headings stood above a byline (the last of them is the title)

    lines = [ln for ln in lines if ln]
    roles = [line_role(ln, rules) for ln in lines]
    for i, (line, role) in enumerate(zip(lines, roles)):
        if role is not None and role[1] == "caption":  # "Daily Report No. 88 (Ouham / Ouham-Fafa)" over its
            nxt = i + 2 if i + 2 < len(roles) and _byline_over_date(lines, roles, i + 1) else i + 1  # byline: a title
            role = None if nxt < len(roles) and _titles_a_byline(line, roles[nxt]) else role
        if role is not None and role[1] == "label" and current is not None and not pending and not boundary \
                and len(line.split()) <= SECTION_HEADING_MAX_WORDS:
            continue  # "MANDERA" between two items of a county round-up: the running story's section label
        if role is not None:
            kind, saw_chrome = role[0], True
            if kind == "footer":
                break
            if kind == "end" and not (role[1] == INLINE_END_GROUP and current is None):
                # an inline link ("READ MORE: ...") with the story's prose right after it
                # interrupts the story (right under its title, it is mere chrome); a list of
                # other stories ("Most read") ends it
                closed = current if role[1] == INLINE_END_GROUP else None
                listing = listing or role[1] == LIST_GROUP
                current, pending = None, []
            elif role[1] == DATELINE_GROUP:
                listing = False  # a story's own byline: what follows is a story, not a list
            if role[1] == DATELINE_GROUP and pending and current is None:
                titled = len(pending)  # the heading right above a byline is the story's title
            if role[1] == DATELINE_GROUP and any(ch.isdigit() for ch in line):
                if current is not None and not pending and current.dateline is None:
                    current.dateline = line
                else:
                    dateline = line
            boundary = True
            continue
        if _byline_over_date(lines, roles, i):
            continue  # "By The Sahel & Central Africa Review staff" over the date line: the byline, no heading
        in_body = current is not None and not boundary and not pending and line.endswith("?")
        after = i + 2 if i + 2 < len(roles) and _byline_over_date(lines, roles, i + 1) else i + 1  # (past the byline)
        if not in_body and (is_heading(line) or _titles_a_byline(line, roles[after] if after < len(roles) else None)):
            pending.append(line)  # (a question inside a running story is its prose: "Could the regime absorb ...?")
            continue
        # the story an inline link interrupted goes on, past an explainer's subheading ("What happened?")
        resumes = current is None and closed is not None and (
            not pending or _subquestion(pending) or _section_run(pending)
            or (len(pending) == 1 and (len(pending[0].split()) <= SECTION_LABEL_MAX_WORDS
                                       or _STAMPED.search(pending[0]) is not None))) \
            and not (pending and _DATELINED.match(line))  # ("Clashes near Marib" then "MARIB, Yemen (...) -": a story)
        if pending and not resumes and (current is None or boundary or (len(pending) > 1 and not _section_run(pending, line))
                                        or (listing and last_words <= TEASER_MAX_WORDS)):
            opening = [h for h in pending if _opens_story(h)]  # "NIAMEY, 24 March 2021 - Press release"
            if 0 < titled < len(pending):  # the title above the byline; a heading under it restates it
                above = pending[titled - 1]  # in the story's own words (the same words again: no paragraph)
                opening += [h for h in pending[titled:] if h not in opening and h != above]
                pending = pending[:titled]
            headings = [h for h in pending if h not in opening] or pending
            # "DAILY MONITORING REPORT No. 3 - covering ..." under "Daily monitoring report No. 3: third
            # night of ...": the body's own heading restates the title in its first words; it is prose
            restated = [h for k, h in enumerate(headings) if any(_restates(h, g) and h != g for g in headings[:k])]
            headings = [h for h in headings if h not in restated] or headings
            opening += [h for h in restated if h not in headings]
            current = Segment(title=_pick_title(headings), dateline=dateline,
                              paragraphs=[h for h in opening if h not in headings])
            segments.append(current)
            dateline, closed = None, None
        elif resumes:
            current = closed
            current.paragraphs.extend(pending)
        elif current is None:
            current = Segment(title=None, dateline=dateline)
            segments.append(current)
            dateline = None
        elif pending:  # a subheading inside the running article
            current.paragraphs.extend(pending)
        current.paragraphs.append(line)
        pending, boundary, last_words, titled = [], False, len(line.split()), 0
        listing = listing and last_words <= TEASER_MAX_WORDS  # a long paragraph: a story, not a list

    if pending and current is not None and not boundary:
        current.paragraphs.extend(pending)  # a last line with no full stop ends the article
        pending = []
    kept = [s for s in segments
            if s.words >= (MIN_TITLED_WORDS if s.title is not None else MIN_UNTITLED_WORDS)]
    if not kept and not saw_chrome and (segments or pending):
        # a short text with no page furniture at all is a news item, not leftovers
        title = segments[0].title if segments else None
        paragraphs = [p for s in segments for p in s.paragraphs] + pending
        if title is None and len(paragraphs) > 1 and is_heading(paragraphs[0]):
            title, paragraphs = paragraphs[0], paragraphs[1:]
        return [Segment(title=title, paragraphs=paragraphs)] if _has_words(paragraphs) else []
    return [s for s in kept if _has_words(s.paragraphs)]


def _byline_over_date(lines: list[str], roles: list, i: int) -> bool:
    """A short "By ..." line no chrome rule knew, right above the story's date line."""
    return (roles[i] is None and _BYLINE.match(lines[i]) is not None and len(lines[i].split()) <= 10
            and i + 1 < len(roles) and roles[i + 1] is not None and roles[i + 1][1] == DATELINE_GROUP)


def _titles_a_byline(line: str, next_role: tuple[str, str] | None) -> bool:
    """A long line with no closing punctuation right above a byline or date line is the
    story's title ("Burkina Faso: Flash Update No. 2 - Attack on ... (as of 1 September
    2024)", a 13-word question under a label)."""
    return (next_role is not None and next_role[1] == DATELINE_GROUP and len(line.split()) <= TITLE_MAX_WORDS
            and not SENTENCE_END.search(line.rstrip("?")) and line[:1].isupper()
            and not _BYLINE.match(line))  # ("By The Sahel Review staff" over the date line is the byline)


def _subquestion(pending: list[str]) -> bool:
    """One short question, capitalised section label or section name of a few words right after an
    inline link ("READ MORE: ..." then "What happened?", "JANUARY-APRIL: A VOTE UNDER FIRE" or
    "Pokrovsk direction"): the interrupted story's subheading, the story goes on."""
    return len(pending) == 1 and len(pending[0].split()) <= QUESTION_HEADING_MAX_WORDS and (
        pending[0].endswith("?") or _kicker(pending[0]) or _WH_HEADING.match(pending[0]) is not None
        or len(pending[0].split()) <= SECTION_HEADING_MAX_WORDS)  # "Pokrovsk direction": a front's section


def _section_run(pending: list[str], item: str = "") -> bool:
    """A run of a report's own section labels, not a new story's kicker and title: labels in
    capitals, short place or topic labels, day headings and time-stamped entries ("INCIDENTS BY
    DEPARTMENT" / "FRANCISCO MORAZAN", "KIRKUK GOVERNORATE" / "Hawija district", "THURSDAY 16
    OCTOBER" / "21:45 - Injury count rises"); over a list `item` ("- Around 14:00, police ..."),
    also a label of short parts joined by a dash ("San Roman province - Juliaca district")."""
    listed = item[:2] in _LIST_MARKS
    return len(pending) > 1 and all(
        _kicker(h) or _kicker(_QUALIFIER.sub("", h)) or len(h.split()) <= SECTION_LABEL_MAX_WORDS
        or (_STAMPED.match(h) and len(h.split()) <= 10)  # ("NDUGA REGENCY (Highland Papua province)": its capitals)
        or (listed and all(len(part.split()) <= SECTION_LABEL_MAX_WORDS  # ("Bolivar (San Antonio del Tachira)")
                           for part in _LABEL_JOIN.split(_QUALIFIER.sub("", h))))
        for h in pending)


_LIST_MARKS = ("- ", "• ", "* ", "– ")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # a label's trailing bracket
_LABEL_JOIN = re.compile(r"\s+[-–—]\s+")


SECTION_LABEL_MAX_WORDS = 3
_STAMPED = re.compile(r"\d{1,2}[:.]\d{2}\b")  # "21:45 - Injury count rises": a live entry's own heading
_DATELINED = re.compile(r"[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*\s*(?:,|\(|[-–—])")  # prose opening on a dateline
_DATE_FIELD = re.compile(r"\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?\b")
_WH_HEADING = re.compile(r"(What|Who|Why|How|Where|When|Which) [a-z]")  # "What happened overnight": a question heading


def _kicker(line: str) -> bool:
    """A label in capitals or a run of fields ("RISK OUTLOOK | Israel | Issued Monday ..."):
    a kicker or section label, rather than a story's title."""
    letters = [ch for ch in line if ch.isalpha()]
    fields = line.split(" | ")
    if len(fields) == 2 and len(fields[0].split()) >= 4 and _DATE_FIELD.search(fields[1]):
        return False  # "Gaza Humanitarian Situation Update #12 | 11-18 June 2025": a title and its date
    return " | " in line or (len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters))


def _opens_story(line: str) -> bool:
    """A heading-like first line that is the story's own wire dateline: it belongs to the
    story's text, not to its title ("LIVE - FNDC protests in Conakry: ..." is a live blog's title:
    its kicker is no place, find_dateline skips it: assembly.yaml `dateline_labels`)."""
    return find_dateline(line) is not None


RESTATED_WORDS = 4


def _restates(line: str, title: str) -> bool:
    """`line` opens with the first words of `title`, whatever their case (a heading of no more words
    than that is a name, "Black Sea Public Radio", and the headline under it that opens with it
    is the title, not prose)."""
    if len(title.split()) <= RESTATED_WORDS:
        return False
    words = [w.strip(":;,.-–—").lower() for w in title.split()[:RESTATED_WORDS]]
    return len(words) == RESTATED_WORDS and [w.strip(":;,.-–—").lower() for w in line.split()[:RESTATED_WORDS]] == words


def _has_words(paragraphs: list[str]) -> bool:
    """At least a few words of letters: "... !!! ???" is no article."""
    return sum(any(ch.isalpha() for ch in w) for p in paragraphs for w in p.split()) >= 3


def _pick_title(headings: list[str]) -> str:
    """The fullest heading of a run that is no kicker (a label in capitals, a run of fields);
    ties go to the first (a repeated teaser link)."""
    return max(headings, key=lambda h: (not _BYLINE.match(h), not _kicker(h), len(h.split()), -headings.index(h)))


_BYLINE = re.compile(r"(By|BY|Par|Por) [A-Z]")  # "By Ombudsman's Office of Colombia - ... staff": no title
