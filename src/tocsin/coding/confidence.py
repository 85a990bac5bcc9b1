"""Calibrated confidence of a coded record: the probability that it is a correct factual
event of its type (ACLED sub-event type when it has one, else its PLOVER type).

The last coding step, after dates and places.  A record that is not factual (hypothetical,
future, negated, recommended) is never a correct factual event: it gets the model's
`nonfactual` rate, near 0.  A factual record's features say how it was coded: who decided
the type (a hard rule, the CASE or the PLOVER classifier) and how sure each classifier is of
the record's type, whether the sentence names the actors, a death toll, the place and the
date.  They go through a logistic model fitted on dev data by train/train_confidence.py
(CASE 2021 and PLOVER dev snippets read by out-of-fold classifiers, and the real-news dev
split), chosen among candidates by cross-validated and leave-one-source-out calibration
error.  Its weights are data (data/models/confidence.json) and printed in docs/coding.md, so
every confidence can be explained.  bench/calibration.py measures the reliability.
"""
from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ..records import CodedEvent
from . import classify
from .modality import FACTUAL
from .langs import coding_language
from .statistical import HARD_RULES, NOT_POLITICAL
FEATURES = ("actor1", "actor2", "fatalities", "hard_rule", "by_classifier", "clf_agrees", "clf_margin",
            "clf_own_score", "clf_not_political", "clf_top", "place_in_sentence", "no_place", "date_in_text",
            "no_acled", "attribution", "plv_agrees", "plv_own_score", "plv_margin", "plv_by_classifier",
            "no_acled_plv_agrees", "no_acled_clf_top", "snippet")
Predictions = tuple[classify.Prediction | None, classify.Prediction | None]  # CASE 2021, PLOVER


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


def _unit(score: float) -> float:
    """A decision value clipped to [-2, 2], mapped to [0, 1]."""
    return (max(-2.0, min(2.0, score)) + 2.0) / 4.0


def features(ev: CodedEvent, preds: Predictions = (None, None)) -> dict[str, float]:
    """The model's inputs for one record (all in [0, 1]), from the CASE and the PLOVER
    classifiers' predictions on its evidence sentence."""
    case, plo = preds
    sub = (ev.acled or {}).get("sub_event_type")
    typ = (ev.plover or {}).get("event")
    roles = {a.get("role") for a in ev.actors}
    loc, day = ev.location or {}, ev.date or {}
    f = dict.fromkeys(FEATURES, 0.0)
    f.update({
        "actor1": float("actor1" in roles),
        "actor2": float("actor2" in roles),
        "fatalities": float("fatalities" in (ev.figures or {})),
        "hard_rule": float(ev.rule_id.startswith(HARD_RULES)),
        "by_classifier": float((ev.acled or {}).get("by") == "classifier"),
        "place_in_sentence": float(loc.get("basis") in ("sentence", "clause")),
        "no_place": float(not loc),
        "date_in_text": float(day.get("basis") in ("clause", "sentence", "paragraph", "story")),
        "no_acled": float(not sub),
        "attribution": float(bool(ev.attribution)),
        "plv_by_classifier": float((ev.plover or {}).get("by") == "classifier"),
        # a bare snippet (no title, no date: a sentence fed alone) is judged without the story around it
        "snippet": float(not (ev.article or {}).get("title") and not (ev.article or {}).get("published")),
    })
    if case is not None:
        f["clf_top"] = _unit(max(case.scores.values()))  # how plainly the sentence reads as some ACLED event
        if sub:
            own = _codes_of().get(sub, set())
            f["clf_agrees"] = float(case.label in own)
            f["clf_margin"] = min(case.margin, 3.0) / 3.0
            f["clf_own_score"] = _unit(max((case.scores[c] for c in own if c in case.scores), default=-2.0))
            f["clf_not_political"] = float(case.label in NOT_POLITICAL)
    if plo is not None and typ:
        f["plv_agrees"] = float(plo.label == typ)
        f["plv_own_score"] = _unit(plo.scores.get(typ, -2.0))
        f["plv_margin"] = min(plo.margin, 3.0) / 3.0
    f["no_acled_plv_agrees"] = f["no_acled"] * f["plv_agrees"]
    f["no_acled_clf_top"] = f["no_acled"] * f["clf_top"]
    return f


def _predictions(events: list[CodedEvent]) -> list[Predictions]:
    """Both classifiers' predictions on each event's sentence, as statistical.py reads them
    (the CASE model with its sentence-encoder head, which it consults only where the n-grams
    are unsure; classify.predict remembers the sentences statistical.py already classified;
    the PLOVER model by its n-grams alone).  The encoder is English: other languages'
    sentences are read by the n-grams alone."""
    texts = [e.evidence.get("text") or "" for e in events]
    english = [coding_language(e.lang) == "en" for e in events]  # coded by the English path
    cols = []
    for name in ("case2021", "plover"):
        try:
            model = classify.load_classifier(name)
        except classify.ClassifierMissing:
            cols.append([None] * len(texts))
            continue
        col: list = [None] * len(texts)
        use_head = [en and name == "case2021" for en in english]  # PLOVER: n-grams alone, as statistical.py
        for head in (True, False):
            idx = [i for i, h in enumerate(use_head) if h == head]
            for i, pred in zip(idx, classify.predict(model, [texts[i] for i in idx], head=head)):
                col[i] = pred
        cols.append(col)
    return list(zip(*cols)) if texts else []


def probability(ev: CodedEvent, f: dict[str, float], cal: dict) -> float:
    if ev.modality not in FACTUAL:
        return cal["nonfactual"]
    z = cal["intercept"] + sum(w * f.get(name, 0.0) for name, w in zip(cal["features"], cal["coef"]))
    return 1.0 / (1.0 + math.exp(-z / cal.get("temperature", 1.0)))


def score(events: list[CodedEvent]) -> list[CodedEvent]:
    """The events with `confidence` set by the calibrated model (unchanged without one); only
    factual records' sentences are classified (the others get the fixed `nonfactual` rate)."""
    cal = calibration()
    if cal is None or not events:
        return events
    factual = [ev for ev in events if ev.modality in FACTUAL]
    preds = dict(zip(map(id, factual), _predictions(factual)))
    out = []
    for ev in events:
        f = features(ev, preds[id(ev)]) if id(ev) in preds else {}  # a non-factual record needs none
        out.append(replace(ev, confidence=round(probability(ev, f, cal), 3)))
    return out
