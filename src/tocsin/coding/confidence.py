"""Calibrated confidence of a coded record: the probability that it is a correct factual
event of its type (ACLED sub-event type when it has one, else its PLOVER type).

The last coding step, after dates and places: a few features of how the record was coded
(modality, who decided the type and how sure the CASE classifier is of it, whether the
sentence names the actor, the figures, the place and the date) go through a logistic model
fitted on dev data (train/train_confidence.py: CASE 2021 and PLOVER dev snippets with
out-of-fold classifiers, and the real-news dev split).  Its weights are data
(data/models/confidence.json) and printed in docs/coding.md, so every confidence can be
explained.  A record that is not factual (hypothetical, negated, ...) keeps a confidence
too: the model reads its modality, and it is low.  bench/calibration.py measures the
reliability on the test splits.
"""
from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ..records import CodedEvent
from . import classify

NOT_POLITICAL = {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}
HARD_RULES = ("inst.", "refine.")
FEATURES = ("asserted", "reported", "actor1", "actor2", "figures", "fatalities", "aggregate", "hard_rule",
            "by_classifier", "clf_agrees", "clf_margin", "clf_own_score", "clf_not_political",
            "place_in_sentence", "no_place", "date_in_text", "refers_back", "no_acled", "attribution",
            "long_sentence")


@lru_cache(maxsize=1)
def calibration() -> dict | None:
    path = resources.files("tocsin") / "data" / "models" / "confidence.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _codes_of() -> dict[str, set[str]]:
    """ACLED sub-event type -> the CASE 2021 codes that name it."""
    out: dict[str, set[str]] = {}
    for code, sub in classify.case_labels().items():
        if sub:
            out.setdefault(sub, set()).add(code)
    return out


def features(ev: CodedEvent, pred: classify.Prediction | None) -> dict[str, float]:
    """The model's inputs for one record (all in [0, 1] or {0, 1})."""
    sub = (ev.acled or {}).get("sub_event_type")
    roles = {a.get("role") for a in ev.actors}
    loc, day = ev.location or {}, ev.date or {}
    f = {
        "asserted": float(ev.modality == "asserted"),
        "reported": float(ev.modality == "reported"),
        "actor1": float("actor1" in roles),
        "actor2": float("actor2" in roles),
        "figures": float(bool(ev.figures)),
        "fatalities": float("fatalities" in (ev.figures or {})),
        "aggregate": float(bool(ev.aggregate)),
        "hard_rule": float(ev.rule_id.startswith(HARD_RULES)),
        "by_classifier": float((ev.acled or {}).get("by") == "classifier"),
        "place_in_sentence": float(loc.get("basis") in ("sentence", "clause")),
        "no_place": float(not loc),
        "date_in_text": float(day.get("basis") in ("clause", "sentence", "paragraph", "story")),
        "refers_back": float(bool(ev.refers_back)),
        "no_acled": float(not sub),
        "attribution": float(bool(ev.attribution)),
        "long_sentence": min(len((ev.evidence.get("text") or "").split()), 80) / 80.0,
        "clf_agrees": 0.0, "clf_margin": 0.0, "clf_own_score": 0.0, "clf_not_political": 0.0,
    }
    if pred is not None and sub:
        own = _codes_of().get(sub, set())
        f["clf_agrees"] = float(pred.label in own)
        f["clf_margin"] = min(pred.margin, 3.0) / 3.0
        best_own = max((pred.scores[c] for c in own if c in pred.scores), default=-2.0)
        f["clf_own_score"] = (max(-2.0, min(2.0, best_own)) + 2.0) / 4.0
        f["clf_not_political"] = float(pred.label in NOT_POLITICAL)
    return f


def _predictions(events: list[CodedEvent]) -> list[classify.Prediction | None]:
    idx = [i for i, e in enumerate(events) if e.acled]
    out: list[classify.Prediction | None] = [None] * len(events)
    if not idx:
        return out
    try:
        model = classify.load_classifier("case2021")
    except classify.ClassifierMissing:
        return out
    for i, pred in zip(idx, classify.predict(model, [events[i].evidence.get("text") or "" for i in idx])):
        out[i] = pred
    return out


def probability(f: dict[str, float], cal: dict) -> float:
    z = cal["intercept"] + sum(w * f.get(name, 0.0) for name, w in zip(cal["features"], cal["coef"]))
    return 1.0 / (1.0 + math.exp(-z / cal.get("temperature", 1.0)))


def score(events: list[CodedEvent]) -> list[CodedEvent]:
    """The events with `confidence` set by the calibrated model (unchanged without one)."""
    cal = calibration()
    if cal is None or not events:
        return events
    return [replace(ev, confidence=round(probability(features(ev, pred), cal), 3))
            for ev, pred in zip(events, _predictions(events))]
