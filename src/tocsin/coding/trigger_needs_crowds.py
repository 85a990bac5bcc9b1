"""Conditions of triggers for crowds the thirty-eighth round found (triggers.yaml `needs:`, checked
by triggers.needs_met through trigger_needs.NEEDS): a gathering told as a demonstration by its
manner ("gathered peacefully"), by what it shows ("holding banners") or by what it demands as it
goes ("walked to the statue, demanding that it come down")."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .trigger_needs_acts import people_subject


def peaceful_gathering(head: Token, lex: CodingLexicon) -> bool:
    """People in the plural gathered or walked (`people_subject`) peacefully (assembly.yaml
    `peaceful_manners`), showing banners or placards (`display_verbs`, `display_nouns`), or
    demanding something as they went (a participle of `demand_cues`)."""
    if not people_subject(head, lex):
        return False
    manners = lex.assembly.get("peaceful_manners", ())
    shows, things = lex.assembly.get("display_verbs", ()), lex.assembly.get("display_nouns", ())
    demands = lex.assembly.get("demand_cues", ())
    for c in head.children:
        if c.dep_ == "advmod" and c.lower_ in manners:
            return True
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and not any(a.lower_ == "to" for a in c.children):
            if c.lemma_.lower() in demands:  # "..., demanding that it come down"
                return True
            if c.lemma_.lower() in shows and any(o.dep_ == "dobj" and o.lemma_.lower() in things for o in c.children):
                return True  # "..., holding banners demanding compensation"
    return False


NEEDS_CROWDS = {"peaceful_gathering": peaceful_gathering}
