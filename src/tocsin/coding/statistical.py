"""The CASE 2021 classifier's word on coded events (coding/classify.py for the models).

On the CASE 2021 dev split (5-fold cross validation; the 319 snippets where the rules found a
factual event), the first event's ACLED type was right for 209 by the rules alone, 242 when
the classifier picked any type of the rule's group, 231 when hard rules (an instrument, a
refinement by actors or cues) kept their type, and 223 when, in addition, the classifier
only overrode a soft default with a clear margin (>= 0.5) for its top label.  On the design
sample's long analytic sentences the freer variants made plain mistakes (an assault "exacted
a terrible human toll" became sexual violence; regime forces capturing towns became a
non-state takeover): the snippet-trained classifier knows no actors.  So the classifier
only overrides soft defaults, with a clear margin, within the rules' group (violent,
demonstration, strategic), except that a territory taken by an actor the dictionary does
not know is always typed by the classifier as a government or a non-state takeover.
`acled.by` says who decided; `acled.rule_sub_event_type` keeps
the rules' choice when the classifier overrode it.  The CASE model's sentence-encoder head
(coding/linear.py, coding/encoder.py) takes part here, for the sentences of the events it may
change; the confidence stage reads the model the same way for English records
(coding/confidence.py); the PLOVER model is read by its n-grams alone (below).  On the
realnews dev split the first CASE head changed 6 ACLED types: three records of one sentence
("warplanes bombed ... schools", read as an IED or a clash) became air strikes, two
hypothetical deals became Agreement, and one was wrong (rebels taking Goma became a government
regain); its weight 0.5 changed 6 more ACLED types and the fifth PLOVER authored round 11
PLOVER types, about two in three of those that matter rightly (docs/coding.md).

The same predictions veto violent events with no acting actor that the classifier is sure
are disasters ("floods damaged hundreds of homes"), but only when the sentence names a hazard or an
accident (`hazard_nouns`, `accident_cues`, `disaster_cues`: without one, the n-grams alone are no
evidence: "a bombing in the capital has killed 14, the health ministry said") and never when the
trigger itself says the violence was deliberate (`deliberate_triggers` in assembly.yaml: "his
vehicle came under fire") or the sentence names the event's weapon ("a freighter sank after being
hit by drones and missiles": no accident comes with missiles, as for the rules' own accident test).

The PLOVER classifier has the same guards: it may retype only acts of speech or policy (the
verbal families and agreements) that the rules typed by a soft default, only to another such
type, and only with a margin of at least PLOVER_MARGIN; violent events, protests, arrests,
deployments and the like keep the type their structure gave them ("600 soldiers arrived in
the town" is MOBILIZE, whatever the words suggest).  On the PLOVER dev split (5-fold cross
validation, the classifier before the third authored round; the 105 sentences where the coder
found an event) the first event's PLOVER type was right for 67 by the rules alone and 69 with
this guard at margin 0.2 (70 at margin 0, 68 at 0.5); letting the classifier retype every
non-violent event gave 71 at 0.2 but turned troop arrivals into other types.  With the fifth
authored round (101 dev sentences with an event, out of fold) the rules alone get 60 and the
guard at 0.2 gets 69 whether the model's sentence-encoder head is read or not (with the head 67
at 0.3, 65 at 0.5, 62 at 1.0); the n-grams alone are read.  A threat read
from its construction (a statement announcing a future coercive act, `tr.threaten.declared`)
is hard evidence too: the design sample's "declaring that Turkey will now take extraordinary
measures" (E10) is a THREATEN the classifier, which reads "will" as a promise, took for AGREE.
`plover.by` says who decided; `plover.rule_event` keeps the rules' choice when the classifier
overrode it.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import CodedEvent
from .classify import ClassifierMissing, Prediction, best_among, case_labels, load_classifier, predict
from .lexicon import CodingLexicon

NOT_POLITICAL = {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}
GATE_MARGIN = 0.2
OVERRIDE_MARGIN = 0.5
HARD_RULES = ("inst.", "refine.")
TERRITORY_CODES = {"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"}
PLOVER_MARGIN = 0.2
PLOVER_FAMILIES = ("agreement",)  # besides the verbal ones (triggers.yaml `verbal: true`)
PLOVER_HARD_RULES = (*HARD_RULES, "tr.threaten.declared")


def _group_codes(family: str, lex: CodingLexicon) -> set[str]:
    fam = lex.families[family]
    name = "violent" if fam.violent else "demonstration" if family in ("protest", "riot") else "strategic"
    return set(lex.classifier_groups.get(name, ()))


def apply_classifier(events: list[CodedEvent], lex: CodingLexicon) -> list[CodedEvent]:
    """Both classifiers' word on the events (see module docstring)."""
    return apply_plover_classifier(apply_case_classifier(events, lex), lex)


