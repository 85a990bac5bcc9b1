"""Frames that make a violent word of the light path (light.py) no new event, read from the
words around it (data/lexicons/<lang>/assembly.yaml):

- a past event named, not told: right after a reference head ("l'anniversaire du massacre",
  "après le massacre de mars 2019", "les auteurs de ces tueries", "الذكرى السادسة لمجزرة"),
  `reference_before`; or inside a trial or a commemoration frame ("le procès de l'assassinat
  de ...", "condenó a cadena perpetua ... por asesinatos", "hayatını kaybeden 251 şehit
  anıldı"), `reference_frames`, the violent words after the frame word (and, in verb-final
  Turkish, the few before it);
- the weather, not a war: a natural hazard named in the sentence before, in the same paragraph
  ("La tempête a ravagé ... . Au moins deux personnes ont été tuées"), as in the sentence
  itself;
- relief, not mobilisation or withdrawal: troops deployed to carry water, food or the dead, to
  clear mud ("para retirar el lodo") or to vaccinate (`relief_cues`);
- history told: the violent words after a time-ago phrase (`ago_pattern`: "il y a 78 ans",
  "hace cuarenta años", "قبل خمسين عاماً", "107 yıl önce") or a film or documentary
  (`reference_frames`: "Le film montre des soldats tués");
- a figure of speech: a word right before or after the event noun (`figurative_words`: "des
  attaques verbales", "un véritable massacre", "هجوماً حاداً على الحكومة", "sözlü saldırı"), an
  object that cannot bleed ("a tué le débat", "ekonomiyi katletti") or means that are words
  ("bombardé de questions", "bombardeó con críticas");
- a figurative domain: an article about markets or party politics (`figurative_context`:
  enough of its words), or a wildfire (`hazard_context`: firefighters, water bombers,
  hectares), whose violent words come without an armed actor or a toll (its weapons may be
  figures too: "yalan kurşunları", bullets of lies)
  ("una auténtica masacre en los mercados", "hükümete yönelik sert bir saldırı"), unless aimed at
  a building, a car or a candidate or told with a weapon word (`literal_targets`,
  `literal_people`, `weapon_words`: "ont incendié la permanence du député").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .langs import lookup_key

REFERENCE_GAP = 1  # words between a reference head and the event noun it names ("la primera masacre")
FRAME_BEFORE_VERB_FINAL = 6  # words before a frame word its object may stand in (tr)


def _keys(tok: Token, lang: str) -> set[str]:
    return {tok.lower_, tok.lemma_.lower(), lookup_key(tok.text, lang)}


@lru_cache(maxsize=None)
def keyed_words(words: tuple[str, ...], lang: str) -> frozenset[str]:
    """A lexicon word list as a token's `_keys` may meet it: lower-cased and as look-up keys
    (built once per list, not for every sentence)."""
    return frozenset(w.lower() for w in words) | frozenset(lookup_key(w, lang) for w in words)


def _listed(spec: dict, name: str, lang: str) -> frozenset[str]:
    return keyed_words(tuple(spec.get(name) or ()), lang)


@lru_cache(maxsize=None)
def _phrase(phrase: str, lang: str) -> tuple[frozenset[str], ...]:
    """A cue phrase's words (French elisions split as the tokenizer splits them), each with its
    look-up key."""
    words = phrase.replace("'", "' ").replace("’", "’ ").split()
    return tuple(frozenset({w.lower(), lookup_key(w, lang)}) for w in words)


@lru_cache(maxsize=256)
def _by_first(phrases: tuple[str, ...], lang: str) -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """The phrases' word keys, indexed by each key of their first word."""
    index: dict[str, list] = {}
    for p in phrases:
        words = _phrase(p, lang)
        for key in words[0] if words else ():
            index.setdefault(key, []).append(words)
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


# the last sentence's token keys (one sentence is asked about many lists); the doc itself is
# kept, not its id, so a new doc at a recycled address never reads a stale entry
_LAST: list = [None, None, None]


def _sentence_keys(sent: Span, lang: str) -> list[set[str]]:
    key = (sent.start, sent.end, lang)
    if _LAST[0] is not sent.doc or _LAST[1] != key:
        _LAST[:] = [sent.doc, key, [_keys(t, lang) for t in sent]]
    return _LAST[2]


