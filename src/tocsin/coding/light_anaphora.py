"""A definite generic noun for an armed group refers back to the group the story named before it
(the light path, light.py): "L'attaque a été revendiquée par le JNIM. [...] Le groupe menace de
poursuivre ses attaques", "El grupo amenazó con ...", "وهدد التنظيم بـ...", "Örgüt, ... tehdit
etti".  The noun (assembly.yaml `armed_anaphors`) is not in the actor dictionary, so a threat it
makes had no one acting and was dropped; it now stands for the last non-state armed actor named
earlier in the article (within `REACH` characters), with its own offsets.  A noun followed by a
genitive ("le groupe de soldats", "el grupo de manifestantes") names a group of something else,
and one followed by a name ("le groupe Wagner") is that name's."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .roles import Actor

NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia"})
REACH = 1500  # characters back to the actor referred to
GENITIVE_AFTER = re.compile(r"\s+(?:de|du|des|d['’]|del)\b", re.IGNORECASE)
NAME_AFTER = re.compile(r"\s+[A-ZÀ-ÝÑÇĞİÖŞÜ]")  # "le groupe Wagner", "el grupo Bimbo": a name, no anaphor


@lru_cache(maxsize=None)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE) if alts else None


def referents(text: str, actors: list[Actor], phrases) -> list[Actor]:
    """The actors with each armed anaphor (module docstring) as the group it refers back to."""
    pattern = _pattern(tuple(phrases or ()))
    if pattern is None:
        return actors
    ordered = sorted(actors, key=lambda a: a.start_char)
    out = list(actors)
    for m in pattern.finditer(text):
        s, e = m.span()
        if any(a.start_char < e and s < a.end_char for a in actors) or GENITIVE_AFTER.match(text, e) \
                or NAME_AFTER.match(text, e):
            continue
        earlier = [a for a in ordered if a.end_char <= s and s - a.end_char <= REACH and a.kind in NON_STATE_ARMED]
        if earlier:
            out.append(replace(earlier[-1], text=m.group(), start_char=s, end_char=e))
    return out
