"""Counts in a sentence ("at least 1,500 civilians", "dozens of soldiers", "between 20 and
30", "hundreds of thousands") and what they count: fatalities, injured, displaced, arrested,
abducted (numbers.yaml)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from .counted import attackers, counts_things, no_count, people_after_families
from .lexicon import CodingLexicon

DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f ]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)([km])$", re.I)
YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")
DURATION_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
                            "km", "kilometres", "kilometers", "miles", "metres", "meters", "minutes"})


@dataclass(frozen=True)
class Figure:
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    text: str
    start: int  # token index of the first token
    end: int    # token index after the last token

    def as_dict(self) -> dict:
        def num(x):
            return int(x) if x is not None and float(x).is_integer() else x
        return {"value": num(self.value), "low": num(self.low), "high": num(self.high),
                "qualifier": self.qualifier, "text": self.text}


def _num_value(tok: Token, lex: CodingLexicon) -> float | None:
    text = tok.text.lower()
    for pre in lex.numbers.get("number_joiner_prefixes", ()):  # "و8": a conjunction written on the digits (ar)
        if text.startswith(pre) and DIGITS.match(text[len(pre):]):
            text = text[len(pre):]
    if DIGITS.match(text):
        if YEARLIKE.match(text) and tok.ent_type_ in ("DATE", "EVENT"):  # "on New Year's Day 2018"
            return None
        return float(re.sub(r"[,\u202f ]", "", text))
    m = SUFFIXED.match(text)
    if m:
        return float(m.group(1)) * lex.numbers["multipliers"][m.group(2).lower()]
    units = lex.numbers["units"]
    if "-" in text:  # twenty-five
        parts = text.split("-")
        if all(p in units for p in parts):
            return float(sum(units[p] for p in parts))
    if text in units and text not in ("a", "an"):
        return float(units[text])
    return None


def _is_day(sent: Span, i: int, lex: CodingLexicon) -> bool:
    """A day of the month, not a count: "on 18 January", "January 18" (a capitalised month name
    next to it; "may" and "march" in lower case are words)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(sent):
            tok = sent[j]
            if tok.text[:1].isupper() and tok.lower_.rstrip(".") in lex.month_words:
                return True
    return False


_RANGE_WORDS = ("and", "to", "-", "–", "until", "till", "through")


def _day_of_range(sent: Span, i: int, lex: CodingLexicon) -> bool:
    """A day in a range of days: the 12 of "between 12 and 25 December", the 25 of "December
    12 to 25" (a day number joined to one next to a month)."""
    def small(k: int) -> bool:
        return 0 <= k < len(sent) and sent[k].text.isdigit() and len(sent[k].text) <= 2 and int(sent[k].text) <= 31
    if not small(i):
        return False
    return ((i + 2 < len(sent) and sent[i + 1].lower_ in _RANGE_WORDS and small(i + 2) and _is_day(sent, i + 2, lex))
            or (i >= 2 and sent[i - 1].lower_ in _RANGE_WORDS and small(i - 2) and _is_day(sent, i - 2, lex)))


CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "gmt", "utc", "o'clock", "o’clock"})


def _read_number(sent: Span, i: int, lex: CodingLexicon) -> tuple[float, int] | None:
    """A number starting at sentence position i (with multipliers: "3.5 million", "a dozen")."""
    if i >= len(sent):
        return None
    mult = lex.numbers["multipliers"]
    tok = sent[i]
    if tok.lower_ in ("a", "an") and i + 1 < len(sent) and sent[i + 1].lower_ in ("dozen", "hundred", "thousand", "million"):
        value, j = 1.0, i + 1
        value *= 12 if sent[j].lower_ == "dozen" else mult[sent[j].lower_]
        return value, j + 1
    if tok.dep_ == "nummod" and tok.head.i == tok.i - 1 and tok.head.pos_ == "PROPN":
        return None  # a name's number: "Task Force 46", "Brigade 111", "Route 7"
    value = _num_value(tok, lex)
    if value is None or (tok.like_num and tok.text.isdigit() and len(tok.text) <= 2
                         and (_is_day(sent, i, lex) or _day_of_range(sent, i, lex))):
        return None
    if _age(sent, i + 1) or (i + 1 < len(sent) and sent[i + 1].lower_ in DURATION_UNITS) or _appositive_age(sent, i):
        return None  # "a 10-year-old boy" counts one boy, not ten; "in the past 24 hours" no one
    if i + 1 < len(sent) and sent[i + 1].lower_ in CLOCK_WORDS:
        return None  # "shot around 3 am", "at 7.30 p.m.": a time of day
    j = i + 1
    # "Eighty-nine" split by the tokenizer: tens, hyphen, units
    if (j + 1 < len(sent) and sent[j].text in ("-", "\u2010", "\u2011") and value % 10 == 0 and 20 <= value <= 90
            and (units := _num_value(sent[j + 1], lex)) is not None and 1 <= units <= 9 and not _age(sent, j + 2)):
        value, j = value + units, j + 2
    while j < len(sent) and sent[j].lower_ in mult and sent[j].lower_ not in ("k", "m"):
        value *= mult[sent[j].lower_]
        j += 1
    return value, j


