"""One label for a short text (a news snippet), from the coded events and the classifier.

Used where one label per text is wanted (the CASE 2021 benchmark, quick triage).  The
classifier sees the whole text; the rules see its syntax.  When the rules found a factual
event whose ACLED type rests on hard evidence (an instrument such as "IED" or "air strike",
or a refinement such as "protesters were shot") and the classifier is unsure between its
top two labels (margin below `margin`), the rule's type wins.
"""
from __future__ import annotations

from ..records import CodedEvent
from .classify import Prediction

HARD_RULES = ("inst.", "refine.")


def rule_label(events: list[CodedEvent], code_of: dict[str, str]) -> str | None:
    """The CASE code of the first factual event typed by hard evidence, if any."""
    for ev in events:
        if ev.modality not in ("asserted", "reported") or not ev.acled:
            continue
        if ev.rule_id.startswith(HARD_RULES):
            code = code_of.get(ev.acled["sub_event_type"])
            if code:
                return code
    return None


def snippet_label(pred: Prediction, events: list[CodedEvent], code_of: dict[str, str],
                  margin: float = 0.0) -> str:
    rule = rule_label(events, code_of)
    if rule is not None and pred.margin < margin:
        return rule
    return pred.label
