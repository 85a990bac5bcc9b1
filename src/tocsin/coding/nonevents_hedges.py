"""Event words that report no event, sixth round of real-news reading: genres whose sentences
hedge, debunk or sum up (fact-checks, UN Security Council reports, satellite-imagery
investigations, humanitarian appeals, sanctions announcements, obituaries).

Called from ``nonevents.drop_reason`` and ``nonevents.nonevent_modality``; rules as data in
``data/lexicons/en/nonevents.yaml`` (keys ``claiming_verbs``, ``claim_carriers``,
``false_predicates``, ``false_adverbs``, ``life_toll_verbs``, ``life_nouns``,
``summary_toll_subjects``, ``toll_subjects``, ``vague_quantifiers``, ``policy_subjects``,
``career_verbs``, ``campaign_nouns_plural``, ``decade_words``, ``evidence_nouns``,
``report_nouns``, ``checking_verbs``, ``nobody_words``, ``denied_nouns``); tests in
``tests/coding/test_nonevents_hedges.py``.

Dropped (no event):
- a **debunked claim**: "a post claiming that the bridge had been destroyed is false", "posts
  falsely claimed that jets had bombed the airport" (an event in the "that" clause of a claim
  carried by a post, a video or a message that the sentence calls false, or of a claim verb
  with "falsely"; a report noun called false is ``nonevents_claims``);
- a **summary toll without a count**: "the fighting has already cost many lives" (a war or the
  fighting as the subject of "cost/claim lives" with no figure and no date; "the fighting on
  Monday cost 14 lives" stays);
- a **policy that targets**: "the measures target commanders responsible for attacks" (a violent
  verb whose subject is a sanction, a ban, a law);
- a **career**: "he fought in the battles for Homs and Qusayr", "she commanded offensives
  against the rebels" (one person as the subject of a career verb over plural undated events;
  "he was killed in clashes" has the person as the victim and stays);
- a past dated only by a **decade**: "fought against Kurdish rebels in the 1990s";
- a **denial**: "Rwanda rejected the accusation" (a rejection of an accusation or a report,
  ``denied_nouns``; "rejected the ceasefire proposal" stays a PLOVER REJECT).

Hypothetical:
- a **report still being checked**: "the ministry is investigating reports that troops opened
  fire on protesters", "prosecutors are looking into claims that ...".

Negated:
- **no evidence** for it: "there is no evidence that the army shelled the camp";
- a **statement nobody made**: "no official has said that Turkey will strike again" (a speech
  or claim verb whose subject is "nobody", "none" or a noun under "no").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import CodingLexicon
from .modality import Modality
from .nonevents_claims import _ancestors, _in, _lemma
from .nonevents_habits import verb_of
from .triggers import TriggerHit

DECADE = re.compile(r"^(?:1[89]|20)?\d0s$|^'\d0s$")


def _dated_or_counted(tokens) -> bool:
    """A date, a time or a figure among the tokens."""
    return any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in tokens)


def _called_false(noun: Token, r: dict) -> bool:
    """The noun is the subject of "be" with a false predicate: "the post ... is false" (or the
    parser left that "be" without a subject of its own after the claim: "[a post claiming ...] is
    false"), or of a passive removal ("the post ... was deleted": `removal_verbs`)."""
    if noun.dep_ == "nsubjpass" and _in(noun.head, r.get("removal_verbs", ())):
        return True  # "a post ..., which claimed that fighters had taken the camp, was deleted within hours"
    for be in (t for t in noun.sent if _lemma(t) == "be" and t.i > noun.i):
        subj = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (subj == [noun] or (not subj and be.dep_ != "aux")) and any(
                c.dep_ in ("acomp", "attr") and _in(c, r.get("false_predicates", ())) for c in be.children):
            return True
    return False


def _debunked_claim(hit: TriggerHit, r: dict) -> bool:
    """ "A post claiming that the bridge had been destroyed is false", "posts falsely claimed that
    jets had bombed the airport": the claim a fact-check rejects."""
    for node in _ancestors(hit.head):
        if not (node.pos_ == "VERB" and _in(node, r.get("claiming_verbs", ()))):
            continue
        if any(c.dep_ == "advmod" and _in(c, r.get("false_adverbs", ())) for c in node.children):
            return True
        if node.dep_ in ("acl", "relcl"):  # "a post claiming that ...", "a message that said ...",
            owners = [node.head]            # "a post on a Telegram channel claiming that ..."
            for _ in range(2):  # ("a post shared by a page, which claimed ...": the post)
                owner = owners[-1]
                if owner.dep_ != "pobj" or owner.head.dep_ not in ("prep", "agent"):
                    break
                owners.append(owner.head.head.head if owner.head.head.dep_ == "acl" else owner.head.head)
            return any(_in(o, r.get("claim_carriers", ())) and _called_false(o, r) for o in owners)
        if node.dep_ == "advcl" and node.tag_ == "VBG":  # "[a message shared on Monday] claiming that ...": the
            return any(c.dep_ in ("nsubj", "nsubjpass") and _in(c, r.get("claim_carriers", ())) and _called_false(c, r)
                       for c in node.head.children)  # parser hangs the claim on the verb of its carrier
        return False
    return False


def _summary_toll(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "The fighting has already cost many lives": a war's toll with no count and no date."""
    head = hit.head
    if not lex.families[hit.trigger.family].violent or head.pos_ != "NOUN" or head.dep_ != "nsubj":
        return False
    verb = head.head
    subjects = (*r.get("toll_subjects", ()), *r.get("summary_toll_subjects", ()))
    if not _in(head, subjects) or not _in(verb, r.get("life_toll_verbs", ())) or _dated_or_counted(head.sent):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj" and _in(c, r.get("life_nouns", ()))]
    many = r.get("vague_quantifiers", ())
    return any(not any(m.dep_ in ("det", "poss") and m.lower_ not in many for m in o.children) for o in objs)


def _policy_target(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "The measures target people responsible for attacks": sanctions aim at someone, no one is hit."""
    head = hit.head
    return (lex.families[hit.trigger.family].violent and head.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and _in(c, r.get("policy_subjects", ())) for c in head.children))


def _person(tok: Token) -> bool:
    return tok.lower_ in ("he", "she") or tok.ent_type_ == "PERSON"


def _career(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "He fought in the battles for Homs and Qusayr", "she led offensives against the rebels": one
    person's part in several undated events is a career (an obituary, a profile), no event ("he was
    killed in clashes" has the person as the victim and stays)."""
    if not lex.families[hit.trigger.family].violent:
        return False
    verb = verb_of(hit.head)
    if not _in(verb, r.get("career_verbs", ())) or _dated_or_counted(verb.sent):
        return False
    if not any(c.dep_ == "nsubj" and _person(c) for c in verb.children):
        return False
    args = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "during", "through")
        for g in p.children if g.dep_ == "pobj"]
    return any(a.tag_ == "NNS" and _in(a, r.get("campaign_nouns_plural", ())) for a in args)


def _decade(hit: TriggerHit, lex: CodingLexicon, r: dict) -> bool:
    """ "fought against the Kurdish rebels in the 1990s": an event dated only by a decade is a past
    told as background (a decade is no event's date; "in March 1996" is one)."""
    if not lex.families[hit.trigger.family].violent:
        return False
    verb = verb_of(hit.head)
    spans = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "throughout", "through")
             for g in p.children if g.dep_ == "pobj" and _decade_word(g, r)]
    inside = {t.i for g in spans for t in g.subtree}
    return bool(spans) and not any(t.ent_type_ in ("DATE", "TIME") or t.like_num
                                   for t in verb.subtree if t.i not in inside)


