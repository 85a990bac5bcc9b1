"""Assembly rules of the coder (docs/coding.md, "Assembly"; data: assembly.yaml): aggregates
and running totals, the single-event toll ceiling,  footage owners, the
modality of appeals, warnings, denials and relative clauses, and violent triggers split by
clause."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from .clauses import covers, masked, split_by_clause, when_clause_time
from .event_nouns import tallied_displaced
from .figures import find_figures
from .lexicon import CodingLexicon
from .modality import FACTUAL, Modality, finite_conj, modality_of, semicolon_apart, subject_participle
from .roles import Actor
from .triggers import TriggerHit


def comparison_since(sent: Span, lex: CodingLexicon) -> set[int]:
    """Positions of "since" that date a comparison ("in the most serious clash between the two
    armies since Turkey sent troops", "the deadliest attack since 2015"), not a period: a
    superlative earlier in the same stretch between punctuation marks.  (The parser hangs such
    clauses on the main verb, so the surface is the better guide.)"""
    out = set()
    for k, tok in enumerate(sent):
        if tok.lower_ != "since":
            continue
        for prev in reversed(sent[max(0, k - 10):k]):
            if prev.is_punct:
                break
            if prev.i > sent.start and prev.nbor(-1).lower_ == "at":
                continue  # "at least 1,500 civilians have been killed since April": a count
            if prev.tag_ in ("JJS", "RBS") or prev.lower_ in lex.superlative_cues:
                out.add(tok.i)
                break
    return out


def is_aggregate(sent: Span, lex: CodingLexicon, totals: list[tuple[int, int]] = (), found: list | None = None,
               clause: list[tuple[int, int]] | None = None) -> bool:
    """A summary over a period or many places, told in the event's clause; a running total
    told beside one event ("..., killing 12, bringing the toll since Sunday to 90") and another
    clause ("..., as funerals were held across the country") do not make the event one."""
    if any(re.search(p, sent.text, re.IGNORECASE) for p in lex.assembly.get("running_toll_patterns", ())):
        return True  # "Fighting ..., which began on 16 January, has killed at least 80 people"
    text = f" {masked(sent.text, sent.start_char, clause, list(totals)).lower()} "
    text = re.sub(r"[\s,.;:!?()\"“”]+", " ", text)
    for pattern in lex.assembly.get("point_in_period_patterns", ()):  # "earlier this year": one moment, no total
        text = re.sub(pattern, " ", text)
    counted = set(lex.assembly.get("event_count_nouns", ()))
    for fig in find_figures(sent, lex) if found is None else found:  # "more than 500 air raids": a count of events
        if clause is not None and not covers(clause, sent[fig.start].idx, sent[fig.start].idx + 1):
            continue
        value = fig.value if fig.value is not None else fig.low
        noun = fig.end < len(sent) and next((t for t in sent[fig.end:fig.end + 3] if t.pos_ == "NOUN"), None)
        while noun is not None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "more than 500 air raids": the compound's head
        if value and value >= 3 and noun is not None and noun.lemma_.lower() in counted:
            return True
    cues = [cue for cue in lex.aggregate_cues if f" {cue} " in text]
    cues += [p for p in lex.assembly.get("aggregate_patterns", ()) if re.search(p, text)]

    def scopes_clause(t) -> bool:  # "since" in the clause, or marking a clause that hangs on it
        return clause is None or covers(clause, t.idx, t.idx + 5) or (
            t.dep_ == "mark" and covers(clause, t.head.head.idx, t.head.head.idx + 1))

    sinces = [t for t in sent if t.lower_ == "since" and not covers(list(totals), t.idx, t.idx + 5)
              and scopes_clause(t)]
    sinces = [t for t in sinces if not _since_then(t)]
    if sinces and "since" not in cues:
        cues.append("since")
    elif not sinces and "since" in cues:
        cues.remove("since")
    if cues == ["since"] and len(sinces) == len(comparison_since(sent, lex) & {t.i for t in sinces}):
        return False
    return bool(cues)


def _since_then(since) -> bool:
    """ "which has since suspended services": "since" as "after that", counting nothing ("has
    since forced 200,000 people from their homes" counts; "had since Thursday destroyed" has
    its period)."""
    adverb = (since.dep_ == "advmod" and not list(since.children)) or (
        since.i > since.sent.start and since.nbor(-1).lower_ in ("has", "have", "had"))
    if not adverb or (since.i + 1 < len(since.doc) and since.nbor(1).ent_type_ in ("DATE", "TIME")):
        return False
    return not any(t.like_num for t in since.head.subtree)


def footage_owner(sent: Span, actors: list[Actor], lex: CodingLexicon) -> Actor | None:
    """Who published footage it says shows the strikes (assembly.yaml `footage_nouns`)."""
    nouns, verbs = set(lex.assembly.get("footage_nouns", ())), set(lex.assembly.get("publish_verbs", ()))
    for tok in sent:
        if tok.lemma_.lower() in nouns and tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs:
            for subj in (c for c in tok.head.children if c.dep_ == "nsubj"):
                span = {t.idx for t in subj.subtree}
                owner = next((a for a in actors if a.start_char in span), None)
                if owner is not None:
                    return owner
    return None


def background_reference(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """ "unable to reach the villages because of the shelling", "amid the offensive": a definite
    event noun after a cause or circumstance words names an event the story does not tell
    (assembly.yaml `reference_preps`)."""
    head = hit.head
    if head.tag_ == "VBN" and head.dep_ in ("acl", "amod") and head.head.pos_ in ("PRON", "DET"):
        return True  # "80 per cent of those displaced are women": people, not an event
    if head.dep_ == "amod" and head.tag_ in ("VBN", "JJ") and head.head.lemma_.lower() in lex.person_nouns \
            and not tallied_displaced(hit, lex):
        return True  # "wounded soldiers were taken to hospitals": people in a state, the attack told elsewhere
    if head.pos_ in ("VERB", "ADJ") and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return True  # "visited the wounded in hospital", "among the dead": a participle used as a noun names people
    marks = set(lex.assembly.get("reference_marks", ()))
    if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "mark" and c.lower_ in marks for c in head.head.children):
        return True  # "prices have tripled since the fighting began", "since jihadist violence spilled across"
    if _old_since_clause(head):
        return True  # "Since the government sent troops into Michoacán in December 2006, the state has recorded ..."
    if head.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no")
                                      for c in head.children):
        return False
    if _perpetrator_named_by(head, lex):
        return True
    if any(t.like_num or t.pos_ == "NUM" for t in head.subtree):
        return False
    left = head.left_edge.i
    doc = head.doc
    for phrase in lex.assembly.get("reference_preps", ()):
        n = len(phrase.split())
        if left - n >= 0 and " ".join(t.lower_ for t in doc[left - n:left]) == phrase:
            return True
    return False


def _perpetrator_named_by(head, lex: CodingLexicon) -> bool:
    """ "killed a man they said had carried out the Tarqumiya shooting", "arrested the cell that
    staged the bombing": a known event that says who a person is, not an event of this sentence
    (assembly.yaml `perpetration_verbs`)."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in lex.assembly.get("perpetration_verbs", ()):
        return False
    node = verb
    for _ in range(3):
        if node.dep_ == "relcl":
            return node.head.pos_ in ("NOUN", "PROPN")
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _old_since_clause(head) -> bool:
    """A verb of a "since" clause that names a year two or more before the story's: the start of
    a period the sentence counts over, not the story's event."""
    year = head.doc.user_data.get("tocsin_year")
    if not year or head.pos_ != "VERB" or head.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "since" for c in head.children):
        return False
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) <= year - 2
               for t in head.subtree)


