"""Generic statements and practices told as such (fifth round of real-news reading; split from
``nonevents_generic.py``, which keeps the statements dropped).

Called from ``nonevents.nonevent_modality``; rules as data in ``data/lexicons/en/nonevents.yaml``
(keys ``generic_pronouns`` and those the functions name); tests in
``tests/coding/test_nonevents_generic.py``.

Hypothetical (a habit, not an event):
- a **generic present**: "They attack army posts, convoys and villages", "the authorities face
  attacks of their own" -- a simple present whose subject is a pronoun or a plural and whose
  object is a bare plural (or none), with no figure and no date in the clause, told in the body
  of a story (a headline, "Gunmen attack army base", has no full stop and stays);
- a **past habit**: "they used to set fire to the market stalls".

- a **practice** told: "... whenever they suffer losses", "survivors said the insurgents behead
  the men they capture" (a present not back-shifted under a past speech verb), "aircraft hit
  only military sites";
- a **stance**: a verbal act in the simple present or the undated present perfect ("rejects
  any truce", "has threatened to drive the army back if ..."; a dated threat stays an event);
- a **claim dismissed** in the same sentence ("..., a claim the mission dismissed as propaganda");
- a **rumour**'s content: "rumours spread through the town that the insurgents were marching on it".
"""
from __future__ import annotations

from spacy.tokens import Token

from .nonevents_habits import _bare_plural, _counted, _present, verb_of
from .triggers import TriggerHit


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _generic_subject(verb: Token, r: dict) -> bool:
    node = verb
    while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "... and kidnap foreigners": the first verb's subject
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ in r.get("generic_pronouns", ()) or s.tag_ == "NNS" for s in subjects)


def _in_body(verb: Token) -> bool:
    """Not a headline or a first line: the sentence ends with a full stop and is not the text's first."""
    sent = verb.sent
    return sent.start > 0 and sent.text.rstrip().endswith((".", '."', ".'", ".\u201d"))


def _generic_present(hit: TriggerHit, r: dict) -> str | None:
    head = hit.head
    verb = head if head.pos_ == "VERB" else verb_of(head)
    if head.i != verb.i and not (head.dep_ == "dobj" and head.head.i == verb.i and _bare_plural(head)):
        return None  # a noun trigger: only the bare plural object of the present verb ("face attacks")
    chain = [verb]
    if verb.tag_ == "VB" and verb.dep_ in ("compound", "amod") and verb.head.dep_ == "conj" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head  # "mount checkpoints and abduct travellers", "abduct" read as the travellers' modifier
        chain.append(verb)
    while verb.tag_ == "VB" and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head  # "They raid villages, burn granaries and abduct farmers": the first verb's tense
        chain.append(verb)
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or not _present(verb):
        return None
    objects = [c for v in chain for c in v.children if c.dep_ == "dobj"]
    if any(not _bare_plural(o) for o in objects) or not _generic_subject(verb, r):
        return None
    if _counted(verb) or not _in_body(verb):
        return None
    return f"{verb.text} (generic present)"


def _past_habit(hit: TriggerHit) -> str | None:
    """ "they used to set fire to the stalls": "used" with an infinitive and no object."""
    node = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    used = node.head
    if (node.dep_ == "xcomp" and _lemma(used) == "use" and used.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and not any(c.dep_ in ("dobj", "auxpass") for c in used.children)):
        return "used to"
    return None


def _whenever(hit: TriggerHit, r: dict) -> str | None:
    """ "the terrorists target the neighbourhoods with rockets whenever they suffer losses"."""
    verb = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        cue = next((m.text for m in clause.children if m.dep_ in ("advmod", "mark") and m.lower_ in r.get("habit_marks", ())), None)
        if cue:
            return cue
    return None


def _present_in_past_speech(hit: TriggerHit, r: dict) -> str | None:
    """ "Survivors said the insurgents behead the men they capture": a simple present under a
    past speech verb is not back-shifted -- a practice told, not an event."""
    verb = hit.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or not _present(verb) or verb.dep_ != "ccomp":
        return None
    say = verb.head
    if say.tag_ != "VBD" or _lemma(say) not in r.get("speech_verbs", ()) or _counted(verb):
        return None
    return f"{say.text} ... {verb.text}"


