"""Chronologies ("Timeline: how the battle for X unfolded"): each entry opens with its day
("Feb 27 - An air strike kills 33 soldiers near Balyun.", "March 5: Leaders agree a ceasefire.")
and is told in the historic present.

- The day prefix at the start of a line (dates/headings.py `entry_prefix`): the English
  pipeline parses the entry without it (coding/nlp.py), and the prefix dates the entry as its
  paragraph's date.
- `entry_modality`: a present-tense verb under a present-tense speaker ("RSF fighters storm the
  hospital, MSF says") is a habit in running copy, but in a dated entry it is the day's event.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..dates.headings import entry_prefix
from .nlp import doc_text
from .modality import Modality


def in_dated_entry(tok: Token) -> bool:
    """The token's sentence opens a line right after a chronology's day prefix."""
    sent = tok.sent
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    m = entry_prefix().match(text, line_start)
    return m is not None and m.end() == sent.start_char


def entry_modality(trigger: Token, mod: Modality) -> Modality:
    """Undo the present-speaker habit reading in a dated entry (module docstring); a habit word
    ("routinely", "every week") keeps it a habit."""
    if mod.value == "hypothetical" and (mod.cue or "").endswith("(present)") and in_dated_entry(trigger):
        return Modality("asserted", None)
    return mod