def prior_phase(hit: TriggerHit, hits: list[TriggerHit], lex: CodingLexicon) -> bool:
    """ "Government forces entered Saraqib on Saturday after days of bombardment": an event noun
    in an "after" phrase hung on another hit's verb tells the phase before that event (assembly.yaml
    `prior_phase_preps`); the verb's event is the record's, and its type."""
    head = hit.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "after days of bombardment"
        prep = prep.head.head
    verbs = {h.head.i for h in hits if h is not hit and h.head.pos_ == "VERB"}
    return prep.lower_ in lex.assembly.get("prior_phase_preps", ()) and prep.head.i in verbs


def blamed_party(sent: Span, actors: list[Actor], lex: CodingLexicon) -> Actor | None:
    """The party a sentence blames for the event (assembly.yaml `blame_verbs`)."""
    verbs, preps = set(lex.assembly.get("blame_verbs", ())), set(lex.assembly.get("blame_preps", ()))
    for tok in sent:
        if tok.lemma_.lower() not in verbs or tok.pos_ != "VERB":
            continue
        named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
        for target in named or [c for c in tok.children if c.dep_ == "dobj"]:
            span = {t.idx for t in target.subtree}
            party = next((a for a in actors if a.start_char in span), None)
            if party is not None:
                return party
    return None


