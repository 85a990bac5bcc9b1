"""Clause-level assembly: which words of a sentence belong to which event.

A sentence may tell several events: "Russian jets struck Kafr Nabl and Hass, south of
Maarat al-Numan, on Tuesday, as Turkish troops reinforced posts near Sarmin" is two air
strikes by Russia and a reinforcement by Turkey.  Each event takes its places, figures and
actors from its own clause; the coder falls back to the whole sentence only when its clause
has none, and says so (docs/coding.md, "Assembly").

A clause is headed by a predicate with a subject of its own (or by the sentence root).  A
predicate without one ("..., killing nine", "struck X and shelled Y") elaborates the clause
it hangs on.  Clauses nested in a clause (a finite "as/after ..." clause) are not part of it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

PREDICATE_POS = {"VERB", "AUX"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
ELABORATING = {"advcl", "xcomp", "conj", "acl", "pcomp"}
TOLL_FAMILIES = {"property"}
CLAUSE_DEPS = ELABORATING | {"ccomp", "relcl", "parataxis"}  # a clausal subject ("Shelling by X killed") is part of its clause


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in tok.children)


def clause_head(tok: Token) -> Token:
    """The head of the clause `tok` belongs to (see module docstring)."""
    node = tok
    for _ in range(30):
        if node.head.i == node.i:
            return node
        if node.pos_ in PREDICATE_POS and node.dep_ in CLAUSE_DEPS and (
                node.dep_ not in ELABORATING or _has_subject(node)):
            return node
        node = node.head
    return node


def clause_tokens(head: Token, sent: Span) -> set[int]:
    """Token indices of the clause headed by `head`, without the clauses nested in it."""
    out: set[int] = set()
    stack = [head]
    while stack:
        node = stack.pop()
        out.add(node.i)
        for child in node.children:
            if child.pos_ in PREDICATE_POS and clause_head(child).i == child.i:
                continue  # a clause of its own
            stack.append(child)
    return {i for i in out if sent.start <= i < sent.end}


def char_spans(tokens: set[int], sent: Span) -> list[tuple[int, int]]:
    """The clause's tokens as character spans (contiguous runs)."""
    spans: list[tuple[int, int]] = []
    for tok in sent:
        if tok.i not in tokens:
            continue
        end = tok.idx + len(tok.text)
        if spans and tok.i - 1 in tokens:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((tok.idx, end))
    return spans


def covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """The text start:end overlaps one of the spans."""
    return any(start < e and s < end for s, e in spans)


def split_by_clause(hits: list, toll_lemmas: frozenset[str], support: frozenset[str] = frozenset()) -> list[list]:
    """Violent trigger hits of one sentence grouped by clause.  A clause whose triggers only
    tell a toll ("three soldiers were killed", "53 clinics levelled") joins the clause it hangs
    on (else the nearest); a background event noun is left out when another clause tells the
    event, but not the object of a `support` verb: "jets carried out 38 air strikes, while
    helicopters dropped barrel bombs" is two events."""
    by_head: dict[int, list] = {}
    heads: dict[int, Token] = {}
    for h in hits:
        ch = clause_head(h.head)
        by_head.setdefault(ch.i, []).append(h)
        heads[ch.i] = ch
    if len(by_head) < 2:
        return [hits]
    groups = list(by_head.items())

    def is_toll(m) -> bool:
        return m.head.lemma_.lower() in toll_lemmas or m.head.lower_ in toll_lemmas or m.trigger.family in TOLL_FAMILIES

    def toll_only(members) -> bool:
        """Casualties and damage ("homes levelled") tell a toll."""
        return all(is_toll(m) for m in members)

    def counted_toll(m) -> bool:
        """ "a day after a regime attack claimed the lives of five soldiers": the noun's verb
        counts its victims, an event of its own."""
        verb = m.head.head
        return m.head.dep_ == "nsubj" and verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in verb.children)

    def background(members) -> bool:
        """An event noun with no verb of its own and no toll ("as fighting escalated", "talks
        on the escalating violence") is background to the main clause: it places nothing."""
        return not any(m.head.pos_ in PREDICATE_POS or is_toll(m) or counted_toll(m) or supported(m) for m in members)

    def supported(m) -> bool:
        verb = m.head.head
        return m.head.dep_ in ("dobj", "attr") and (verb.lemma_.lower() in support or verb.lower_ in support)

    main = [(i, m) for i, m in groups if not toll_only(m) and not background(m)]
    if not main:
        return [hits]
    out = {i: list(m) for i, m in main}
    for i, members in groups:
        if i in out or background(members):
            continue
        target = next((a.i for a in heads[i].ancestors if a.i in out), None)
        if target is None:
            target = min(out, key=lambda k: abs(k - i))
        out[target].extend(members)
    return [out[i] for i in sorted(out)]


