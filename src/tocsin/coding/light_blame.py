"""An accusation, a condemnation or a claim aimed at an event the story has already told (light
path, light.py; data: data/lexicons/<lang>/assembly.yaml `attribution`).

"El gobernador atribuyó la masacre al cártel", "el presidente condenó el ataque", "واتهمت
الحكومة قوات حفتر بتنفيذ الغارة", "أدانت الخارجية الهجوم": a verb of the `families` (accuse:
blame, condemn, claim) followed within `reach` words by a definite event noun names the
known event and says who is blamed for it.  Neither the violent word (the attack was coded
where it was told) nor the accusation (an attribution of a known act, not a new one) is a new
event.  A definite noun that names a crime without being a trigger (`known_nouns`: "atribuyeron
el crimen a ...", "الجريمة") takes the accusation with it too.  A sentence that counts the dead
or the wounded tells the act ("acusó al ELN del ataque que dejó tres soldados muertos"): kept.

Definite: after one of `determiners` ("la masacre", "al ataque", "este crimen"), or written
with the article (`definite_pattern`, Arabic "الغارة", "بالهجوم", "للهجوم").  An indefinite
noun tells a new act ("acusó al Ejército de un ataque contra ...", "اتهم ... بتنفيذ غارة على
سوق ..."): both stay.  A violent verb right after a definite event noun, its subject
(`subject_nouns`: "إن الضربات استهدفت ..."), describes the known event again, unless the
sentence gives a toll.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from .light_frames import _keys, keyed_words

STOPS = frozenset({";", ":", ".", "?", "!", "؟", "؛"})


@lru_cache(maxsize=None)
def _pattern(source: str) -> re.Pattern:
    return re.compile(source)


def _definite(tok: Token, spec: dict, lang: str) -> bool:
    pattern = spec.get("definite_pattern")
    if pattern and _pattern(pattern).match(tok.text):
        return True
    dets = keyed_words(tuple(spec.get("determiners") or ()), lang)
    return tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ in dets


def attributed(sent: Span, hits, lex, lang: str) -> list:
    """The hits left when an accusation of a known event and the event noun it names are
    dropped (module docstring)."""
    spec = (lex.assembly or {}).get("attribution") or {}
    families = set(spec.get("families") or ())
    acts = [h for h in hits if h.trigger.family in families]
    if not acts or _tolled(sent, lex, lang):  # "acusó al ELN del ataque que dejó tres soldados muertos": told here
        return _retold(hits, sent, spec, lex, lang)
    reach = int(spec.get("reach", 8))
    known = keyed_words(tuple(spec.get("known_nouns") or ()), lang)
    violent = {t.i: h for h in hits if lex.families[h.trigger.family].violent for t in h.tokens}
    drop: set[int] = set()
    for act in acts:
        end = act.tokens[-1].i
        for tok in sent.doc[end + 1:min(sent.end, end + 1 + reach)]:
            if tok.text in STOPS:
                break
            named = violent.get(tok.i)
            if named is None and not (_keys(tok, lang) & known):
                continue
            if _definite(tok, spec, lang):
                drop.add(id(act))
                if named is not None:
                    drop.add(id(named))
            break  # the first event word after the verb is what it is about
    return _retold([h for h in hits if id(h) not in drop], sent, spec, lex, lang)


def _retold(hits, sent: Span, spec: dict, lex, lang: str) -> list:
    """Without the violent verbs whose subject, right before them, is a definite event noun
    (`subject_nouns`: "قالت واشنطن إن الضربات استهدفت ...", the strikes told before) in a
    sentence that gives no toll: the known event described again, not a new one."""
    nouns = keyed_words(tuple(spec.get("subject_nouns") or ()), lang)
    if not nouns or _tolled(sent, lex, lang):
        return hits

    def subject(hit):
        i = hit.tokens[0].i
        prev = sent.doc[i - 1] if i > sent.start else None
        return prev if prev is not None and _keys(prev, lang) & nouns and _definite(prev, spec, lang) else None
    verbs = [h for h in hits if lex.families[h.trigger.family].violent and subject(h) is not None]
    told = {subject(h).i for h in verbs}  # "الغارات" itself, when it is a trigger too
    return [h for h in hits if h not in verbs and not (lex.families[h.trigger.family].violent
                                                       and any(t.i in told for t in h.tokens))]


def _tolled(sent: Span, lex, lang: str) -> bool:
    """The sentence counts the dead or the wounded (numbers.yaml `figure_kinds`): it tells the act."""
    kinds = lex.numbers.get("figure_kinds") or {}
    tolls = keyed_words(tuple(w for k in ("fatalities", "injured") for part in ("verbs", "nouns")
                              for w in (kinds.get(k) or {}).get(part, ())), lang)
    return any(_keys(t, lang) & tolls for t in sent)