def observers_demoted(roles: list, sent: Span, hits: list[TriggerHit], lex: CodingLexicon) -> list:
    """An actor1 that is the subject of a verb of witnessing, counting or mourning that is not
    the event's ("local residents estimated that 15 had been killed", "villagers carried a body
    over the rubble of a house destroyed by a missile", "the president denounced the strike")
    watched the event: it is associated, not its actor (assembly.yaml `observer_verbs`; a verb
    with a particle, "carried out a strike", is the event's own, and so is the subject of a verb
    coordinated with the event's: "troops found and destroyed an arms cache")."""
    verbs, heads = set(lex.assembly.get("observer_verbs", ())), {h.head.i for h in hits}
    heads -= {h.head.i for h in hits if "bodies" in h.trigger.needs}  # "soldiers found the bodies": who found them
    out = []
    for role, actor in roles:
        if role == "actor1":
            toks = [t for t in sent if actor.start_char <= t.idx < actor.end_char]
            top = next((t for t in toks if not (actor.start_char <= t.head.idx < actor.end_char)
                        or t.head.i == t.i), None)
            verb = top.head if top is not None else None
            shared = verb is not None and any(c.dep_ == "conj" and c.i in heads for c in verb.children)
            if (top is not None and top.dep_ == "nsubj" and verb.lemma_.lower() in verbs and verb.i not in heads
                    and not shared and not any(c.dep_ == "prt" for c in verb.children)):
                role = "associated"
        out.append((role, actor))
    return out


def _dated_when(clause) -> bool:
    """A past "when" clause on a date or a time noun ("October 2020, when gunmen burst in", "the
    night when the camp was shelled"): what happened then, whatever the sentence says of it."""
    time = when_clause_time(clause)
    return time is not None \
        and (clause.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in clause.children)) \
        and (time.ent_type_ in ("DATE", "TIME") or time.lemma_.lower() in ("day", "night", "morning", "evening", "week", "month", "year"))


def _past_where(clause) -> bool:
    """A past clause on a place or a time by "where" or "when" ("the division, where officers
    fought back"; "the raid of 21 April, when 40 armed men overran a post"): told as what happened
    there or then, whatever the frame around the noun."""
    return clause.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < clause.i
                                        for c in clause.children)