def _decade_word(tok: Token, r: dict) -> bool:
    return bool(DECADE.match(tok.text)) or tok.lower_ in r.get("decade_words", ())


def _denial(hit: TriggerHit, r: dict) -> bool:
    """ "Rwanda rejected the accusation", "the ministry dismissed the allegations": a denial, no
    rejection of a demand or a proposal ("the rebels rejected the ceasefire proposal" stays)."""
    head = hit.head
    return (hit.trigger.family == "reject" and head.pos_ == "VERB"
            and (any(c.dep_ == "dobj" and _in(c, r.get("denied_nouns", ())) for c in head.children)
                 or (head.dep_ == "relcl" and _in(head.head, r.get("denied_nouns", ())))))  # "a charge the army rejected"


def hedges_reason(hit: TriggerHit, lex: CodingLexicon, r: dict) -> str | None:
    checks = (("debunked claim", lambda: _debunked_claim(hit, r)),
              ("summary toll", lambda: _summary_toll(hit, lex, r)),
              ("policy target", lambda: _policy_target(hit, lex, r)),
              ("career", lambda: _career(hit, lex, r)), ("decade", lambda: _decade(hit, lex, r)),
              ("denial", lambda: _denial(hit, r)))
    return next((name for name, check in checks if check()), None)


# --- negated --------------------------------------------------------------------------------------
def _nobody(subj: Token, r: dict) -> bool:
    """ "no official", "nobody", "no one", "none of the groups"."""
    return _in(subj, r.get("nobody_words", ())) or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _no_evidence(head: Token, r: dict) -> str | None:
    """ "There is no evidence that the army shelled the camp", "no sign that ...": a denied claim."""
    for node in _ancestors(head):
        if node.pos_ == "NOUN" and _in(node, r.get("evidence_nouns", ())):
            if any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
                return f"no {node.text}"
            return None
    return None


def _report_checked(head: Token, r: dict) -> str | None:
    """ "The ministry is investigating reports that troops opened fire on protesters", "prosecutors
    are looking into claims that ...": a report still being checked tells no event yet."""
    for node in _ancestors(head):
        if not _in(node, r.get("report_nouns", ())):
            continue
        verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ in ("into", "on") else node.head
        nouns = r.get("checking_nouns", ())
        if node.dep_ in ("dobj", "pobj") and (_in(verb, r.get("checking_verbs", ())) or _in(verb, nouns) or any(
                c.dep_ == "dobj" and _in(c, nouns) for c in verb.children)):
            return f"{verb.text} {node.text}"  # ("opened an investigation into allegations that ...")
        return None
    return None


def _no_subject_lost(head: Token) -> str | None:
    """ "No attack on Niger's armed forces since independence had killed so many soldiers": the
    small model makes "No attack" the sentence's root and hangs the verb on it as a clause; the
    negated noun is its subject."""
    root = head.sent.root
    first = head.sent[0]
    if not (root.pos_ == "NOUN" and first.lower_ == "no" and first.head.i == root.i and head.i > root.i
            and head.pos_ == "VERB"):
        return None
    node = head
    while node.i != root.i and node.dep_ in ("advcl", "acl", "relcl", "conj"):
        node = node.head
    return f"{first.text} {root.text}" if node.i == root.i else None


def hedges_modality(hit: TriggerHit, lex: CodingLexicon, r: dict) -> Modality | None:
    head = hit.head
    cue = _no_evidence(head, r) or _no_subject_lost(head)
    if cue:
        return Modality("negated", cue)
    cue = _report_checked(head, r)
    if cue:
        return Modality("hypothetical", cue)
    if head.pos_ != "VERB" or lex.families[hit.trigger.family].violent:
        return None  # ("no one was killed" is the modality module's; a speech act is ours)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and _nobody(subj, r):
        return Modality("negated", " ".join(t.text for t in subj.subtree))
    return None
