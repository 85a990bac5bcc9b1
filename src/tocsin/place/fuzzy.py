"""Fuzzy name matching, only inside the article's own countries and only when no exact or
skeleton name matched there ("Balioun" ~ "Balyun", "Maarat al-Numan" ~ "Maarrat an
Numan").  Outside a known country a near-spelling is far more often another place than a
variant of this one, so the resolver never calls this without context countries.
"""
from __future__ import annotations

from functools import cache
from typing import Sequence

from .names import norm_key
from .resolve import Candidate, candidates

# rapidfuzz ratio (0-100) of norm_keys; set on the geo dev splits (see docs/geoparsing.md).
FUZZY_THRESHOLD = 88
SPELT_LIKE = "spelt like"  # the `why` of a candidate found only by its spelling (place/locate.py reads it)
MIN_KEY_LETTERS = 5  # shorter names are one letter away from too many others


@cache
def _country_keys(country: str) -> tuple[str, ...]:
    import numpy as np

    from .gazetteer import gazetteer

    ckeys = gazetteer().arrays["ckeys"]  # sorted, unique "CC|key" byte strings
    lo = int(np.searchsorted(ckeys, f"{country}|".encode("ascii")))
    hi = int(np.searchsorted(ckeys, f"{country}}}".encode("ascii")))
    cut = len(country) + 1
    return tuple(k[cut:].decode("ascii") for k in ckeys[lo:hi].tolist())


def fuzzy_candidates(text: str, countries: Sequence[str], limit: int = 5) -> list[Candidate]:
    """Candidates in `countries` whose names spell `text` nearly (best first)."""
    from rapidfuzz import fuzz, process

    key = norm_key(text)
    if len(key.replace(" ", "")) < MIN_KEY_LETTERS or not countries:
        return []
    out: list[Candidate] = []
    for cc in countries:
        for match, score, _ in process.extract(key, _country_keys(cc), scorer=fuzz.ratio,
                                               score_cutoff=FUZZY_THRESHOLD, limit=limit):
            for c in candidates(match, (cc,), scored=True):
                if c.place.country == cc and all(c.place != o.place for o in out):
                    out.append(c._replace(why=f"{SPELT_LIKE} {match!r} ({score:.0f}/100) in a "
                                              f"context country", score=c.score - (100 - score) / 5))
    return sorted(out, key=lambda c: -c.score)