def _appositive_age(sent: Span, i: int) -> bool:
    """The number at i is a person's age set off by commas: "Khalid, 34, fled his village"."""
    return (1 < i < len(sent) - 1 and sent[i - 1].text == "," and sent[i + 1].text in (",", ")")
            and (sent[i - 2].ent_type_ == "PERSON" or (sent[i - 2].pos_ == "PROPN" and sent[i].ent_type_ == "DATE"))
            and sent[i].text.isdigit() and int(sent[i].text) < 120)  # the parser tags such ages DATE


def _age(sent: Span, j: int) -> bool:
    """The number before position j is an age or a duration adjective: "10-year-old", "24-hour"."""
    words = [t.lower_ for t in sent[j:j + 3]]
    return len(words) >= 2 and words[0] in ("-", "\u2010", "\u2011") and words[1] in (
        "year", "years", "month", "months", "day", "hour", "week", "km", "kilometre", "mile", "metre")


@lru_cache(maxsize=8)
def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases if p.split())


def _vague(sent: Span, i: int, lex: CodingLexicon) -> tuple[tuple[int, int], int] | None:
    """Longest vague amount starting at i ("hundreds of thousands", "dozens")."""
    vague = lex.numbers["vague"]
    if i >= len(sent) or sent[i].lower_ not in _first_words(tuple(vague)):
        return None  # most words start no vague amount: skip building the phrases
    best = None
    for n in (4, 3, 2, 1):
        if i + n > len(sent):
            continue
        phrase = " ".join(t.lower_ for t in sent[i:i + n])
        if phrase in vague and not phrase.endswith(" of"):
            best = (tuple(vague[phrase]), i + n)
            break
    return best


def _nobody_at(sent: Span, i: int) -> bool:
    """ "no one" or "nobody" as the subject of a passive ("no one was hurt"): a figure of zero."""
    tok = sent[i]
    if tok.lower_ == "no" and i + 1 < len(sent) and sent[i + 1].lower_ == "one":
        tok = sent[i + 1]
    elif tok.lower_ != "nobody":
        return False
    return tok.dep_ in ("nsubjpass", "nsubj") and tok.head.pos_ in ("VERB", "AUX")


def find_figures(sent: Span, lex: CodingLexicon) -> list[Figure]:
    quals = lex.numbers["qualifiers"]
    qual_max = max(len(q.split()) for q in quals)
    out: list[Figure] = []
    i = 0
    starts = _first_words(tuple(quals))
    while i < len(sent):
        qualifier, start = None, i
        for n in range(qual_max, 0, -1) if sent[i].lower_ in starts else ():
            phrase = " ".join(t.lower_ for t in sent[i:i + n])
            if phrase in quals and i + n < len(sent):
                nxt = sent[i + n]
                if _num_value(nxt, lex) is not None or nxt.lower_ in ("a", "an") or _vague(sent, i + n, lex):
                    qualifier, i = quals[phrase], i + n
                    break
        if sent[i].lower_ == "between" and (r := _read_number(sent, i + 1, lex)):
            lo, j = r
            if j + 1 < len(sent) and sent[j].lower_ in ("and", "to") and (r2 := _read_number(sent, j + 1, lex)):
                hi, k = r2
                out.append(Figure(None, lo, hi, "about", sent[i:k].text, i, k))
                i = k
                continue
        if qualifier is None and _nobody_at(sent, i):  # "no one was hurt", "nobody was killed": a count of none
            j = i + (2 if sent[i].lower_ == "no" else 1)
            out.append(Figure(0, 0, 0, "exact", sent[i:j].text, i, j))
            i = j
            continue
        num = _read_number(sent, i, lex)
        if num is not None and start >= 2 and sent[start - 1].lower_ == "of" and \
                sent[start - 2].lemma_.lower() in lex.numbers.get("family_of", ()):
            i = num[1]  # "Mark Duggan, a 29-year-old father of four": his children, no count of the event
            continue
        if num is not None:
            value, j = num
            if j + 1 < len(sent) and sent[j].lower_ in ("to", "-", "–") and (r2 := _read_number(sent, j + 1, lex)):
                hi, k = r2
                out.append(Figure(None, value, hi, qualifier or "about", sent[start:k].text, start, k))
                i = k
                continue
            lo, hi = bounds(value, qualifier)
            out.append(Figure(value, lo, hi, qualifier or "exact", sent[start:j].text, start, j))
            i = j
            continue
        vg = _vague(sent, i, lex)
        if vg is not None:
            (lo, hi), j = vg
            out.append(Figure(None, float(lo), float(hi), "vague", sent[start:j].text, start, j))
            i = j
            continue
        i = start + 1
    return out


