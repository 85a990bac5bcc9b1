"""Another time or place brought in as a parallel, and the case at hand measured against it
("compare the setbacks to 2020 in Mozambique, when insurgents overran the port", "the scenes
recall Odi, which soldiers razed in 1999", "the last time unrest on this scale shook the country",
"could reach the scale of 9 April 1989, when ...", "Never before had the two armies traded fire on
this scale").  Split out of coding/nonevents_frames.py, whose ``frames_reason`` calls these; rules
as data in ``nonevents.yaml`` (``parallel_cues``, ``likeness_verbs``, ``memory_verbs``,
``reminder_nouns``, ``measure_nouns``, ...)."""
from __future__ import annotations

from spacy.tokens import Token

from .nonevents_claims import _in
from .triggers import TriggerHit

def _parallel_case(hit: TriggerHit, r: dict) -> bool:
    """Another time or place brought in as a parallel: "compare the week's setbacks to 2020 in
    Mozambique, when insurgents overran the port", "like to cite Peru, where ..., and Sri Lanka's
    final offensive in 2009", "fear a repeat of 2007, when the army besieged the camp", "similar
    dynamics were seen in 2021 in Michoacan, where fighting emptied villages", "offers an uneasy
    parallel: in 2017 a man was shot dead", "far below that of late 2020, when 90,000 fled"
    (nonevents.yaml `parallel_cues`, `parallel_comparatives`; the act compared itself stays an
    event: "compared Monday's bombing to ...")."""
    sent = hit.head.sent
    if _likeness(hit, sent, r):
        return True
    cue = next((t for t in sent if t.i < hit.head.i and (_in(t, r.get("parallel_cues", ())) or _that_of(t, r)
                                                        or _measure_of_date(t, r))), None)
    if cue is None:
        return False
    if any(t.text == ":" and cue.i < t.i < hit.head.i for t in sent) and cue.pos_ == "NOUN":
        return True  # "reached for a foreign parallel: the assault on the Capitol"
    if cue.dep_ in ("nsubj", "nsubjpass") and _that_of(cue, r) and cue.head.i in {a.i for a in (hit.head, *hit.head.ancestors)}:
        return True  # "exceeds that seen in 2016, when fighting drove ...", parsed with "that" as the subject of "drove"
    if any(cue.lower_.startswith(v) for v in r.get("parallel_object_verbs", ())) and cue.i < hit.head.i:
        # "resembles that seen after the Turbi massacre", even with "resembles" parsed as a noun (a verb's
        # object only: "gunfire echoed through the city as troops moved in" compares nothing)
        held = [c for c in cue.children if c.dep_ == "dobj"] if cue.pos_ in ("VERB", "AUX") else [cue]
        if {c.i for c in held} & {a.i for a in (hit.head, *hit.head.ancestors)}:
            return True
    anchor = cue.head if cue.dep_ == "amod" or (cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "attr")) else cue
    # ("Similar dynamics were seen ...", "aid workers draw parallels with the camps around Goma")
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor is not cue:
        anchor = anchor.head
    for a in (hit.head, *hit.head.ancestors):
        if a.i == anchor.i:
            break
        if a.dep_ in ("relcl", "advcl") and any(c.dep_ in ("advmod", "nsubj", "nsubjpass") and c.lower_ in ("where", "when", "which")
                                                for c in a.children) and anchor in a.ancestors:
            return True  # the parallel's own "where" / "when" / "which" clause
        if a.dep_ in ("relcl", "advcl", "conj") and anchor in a.ancestors and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() == "time" and any(d.lower_ in ("last", "first", "previous") for d in c.children)
                for c in a.children):
            return True  # "..., the last time unrest on this scale shook the country" (however hung)
        if a.dep_ == "pobj" and a.head.lower_ in ("to", "with") and anchor in a.ancestors:
            return True  # "compare X to [Y]", "compare the scale with [the clashes of the 1990s]"
        if a.head.i == cue.i and a.dep_ in ("dobj", "conj", "appos") and cue.pos_ == "VERB" and cue.lemma_.lower() == "cite":
            return True  # "cite [Peru ... and Sri Lanka's final offensive]"
        if a.head.i == cue.i and a.dep_ == "dobj" and _in(cue, r.get("parallel_object_verbs", ())):
            return True  # "resembles [the cycles of violence seen in Kereneik]"
    return False


