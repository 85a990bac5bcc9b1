"""Other stories' headlines inside an article's text: "RELATED: Russian jets pound roads out of
Maarat al-Numan", "ALSO READ: Two teenagers shot dead in Leiva", a "RELATED STORIES" or "MOST
READ" list under the story.  They tell no event of this story: the coder skips them
(events.py).  The markers are the segmenter's chrome rules (data/segment/chrome.yaml: the
`continue` group's inline links and the `related` group's list headings), so an article given
as text (JSON, an extracted page) is read as the segmenter reads a page.

A wire update's editor's note ("(Corrects paragraph 3 to say ...; adds rocket attack in paragraph
5)", a whole line in parentheses opened by one of assembly.yaml `editor_note_verbs`) lists the
changes, not events: it is skipped too.

A line is a teaser headline when it has no sentence end and at most `HEADLINE_MAX_WORDS` words
after its marker ("Background: Turkey deployed troops in 2018." is prose and stays); a list
heading's headlines run, blank lines or not, up to the first line that is not one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..segment.chrome import line_role
from .lexicon import read_lexicon

HEADLINE_MAX_WORDS = 22
_MARKER = re.compile(r"^[^:|]{1,40}[:|]\s*")
_SENTENCE_END = re.compile(r"[.!?]['\"”’»)]*$")


def _headline(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(text)


@lru_cache(maxsize=1)
def _note_verbs() -> frozenset[str]:
    return frozenset(read_lexicon("assembly", "en").get("editor_note_verbs", ()))


def _editor_note(line: str) -> bool:
    line = line.strip()
    if not (line.startswith("(") and line.endswith(")")):
        return False
    first = line[1:].split(maxsplit=1)[0].lower() if len(line) > 2 else ""
    return first in _note_verbs()


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the article's teaser lines (see the module docstring)."""
    out: list[tuple[int, int]] = []
    listing = False
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue  # (a list may set its headlines apart: "Most read", "", "1. Protesters clash ...")
        role = line_role(line)
        if _editor_note(line):
            out.append((start, end))
        elif role == ("end", "related"):
            listing = True
            out.append((start, end))
        elif role == ("end", "continue") and (m := _MARKER.match(line.strip())) and _headline(line.strip()[m.end():]):
            out.append((start, end))
        elif listing and _headline(line):
            out.append((start, end))
        else:
            listing = False
    return out
