"""Habits told in the present perfect, read from the words when the small model's parse loses
the verb ("Syrian troops have typically ground down rebel towns with weeks of shelling",
"truces have seldom survived", "have crossed into northern Syria several times"): a habit over
the past, no one event (nonevents_habits.py `habit_modality`; the adverbs are nonevents.yaml
`perfect_habit_adverbs`)."""
from __future__ import annotations

import re

from spacy.tokens import Token

_SPAN_UNITS = frozenset({"year", "month", "week", "day", "decade"})
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "last", "this", "overnight", "morning", "evening", "night"})


def perfect_habit_words(head: Token, r: dict) -> str | None:
    """ "Syrian troops have typically ground down rebel towns with weeks of shelling", "truces
    have seldom survived": the same habit read from the words (the parser often loses the verb),
    in a sentence with no date and no count."""
    sent = head.sent
    if any(t.like_num and t.head.lemma_.lower() not in _SPAN_UNITS for t in sent) or any(
            e.label_ in ("DATE", "TIME") and any(t.lower_ in _DAY_WORDS or t.is_title for t in e) for e in sent.ents):
        return None  # ("for weeks", "over the past four years" are no date; "on Monday", "in March" are)
    words = "|".join(re.escape(w) for w in r.get("perfect_habit_adverbs", ()))
    m = re.search(rf"\b(?:has|have|had)\s+({words})\b", sent.text, re.IGNORECASE) if words else None
    if m:
        return m.group(1)
    times = re.search(r"\b(?:has|have)\b[^.;]{0,60}?\b((?:several|many|multiple|numerous|countless) times)\b", sent.text,
                      re.IGNORECASE)  # "Turkish troops have crossed into northern Syria several times"
    return times.group(1) if times else None
