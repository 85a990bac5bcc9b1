"""Counts the light path (light.py) reads from a noun without a number word: one victim named
by a singular noun the death word governs directly ("murió un policía", "un soldado muerto",
"قتل مدني", "أودى بحياة شرطي"), two by an Arabic dual ("قتل ضابطان", "سقوط قتيلين").

numbers.yaml `implicit_counts` holds the words: `victim_nouns` (singular), `one_words` (the
indefinite article a singular noun must open with; Arabic marks indefiniteness by the absent
article instead), `links` (words allowed between the death word and its noun: "a"), `governs`
(words that govern the victim themselves: "بحياة", the life of), `dies_after` (the forms after
the noun that make it the one who died, never its killer: "un soldado muerto", not "un hombre
mató") and the dual endings.  Only a sentence that has no figure of that kind yet gets one, so
nothing is counted twice.  Also the figure phrases of numbers.yaml `figure_phrases` ("ont
perdu la vie") that tell what a figure counts (light_cues.figure_kind_light)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .figures import Figure, _added
from .langs import language_module


def _norm(word: str, lang: str) -> str:
    """The written word compared: lower case; Arabic normalised (lang_ar.normalise), never
    reduced to its key, which would make a plural or a dual singular."""
    norm = getattr(language_module(lang), "normalise", None) if lang == "ar" else None
    return norm(word.lower()) if norm is not None else word.lower()


def _surface(tok: Token, lang: str) -> str:
    return _norm(tok.text, lang)


def _keyed(words, lang: str) -> frozenset[str]:
    return frozenset(_norm(w, lang) for w in words)


def _forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _number_of(word: str, nouns: frozenset[str], spec: dict) -> tuple[str, int] | None:
    """(singular noun, 1 or 2) when `word` is a victim noun, singular or dual."""
    article = spec.get("article")
    bare = word
    if article:
        for p in spec.get("proclitics", ()):  # "والجندي": no more than one conjunction before it
            if bare.startswith(p) and bare[len(p):] in nouns:
                bare = bare[len(p):]
                break
        if bare.startswith(article):
            return None  # "القتيل": the known victim of an act told before
    if bare in nouns:
        return bare, 1
    if spec.get("accusative_alif") and bare.endswith("ا") and bare[:-1] in nouns:
        return bare[:-1], 1  # "قتلوا مدنيا"
    not_dual = spec.get("not_dual_after") or {}
    fem, fem_dual = spec.get("feminine_ending"), spec.get("feminine_dual_stem")
    for suffix in spec.get("dual_suffixes", ()):
        if not bare.endswith(suffix):
            continue
        stem = bare[:-len(suffix)]
        if stem in nouns and not stem.endswith(tuple(not_dual.get(suffix, ()))):
            return stem, 2  # "ضابطان", "قتيلين"; "مدنيين" is a plural too: no dual
        if fem and fem_dual and stem.endswith(fem_dual) and stem[:-len(fem_dual)] + fem in nouns:
            return stem[:-len(fem_dual)] + fem, 2  # "امرأتان"
    return None


def implicit_counts(sent: Span, lex, out: dict[str, Figure], lang: str, figs: list[Figure] = ()) -> dict[str, Figure]:
    """`out` with a count of one or two victims added for a kind it has not yet, or added to
    the figure (of `figs`, the sentence's) it is coordinated with."""
    spec = lex.numbers.get("implicit_counts")
    if not spec:
        return out
    nouns = _keyed(spec.get("victim_nouns", ()), lang)
    ones = set(spec.get("one_words", ()))
    between = set(spec.get("one_adjectives", ()))
    links = _keyed(spec.get("links", ()), lang)
    governs = {w: kind for kind, ws in (spec.get("governs") or {}).items() for w in _keyed(ws, lang)}
    after_forms = {k: set(v) for k, v in (spec.get("dies_after") or {}).items()}
    aux = set(spec.get("auxiliaries") or (lex.assembly.get("roles") or {}).get("passive_auxiliaries", ()))
    kinds = lex.numbers["figure_kinds"]
    noun_kind = {n: kind for kind, s in kinds.items() for n in _keyed(s["nouns"], lang)}
    toks = list(sent)
    for i, tok in enumerate(toks):
        found = _number_of(_surface(tok, lang), nouns, spec)
        if found is None:
            continue
        noun, n = found
        k = i
        if n == 1 and ones:
            if i >= 2 and toks[i - 1].lower_ in between and toks[i - 2].lower_ in ones:
                k = i - 2  # "un jeune homme a été tué": one describing word (`one_adjectives`) between
            elif i == 0 or toks[i - 1].lower_ not in ones:
                continue  # "un policía", "une femme": a single one only with the article
            else:
                k = i - 1
        kind = noun_kind.get(noun)  # "un muerto", "سقوط قتيلين": the noun says it
        if kind is None:
            kind = (_governed_before(toks, k, kinds, links | set(governs), lang, governs)
                    or _dies_after(toks, i, after_forms, aux))
        one = Figure(float(n), float(n), float(n), "exact", tok.text, i, i + 1)
        counted = {f.start: kd for kd, f in out.items()}
        prev = next((f for f in [*out.values(), *(f for f in figs if f.start not in counted)]
                     if _joined_on(toks, k, f, lex, links)), None)
        if prev is not None:  # "tres soldados y un policía murieron", "a tres personas y a un policía": 4
            had = counted.get(prev.start)
            kind = kind or had
            if kind is not None and had == kind:
                out = {**out, kind: _added(out[kind], one)}
                continue
            if kind is not None and had is None and kind not in out:
                out = {**out, kind: _added(prev, one)}  # "trois soldats et un gendarme ont été tués"
                continue
        if kind is None or kind in out:
            continue
        out = {**out, kind: one}
    return _one_named(toks, spec, out, aux)


def _one_named(toks, spec: dict, out: dict[str, Figure], aux: set) -> dict[str, Figure]:
    """One death told of one person by a singular passive or verb, whoever the person ("la
    candidata fue asesinada a tiros", "le maire a été abattu", "el fiscal murió"): a toll of
    one when the sentence has none (numbers.yaml `implicit_counts.singular_deaths`)."""
    forms = set(spec.get("singular_deaths") or ())
    if "fatalities" in out or not forms:
        return out
    for i, tok in enumerate(toks):
        if tok.lower_ in forms and (i > 0 and toks[i - 1].lower_ in aux or not tok.lower_.endswith(("o", "a", "é", "ée"))):
            return {**out, "fatalities": Figure(1.0, 1.0, 1.0, "exact", "one victim", i, i + 1)}
    return out


def _joined_on(toks, k: int, fig: Figure, lex, links: frozenset[str]) -> bool:
    """The victim at k is one more group coordinated with the figure's ("tres soldados y un
    policía", "a tres personas y a un policía"): a conjunction (numbers.yaml
    `figure_conjunctions`), maybe a link, at most two words after the figure."""
    conj = set(lex.numbers.get("figure_conjunctions", ()))
    c = k - 1
    if c >= 0 and toks[c].lower_ in links:
        c -= 1
    durations = set(lex.numbers.get("duration_units", ()))
    return (c >= 0 and toks[c].lower_ in conj and fig.end <= c <= fig.end + 2
            and not any(t.lower_ in durations for t in toks[fig.end:c]))  # not "deux jours et un soldat tué"


def _governed_before(toks, k: int, kinds: dict, links: frozenset[str], lang: str,
                     governs: dict[str, str]) -> str | None:
    """The kind of the death (or injury) word right before the noun ("murió un policía",
    "mataron a un policía", "أودى بحياة شرطي")."""
    j = k - 1
    if j >= 0 and (word := _surface(toks[j], lang)) in links:
        if word in governs:  # "أودى انفجار بحياة شرطي": the life taken, the cause between
            return governs[word]
        j -= 1
    if j < 0:
        return None
    for kind, s in kinds.items():
        if _forms(toks[j]) & set(s["verbs"]):
            return kind
    return None


def _dies_after(toks, i: int, after_forms: dict[str, set[str]], aux: set[str]) -> str | None:
    """The kind of the passive or intransitive form after the noun ("un soldado muerto", "un
    policía fue asesinado"); an active verb there makes the noun its author ("un hombre mató")."""
    j = i + 1
    while j < len(toks) and j <= i + 2 and toks[j].lower_ in aux:
        j += 1
    if j >= len(toks):
        return None
    return next((kind for kind, forms in after_forms.items() if toks[j].lower_ in forms), None)


def phrase_kind(sent: Span, j: int, lex) -> str | None:
    """The kind of a figure phrase (numbers.yaml `figure_phrases`: "perdu la vie", "costó la
    vida") whose last word is sent[j]; each word is met by the token's form or lemma."""
    for kind, phrases in (lex.numbers.get("figure_phrases") or {}).items():
        for phrase in phrases:
            words = phrase.split()
            k = j - len(words) + 1
            if k >= 0 and all(w in _forms(sent[k + n]) for n, w in enumerate(words)):
                return kind
    return None


def phrase_before(sent: Span, start: int, lex) -> str | None:
    """A figure phrase ending in the three words before a figure ("a coûté la vie à une vingtaine")."""
    return next((kind for j in range(start - 1, max(start - 4, -1), -1) if (kind := phrase_kind(sent, j, lex))), None)