def cumulative_spans(sent: Span, patterns: tuple) -> list[tuple[int, int]]:
    """Character spans of the sentence that give a running total ("bringing the toll to about
    90 since Sunday"): their figures, dates and "since" are not the event's."""
    text, base = sent.text, sent.start_char
    out = []
    for pat in patterns:
        out.extend((base + m.start(), base + m.end()) for m in pat.finditer(text))
    return out


def masked(text: str, base: int, keep: list[tuple[int, int]] | None, drop: list[tuple[int, int]]) -> str:
    """`text` (starting at character `base`) with everything outside `keep` (when given) and
    inside `drop` blanked out, lengths unchanged."""
    chars = list(text)
    for k in range(len(chars)):
        pos = base + k
        if (keep is not None and not any(s <= pos < e for s, e in keep)) or any(s <= pos < e for s, e in drop):
            if not chars[k].isspace():
                chars[k] = " "
    return "".join(chars)


def clause_of_hits(hits: list, sent: Span) -> tuple[set[int], list[tuple[int, int]]]:
    """Token indices and character spans of the clauses the event's triggers stand in."""
    toks: set[int] = set()
    for h in hits:
        head = clause_head(h.head)
        toks |= clause_tokens(head, sent)
        toks |= _when_date(head, sent)
        toks |= _relative_subject(head, sent)
        toks |= _where_antecedent(head, sent)
    return toks, char_spans(toks, sent)


_RELATIVES = frozenset({"who", "that", "which"})


def _relative_subject(head: Token, sent: Span) -> set[int]:
    """ "The 49 Ivorian soldiers who were detained at the airport": the noun a passive relative
    clause tells of is what befell it, with the words before it (not its other modifiers; an
    active one's subject, "the government, which is negotiating in Havana", stays out)."""
    if head.dep_ != "relcl" or not any(c.dep_ == "nsubjpass" and c.lower_ in _RELATIVES for c in head.children):
        return set()
    return _noun_words(head.head, ("compound", "amod", "nummod", "poss"), sent)


def _noun_words(noun: Token, deps: tuple[str, ...], sent: Span) -> set[int]:
    """The noun and the words of its left modifiers of the kinds `deps`, inside the sentence."""
    left = {t.i for c in noun.lefts if c.dep_ in deps for t in c.subtree}
    return {i for i in left | {noun.i} if sent.start <= i < sent.end}


def _where_antecedent(head: Token, sent: Span) -> set[int]:
    """ "We start in Najaf, where protesters stormed the consulate": the place a "where" relative
    clause hangs on is the clause's place (the name's words, not its other modifiers)."""
    if head.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
        return set()
    noun = head.head
    if not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "inside", "near", "around")):
        return set()  # (not "on the road from El Obeid to Dilling, where": the parser's nearest name)
    return _noun_words(noun, ("compound", "amod"), sent)


def when_clause_time(clause: Token) -> Token | None:
    """The noun a "when" relative clause hangs on ("October 2020, when gunmen burst in", "the night
    when the camp was shelled"), else None."""
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return None
    return clause.head


def _when_date(head: Token, sent: Span) -> set[int]:
    """The date a "when" clause hangs on ("fled since Tuesday, when an armed group set fire to
    houses"): the clause's own date (the "since" before it dates the flight, not the fire)."""
    time = when_clause_time(head)
    if time is None or time.ent_type_ not in ("DATE", "TIME"):
        return set()
    return {t.i for t in time.subtree if t.ent_type_ in ("DATE", "TIME") and sent.start <= t.i < sent.end}