_CONTRASTS = frozenset({"although", "though", "while", "whereas"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _likeness(hit: TriggerHit, sent, r: dict) -> bool:
    """More shapes of a parallel (nonevents.yaml `parallel_object_verbs`, `likeness_verbs`,
    `likeness_subjects`, `parallel_cues`):
    - "the market attack resembles the rampage at Kunming in March, which ...": all that follows the
      object of "resembles" (the parser may hang the "which" clause on "March"), and the definite
      case at hand before it, told already;
    - "the scenes recall Odi, which soldiers razed in 1999": a scene, not a person, recalls;
    - "see a parallel in the 2018 clashes"; "similar attacks were seen in Sao Paulo in 2006";
    - "likened the spree to the 2010 massacre, although the victims then were abducted travellers":
      the contrast goes on with the other case."""
    head = hit.head
    for verb in (t for t in sent if (t.pos_ in ("VERB", "AUX") and (_in(t, r.get("parallel_object_verbs", ())) or (
            _in(t, r.get("likeness_verbs", ())) and (any(c.dep_ == "nsubj" and _in(c, r.get("likeness_subjects", ()))
                                                         for c in t.children) or (  # ("the footage recalled ...", parsed
                t.dep_ == "acl" and t.tag_ == "VBD" and _in(t.head, r.get("likeness_subjects", ())))  # as a modifier)
                or _other_year(t))))) or _to_mind(t, r)):
        # (the object misparsed as a second subject after the verb: "the images recall Zaki Biam, which ...")
        objs = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ in ("nsubj", "attr", "npadvmod") and c.i > verb.i)]
        # (and a time parsed as an adverb: "the visit recalled November 2018, when ...")
        subj = next((c for c in reversed(list(verb.children)) if c.dep_ == "nsubj" and c.i < verb.i), None)  # (the nearest:
        # "18:45 GMT - For older Monrovians the siege recalls 1990": not the time stamp)
        if objs and head.i >= objs[0].i and verb in head.ancestors:
            return True
        if objs and head.i > objs[0].i and _relative_between(sent.doc, objs[0].i, head.i):
            return True  # (the parallel's own clause hung elsewhere by the parser: "recalls November 1999, when the army expelled")
        if subj is not None and head.i == subj.i and _definite(subj):
            return True
    for verb in (t for t in sent if (t.pos_ == "VERB" and _in(t, r.get("memory_verbs", ()))) or _memory_after_verb(t, r)):
        memory = verb if _in(verb, r.get("memory_nouns", ())) else next(
            (c for c in verb.children if c.dep_ == "dobj" and _in(c, r.get("memory_nouns", ()))), None)
        if memory is not None and head.dep_ == "nsubj" and head.head.i == verb.i and _definite(head):
            return True  # "the attacks revive memories of June 2014, when ...": the case at hand, told already
        if memory is not None and head.i > memory.i and (memory in head.ancestors or any(
                a.dep_ == "advcl" and a.head.i == verb.i for a in (head, *head.ancestors))
                or _relative_between(sent.doc, memory.i, head.i)):  # (however the parser hangs "one man killed")
            return True  # ... and the case remembered, a parallel ("memories of July 2013, when rebels ambushed ...")
    if head.dep_ == "nsubj" and _definite(head) and any(
            c.dep_ == "attr" and _in(c, r.get("reminder_nouns", ())) and any(p.dep_ == "prep" and p.lower_ == "of"
                                                                          for p in c.children)
            for c in head.head.children):
        return True  # "the clashes are a reminder of July 2013, when ...": the case at hand, told already
    for noun in (t for t in sent if t.pos_ == "NOUN" and t.i < head.i and _in(t, r.get("reminder_nouns", ()))):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and (of in head.ancestors or _relative_between(sent.doc, of.i, head.i)):
            return True  # "the scenes are a reminder of the 'Marzo paraguayo' of 1999, when demonstrators were shot dead"
    if head.dep_ == "nsubjpass" and _in(head.head, r.get("comparing_verbs", ())) and _definite(head):
        return True  # "The Reasi attack is being compared with ..."
    for a in (head, *head.ancestors):
        if (a.dep_ == "pobj" and a.head.lower_ == "in" and a.head.head.pos_ == "NOUN"
                and _in(a.head.head, r.get("parallel_cues", ())) and a.head.head.dep_ == "dobj"):
            return True  # "see a parallel in [...]", "find a precedent in [...]"
        if (a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in a.children)
                and _in(a.head, r.get("parallel_cues", ()))):
            return True
    similar = [c for c in head.children if c.dep_ == "amod" and c.lemma_.lower() == "similar"]
    return bool(similar) and head.dep_ == "nsubjpass" and head.head.lemma_.lower() in ("see", "witness")