def _ends(sent: Span, phrases, lang: str) -> list[int]:
    """Sentence positions (exclusive ends) where one of `phrases` ends."""
    if not phrases:
        return []
    toks = _sentence_keys(sent, lang)
    index = _by_first(tuple(phrases), lang)
    out = []
    for i, keys in enumerate(toks):
        seen = set()
        for key in keys:
            for words in index.get(key, ()):
                n = len(words)
                if id(words) in seen or i + n > len(toks):
                    continue
                seen.add(id(words))
                if all(words[k] & toks[i + k] for k in range(1, n)):
                    out.append(i + n)
    return out


def referenced(sent: Span, hits, lex, lang: str) -> list:
    """The hits left when the violent ones a reference head or frame names are dropped."""
    spec = lex.assembly or {}
    heads, frames = spec.get("reference_before") or (), spec.get("reference_frames") or ()
    if not any(lex.families[h.trigger.family].violent for h in hits):
        return hits
    if not heads and not frames:
        return _literal(sent, hits, lex, lang)
    head_ends = _ends(sent, heads, lang) if heads else []
    frame_ends = (_ends(sent, frames, lang) if frames else []) + _ago_ends(sent, spec.get("ago_pattern"))
    verb_final = bool(spec.get("objects_before"))

    def named(hit) -> bool:
        i = hit.head.i - sent.start
        if any(0 <= i - e <= REFERENCE_GAP for e in head_ends):
            return True
        if any(e <= i for e in frame_ends):
            return True
        return verb_final and any(0 < e - i <= FRAME_BEFORE_VERB_FINAL for e in frame_ends)
    hits = [h for h in hits if not (lex.families[h.trigger.family].violent and named(h))]
    return _literal(sent, hits, lex, lang)


def _ago_ends(sent: Span, pattern: str | None) -> list[int]:
    """Sentence positions right after a time-ago phrase ("il y a 78 ans", "hace 40 años",
    "107 yıl önce", "قبل خمسين عاماً", assembly.yaml `ago_pattern`): history told, no new event."""
    if not pattern:
        return []
    out = []
    for m in re.finditer(pattern, sent.text, re.IGNORECASE):
        end = sent.start_char + m.end()
        out.append(sum(1 for t in sent if t.idx < end))
    return out


def _literal(sent: Span, hits, lex, lang: str) -> list:
    """Without the violent event nouns a figurative word stands right before or after
    (assembly.yaml `figurative_words`: "des attaques verbales", "sözlü saldırı")."""
    spec = (lex.assembly or {}).get("figurative_words") or {}
    before, after = _listed(spec, "before", lang), _listed(spec, "after", lang)
    if not before and not after:
        return hits

    def figure(hit) -> bool:
        first, last = hit.tokens[0].i, hit.tokens[-1].i
        doc = sent.doc
        return bool((first > sent.start and _keys(doc[first - 1], lang) & before)
                    or (last + 1 < sent.end and _keys(doc[last + 1], lang) & after))
    return _abstract(sent, [h for h in hits if not (lex.families[h.trigger.family].violent and figure(h))], lex, lang)


MEANS_WINDOW = 5  # words after a violent verb its figurative means may stand in ("bombardé le ministre de questions")


def _abstract(sent: Span, hits, lex, lang: str) -> list:
    """Without the violent words whose object cannot bleed or whose means are words
    (assembly.yaml `figurative_words`): "a tué le débat", "ekonomiyi katletti" (`objects`, the
    first word after the verb past `object_skips`, in verb-final Turkish the word before it);
    "a bombardé le ministre de questions", "acribillado a preguntas", "bombardeó con críticas"
    (`means` within a few words after, right behind one of `means_markers`)."""
    spec = (lex.assembly or {}).get("figurative_words") or {}
    objects, means = _listed(spec, "objects", lang), _listed(spec, "means", lang)
    markers, skips = _listed(spec, "means_markers", lang), _listed(spec, "object_skips", lang)
    if not objects and not means:
        return hits
    doc, verb_final = sent.doc, bool((lex.assembly or {}).get("objects_before"))

    def figure(hit) -> bool:
        first, last = hit.tokens[0].i, hit.tokens[-1].i
        if verb_final:
            obj = doc[first - 1] if first > sent.start else None
        else:
            obj = next((t for t in doc[last + 1:sent.end] if not (_keys(t, lang) & skips)), None)
        if obj is not None and _keys(obj, lang) & objects:
            return True
        window = doc[last + 1:min(sent.end, last + 1 + MEANS_WINDOW)]
        return any(_keys(t, lang) & means and (not markers or (t.i > sent.start and _keys(doc[t.i - 1], lang) & markers))
                   for t in window)
    return [h for h in hits if not (lex.families[h.trigger.family].violent and figure(h))]