def reporting_spans(sent: Span, verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the sentence's reporting clauses ("..., Esper said in an interview
    broadcast in Washington"), without the clauses they report."""
    toks: set[int] = set()
    for tok in sent:
        if tok.lemma_.lower() in verbs and tok.pos_ in PREDICATE_POS and clause_head(tok).i == tok.i:
            toks |= clause_tokens(tok, sent)
    return char_spans(toks, sent)


def outer_spans(hits: list, sent: Span) -> list[tuple[int, int]]:
    """Character spans of the clauses the event's clauses hang on ("they were hit" in "Russia
    said the troops were among terrorists when they were hit"): where a place may come from
    when the event's own clause names none.  Sibling clauses ("..., and that Moscow had not
    been informed") are not among them."""
    toks: set[int] = set()
    for h in hits:
        for a in clause_head(h.head).ancestors:
            if sent.start <= a.i < sent.end and a.pos_ in PREDICATE_POS and clause_head(a).i == a.i:
                toks |= clause_tokens(a, sent)
    return char_spans(toks, sent)


# --- clauses of time that tell a fact (modality.py stops its walk at them) ---------------------

def _no_aux(verb: Token) -> bool:
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def past_finite(verb: Token) -> bool:
    """A finite past verb, or a participle the tagger took for one: after a long subject the
    small model tags "killed" VBN ("after an attack on the camp in Djugu killed 51"); a
    participle with a subject of its own and no auxiliary is such a past."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) and _no_aux(verb)


def temporal_fact(clause: Token, marks) -> bool:
    """A finite past clause of time with its own subject: "after an air strike killed 12" (or
    parsed with "after" as a preposition whose object is the subject: "after [RSF shelling] killed 40")."""
    if any((c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when")) and c.lower_ in marks for c in clause.children):
        # ("were on their way to attack the Ambulin when they walked into an ambush": "when" as an adverb)
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return any(c.dep_ == "prep" and c.lower_ in marks and c.right_edge.i + 1 == clause.left_edge.i
               for c in clause.head.children)


def fact_after(prep: Token, came_from: Token | None, marks) -> bool:
    """An event noun after "after" (one of `marks`) that happened: "after [RSF shelling of the
    camp] killed 40" (the parser's preposition before a past clause), "after the attack on
    Pont-Sonde, which killed 70", "after Tuesday's raid"."""
    if prep.dep_ != "prep" or came_from is None or came_from.dep_ not in ("pobj", "pcomp") or prep.lower_ not in marks:
        return False
    if any(c.dep_ == "advcl" and c.tag_ == "VBD" and c.left_edge.i == prep.right_edge.i + 1 for c in prep.head.children):
        return True
    if came_from.pos_ == "VERB" and came_from.tag_ in ("VBD", "VBN") and _no_aux(came_from):
        return True  # "after a drone set fire to a warehouse" (a past clause parsed as the object)
    if came_from.tag_ == "VBG" and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ in ("VBD", "VBN") and _no_aux(c)
                                       for c in came_from.children):
        return True  # "after shelling hit Dugure village" (the subject parsed as a gerund)
    return came_from.pos_ == "NOUN" and any(
        (c.dep_ == "relcl" and c.tag_ == "VBD") or (c.dep_ == "poss" and c.ent_type_ == "DATE")
        or (c.dep_ in ("relcl", "acl") and c.tag_ == "VBN" and any(g.dep_ == "dobj" for g in c.children))
        for c in came_from.children)  # ("after an attack on a market killed 19": a participle with an object is active)


TIME_NOUNS = {"day", "week", "month", "time", "hour", "night", "morning", "evening", "afternoon", "year"}


def time_aside(tok) -> bool:
    """The trigger sits in a clause describing a time ("the same day that dozens of soldiers were
    killed"), or the one an event "came after" ("The shooting came two days after the ruler was
    seized"): it reports another event than the main clause."""
    node = tok
    for _ in range(6):
        if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in TIME_NOUNS:
            return True
        if node.dep_ == "advcl" and node.head.lemma_.lower() in ("come", "follow") and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