def bounds(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    """The range a single number told with its qualifier gives: "at least 40" (40, open), "more
    than 60 wounded" (61, open: the value stays the number told), "up to 300" (open, 300)."""
    low = high = value
    if qualifier in ("at_least", "more_than"):
        high = None
    if qualifier == "more_than" and float(value).is_integer():
        low = value + 1
    elif qualifier == "at_most":
        low = None
    return low, high


def _counted_noun(sent: Span, fig: Figure, lex: CodingLexicon) -> Token | None:
    """The noun a figure counts: "1,500 civilians", "dozens of soldiers", "12 killed"."""
    j = fig.end
    if j < len(sent) and sent[j].lower_ == "of":
        j += 1
    kind_nouns = {n for spec in lex.numbers["figure_kinds"].values() for n in spec["nouns"]}
    while j < len(sent) and (sent[j].pos_ in ("ADJ", "DET", "PROPN") or (sent[j].dep_ == "amod" and sent[j].tag_ == "VBN")) \
            and sent[j].ent_type_ != "GPE" and j < fig.end + 3:  # "19 suspected cartel gunmen"
        if sent[j].lower_ in kind_nouns:  # "more than 30 dead"
            return sent[j]
        if sent[j].pos_ == "PROPN" and sent[j + 1:j + 2] and sent[j + 1].pos_ not in ("NOUN", "PROPN"):
            break
        j += 1
    return sent[j] if j < len(sent) and sent[j].pos_ in ("NOUN", "PROPN", "VERB", "ADJ") else None


HARM_KINDS = ("fatalities", "injured")


def _harmed(noun: Token, kinds: dict) -> str:
    """A state noun's count ("26 hostages", "12 detainees") is the dead or the wounded when the
    verb it is the object or subject of kills or wounds ("26 hostages had been killed")."""
    own = next(k for k, spec in kinds.items() if noun.lower_ in spec["nouns"] or noun.lemma_.lower() in spec["nouns"])
    node = noun
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        if node.dep_ not in ("nsubj", "nsubjpass", "dobj", "nummod", "conj", "appos"):
            return own
        node = node.head
    left_as = _left_as(node, noun, kinds)  # "left two suspects dead"
    return left_as or next((k for k in HARM_KINDS if node.lemma_.lower() in kinds[k]["verbs"]), own)


def _left_as(verb: Token, anchor: Token, kinds: dict) -> str | None:
    """What the counted people were left as or found ("left two suspects dead and one soldier
    wounded", "were found shot dead"): the dead or the wounded."""
    for tok in verb.children:
        if tok.dep_ in ("oprd", "acomp") and tok.i > anchor.i:
            kind = next((k for k in HARM_KINDS if tok.lower_ in kinds[k]["nouns"]), None)
            if kind:
                return kind
        if tok.dep_ in ("xcomp", "oprd") and (tok.lemma_.lower() in kinds["fatalities"]["verbs"] or (
                tok.lower_ == "shot" and any(c.lower_ == "dead" for c in tok.children))):
            return "fatalities"
    return None


def figure_kind(sent: Span, fig: Figure, lex: CodingLexicon) -> str | None:
    """What a figure counts, from the counted noun and the verb that governs it."""
    kinds = lex.numbers["figure_kinds"]
    if no_count(sent[fig.start], fig.value):
        return None  # "arrested the suspect at 18.47", "Section 22 leaders were arrested"
    if fig.start >= 2 and sent[fig.start - 2].lower_ == "shot" and sent[fig.start - 1].lower_ == "dead":
        return "fatalities"  # "gunmen on a motorcycle shot dead two men", however "shot" is parsed
    before = sent[fig.start - 1] if fig.start > 0 else None
    if before is not None and before.tag_ == "VBG" and before.dep_ in ("advcl", "xcomp", "conj"):
        for kind in HARM_KINDS:  # ", injuring at least 10 people, policemen among them, an officer told us":
            if before.lemma_.lower() in kinds[kind]["verbs"]:  # the count right after the gerund, however parsed
                return kind
    noun = _counted_noun(sent, fig, lex)
    if noun is not None and noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return None  # "was shot dead by two masked men": the attackers
    anchor = noun if noun is not None else sent[fig.end - 1]
    if noun is not None:
        for kind, spec in kinds.items():
            if noun.lower_ in spec["nouns"] or noun.lemma_.lower() in spec["nouns"]:
                return _harmed(noun, kinds) if kind not in HARM_KINDS else kind
    if noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() in lex.place_nouns:
        return None  # "Residents of at least four villages have fled": places counted, not people
    if noun is not None and counts_things(noun, lex):
        return None  # "gunmen riding in several pickup trucks killed 14", "held for many hours"
    if noun is not None:  # "among 21 civilians killed in the strikes", "11 people who died"; a participle the
        # conjuncts share: "with six police officers and at least 21 civilians killed"
        whole = noun
        while whole.dep_ == "compound" and whole.head.i != whole.i:
            whole = whole.head  # ("six police officers": the officers)
        for c in (c for n in (noun, whole, *whole.conjuncts) if n.i >= noun.i for c in n.children):
            if c.dep_ in ("acl", "relcl") and c.i > noun.i:
                for kind, spec in kinds.items():
                    if c.lemma_.lower() in spec["verbs"]:
                        return kind
    # climb to the governing verb: "1,500 civilians have been killed", "killing at least 12"
    node = anchor
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    lemma = node.lemma_.lower()
    harm = {v for k in HARM_KINDS for v in kinds[k]["verbs"]} | {"shoot"}
    if (lemma in harm or node.lower_ in ("shot", "dead")) and attackers(anchor, node):  # ("shot dead" misparsed)
        return None  # "Two gunmen on a motorcycle shot dead a bus driver": the killers, not the dead
    if node.lower_ == "shot" and node.i + 1 < len(node.doc) and node.nbor(1).lower_ == "dead":
        return "fatalities"  # "gunmen shot dead two officers" ("dead" parsed as the officers' adjective)
    if lemma == "find" and (found := _left_as(node, anchor, kinds)):
        return found  # "three men were found shot dead inside a house"
    if node.pos_ == "VERB" and not attackers(anchor, node) and (any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() == "death" for g in c.children)
            for c in (*node.children, *(g for a in anchor.children if a.dep_ == "acl" for g in a.children))) or (node.lemma_.lower() == "burn" and any(c.lower_ == "alive" for c in node.children))):
        return "fatalities"  # "30 people were burned to death", "hacked 30 villagers to death", "burned two men alive"
    for tok in [*node.children, *anchor.children]:  # "left more than 400,000 people dead": what they were left as
        if tok.dep_ in ("oprd", "acomp", "amod") and tok.i > anchor.i:
            for kind, spec in kinds.items():
                if tok.lower_ in spec["nouns"]:
                    return kind
    if node.dep_ == "ccomp" and node.tag_ == "VBN" and anchor.dep_ == "nsubj" and anchor.head.i == node.i and not any(
            c.dep_ in ("aux", "auxpass") for c in node.children):
        lemma = node.head.lemma_.lower()  # "detained [14 people] linked to the attacker", a participle read as a clause
    for kind, spec in kinds.items():
        if lemma in spec["verbs"]:
            return kind
    if any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "custody" for g in c.children) for c in node.children):
        return "arrested"  # "the two brothers accused of blasphemy were also taken into custody"
    # "the death toll rose to 40", "left 12 dead", "came across the bodies of three men"
    for tok in [*node.children, node, *(g for c in node.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]:
        for kind, spec in kinds.items():
            if tok.lower_ in spec["nouns"] and tok.i != anchor.i and abs(tok.i - anchor.i) <= 6:
                return kind
    # "the number of soldiers killed in the strike has risen to 111": what the risen total counts
    if lemma in lex.numbers.get("total_verbs", ()):
        subj = [t for c in node.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        for kind, spec in kinds.items():
            if any(t.lemma_.lower() in spec["verbs"] or t.lower_ in spec["nouns"] for t in subj):
                return kind
    return None


def sentence_figures(sent: Span, lex: CodingLexicon, keep=None, found: list[Figure] | None = None) -> dict[str, Figure]:
    """The first figure of each kind in the sentence (of those `keep(fig)` accepts); counts of
    coordinated nouns add up ("killed 14 government fighters and 11 rebels": 25)."""
    out: dict[str, Figure] = {}
    nouns: dict[str, Token | None] = {}
    for fig in find_figures(sent, lex) if found is None else found:  # `found`: find_figures, already run
        if keep is not None and not keep(fig):
            continue
        kind = figure_kind(sent, fig, lex)
        noun = _counted_noun(sent, fig, lex) if kind or nouns else None
        while noun is not None and noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head  # "14 government fighters": the fighters
        if not kind and noun is not None:  # "the deaths of 9 regime soldiers and 7 HTS fighters": the count
            kind = next((k for k, n in nouns.items() if n is not None and noun in n.conjuncts), None)  # joined
        if not kind:
            continue
        if kind not in out or people_after_families(nouns[kind], noun):
            out[kind], nouns[kind] = _with_single(sent, fig, noun, lex), noun
        elif noun is not None and nouns[kind] is not None and noun in nouns[kind].conjuncts:
            out[kind] = _added(out[kind], fig)
    return out


def _with_single(sent: Span, fig: Figure, noun: Token | None, lex: CodingLexicon) -> Figure:
    """ "a mother and her two children were killed": the one person named beside the count, or
    the one killed "with 32 other soldiers";
    also one whose owner or name is given ("killed Hezbollah's top commander, Fuad Shukr, and
    three civilians", "killed Fuad Shukr and three civilians")."""
    if fig.value is None:
        return fig
    if fig.start > 0 and sent[fig.start - 1].lower_ == "with" and any(
            t.lower_ in ("other", "others") for t in sent[fig.end - 1:fig.end + 2]):
        # "he was killed with 32 other soldiers", "killed with six others": the one and the others
        return _added(fig, Figure(1.0, 1.0, 1.0, fig.qualifier, "(the one killed with them)", fig.start, fig.end))
    persons, ones = lex.numbers.get("person_nouns", ()), lex.numbers.get("one_words", ())
    near: list[Token] = []  # "killed Ahmed Diriye and four of his guards"
    for tok in (sent[fig.end - 1], noun):  # the figure's last word, then the noun it counts
        if tok is None:
            continue
        near += tok.conjuncts
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB":  # the count hung on the verb: "killed X, and three
            # civilians", "killed the colonel and at least 20 of his soldiers": the verb's object before it
            near += [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < tok.i]
    near = list(dict.fromkeys(near))
    singles = [c for c in near if (c.tag_ == "NN" and c.lemma_.lower() in persons and any(
        (d.dep_ in ("det", "poss") and d.lower_ in ones) or (d.dep_ == "poss" and d.pos_ in ("PROPN", "NOUN"))
        or (d.dep_ == "appos" and d.ent_type_ == "PERSON") for d in c.children))
        or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.dep_ != "compound")]
    speech = lex.modality["reporting_verbs"]
    for one in singles[:2]:
        if not sent.start <= one.i < sent.end:
            continue
        after = max(t.i for t in one.subtree) + 1
        if after < sent.end and sent.doc[after].lemma_.lower() in speech:
            continue  # "injuring at least 10 people, policemen among them, an officer ... told us": the source
        start, end = min(d.i for d in one.subtree if d.i <= one.i) - sent.start, one.i - sent.start + 1
        fig = _added(fig, Figure(1.0, 1.0, 1.0, fig.qualifier, sent[start:end].text, start, end))
    return fig


def _added(a: Figure, b: Figure) -> Figure:
    def plus(x, y):
        return None if x is None or y is None else x + y
    return Figure(plus(a.value, b.value), plus(a.low, b.low), plus(a.high, b.high),
                  a.qualifier if a.qualifier == b.qualifier else "about", f"{a.text} + {b.text}", a.start, b.end)