def adjust_modality(hit: TriggerHit, mod: Modality, lex: CodingLexicon) -> Modality:
    """Appeals are recommended ("called for a ceasefire"), warnings of what could happen are
    hypothetical, and "were to hold talks" is future (assembly.yaml)."""
    if mod.value not in FACTUAL:
        return mod
    rules, head = lex.assembly, hit.head
    if hit.trigger.family in rules.get("recommending_families", ()):
        return Modality("recommended", hit.text)
    if head.lemma_.lower() in rules.get("warning_lemmas", ()):
        modals = set(rules.get("hedge_modals", ()))
        if any(t.lower_ in modals for c in head.children if c.dep_ == "ccomp" for t in c.subtree):
            return Modality("hypothetical", hit.text)
    if head.dep_ == "xcomp" and head.head.lemma_ == "be" and any(c.lower_ == "to" for c in head.children):
        return Modality("future", f"{head.head.text} to")
    node = head  # "would respond to attacks on its posts, several of which are encircled": the frame's modality
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ in ("VBN", "VBD") and node.i == head.i):
            gov = node.head  # ("the drones fired at the kingdom" that the coalition says it intercepts)
            for _ in range(12):  # up to the verb that governs the noun (Token objects are not unique: compare .i)
                if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
                    break
                gov = gov.head
            frame = modality_of(gov, lex) if gov.pos_ in ("VERB", "AUX") else None
            if frame is not None and frame.value == "negated" and node.dep_ == "relcl" and _dated_when(node):
                break  # "Nobody has forgotten October 2020, when gunmen killed seven children": it happened then
            if node.dep_ == "relcl" and _past_where(node):
                break  # "tried to set fire to the police division, where officers fought back": it happened there
            if frame is not None and frame.value == "negated" and subject_participle(node):
                break  # "A corporal, abducted near Arroyito in July 2014, has never been found": a past of the subject
            if frame is not None and frame.value not in FACTUAL and frame.value != "historical":
                return Modality(frame.value, frame.cue)
            break
        node = node.head
    denial, claims = set(rules.get("denial_lemmas", ())), set(rules.get("claim_nouns", ()))
    node = head
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
        node = node.head.head  # "corrected reports that two had died in the blast": from the verb of the noun
    for _ in range(4):  # "denied that its jets had targeted the centre", "dismissed claims that its jets had"
        claim = node.dep_ in ("dobj", "nsubjpass") and node.lemma_.lower() in claims
        if node.head.i == node.i or (node.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acl") and not claim) or (
                finite_conj(node) and node.head.lemma_.lower() in denial) or semicolon_apart(node):
            break  # ("rejected the truce and attacked"; "... shot three men; the force denied any wrongdoing")
        node = node.head
        if node.lemma_.lower() in denial:
            return Modality("negated", node.text)
    return mod


def cumulative_patterns(lex: CodingLexicon) -> tuple:
    return _compiled(tuple(r["pattern"] for r in lex.assembly.get("cumulative", ())))


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> tuple:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def split_clauses(groups: dict, lex: CodingLexicon) -> dict:
    """The factual violent group split by clause: "captured the town after an air strike killed
    seven" is a capture and an air strike (clauses.split_by_clause)."""
    out: dict = {}
    toll = frozenset(lex.assembly.get("toll_lemmas", ()))
    for (group, cls), members in groups.items():
        if (group, cls) != ("violent", "factual"):
            out[(group, cls)] = members
            continue
        mod = {id(h): m for h, m in members}
        for n, part in enumerate(split_by_clause([h for h, _ in members], toll, lex.support_verbs)):
            out[(group if n == 0 else f"violent:c{n}", cls)] = [(h, mod[id(h)]) for h in part]
    return out


def cap_single_event(figures: dict, text: str, rules: dict) -> dict:
    """A single event's death toll above the ceiling needs single-event wording ("in a single
    strike"); otherwise it is kept out of `fatalities` (the range keeps it, with the reason)."""
    fat = figures.get("fatalities")
    ceiling = rules.get("fatality_ceiling")
    if not fat or ceiling is None:
        return figures
    top = max(v for v in (fat.get("value"), fat.get("low"), fat.get("high"), 0) if v is not None)
    low = text.lower()
    if top <= ceiling or any(c in low for c in rules.get("single_event_cues", ())):
        return figures
    flagged = {**fat, "value": None, "low": None, "high": top,
               "flag": f"above the single-event ceiling ({ceiling}) without single-event wording"}
    return {**figures, "fatalities": flagged}


def force_toll(groups: dict, lex: CodingLexicon) -> dict:
    """ "Police fired tear gas at protesters, and at least eight people were injured": injuries
    told with no one doing them, beside force used on a crowd (assembly.yaml `crowd_force_rules`),
    are that protest's toll, not an assault of their own."""
    force, hurt = groups.get(("protest", "factual")), groups.get(("violent", "factual"))
    rules_ = lex.assembly.get("crowd_force_rules", ())
    if not force or not hurt or not any(h.trigger.rule_id in rules_ for h, _ in force):
        return groups
    toll = frozenset(lex.assembly.get("toll_lemmas", ()))
    if not all(h.head.lemma_.lower() in toll and not any(c.dep_ in ("nsubj", "agent") for c in h.head.children)
               for h, _ in hurt):
        return groups
    return {k: v for k, v in groups.items() if k != ("violent", "factual")}
