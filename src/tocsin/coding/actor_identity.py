"""How far an actor's mention runs past its first words.

Actors named by a nationality told after them: "warplanes believed to be Russian", "foreign
soldiers identified by witnesses as Russians", "jets that observers identified as Turkish".

And "the Somali National Army (SNA)": bracketed initials restate the actor just named, so the
mention takes them in (never the Syrian National Army of the dictionary's "SNA").

The noun must be one the dictionary makes a state force ("<demonym> <noun>") or one of
actors.yaml `identified_as.nouns`; a cue word (`identified_as.cues`) and a link (`links`, "to
be", "as") must come between it and the demonym, within `gap` words and no clause break.  The
mention covers the whole phrase, so its syntactic head is the noun that acts.
"""
from __future__ import annotations

import re

_DESIGNATION = re.compile(r"[a-z]{1,4}\d{1,3}[a-z]?")  # "tb2", "mq9"
_RESTATED = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9.-]{1,9})\s*\)")  # "(SNA)", restating the initials before it

_JOINS = frozenset({"and", "or", "but", "while", "whereas"})


def identity_rules(raw: dict, alias_key) -> tuple:
    """(cues, links, extra nouns, gap) from actors.yaml `identified_as` (empty when absent)."""
    spec = raw.get("identified_as") or {}
    return (frozenset(alias_key(c)[0] for c in spec.get("cues") or ()),
            tuple(alias_key(x) for x in spec.get("links") or ()),
            frozenset(alias_key(n) for n in spec.get("nouns") or ()),
            int(spec.get("gap", 5)))


def identified(d, toks, keys: list[str], i: int, when, walk, stop: str):
    """(end, entry, metonym, country, generic) for "<noun> ... <cue> ... <link> <demonym>" at i."""
    cues, links, extra, gap = d._identity
    if not cues:
        return None
    noun = d._noun(d._nouns, toks, keys, i)
    if noun and noun[1] == "state_forces":
        j = noun[0]
    elif (keys[i],) in extra or tuple(keys[i:i + 2]) in extra:
        j = i + (1 if (keys[i],) in extra else 2)
    else:
        return None
    cue = False
    for k in range(j, min(len(keys), j + gap + 1)):
        if keys[k] == stop:
            return None
        if not cue and (keys[k] in _JOINS or k - j > 3):
            return None  # "troops and foreign soldiers believed to be Russian": the later noun's
        cue = cue or keys[k] in cues
        if not cue:
            continue
        for link in links:
            m = k + len(link)
            if tuple(keys[k:m]) != link:
                continue
            window = keys[m:m + 4]
            for variant in (window, [w[:-1] if w.endswith("s") else w for w in window]):
                found = walk(d._demonyms, variant, 0)
                if found:
                    end, isos = found[0]
                    e, country = d._demonym_entry("state_forces", isos[0], when)
                    return (m + end, e, False, country, False) if e is not None else None
    return None


def restated_end(d, text: str, toks, keys: list[str], i: int, end: int, entry, when) -> int:
    """The mention's end token, past "(SNA)" when those initials restate the words i:end."""
    short = _RESTATED.match(text, toks[end - 1][2])
    if not short or short.group(1).upper() != "".join(
            w[0] for w in re.findall(r"[A-Z][\w'’-]*", text[toks[i][1]:toks[end - 1][2]])).upper():
        return end
    j = next((k for k in range(end, len(toks)) if toks[k][1] >= short.start(1)), len(toks))
    other = d._at(toks, keys, j, when) if j < len(toks) and keys[j] in d._starts else None
    if other is not None and other[1] is not None and other[1].id != entry.id:
        while end < len(toks) and toks[end][1] < short.end():
            end += 1
    return end


def past_designation(toks, keys, i: int) -> int:
    """Past an aircraft or weapon designation after a demonym: "Turkish F-16 jets", "Russian
    Su-24 warplanes", "Turkish TB2 drones" (letters, a hyphen, digits; or letters+digits)."""
    if i + 1 < len(keys) and keys[i].isalpha() and len(keys[i]) <= 4 and toks[i + 1][4] \
            and keys[i + 1][:1].isdigit() and len(keys[i + 1]) <= 4:
        return i + 2
    if i < len(keys) and _DESIGNATION.fullmatch(keys[i]):
        return i + 1
    return i
