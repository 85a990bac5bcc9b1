"""Text preprocessing for the classifiers (coding/classify.py): names and numbers masked.

A linear model over n-grams learns the names in its training sentences as readily as the
act ("Libya", "Hebron"), and the benchmarks' test items name other places and people.  So
the n-grams are read from the text with every capitalised word after the first replaced by
one token and every number by "0": "Pakistan threatened to break off relations with Congo
in 1961" -> "pakistan threatened to break off relations with xx in 0".  The first word keeps
its form ("Police", "Protesters" open many sentences).  Cheap (one regex pass; no parse), so
the coder's throughput is unchanged.  The choice of which vectorizers read the masked text is
in train/train_classifiers.py, with its dev figures.
"""
from __future__ import annotations

import re

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SPACE = re.compile(r"(\s+)")
NAME = "Xx"


def mask_names(text: str) -> str:
    """The text with numbers as "0" and capitalised words after the first as "Xx"."""
    parts = SPACE.split(NUMBER.sub("0", text))
    out, first = [], True
    for w in parts:
        if first and w.strip():
            first = False
        elif w[:1].isupper() and not (len(w) == 1 and w.isupper()):
            w = NAME
        out.append(w)
    return "".join(out)


def masked_lower(text: str) -> str:
    """The vectorizers' preprocessor: mask_names, then lower case."""
    return mask_names(text).lower()
