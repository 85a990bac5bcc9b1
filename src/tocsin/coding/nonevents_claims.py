"""Event words that report no event, fourth round of real-news reading: genres dense with
statements that are not events (live blogs, explainers, op-eds, UN briefing transcripts,
weekly round-ups).

Called from ``nonevents.drop_reason`` and ``nonevents.nonevent_modality``; rules as data in
``data/lexicons/en/nonevents.yaml`` (keys ``retracted_sources``, ``earlier_modifiers``,
``correction_labels``, ``report_nouns``, ``false_predicates``, ``denial_verbs``,
``evidence_verbs``, ``seeming_verbs``, ``unverified_words``, ``possession_verbs``,
``failed_talk_nouns``, ``generic_cause_nouns``, ``period_toll_patterns``, ``reaction_words``,
``news_adverbs``, ``prospect_nouns``, ``scenario_nouns``, ``reputation_words``,
``future_time_words``, ``non_hostile_fire_modifiers``);
tests in ``tests/coding/test_nonevents_claims.py``.

Dropped (no event):
- a **retracted report**: "Correction: an earlier post said the rebels had taken the airport",
  "a previous version of this story said ...";
- a **report called false**: "reports that the rebels had seized the headquarters are false",
  "the army denied reports that ...";
- **unverified footage**: "unverified video appears to show fighters detaining soldiers",
  "footage purportedly shows ..." (footage that shows an event, unhedged, stays);
- a **standing force**: "Rwanda has 3,000 troops in Congo fighting alongside the rebels" (a
  present "have/keep/maintain" over forces described by a participle: a state);
- **talks described by an agreement verb**: "talks brokered by Angola collapsed": no deal;
- a **reaction** to an event told elsewhere: "we are horrified by the attack on the town",
  "officials were shocked at the killings" (a definite event noun with no clause, figure or
  date of its own; "shocked by an attack on Monday that killed six" stays);
- a **toll over a period of generic violence**: "between January and June, 3,661 people were
  killed in gang violence", "so far this year violence has killed 1,200" (a count of months,
  not one event; "13 soldiers were killed in fighting around Goma" stays);
- **non-hostile fire**: "celebratory gunfire", "stray gunfire" is no clash (a wounding it
  causes stays an event; ``non_hostile_fire_modifiers``);
- an **unconfirmed report**: "unconfirmed reports say gunmen have stormed a police station";
- an actor's **track record**: "Al-Shabaab has carried out attacks in Kenya and Uganda" (a
  present perfect over bare plurals spread over several places, no date and no figure in the
  sentence; "government forces have shelled villages near Saraqib" is news and stays).

Hypothetical (or future):
- a **prospect**: "the risk is that a single drone strike sparks a wider war" (``prospect_nouns``);
- a **scenario**: "in a worst-case scenario, the rebels seize the capital" (``scenario_nouns``);
- a **reputation**: "the group is known for kidnapping foreigners" (``reputation_words``);
- a **present with a future time**: "next week, ECOWAS leaders meet in Abuja" (``future_time_words``);
- a **standing accusation** in the present, with no date: "Congo accuses Rwanda of using the
  rebels to loot minerals" (the accusation and the practice it names); a dated or past
  accusation ("accused the army on Monday of shelling") stays an event.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from .lexicon import CodingLexicon, read_lexicon
from .modality import Modality
from .verification import unverified_predicate, verification_withheld, verification_words
from .hearsay import prospect_of, rumoured
from .triggers import TriggerHit

PRESENT = ("VBP", "VBZ")
CLIMB = ("ccomp", "xcomp", "conj", "dobj", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _periods() -> tuple[re.Pattern, ...]:
    raw = read_lexicon("nonevents", "en")
    return tuple(re.compile(p, re.IGNORECASE) for p in raw.get("period_toll_patterns", ()))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _in(tok: Token, words) -> bool:
    return _lemma(tok) in words or tok.lower_ in words


def _ancestors(tok: Token, limit: int = 10) -> list[Token]:
    """The nodes above the trigger, through clauses and arguments (not across a sentence root)."""
    out, node = [], tok
    for _ in range(limit):
        if node.head.i == node.i or node.dep_ not in CLIMB:
            break
        node = node.head
        out.append(node)
    return out


def _retracted(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "Correction: an earlier post said ...": a report the outlet withdrew."""
    reporting = set(lex.modality["reporting_verbs"])
    verb = next((a for a in _ancestors(hit.head) if _lemma(a) in reporting and a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if _in(subj, r.get("retracted_sources", ())) and any(
                c.dep_ in ("amod", "advmod", "compound") and _in(c, r.get("earlier_modifiers", ()))
                for c in subj.children):
            return True
    labels = r.get("correction_labels", ())
    before = [t for t in hit.head.sent if t.i < verb.i]
    return any(t.lower_ in labels and t.i + 1 < len(t.doc) and t.nbor(1).text == ":" for t in before)


def _unconfirmed_report(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "Unconfirmed reports say gunmen have stormed a police station": nobody stands behind it."""
    reporting = set(lex.modality["reporting_verbs"])
    verb = next((a for a in _ancestors(hit.head) if _lemma(a) in reporting and a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(m.dep_ == "amod" and m.lower_ in r.get("unverified_words", ())
                                                for m in c.children) for c in verb.children)


def _called_false(hit: TriggerHit, r: dict) -> bool:
    """ "reports that X are false", "denied reports that X": a report its subject rejects."""
    for node in _ancestors(hit.head):
        if node.tag_ in ("VB", "VBD", "VBG", "VBN") or not (
                _in(node, r.get("report_nouns", ())) or _in(node, r.get("claim_carriers", ()))):
            continue  # ("posts claiming that ...": the carrier, not its verb)
        head = node.head
        if node.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in r.get("false_seemers", ()):
            head = next((c for c in head.children if c.dep_ == "xcomp" and _lemma(c) == "be"), head)  # "turned out to be false"
        if node.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in r.get("false_copulas", ("be",)):  # "proved unfounded"
            return any(c.dep_ in ("acomp", "attr", "oprd") and _in(c, r.get("false_predicates", ())) for c in head.children)
        if node.dep_ == "pobj" and head.dep_ == "prep" and _in(head.head, r.get("denial_verbs", ())):
            return True  # "dismissed as 'provocation' posts claiming that ..."
        if node.tag_ in ("VBZ", "VBP"):  # "that reports that he had been wounded were false", read as a verb
            return any(_lemma(c) == "be" and any(a.dep_ in ("acomp", "attr") and _in(a, r.get("false_predicates", ()))
                                                 for a in c.children) for c in node.children)
        if node.dep_ == "dobj" and _in(head, r.get("denial_verbs", ())):
            return True
        return False
    return False


def _seems(node: Token, r: dict) -> bool:
    """ "appears to show", "said to show" (or misparsed as a purpose: "purports [to show ...]")."""
    return node.dep_ in ("xcomp", "advcl") and _in(node.head, r.get("seeming_verbs", ())) and (
        node.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))


def _unverified_footage(hit: TriggerHit, r: dict) -> bool:
    """ "unverified video appears to show fighters detaining soldiers": footage nobody confirmed."""
    shown = [n for n in _ancestors(hit.head) if _in(n, r.get("evidence_verbs", ()))]
    if any(_seems(n, r) for n in shown):
        return True  # "appears to show", "seems to show", "purports to show" (over "filmed": "purports
    for node in shown[:1]:  # to show soldiers executing prisoners was filmed in 2018", misparsed)
        if any(c.dep_ == "advmod" and c.lower_ in r.get("unverified_words", ()) for c in node.children):
            return True  # "purportedly shows"
        return any(t.lower_ in r.get("unverified_words", ()) for t in node.sent if t.i < node.i)
    return False


def _standing_force(hit: TriggerHit, r: dict) -> bool:
    """ "Rwanda has 3,000 troops in Congo fighting alongside the M23": a presence, not a clash."""
    head = hit.head
    if head.tag_ != "VBG" or head.dep_ != "acl" or any(c.dep_ in ("aux", "nsubj") for c in head.children):
        return False
    noun = head.head
    verb = noun.head
    return (noun.dep_ == "dobj" and _in(verb, r.get("possession_verbs", ())) and verb.tag_ in PRESENT
            and not any(c.dep_ == "aux" for c in verb.children))


def _failed_talks(hit: TriggerHit, r: dict) -> bool:
    """ "talks brokered by Angola collapsed": the participle describes the talks, no deal."""
    head = hit.head
    if hit.trigger.family != "agreement" or head.tag_ != "VBN" or head.dep_ not in ("acl", "amod"):
        return False
    node = head.head
    for _ in range(4):  # (the parser may hang it on the parties: "talks between X and Y brokered by Z")
        if _in(node, r.get("failed_talk_nouns", ())):
            return True
        if node.dep_ not in ("pobj", "prep", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _standing_deal(hit: TriggerHit, r: dict) -> bool:
    """ "a return to the lines of the zone agreed in Sochi", "violated the truce brokered by
    Moscow": a participle naming a deal made before, with no date of its own, is no new deal
    ("the truce agreed on Thursday" is dated; "a truce brokered by Qatar took effect" is told)."""
    head = hit.head
    if hit.trigger.family != "agreement" or head.tag_ != "VBN" or head.dep_ not in ("acl", "amod"):
        return False
    noun = head.head
    return (noun.dep_ in r.get("standing_deal_deps", ()) and noun.i < head.i
            and not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree))


def _period_toll(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "between January and June, 3,661 people were killed in gang violence": months of violence."""
    if not lex.families[hit.trigger.family].violent:
        return False
    sent = hit.head.sent
    if not any(p.search(sent.text) for p in _periods()):
        return False
    causes = r.get("generic_cause_nouns", ())
    for verb in (t for t in sent if _in(t, r.get("death_verbs", ())) and t.pos_ == "VERB"):
        chain = [verb, *verb.conjuncts]  # "killed or injured by explosive weapons"
        kids = [c for v in chain for c in v.children]
        cause = [c for c in kids if c.dep_ == "nsubj" and _in(c, causes)]
        pobjs = [g for p in kids if (p.dep_ == "prep" and p.lower_ in ("in", "by", "across", "throughout"))
                 or p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
        cause += [g for g in pobjs if _in(g, causes)]
        own = hit.head in chain
        if cause and (own or hit.head in cause):
            return True
        # "so far this year, 43 aid workers have been killed in the country": no cause, only a scope
        bare = not any(c.dep_ in ("nsubj", "agent") for c in kids)
        if (bare and own and pobjs
                and all(_in(g, r.get("scope_nouns", ())) for g in pobjs if g.dep_ == "pobj")):
            return True
    return False


def _spread(nodes: list[Token]) -> bool:
    """ "in Kenya and Uganda", "across the Sahel": the events are spread over several places."""
    preps = [c for n in nodes for c in n.children if c.dep_ == "prep"]
    if any(p.lower_ in ("across", "throughout") for p in preps):
        return True
    places = [g for p in preps if p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    return len(places) > 1 or any(c.dep_ == "conj" for g in places for c in g.children)


def _track_record(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "Al-Shabaab has carried out attacks in Kenya and Uganda": an actor's record over bare
    plurals in the present perfect, spread over several places, with no date and no figure in
    the sentence ("government forces have shelled villages near Saraqib" is news and stays)."""
    head = hit.head
    if not lex.families[hit.trigger.family].violent:
        return False
    if head.tag_ == "NNS" and head.dep_ == "dobj":
        verb, noun = head.head, head
    elif head.pos_ == "VERB":  # (or the passive's subject: "pastors have been kidnapped and chapels burned")
        verb, noun = head, next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    else:
        return False
    if noun is None or noun.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in noun.children):
        return False
    frame = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) else verb
    auxes = [c for c in frame.children if c.dep_ == "aux"]  # "has kidnapped aid workers and ambushed convoys"
    perfect = frame.tag_ == "VBN" and verb.tag_ in ("VBN", "VBD") and any(
        _lemma(a) == "have" and a.tag_ in PRESENT for a in auxes)
    sent = head.sent
    dated = any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in sent)
    return (perfect and _spread([verb, noun, frame, *frame.conjuncts]) and not dated
            and not any(_in(c, r.get("news_adverbs", ())) for c in verb.children))


def _reaction(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "We are horrified by the attack on the town": a reaction to an event told elsewhere."""
    head = hit.head
    if not lex.families[hit.trigger.family].violent or head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ not in ("by", "at", "over") or not _in(prep.head, r.get("reaction_words", ())):
        return False
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children)
    told_here = any(c.dep_ in ("relcl", "acl") for c in head.children) or any(
        t.like_num or t.ent_type_ in ("DATE", "TIME") for t in head.subtree)
    return definite and not told_here


def _non_hostile_fire(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "celebratory gunfire wounded three people", "stray gunfire": no exchange between parties
    (the wounding stays an event of its own)."""
    head = hit.head
    return (lex.families[hit.trigger.family].violent and head.pos_ == "NOUN"
            and any(c.dep_ in ("amod", "compound") and _in(c, r.get("non_hostile_fire_modifiers", ()))
                    for c in head.children))


def claims_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("retracted", lambda: _retracted(hit, lex, r)), ("called false", lambda: _called_false(hit, r)),
              ("unverified footage", lambda: _unverified_footage(hit, r)),
              ("standing force", lambda: _standing_force(hit, r)), ("failed talks", lambda: _failed_talks(hit, r)),
              ("standing deal", lambda: _standing_deal(hit, r)),
              ("period toll", lambda: _period_toll(hit, lex, r)), ("reaction", lambda: _reaction(hit, lex, r)),
              ("unconfirmed report", lambda: _unconfirmed_report(hit, lex, r)),
              ("track record", lambda: _track_record(hit, lex, r)),
              ("non-hostile fire", lambda: _non_hostile_fire(hit, lex, r)))
    return next((name for name, check in checks if check()), None)


# --- hypothetical ---------------------------------------------------------------------------------
def _undated(tok: Token) -> bool:
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)


def _of_gerund(verb: Token) -> Token | None:
    preps = [p for n in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in n.children
             if p.dep_ == "prep" and p.lower_ == "of"]  # (or hung on the accused: "accuses the junta of ...")
    return next((g for p in preps for g in p.children
                 if (g.dep_ == "pcomp" and g.tag_ == "VBG")  # "of using", or misparsed "of [burning villages]"
                 or (g.dep_ == "pobj" and any(c.dep_ == "amod" and c.tag_ == "VBG" for c in g.children))), None)


def _standing_accuser(verb: Token, r: dict) -> bool:
    """ "Congo accuses Rwanda of ...": a present accusation with no date, a stance."""
    return (_in(verb, r.get("allegation_verbs", ())) and verb.tag_ in PRESENT
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and _of_gerund(verb) is not None and _undated(verb))


def _likely(noun: Token, r: dict) -> bool:
    """ "the likeliest outcome", "the most probable result": a guess at what comes."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in r.get("prospect_modifiers", ()) for c in noun.children)


def _framed(head: Token, r: dict) -> str | None:
    """ "The risk is that a drone strike sparks a wider war", "in a worst-case scenario the rebels
    seize the capital", "the group is known for kidnapping foreigners", "next week leaders meet"."""
    if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ == "for" and _in(
            head.head.head, r.get("reputation_words", ())):
        return f"{head.head.head.text} for"
    prospect = prospect_of(head, r)
    if prospect:
        return prospect
    nodes = [head, *_ancestors(head)]
    for node in nodes:
        if node.dep_ in ("ccomp", "attr") and _lemma(node.head) == "be" and any(
                c.dep_ == "nsubj" and (_in(c, r.get("prospect_nouns", ())) or _likely(c, r)) for c in node.head.children):
            return f"{next(c.text for c in node.head.children if c.dep_ == 'nsubj')} is that"
        for p in (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("in", "under")):
            if any(g.dep_ == "pobj" and _in(g, r.get("scenario_nouns", ())) for g in p.children):
                return "scenario"
    verb = head if head.pos_ == "VERB" else None
    if verb is not None and verb.tag_ in PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        for c in verb.children:
            if c.dep_ in ("npadvmod", "advmod") and any(t.lower_ in r.get("future_time_words", ()) for t in c.subtree):
                return "future"
    return None


def claims_modality(hit: TriggerHit, r: dict) -> Modality | None:
    head = hit.head
    rumour = rumoured(head, r)
    if rumour is not None:  # "A rumour that the ELN had executed a guard spread ..."
        return Modality("hypothetical", rumour.text)
    framed = _framed(head, r)
    if framed is not None:
        return Modality("future" if framed == "future" else "hypothetical", framed)
    if _standing_accuser(head, r):
        return Modality("hypothetical", f"{head.text} (standing accusation)")
    node = head
    for _ in range(6):  # "accuses Rwanda of using the M23 to loot minerals": the practice it names
        if node.head.i == node.i or node.dep_ not in ("xcomp", "advcl", "dobj", "conj", "pcomp", "prep", "pobj",
                                                     "amod"):
            return None
        node = node.head
        if _standing_accuser(node, r):
            return Modality("hypothetical", f"{node.text} (standing accusation)")
    return None


def denies_the_claim(sent, lex: CodingLexicon):
    """ "The Government of National Accord denied the claim and said ...": the denial verb of a
    sentence that denies the claim told just before it (assembly.yaml `denial_lemmas`,
    `claim_nouns`), or None; not one whose claim is its own subject, told before the denial."""
    denials, claims = set(lex.assembly.get("denial_lemmas", ())), set(lex.assembly.get("claim_nouns", ()))
    return next((t for t in sent if _lemma(t) in denials and any(
        c.dep_ == "dobj" and _lemma(c) in claims and any(d.lower_ in ("the", "this", "that", "these", "those") for d in c.children)
        for c in t.children) and not any(  # ("Reports of a mass grave could not be verified; the governor
        _lemma(n) in claims and n.dep_ in ("nsubj", "nsubjpass") and n.i < t.i for n in sent)), None)  # rejected the claim": its own)


def _own_content(noun) -> bool:
    """A report noun that tells its own content: "reports circulating on Monday that an order had
    been issued", "reports of a mass grave on the outskirts" (a new thing, not "reports of the attack")."""
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children) for g in p.children) for p in noun.children):
        return True
    return any(d.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.subtree)
               or (d.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.children))
               for d in noun.subtree if d.i != noun.i)  # ("reports on social media that shots were fired": a relcl)


def withholds_verification(sent, lex: CodingLexicon) -> bool:
    """ "We have not been able to confirm them", "Government officials could not verify the
    report": the sentence says the report told just before it could not be verified (not "could
    not be independently verified", modality.yaml `verification_kept`)."""
    verbs, kept = verification_words(lex)
    claims = set(lex.assembly.get("claim_nouns", ())) | {"it", "them", "account", "footage", "video", "videos"}
    own = set(lex.assembly.get("claim_nouns", ()))
    if unverified_predicate(sent, lex):  # "These reports remain unconfirmed."
        return not any(_lemma(n) in own and _own_content(n) for n in sent)  # (not "Reports that X ... could not be verified")
    return any(_lemma(t) in verbs and t.pos_ == "VERB" and verification_withheld(t, kept) and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in claims or _lemma(c) in claims)
        # ("Unverified reports ... that fighters had entered Sake were denied ..., and partners
        # could not confirm them": the pronoun is the sentence's own reports)
        and not (c.lower_ in ("it", "them") and any(_lemma(n) in own and any(d.dep_ in ("acl", "ccomp", "relcl") for d in n.subtree)
                                                    for n in sent if n.i < t.i))  # (a report with its own content)
        and not _own_content(c)  # ("Reports that an order had been issued could not be verified")
        for c in t.children) for t in sent)


def disputed(events: list, prev_start: int, lex: CodingLexicon, cue: str = "claim denied", any_speech: bool = True,
             unclaimed: bool = False) -> list:
    """The records of the sentence at `prev_start` that a claim verb reported ("claimed on
    Saturday that his forces had 'liberated' the airport"), or with `any_speech` any speech verb
    ("Al Masirah said the group's fighters had overrun the camp"), once the next sentence denies
    the claim or says it could not be verified: disputed, not an event that happened
    (hypothetical).  A denial that follows a claim of its own sentence ("others claimed ..., but
    officials denied the claim") reaches back only to claim verbs.  `unclaimed`: only records with
    no actor1 (a report that could not be verified is dropped; a side's claim of its own act,
    "Hezbollah says it has fired 320 rockets. We cannot verify the claim.", stays its claim)."""
    claim_verbs = set(lex.assembly.get("claim_verbs", ()))
    return [replace(e, modality="hypothetical", modality_cue=cue)
            if e.evidence.get("start") == prev_start and e.modality == "reported"
            and (any_speech or (e.modality_cue or "").lower() in claim_verbs)
            and not (unclaimed and any(a.get("role") == "actor1" for a in e.actors)) else e for e in events]