def hazard_sentence(sent: Span, lex) -> bool:
    return any({t.lemma_.lower(), t.lower_} & lex.hazard_nouns for t in sent)


def relief(sent: Span, hits, lex, lang: str) -> list:
    """Without the mobilisation triggers of a sentence that says the troops bring relief."""
    cues = (lex.assembly or {}).get("relief_cues") or ()
    moves = ("mobilize", "retreat")  # "desplegó ... militares para retirar el lodo": no withdrawal either
    if not cues or not any(h.trigger.family in moves for h in hits) or not _ends(sent, cues, lang):
        return hits
    return [h for h in hits if h.trigger.family not in moves]


SHORT_ARTICLE_TOKENS = 60  # a teaser or a brief: one domain word fewer than `min` is enough


_DOC_KEYS: list = [None, None, None]  # (doc, title, the look-up keys of its words): one article at a time


def _doc_keys(doc: Doc, lang: str, title: str | None) -> list[set[str]]:
    """Each word's look-up keys, the article's then its title's, computed once per article for
    all its domain counts."""
    if _DOC_KEYS[0] is not doc or _DOC_KEYS[1] != title:
        words = re.findall(r"\w+", (title or "").lower())
        _DOC_KEYS[:] = [doc, title, [_keys(t, lang) for t in doc] + [{w, lookup_key(w, lang)} for w in words]]
    return _DOC_KEYS[2]


def _domain_count(doc: Doc, keyed: frozenset[str], lang: str, title: str | None) -> int:
    """Words of a domain's list in the article text plus its title's (a teaser's title often
    says "Tennis :" or "La bolsa" while its one-line blurb only has the figure of speech)."""
    return sum(bool(k & keyed) for k in _doc_keys(doc, lang, title))


def _enough(count: int, need: int, doc: Doc) -> bool:
    return count >= (need - 1 if len(doc) < SHORT_ARTICLE_TOKENS and need > 2 else need)


def sports_article(doc: Doc, lex, lang: str, title: str | None = None) -> bool:
    """Enough sports words (triggers.yaml `sports_context`) in the article and its title."""
    return bool(lex.sports_cues) and _enough(_domain_count(doc, lex.sports_cues, lang, title), lex.sports_min, doc)


def figurative_article(doc: Doc, lex, lang: str, title: str | None = None) -> bool:
    """Enough words of a non-violent domain in the article and its title: markets, party
    politics (`figurative_context`) or a wildfire fought by firefighters and water bombers
    (`hazard_context`: "les bombardiers d'eau", "la batalla contra las llamas", "alevlerle savaş")."""
    for name in ("figurative_context", "hazard_context"):
        spec = (lex.assembly or {}).get(name) or {}
        keyed = _listed(spec, "cues", lang)
        if keyed and _enough(_domain_count(doc, keyed, lang, title), int(spec.get("min", 4)), doc):
            return True
    return False


TARGET_WINDOW = 5  # words after (in verb-final Turkish, before) a violent word its target stands in


def concrete_target(sent: Span, hits, lex, lang: str) -> bool:
    """A violent word of a figurative article aimed at a building or a car (assembly.yaml
    `literal_targets`: "ont incendié la permanence du député", "atacaron la sede del partido"),
    or a sentence with a weapon word ("asesinado a balazos"): the act is literal however much
    the article talks of polls and markets."""
    words = (lex.assembly or {}).get("literal_targets") or ()
    if not words:
        return False
    if _ends(sent, (lex.assembly or {}).get("weapon_words") or (), lang):
        return True  # "fue asesinado a balazos": `weapon_words`
    keyed, people = keyed_words(tuple(words), lang), _listed(lex.assembly or {}, "literal_people", lang)
    before = bool((lex.assembly or {}).get("objects_before"))
    for h in hits:
        if not lex.families[h.trigger.family].violent:
            continue
        i = h.head.i
        span = (sent.doc[max(sent.start, i - TARGET_WINDOW):i] if before
                else sent.doc[i + 1:min(sent.end, i + 1 + TARGET_WINDOW)])
        if any(_keys(t, lang) & keyed for t in span):
            return True
        near = sent.doc[max(sent.start, i - TARGET_WINDOW):min(sent.end, i + 1 + TARGET_WINDOW)]
        if any(_keys(t, lang) & people for t in near):
            return True  # "un candidato a la alcaldía fue asesinado": `literal_people`, either side
    return False
