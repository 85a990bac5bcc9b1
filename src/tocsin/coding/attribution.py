"""Who the text says reported an event: "according to X", "X said", "X reported that"."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..dates.liveblog import STAMP
from .lexicon import read_lexicon

LEADING = ("the ", "a ", "an ")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
RELATIVE = {"which", "who", "whose", "whom"}


def _word(tok) -> str:
    """The word in lower case, but an acronym stays itself: "the WHO says" names the World
    Health Organization, not a relative "who"."""
    if len(tok.text) > 1 and tok.text.isupper() and (tok.pos_ == "PROPN" or not _shouted(tok.sent)):
        return tok.text  # ("WHO reported on Tuesday that ...": tagged a pronoun, in a sentence not all in capitals)
    return tok.lower_


def _shouted(sent) -> bool:
    """Most of the sentence's words in capitals (a wire's headline or a banner)."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 1]
    return sum(t.text.isupper() for t in words) * 2 > len(words)


def _clean(text: str) -> str | None:
    text = re.split(r",\s+(?:which|who|whose)\b", text)[0]  # "the ministry, which gave no details"
    text = text.strip(" ,;:–—-\"“”'")
    if text.count("(") > text.count(")"):  # "the International Organization for Migration (IOM"
        text += ")"
    low = text.lower()
    for lead in LEADING:
        if low.startswith(lead):
            text, low = text[len(lead):], low[len(lead):]
    return text or None


def _subtree_text(tok: Token) -> str:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i:toks[-1].i + 1].text


def _outside(tok: Token, inside, verb: int | None = None) -> str:
    """The subtree's text, without the part `inside` the dateline nor, for a subject before its
    `verb`, anything from the verb on (a misparse can hang the rest of the sentence on it), and
    only from the comma stretch that holds the subject itself ("killing six drivers, the
    ministry, which oversees the police, said": "the ministry")."""
    toks = [t for t in tok.subtree if not inside(t) and (verb is None or tok.i > verb or t.i < verb)]
    if not toks:
        return ""
    lo, hi = toks[0].i, toks[-1].i
    rel = next((t.i for t in toks if t.i > tok.i and _word(t) in RELATIVE and t.i > lo
                and tok.doc[t.i - 1].text == ","), None)
    if rel is not None:  # ", which runs the school": no part of the name
        hi = rel - 2
        lo = max([t.i + 1 for t in toks if t.text == "," and t.i < tok.i] + [lo])
    commas = [k for k in range(lo, hi) if tok.doc[k].text == ","]
    if commas and lo > 0 and tok.doc[lo - 1].pos_ == "VERB":  # "killing six drivers, the ministry said"
        lo = commas[-1] + 1  # the verb's object glued to the speaker: the speaker is the last stretch
    return tok.doc[lo:hi + 1].text if lo <= hi else ""


def _tail_source(sent: Span, verb: Token) -> str | None:
    """ "..., the governor of Turkey's southern Hatay province said." parsed with no subject:
    the words between the last comma and a sentence-final reporting verb."""
    rest = [t for t in sent if t.i > verb.i and not t.is_punct and not t.is_space]
    subtree = {t.i for t in verb.subtree}
    if len(rest) > 8 or any(t.i not in subtree or t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # only "... said on Thursday", "... said in a statement" may follow
    words = _named_before(sent, verb.i)
    if words is None or not 1 <= len(words) <= 10 or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"
                                                          for t in words):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or _word(words[0]) in PRONOUNS:
        return None
    return _clean(words.text)