def _only_practice(hit: TriggerHit) -> str | None:
    """ "LNA aircraft hit only military sites": what is (or is not) ever hit, no one strike."""
    verb = hit.head if hit.head.pos_ == "VERB" else verb_of(hit.head)
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"):
        only = next((a for a in obj.children if a.lower_ == "only"), None) or next(
            (a for a in verb.children if a.dep_ == "advmod" and a.lower_ == "only"), None)
        if only is not None and not any(c.dep_ in ("det", "nummod", "poss") for c in obj.children) and not _counted(verb):
            return "only"
    return None


def _rumour(hit: TriggerHit, r: dict) -> str | None:
    """ "Rumours spread through Pemba that the insurgents were marching on the town": a rumour's content."""
    node = hit.head
    words = r.get("rumour_nouns", ())
    for _ in range(6):
        if node.dep_ in ("ccomp", "acl", "advcl") and node.head.i != node.i:
            gov = node.head
            if _lemma(gov) in words:
                return gov.text
            subject = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subject is not None and (_lemma(subject) in words or _circulating(subject, r)):
                return subject.text  # ("a message circulating on WhatsApp claimed that ...")
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _circulating(noun: Token, r: dict) -> bool:
    """A message, post or video that circulates or is shared on social media: a rumour's carrier
    (nonevents.yaml `claim_carriers`, `social_media_words`)."""
    if _lemma(noun) not in r.get("claim_carriers", ()):
        return False
    words = set(r.get("social_media_words", ()))
    return any(t.lemma_.lower() in words or t.lower_ in words for t in noun.subtree)


def _stance(hit: TriggerHit, verbal: bool, r: dict | None = None) -> str | None:
    """A verbal act told as a standing position, not an act on a day: a simple present ("Hurras
    al-Din rejects any truce with Damascus and says it will fight on") or a present perfect with
    no date ("Erdogan has threatened to drive the army back if ...") in a story's body; a document
    that accuses (an arrest warrant, a sanctions listing: `document_nouns`) whatever its dates."""
    verb = hit.head
    if not verbal or verb.pos_ != "VERB" or not _in_body(verb):
        return None
    own = {t.i for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree}
    for clause in (t for t in verb.subtree if t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless", "until", "once") for m in t.children)):
        own -= {t.i for t in clause.subtree}  # "... if it does not pull out by the end of February": a deadline
    document = any(c.dep_ == "nsubj" and _lemma(c) in (r or {}).get("document_nouns", ()) for c in verb.children)
    if not document and any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in verb.sent if t.i in own):
        return None  # (the subject's "formed in 2018" dates the group, not the act; a warrant's dates are its charges')
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    present = verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)) or (
        verb.tag_ == "VB" and verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)
        and not any(c.dep_ == "aux" for c in (*verb.children, *verb.head.children)))  # "set fire ... and then blame the army"
    if present and not auxes and verb.dep_ in ("ROOT", "conj"):  # ("listings accuse" tagged VB, with its subject)
        return f"{verb.text} (stance)"
    if verb.tag_ == "VBN" and any(_lemma(a) == "have" and a.tag_ in ("VBP", "VBZ") for a in auxes):
        return f"has {verb.text} (stance)"
    return None


def _claim_dismissed(hit: TriggerHit, r: dict) -> str | None:
    """ "... had repelled the offensive and killed dozens of soldiers, a claim the mission
    dismissed as propaganda": the claim's events are disputed."""
    sent = hit.head.sent
    for noun in (t for t in sent if t.i > hit.head.i and _lemma(t) in r.get("disputed_claim_nouns", ())):
        if any(t.text == ";" for t in sent.doc[hit.head.i:noun.i]):
            break  # "... was shot dead; police blamed a feud, a version his family rejects": the blame's claim
        denial = next((c for c in noun.subtree if c.dep_ in ("relcl", "acl") and _lemma(c) in r.get("denial_verbs", ())), None)
        if denial is not None:  # (the parser may hang it on an apposition: "a claim [the mission dismissed]")
            return f"{noun.text} {denial.text}"
    return None


def generic_modality(hit: TriggerHit, r: dict, verbal: bool = False) -> str | None:
    """The cue that makes `hit` a habit or a standing position (hypothetical), or None."""
    return (_stance(hit, verbal, r) or _generic_present(hit, r) or _past_habit(hit) or _whenever(hit, r) or _present_in_past_speech(hit, r)
            or _only_practice(hit) or _rumour(hit, r) or _claim_dismissed(hit, r))