def _plover_group(lex: CodingLexicon) -> tuple[set[str], set[str]]:
    """The families whose PLOVER type the classifier may change, and the types it may give."""
    fams = {n for n, f in lex.families.items() if f.verbal or n in PLOVER_FAMILIES}
    return fams, {lex.families[n].plover for n in fams} - {None}


def plover_retype(ev: CodedEvent, pred: Prediction, lex: CodingLexicon) -> CodedEvent:
    """The event with the PLOVER type the classifier picked, when the guards allow it."""
    fams, types = _plover_group(lex)
    rule = ev.plover["event"]
    if (ev.rule_family not in fams or ev.rule_id.startswith(PLOVER_HARD_RULES) or pred.margin < PLOVER_MARGIN
            or pred.label == rule or pred.label not in types):
        return ev
    return replace(ev, plover={**ev.plover, "event": pred.label, "by": "classifier", "rule_event": rule})


def apply_plover_classifier(events: list[CodedEvent], lex: CodingLexicon) -> list[CodedEvent]:
    fams, _ = _plover_group(lex)
    idx = [i for i, e in enumerate(events) if e.plover and e.rule_family in fams
           and not e.rule_id.startswith(PLOVER_HARD_RULES)]
    if not idx:
        return events
    try:
        model = load_classifier("plover")
    except ClassifierMissing:
        return events
    out = list(events)
    # the n-grams alone: with its sentence-encoder head the model retyped no more PLOVER dev
    # sentences rightly (69 of 101 either way, out of fold) and its larger margins passed the
    # guard with "backed the ceasefire proposal" read as REJECT
    for i, pred in zip(idx, predict(model, [events[i].evidence["text"] for i in idx], head=False)):
        out[i] = plover_retype(events[i], pred, lex)
    return out


def _may_veto(ev: CodedEvent, lex: CodingLexicon) -> bool:
    """A violent event without an acting actor whose sentence names a hazard or an accident
    and whose trigger is not deliberate ("his vehicle came under fire"): one the disaster
    veto may drop."""
    return (lex.families[ev.rule_family].violent and bool(ev.disaster_words) and not ev.deliberate
            and not any(a["role"] == "actor1" for a in ev.actors))


def apply_case_classifier(events: list[CodedEvent], lex: CodingLexicon) -> list[CodedEvent]:
    """Events with the ACLED type picked by the classifier within the rules' group; disasters
    without an actor dropped (see module docstring)."""
    typed = frozenset(lex.assembly.get("typed_triggers", ()))
    idx = [i for i, e in enumerate(events) if e.acled and (  # only events the model may change
        not (e.rule_id.startswith(HARD_RULES) or e.rule_id in typed) or _may_veto(e, lex))]
    if not idx:
        return events
    try:
        model = load_classifier("case2021")
    except ClassifierMissing:
        return events
    sub_of = case_labels()
    out: list[CodedEvent | None] = list(events)
    for i, pred in zip(idx, predict(model, [events[i].evidence["text"] for i in idx])):
        ev = events[i]
        if _may_veto(ev, lex) and pred.label in NOT_POLITICAL and pred.margin >= GATE_MARGIN:
            out[i] = None
            continue
        rule_sub = ev.acled["sub_event_type"]
        soft = not (ev.rule_id.startswith(HARD_RULES) or ev.rule_id in typed)
        if soft and ev.rule_family == "territory":  # taken, but by whom the dictionary cannot say
            sub = sub_of.get(best_among(pred, TERRITORY_CODES) or "")
        else:
            sub = sub_of.get(pred.label) if (soft and pred.margin >= OVERRIDE_MARGIN
                                             and pred.label in _group_codes(ev.rule_family, lex)) else None
        if sub and sub != rule_sub:
            acled = {"event_type": lex.acled_types[sub], "sub_event_type": sub, "by": "classifier",
                     "rule_sub_event_type": rule_sub}
            out[i] = replace(ev, acled=acled)
    return [e for e in out if e is not None]