def _named_before(sent: Span, end: int) -> Span | None:
    """The comma stretch before token `end` that names the speaker, past a relative clause on it
    ("the civil defence, which runs rescue teams, said"; "a UN official who asked not to be
    named said": "a UN official")."""
    hi, closed = end, False
    for _ in range(3):
        k = hi - 1
        while k > sent.start and sent.doc[k].text not in (",", ";", "\u2014", "\u2013"):
            k -= 1
        words = sent.doc[k + 1:hi]
        closed = closed or not len(words)  # "X, a war monitor, reported": the name is before the aside
        if len(words) and _word(words[0]) not in RELATIVE and not (closed and words[0].lower_ in ("a", "an")):
            rel = next((t.i for t in words[1:] if _word(t) in RELATIVE), None)
            return sent.doc[k + 1:rel] if rel is not None else words
        if k <= sent.start:
            return None
        hi = k
    return None


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
            and _word(c) not in PRONOUNS]


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
    closing = verb.lower_ in _speakers()["closing_verbs"]  # "..., the court heard."
    if (not written and not closing and verb.lemma_.lower() not in reporting_verbs
            and verb.lower_.rstrip("s") not in reporting_verbs):
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
    if _word(words[0]) in ("a", "an", *RELATIVE) and len(segments) > 1 and segments[1]:
        words = segments[1]  # "the Syrian Observatory, a war monitor, reported"; "the governor, who ..., said"
    if (len(words) > 10 or _word(words[0]) in PRONOUNS or words[0].pos_ == "CCONJ"
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
        or _source_label(sent, inside) or _inner_source(sent, reporting_verbs, inside) or _toll_setter(sent, inside)


def _toll_setter(sent: Span, inside) -> str | None:
    """Who puts a figure at a number ("a spokesman for the Anbar governor put the number of
    civilians killed at about 500", "figures gathered by the Observatory put the toll at 18"):
    attribution.yaml `figure_setting` (the verbs and the figures they set)."""
    rules = _speakers().get("figure_setting", {}) or {}
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in rules.get("verbs", ()) and not inside(t)):
        figure = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in rules.get("figures", ())), None)
        if figure is None or not any(t.dep_ == "prep" and t.lower_ == "at" and t.i > figure.i for t in verb.subtree):
            continue  # ("at" hung anywhere after the figure: "the number ... killed over the past days at about 500")
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and not inside(c)), None)
        if subj is None or _word(subj) in PRONOUNS:
            continue
        agent = [o for c in subj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for o in a.children]
        named = agent[0] if subj.lemma_.lower() in rules.get("figures", ()) and agent else subj  # (the figures' gatherer)
        return _clean(_subtree_text(named))
    return None


def _stretch_ok(words: list[Token]) -> bool:
    """A short noun phrase that names a source: no verb outside a name ("Save the Children")."""
    return (1 <= len(words) <= 8 and _word(words[0]) not in PRONOUNS and words[0].pos_ != "CCONJ"
            and any(t.pos_ in ("NOUN", "PROPN") for t in words)
            and not any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ and t.dep_ != "amod" for t in words))


def _inner_source(sent: Span, reporting_verbs, inside) -> str | None:
    """A source the parser lost inside the sentence: set off by commas ("killed three children,
    Save the Children said, and knocked ...") or in a relative clause ("in an ambush, which
    officials blamed on the cartel")."""
    toks = [t for t in sent if not t.is_space]
    for k, verb in enumerate(toks):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting_verbs or inside(verb) or k == 0:
            continue
        j = k - 1
        while j >= 0 and toks[j].text != "," and toks[j].lower_ not in ("which", "that"):
            j -= 1
        if j < 0:
            continue
        words = toks[j + 1:k]
        nxt = next((t for t in toks[k + 1:] if t.lower_ not in _TIME_WORDS), None)
        relative = toks[j].lower_ in ("which", "that") and j > 0 and toks[j - 1].text == ","
        parenthetical = toks[j].text == "," and nxt is not None and nxt.text == ","
        if (relative or parenthetical) and _stretch_ok(words) and not any(inside(t) for t in words):
            return _clean(sent.doc[words[0].i:words[-1].i + 1].text)
    return None


def _subjects(verb: Token, inside) -> list[Token]:
    """The verb's subjects outside the dateline; a region heading parsed as the subject
    ("SAHEL — Tuareg-led separatists said") gives way to the name set beside it."""
    out = []
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        out += [c] if not inside(c) else [a for a in c.children if a.dep_ == "appos" and not inside(a)]
    return out


def _about_a_person(verb: Token) -> bool:
    """The verb says something of a person or group in a relative clause (", whom UN experts say
    Rwanda backs,"), not of the event."""
    k = verb.i - 1
    while k > verb.sent.start and verb.doc[k].text not in (",", "(", "\u2014", "\u2013"):
        k -= 1
    return k + 1 < verb.i and _word(verb.doc[k + 1]) in ("who", "whom", "whose")


