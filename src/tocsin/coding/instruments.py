"""Weapons and means named in a sentence (instruments.yaml) and the phrases that name none
("petrol bombs", "a shotgun blast", "stun grenades": assembly.yaml `not_instruments`).  Split out
of coding/triggers.py; ``find_instruments`` is read by coding/events.py and coding/light.py, and
``unarmed_tokens`` by ``triggers.find_triggers`` (no explosion in "a shotgun blast")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .event_nouns import labour_strike
from .lexicon import CodingLexicon
from .triggers import _forms, _match_rest

_INSTRUMENT_INDEX: dict[int, tuple[tuple, dict[str, tuple[int, ...]]]] = {}


def unarmed_tokens(sent: Span, lex: CodingLexicon) -> set[int]:
    """The words of phrases that name no explosive or grenade of war ("petrol bombs", "a molotov
    cocktail", "a shotgun blast", "stun grenades"; assembly.yaml `not_instruments`).  Kept on the
    doc per sentence: both `find_instruments` and `triggers.find_triggers` ask."""
    held = sent.doc.user_data.setdefault("tocsin_unarmed", {})
    key = (sent.start, sent.end, id(lex))
    if key not in held:
        held[key] = _unarmed(sent, lex)
    return held[key]


def _unarmed(sent: Span, lex: CodingLexicon) -> set[int]:
    out: set[int] = set()
    phrases = [p.split() for p in lex.assembly.get("not_instruments", ())]
    for i, tok in enumerate(sent):
        for words in phrases:
            if words[0] in _forms(tok) and (rest := _match_rest(sent, i, words)) is not None:
                out.update(t.i for t in (tok, *rest))
    return out


def _instrument_index(instruments: tuple) -> dict[str, tuple[int, ...]]:
    """First word of any of an instrument's phrases -> the instruments' positions (lexicon order),
    built once per lexicon."""
    held = _INSTRUMENT_INDEX.get(id(instruments))
    if held is not None and held[0] is instruments:
        return held[1]
    index: dict[str, list[int]] = {}
    for k, inst in enumerate(instruments):
        for first in {words[0] for words in inst.words}:
            index.setdefault(first, []).append(k)
    _INSTRUMENT_INDEX[id(instruments)] = (instruments, built := {f: tuple(ks) for f, ks in index.items()})
    return built


def find_instruments(sent: Span, lex: CodingLexicon) -> list[tuple[str, str, Token]]:
    """(acled sub-type, rule id, token) for each instrument named in the sentence."""
    found = []
    index = _instrument_index(lex.instruments)
    unarmed = unarmed_tokens(sent, lex)
    for i, tok in enumerate(sent):
        forms = _forms(tok)
        if labour_strike(tok, lex) or tok.i in unarmed:
            continue  # "the 1984 miners' strike", "threw petrol bombs", "a shotgun blast": no such instrument
        for inst in [lex.instruments[k] for k in sorted({k for f in forms for k in index.get(f, ())})]:
            if inst.pos is not None and tok.pos_ not in inst.pos:
                continue
            for words in inst.words:
                if words[0] in forms and (len(words) == 1 or _match_rest(sent, i, words)):
                    found.append((inst.acled, inst.rule_id, tok, inst.weak))
                    break
    found.sort(key=lambda f: f[3])  # weak instruments last (stable: sentence order otherwise)
    return [f[:3] for f in found]
