"""Who the text says reported an event: "according to X", "X said", "X reported that"."""
from __future__ import annotations

from spacy.tokens import Span, Token

LEADING = ("the ", "a ", "an ")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}


def _clean(text: str) -> str | None:
    text = text.strip(" ,;:–—-\"“”'")
    low = text.lower()
    for lead in LEADING:
        if low.startswith(lead):
            text, low = text[len(lead):], low[len(lead):]
    return text or None


def _subtree_text(tok: Token) -> str:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i:toks[-1].i + 1].text


def _outside(tok: Token, inside) -> str:
    """The subtree's text, without the part `inside` the dateline."""
    toks = [t for t in tok.subtree if not inside(t)]
    return tok.doc[toks[0].i:toks[-1].i + 1].text if toks else ""


def _tail_source(sent: Span, verb: Token) -> str | None:
    """ "..., the governor of Turkey's southern Hatay province said." parsed with no subject:
    the words between the last comma and a sentence-final reporting verb."""
    rest = [t for t in sent if t.i > verb.i and not t.is_punct and not t.is_space]
    subtree = {t.i for t in verb.subtree}
    if len(rest) > 8 or any(t.i not in subtree or t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # only "... said on Thursday", "... said in a statement" may follow
    k = verb.i - 1
    while k > sent.start and sent.doc[k].text not in (",", ";", "\u2014", "\u2013"):
        k -= 1
    words = sent.doc[k + 1:verb.i]
    if not 1 <= len(words) <= 10 or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in words):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or words[0].lower_ in PRONOUNS:
        return None
    return _clean(words.text)


def _adjacent(subj: list[Token]) -> list[Token]:
    """The chosen subject with the subjects that touch it ("state news agency SANA" parsed as
    two subjects), in text order."""
    group = [subj[0]]
    for other in subj[1:]:
        lo = min(t.i for g in group for t in g.subtree)
        hi = max(t.i for g in group for t in g.subtree)
        sub = [t.i for t in other.subtree]
        if max(sub) + 1 == lo or min(sub) - 1 == hi:
            group.append(other)
    return sorted(group, key=lambda t: t.i)


def _publisher(verb: Token, inside) -> list[Token]:
    """ "The ministry released footage it said showed ...": "it" is whoever released it."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "dobj":
        return []
    return [c for c in verb.head.head.children if c.dep_ == "nsubj" and not inside(c)
            and c.lower_ not in PRONOUNS]


_WRITTEN = {"statement", "message", "letter", "post", "communique", "release"}  # "..., Akar's statement read."
_TIME_WORDS = {"on", "late", "early", "in", "a", "an", "the", "statement", "today", "tonight", "yesterday",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "morning", "afternoon", "evening", "night"}


def _final_source(sent: Span, reporting_verbs: frozenset[str] | set[str],
                  inside) -> str | None:
    """The sentence ends "..., <source> reported on Saturday." or "..., Anadolu news agency
    reports." but the parser made the verb a noun or a modifier: the words between the last
    comma and the verb (the name before an appositive "X, a war monitor,")."""
    toks = [t for t in sent if not t.is_space and not (t.is_punct and t.text in ".!\"”'")]
    k = len(toks) - 1
    while k > 0 and toks[k].lower_ in _TIME_WORDS:
        k -= 1
    verb = toks[k] if k > 0 else None
    if verb is None or inside(verb):
        return None
    written = verb.lower_ == "read" and k > 0 and toks[k - 1].lower_ in _WRITTEN
    if not written and verb.lemma_.lower() not in reporting_verbs and verb.lower_.rstrip("s") not in reporting_verbs:
        return None
    segments, cur = [], []
    for t in reversed(toks[:k]):
        if t.text in (",", ";", "\u2014", "\u2013"):
            if not cur and not segments:
                continue  # "X, a war monitor, reported": the comma that closes the appositive
            segments.append(cur[::-1])
            cur = []
            if len(segments) == 2:
                break
            continue
        cur.append(t)
    if not segments or not segments[0]:
        return None
    words = segments[0]
    if words[0].lower_ in ("a", "an") and len(segments) > 1 and segments[1]:
        words = segments[1]  # "the Syrian Observatory, a war monitor, reported"
    if (len(words) > 10 or words[0].lower_ in PRONOUNS or words[0].pos_ == "CCONJ"
            or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in words)
            or not any(t.pos_ in ("NOUN", "PROPN") for t in words)):
        return None
    return _clean(sent.doc[words[0].i:words[-1].i + 1].text)


def _source_label(sent: Span, inside) -> str | None:
    """ "SNHR: at least three civilians were killed ...": a named organisation or person before a
    colon that opens the sentence (not a headline's topic, "Syria war: ...")."""
    toks = [t for t in sent if not t.is_space]
    colon = next((k for k, t in enumerate(toks[:7]) if t.text == ":"), None)
    if not colon:
        return None
    name = toks[:colon]
    acronym = len(name) == 1 and name[0].pos_ == "PROPN" and name[0].is_upper and 3 <= len(name[0]) <= 6 \
        and name[0].ent_type_ not in ("GPE", "LOC", "NORP")  # "SNHR:", not "IDLIB:" nor "UPDATE:"
    if any(inside(t) for t in name) or not (acronym or all(t.ent_type_ in ("ORG", "PERSON") for t in name)):
        return None
    return _clean(sent.doc[name[0].i:name[-1].i + 1].text)


def attribution_of(sent: Span, reporting_verbs: frozenset[str] | set[str],
                   skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The named source of the sentence's claim, or None (see module docstring).  Words in
    `skip` (the dateline: "KYIV —", "BOGOTA (Andes Wire) —") are no source."""
    def inside(tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in skip)

    return _attribution(sent, reporting_verbs, inside) or _final_source(sent, reporting_verbs, inside) \
        or _source_label(sent, inside)


def _attribution(sent: Span, reporting_verbs, inside) -> str | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _clean(_subtree_text(objs[0]))
    late = None  # "..., the governor of Hatay province said": a source after the claim
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in reporting_verbs or tok.lemma_.lower() == "according":
            continue
        # two subjects is a parse error ("Rebels ... hit back ..., a spokesman said"): the nearer speaks
        subj = sorted((c for c in tok.children if c.dep_ == "nsubj" and not inside(c)),
                      key=lambda c: (c.i > tok.i, -c.i))
        if not subj and late is None:
            late = _tail_source(sent, tok)
        if subj and subj[0].lower_ in PRONOUNS:
            subj = _publisher(tok, inside)
        if not subj:
            continue
        if any(t.pos_ == "VERB" for t in subj[0].subtree) and subj[0].i < tok.i:
            tail = _tail_source(sent, tok)  # the whole claim parsed as the subject of "said"
            if tail:
                return tail
        text = _clean(" ".join(_outside(s, inside) for s in _adjacent(subj)))
        if any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or tok.dep_ in ("parataxis", "ROOT"):
            return text
        if late is None and tok.i > sent.start + len(sent) // 2 and subj[0].i > tok.i - 12:
            late = text
    return late