def _quoted(verb: Token, inside) -> str | None:
    """ "the state news agency quoted a coalition spokesman as saying": the one quoted."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and not inside(c)), None)
    if obj is None or not any(t.lower_ == "as" for t in verb.subtree if t.i > obj.i):
        return None
    toks = [t for t in obj.subtree if t.i > verb.i and not (t.lower_ == "as" and t.i > obj.i)]
    end = next((t.i for t in toks if t.lower_ == "as" or t.text == ","), None)
    toks = [t for t in toks if end is None or t.i < end]
    return _clean(verb.doc[toks[0].i:toks[-1].i + 1].text) if toks else None


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
        if _about_a_person(tok):
            continue  # "M23 rebels, whom UN experts say Rwanda backs, pushed into Goma": about the rebels
        quoted = _quoted(tok, inside)
        if quoted:
            return quoted
        # two subjects is a parse error ("Rebels ... hit back ..., a spokesman said"): the nearer speaks
        subj = sorted((c for c in _subjects(tok, inside)), key=lambda c: (c.i > tok.i, -c.i))
        if not subj and late is None:
            late = _tail_source(sent, tok)
        if subj and _word(subj[0]) in PRONOUNS:
            subj = _publisher(tok, inside)
        if not subj:
            continue
        if any(t.pos_ == "VERB" for t in subj[0].subtree) and subj[0].i < tok.i:
            tail = _tail_source(sent, tok)  # the whole claim parsed as the subject of "said"
            if tail:
                return tail
        text = _clean(" ".join(_outside(s, inside, tok.i) for s in _adjacent(subj)))
        if any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or tok.dep_ in ("parataxis", "ROOT"):
            return text
        if late is None and tok.i > sent.start + len(sent) // 2 and subj[0].i > tok.i - 12:
            late = text
    return late


LABEL = re.compile(r"([A-Z][A-Z0-9 ,.'\u2019&()/-]{1,80}?):\s")
LABEL_WORDS = 10


@lru_cache(maxsize=None)
def _speakers() -> dict:
    return read_lexicon("attribution", "en")


def speaker_label(paragraph: str) -> str | None:
    """The speaker an upper-case label at the paragraph's start names ("POLICE SPOKESMAN: We
    have arrested ...", after an optional time stamp "13:10 GMT —"), else None."""
    stamp = STAMP.match(paragraph)
    m = LABEL.match(paragraph, stamp.end() if stamp else 0)
    if m is None:
        return None
    label = m.group(1).strip(" ,")
    words = re.findall(r"[a-z][a-z'\u2019-]*", label.lower())
    lex = _speakers()
    if not words or len(words) > LABEL_WORDS or label != label.upper():
        return None
    if label.lower() in lex["not_speakers"] or words[0] in lex["not_speakers"]:
        return None
    return label if any(w in lex["speaker_nouns"] for w in words) else None


def first_person(source: str | None) -> bool:
    """ "our colleagues in Port-au-Prince", "we": the speaker's own side, no named source."""
    first = (source or "").split()[:1]
    return bool(first) and first[0].lower() in _speakers()["first_person"]


SPEAKER_PRONOUNS = {"he", "she", "it", "they"}


def _pronoun_speaker(sent: Span, reporting_verbs) -> bool:
    """ "..., he said.", "It added that ...": a source told by a pronoun."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs and any(
        c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in t.children) for t in sent)


def named_source(sent: Span, reporting_verbs, skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The source a sentence names (not a pronoun's), for the sentences after it; only a
    sentence with a reporting word can name one."""
    if not any(t.lemma_.lower() in reporting_verbs for t in sent):
        return None
    src = attribution_of(sent, reporting_verbs, skip)
    return None if src is None or first_person(src) else src


def sentence_source(sent: Span, reporting_verbs, skip: tuple[tuple[int, int], ...], paragraph: str,
                    previous: str | None, before: str = "") -> str | None:
    """The sentence's source: the one it names; for a transcript's paragraph whose claims name
    none or only the speaker's side ("POLICE SPOKESMAN: We have arrested ..."), the speaker
    label; for "..., he said." the source named before (`previous`); else the issuer a heading
    above the paragraph names (`before`, the text before it, its last few thousand characters do:
    "STATEMENT OF THE POLICE HEADQUARTERS")."""
    src = attribution_of(sent, reporting_verbs, skip)
    if src is None or first_person(src):
        src = speaker_label(paragraph) or src
    if src is None and previous and _pronoun_speaker(sent, reporting_verbs):
        src = previous
    return src or document_issuer(before)


def document_issuer(before: str) -> str | None:
    """The issuer the last heading paragraph of `before` names when it opens a document the page
    reproduces ("STATEMENT OF NEPAL POLICE HEADQUARTERS, NAXAL": "Nepal Police Headquarters, Naxal";
    attribution.yaml `document_headings`), else None."""
    heads = tuple(h.upper() + " " for h in _speakers().get("document_headings", ()))
    for para in reversed(before.rstrip().split("\n\n")[-12:]):
        line = para.strip()
        if "\n" in line or line != line.upper() or not re.search(r"[A-Z]", line) or len(line.split()) > 14:
            continue  # (a paragraph of text, or no heading)
        if line.startswith(heads):
            issuer = line.split(" ", 2)[2].strip(" .:")
            return issuer.title().replace("'S ", "'s ") if issuer else None
        return None  # the nearest heading opens no document
    return None
