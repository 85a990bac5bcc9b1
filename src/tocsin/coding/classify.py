"""Statistical text classifiers that back the rules: CASE 2021 / ACLED sub-event labels (30)
and PLOVER event types (16).  Linear models over word and character n-grams, trained by
`train/train_classifiers.py` on the benchmarks' dev splits and on sentences written by the
tocsin developers (train/data/), never on test items.  What they learnt ships in
data/models/ as plain arrays, read and applied by coding/linear.py without scikit-learn.
"""
from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .. import yamlfile
from . import linear


@dataclass(frozen=True)
class Prediction:
    label: str
    margin: float  # decision value of the best label minus the runner-up
    scores: dict[str, float]


class ClassifierMissing(RuntimeError):
    pass


@lru_cache(maxsize=None)
def load_classifier(name: str):
    """Load a shipped model by name ("case2021" or "plover")."""
    path = resources.files("tocsin") / "data" / "models" / f"{name}.npz"
    if not path.is_file():
        raise ClassifierMissing(f"model {name!r} is not built: run python train/train_classifiers.py")
    return linear.load(path)


MEMO_SIZE = 4096  # predictions remembered per model (the coder asks twice: statistical.py, then confidence.py)
_memo: "weakref.WeakKeyDictionary[object, OrderedDict[tuple[str, bool], Prediction]]" = weakref.WeakKeyDictionary()
_memo_lock = threading.Lock()


def _as_predictions(values: np.ndarray, classes: list) -> list[Prediction]:
    out = []
    for row in np.atleast_2d(values):
        order = np.argsort(row)[::-1]
        best, second = row[order[0]], row[order[1]] if len(order) > 1 else row[order[0]] - 1
        out.append(Prediction(classes[order[0]], float(best - second),
                              {classes[i]: float(row[i]) for i in range(len(classes))}))
    return out


def _predict(model, texts: list[str], head: bool = True) -> list[Prediction]:
    """Predictions of the model (any object with `decision_function` and `classes_`); with
    `head` False, a shipped model's n-grams alone (coding/linear.py)."""
    classes = list(model.classes_)
    if getattr(model, "head", None) is None:
        return _as_predictions(model.decision_function(texts), classes)
    if not head:
        return _as_predictions(model.decision_function(texts, head=False), classes)
    base = predict(model, texts, head=False)  # remembered: the n-grams run once per text
    values = np.array([[p.scores[c] for c in classes] for p in base])
    return _as_predictions(model.head.add_to(values, texts), classes)


def predict(model, texts: list[str], head: bool = True) -> list[Prediction]:
    """The model's prediction for each text (`head` False: a shipped model's n-grams alone,
    without its sentence-encoder head, see coding/linear.py).  Each text is classified once per
    model and reading: the last MEMO_SIZE predictions are remembered (the same text gives the
    same prediction, a row's decision values do not depend on the rest of the batch)."""
    if not texts:
        return []
    head = head and getattr(model, "head", None) is not None
    try:
        with _memo_lock:
            memo = _memo.setdefault(model, OrderedDict())
            known = {t: memo[(t, head)] for t in texts if (t, head) in memo}
    except TypeError:  # a model that cannot be weakly referenced: no memo
        return _predict(model, texts, head)
    todo = list(dict.fromkeys(t for t in texts if t not in known))
    if todo:
        known.update(zip(todo, _predict(model, todo, head)))
    with _memo_lock:
        out = []
        for text in texts:
            pred = memo[(text, head)] = known[text]
            memo.move_to_end((text, head))
            out.append(pred)
        while len(memo) > MEMO_SIZE:
            memo.popitem(last=False)
    return out


@lru_cache(maxsize=None)
def case_labels() -> dict[str, str | None]:
    """CASE 2021 code -> ACLED sub-event type (data/models/labels.yaml)."""
    path = resources.files("tocsin") / "data" / "models" / "labels.yaml"
    return dict(yamlfile.safe_load(path.read_text(encoding="utf-8"))["case2021"])


def best_among(pred: Prediction, allowed: set[str]) -> str | None:
    """The classifier's best label within `allowed`, or None."""
    cands = [(score, label) for label, score in pred.scores.items() if label in allowed]
    return max(cands)[1] if cands else None