def _other_year(verb: Token) -> bool:
    """ "columnists recall the 1985 Broadwater Farm riot, in which ...": whoever recalls it, a case
    named by a year other than the story's ("the crushing of the 1991 uprising") or by a past
    period ("last June's protests") is another case (not "residents recall how soldiers razed the
    town", a memory told as a clause)."""
    year = verb.doc.user_data.get("tocsin_year")
    return any(c.dep_ == "dobj" and (any(
        n.dep_ == "nummod" and n.like_num and len(n.text) == 4 and n.text.isdigit() and 1900 <= int(n.text) <= 2099
        and int(n.text) != year for n in _phrase(c)) or any(  # "the crushing of the 1991 uprising"
        p.dep_ == "poss" and any(a.lower_ in ("last", "previous") for a in p.children) for p in c.children))
        for c in verb.children)  # "recalls last June's so-called 'baby revolution', when ..."


def _phrase(noun: Token):
    """The noun and its modifiers, through "of" and other prepositions, not its clauses."""
    yield noun
    for c in noun.children:
        if c.dep_ in ("nummod", "amod", "compound", "prep", "pobj", "poss"):
            yield from _phrase(c)


def _to_mind(tok: Token, r: dict) -> bool:
    """ "the images bring to mind the June 1995 massacre at Aguas Blancas, where ...": "mind"
    after one of nonevents.yaml `mind_verbs` holds the case brought to mind as its object."""
    return tok.lower_ == "mind" and _in(tok.head, r.get("mind_verbs", ())) and any(c.dep_ == "dobj" for c in tok.children)


def _memory_after_verb(tok: Token, r: dict) -> bool:
    """ "the shelling revived memories of the night of 13 May, when ...", the verb misparsed as
    the noun's modifier: a memory noun right after a memory verb."""
    return (_in(tok, r.get("memory_nouns", ())) and tok.i > tok.sent.start
            and _in(tok.doc[tok.i - 1], r.get("memory_verbs", ())) and tok.doc[tok.i - 1].dep_ == "amod")


def _relative_between(doc, start: int, end: int) -> bool:
    """A "when", "where" or "which" between the two tokens: the other case's own clause, however hung."""
    return any(t.lower_ in ("when", "where", "which") for t in doc[start:end])


def _definite(tok: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in tok.children)  # ("Sunday's carnage")


def _that_of(tok: Token, r: dict) -> bool:
    """ "far below that of late 2020", "exceeds that seen in 2016": a measure set against another
    time's."""
    words = r.get("parallel_comparatives", ())
    heads = (tok.head, tok.head.head)  # (the parser may hang "that" on the compared clause's verb)
    return (tok.lower_ in ("that", "those") and any(h.lower_ in words or h.lemma_.lower() in words for h in heads)
            and any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "acl" for c in tok.children))


def _measure_of_date(tok: Token, r: dict) -> bool:
    """ "could reach the scale of 9 April 1989, when ...": a measure of another day's events
    (nonevents.yaml `measure_nouns`)."""
    return _in(tok, r.get("measure_nouns", ())) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
        for c in tok.children)


def _never_before(hit: TriggerHit) -> bool:
    """ "Never before in the nine-year conflict had the two armies traded fire on this scale", "Not
    since 2016 have ...": the case at hand measured against the past, told already."""
    words = [t.lower_ for t in hit.head.sent if t.is_alpha][:2]
    return words in (["never", "before"], ["not", "since"], ["never", "since"])
