"""A learned check on the rules' factual records (English): does the sentence tell an act that
took place, or only use the words of one?

The non-event rules (coding/nonevents*.py) catch the patterns they were written for; sentences
written afterwards by other hands still slipped through them at 5-10 % (bench/stress/README.md):
a fresh metaphor ("launched an offensive at the UN"), a rumour shown false in other words, a
price "since clashes shut the road", a monitor's counting method.  This stage reads each
English factual record's sentence with a binary classifier (train/train_factuality.py: word
n-grams of the name-masked text plus the sentence encoder's vector, data/models/factuality.npz)
and, when the sentence's decision value is below the model's threshold, turns the record into
a non-event: modality "hypothetical" (the schema's only non-factual kind that claims nothing
about time) with the cue "unlikely to be an event (factuality model, d=...)" so the record
stays traceable and reversible (`--min-confidence` never sees it as a fact; its confidence is
that of a non-event).

The encoder runs only for the sentences whose n-gram decision is below the threshold plus the
model's gate: the others do not reach the threshold in practice (train/train_factuality.py
counts the training sentences' verdicts the gate changes: 5 of 2,634).  Other languages have
no model yet and are left as the rules coded them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

import numpy as np

from ..records import CodedEvent
from . import linear
from .modality import FACTUAL
from .nonevents import rules

CUE = "unlikely to be an event (factuality model, d={:.2f})"


@lru_cache(maxsize=1)
def model() -> linear.LinearTextModel | None:
    path = resources.files("tocsin") / "data" / "models" / "factuality.npz"
    return linear.load(path) if path.is_file() else None


def decisions(texts: list[str]) -> np.ndarray:
    """The model's decision value for each text (higher: more likely an act that took place);
    +inf for every text when the model is not built."""
    m = model()
    if m is None or not texts:
        return np.full(len(texts), np.inf)
    values = m.decision_function(texts, head=False)
    if m.head is not None:
        unsure = np.flatnonzero(values < m.threshold + m.head.gate)
        if len(unsure):
            scores = m.head.scores([texts[i] for i in unsure])
            values = values.copy()
            values[unsure] += scores[:, 1] - scores[:, 0]
    return values


@lru_cache(maxsize=1)
def _marks() -> re.Pattern:
    marks = sorted(rules().get("factuality_presupposing_marks", ()), key=len, reverse=True)
    alts = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in marks) or "(?!)"
    return re.compile(rf"\b(?:{alts})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _asides() -> re.Pattern:
    phrases = sorted(rules().get("factuality_source_asides", ()), key=len, reverse=True)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or "(?!)"
    return re.compile(rf",?\s*\b(?:{alts})\b,?", re.IGNORECASE)


def _read(text: str) -> str:
    """The sentence as the model reads it: without an anonymous source's aside."""
    return _asides().sub("", text)


def _presupposed(event: CodedEvent) -> bool:
    """The trigger is the object of a causal phrase ("empty due to heavy shelling")."""
    text, first = event.evidence.get("text") or "", (event.trigger or "").split(" | ")[0].strip()
    at = text.find(first) if first else -1
    return at > 0 and bool(_marks().search(text[:at]))


def check(events: list[CodedEvent]) -> list[CodedEvent]:
    """The events, with the English factual records whose sentence the model doubts made
    non-events (modality "hypothetical", cue CUE)."""
    m = model()
    exempt = rules().get("factuality_exempt_plover", frozenset())
    todo = [i for i, e in enumerate(events) if e.modality in FACTUAL and (e.lang or "en") == "en"
            and (e.plover or {}).get("event") not in exempt]
    if m is None or m.threshold is None or not todo:
        return events
    todo = [i for i in todo if not _presupposed(events[i])]
    if not todo:
        return events
    texts = [_read(events[i].evidence.get("text") or "") for i in todo]
    unique = list(dict.fromkeys(texts))
    value = dict(zip(unique, decisions(unique)))
    out = list(events)
    for i, text in zip(todo, texts):
        if value[text] < m.threshold:
            out[i] = replace(events[i], modality="hypothetical", modality_cue=CUE.format(value[text]))
    return out
