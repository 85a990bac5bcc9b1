"""The ACLED sub-event type of a coded event (coding/events.py): its family's type, the type its
instrument implies ("an air strike"), or a refinement whose cue words, actors and objects the
sentence holds (triggers.yaml `refine`: "stormed the South Hospital" is an attack)."""
from __future__ import annotations

from spacy.tokens import Span

from .lexicon import CodingLexicon
from .roles import Actor, refinement_fits_actors
from .triggers import TriggerHit


def family_type(family: str, hits: list, instruments: list, lex: CodingLexicon) -> tuple[str | None, str, bool]:
    """(type, rule, final): the family's own ACLED type, or the one its instrument implies (final)."""
    sub, rule = lex.families[family].acled, hits[0].trigger.rule_id
    if sub is None:
        return None, rule, True
    if family in lex.instrument_families and instruments:
        return instruments[0][0], instruments[0][1], True
    return sub, rule, False


def acled_type(family: str, hits: list[TriggerHit], instruments: list, roles: list[tuple[str, Actor]],
               sent: Span, lex: CodingLexicon) -> tuple[str | None, str]:
    """ACLED sub-event type and the rule that fixed it."""
    sub, rule, final = family_type(family, hits, instruments, lex)
    if final:
        return sub, rule
    # the protesters' own blockade is no cue of an intervention ("organisations blocked the highway")
    own = {h.head.i for h in hits if h.trigger.rule_id in lex.assembly.get("uncued_triggers", ())}
    # ... nor a crowd that disperses of itself ("the huge crowd dispersed largely without incident")
    own |= {t.i for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in lex.assembly.get("self_dispersal_verbs", ())
            and any(c.dep_ == "nsubj" for c in t.children) and not any(c.dep_ in ("dobj", "auxpass", "agent") for c in t.children)}
    # ... nor what the crowd demands ("with speakers demanding the arrest of a young man")
    demands = lex.assembly.get("demand_cues", ())
    own |= {t.i for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in demands
            for c in v.children if c.dep_ in ("dobj", "prep") for t in c.subtree}
    lemmas = {t.lemma_.lower() for t in sent if t.i not in own} | {t.lower_ for t in sent if t.i not in own}
    text = sent.text.lower()
    lemma_text = " ".join(t.lemma_.lower() for t in sent)  # "broke up" is the cue "break up"
    for i, ref in enumerate(lex.refine.get(family, ())):
        if "cues" in ref and not any((c in lemmas) if " " not in c else (c in text or c in lemma_text) for c in ref["cues"]):
            continue
        if not refinement_fits_actors(ref, roles):
            continue
        if "objects" in ref:  # "stormed the South Hospital": an attack on a place people use
            nouns = getattr(lex, ref["objects"])
            objs = {c.lemma_.lower() for h in hits for c in h.head.children if c.dep_ in ("dobj", "nsubjpass")}
            objs |= {g.lemma_.lower() for h in hits for c in h.head.children if c.dep_ == "dobj"
                     for g in c.subtree}
            objs |= {g.lemma_.lower() for h in hits if h.head.pos_ in ("NOUN", "PROPN") for c in h.head.children
                     if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.subtree}  # "attack on X"
            objs |= {g.lemma_.lower() for h in hits if h.head.pos_ == "VERB" for c in h.head.children
                     if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"}  # "burst into X"
            if not objs & nouns:
                continue
        return ref["acled"], f"refine.{family}.{i}"
    return sub, rule


def doers(verbs) -> list:
    """The subjects of `verbs` and their passive agents ("a mob beat ...", "... by a crowd"); also
    read by nonevents_civil (a crowd's victim's suspected crime)."""
    out = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return out + [o for v in verbs for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def mob_led(hits: list[TriggerHit], lex: CodingLexicon) -> tuple[list[TriggerHit], set[int]]:
    """A crowd's violence is one event of mob violence, not a riot and an attack: "a mob beat a
    driver to death", "father and son were hacked to death by a mob", "two suspected thieves were
    lynched".  Returns `hits` without the riot word that only names the violent act's doer, and the
    ids of the violent hits a crowd did (assembly.yaml `mob_doers`, `mob_lemmas`)."""
    crowds = set(lex.assembly.get("mob_doers", ()))
    acts = set(lex.assembly.get("mob_lemmas", ()))
    led, named = set(), set()
    for h in hits:
        if not lex.families[h.trigger.family].violent:
            continue
        verbs = [h.head, h.head.head] if h.head.dep_ == "conj" else [h.head]  # (or the verb it is coordinated with)
        crowd = [d for d in doers(verbs) if d.lemma_.lower() in crowds]
        if crowd or any(t.lemma_.lower() in acts for t in h.tokens):
            led.add(id(h))
            named |= {d.i for d in crowd}
    kept = [h for h in hits if not (h.trigger.family == "riot" and h.head.i in named)]
    return kept, led


TAKER_KINDS = frozenset({"state_forces", "government"})


def foreign_takeover(events: list) -> list:
    """A state's forces taking a place in another country ("Azerbaijani troops took control of
    about 10 square kilometres of Armenian territory", "Tajik forces entered the villages of
    Ak-Sai and Dostuk" in Kyrgyzstan) is no government regaining its territory: ACLED codes a
    foreign state's takeover as "Non-state actor overtakes territory".  Read once the place is
    known (its own clause or sentence); the rule id says why."""
    from dataclasses import replace

    from ..place.resolve import country_of

    out = []
    for ev in events:
        acled, loc = ev.acled or {}, ev.location or {}
        if acled.get("sub_event_type") == "Government regains territory" and loc.get("country") and loc.get(
                "basis") in ("clause", "sentence"):
            place = country_of(loc["country"])
            takers = [a for a in ev.actors if a.get("role") == "actor1" and a.get("kind") in TAKER_KINDS]
            home = place.country3 if place is not None else None
            # (a home taker named only by a common noun, "its troops" read as the country's own, does not count)
            if home and any(a.get("country") not in (None, home) for a in takers) and not any(
                    a.get("country") == home and (a.get("text") or "")[:1].isupper() for a in takers):
                ev = replace(ev, acled={**acled, "sub_event_type": "Non-state actor overtakes territory"},
                             rule_id=f"{ev.rule_id}+foreign_taker")
        out.append(ev)
    return out
