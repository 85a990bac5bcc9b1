"""Turkish look-up rules for the light path (langs.py dispatches here for "tr").

Turkish glues case, number, possession, tense and negation onto the word: "İdlib'de" (in
Idlib), "askerlerimiz" (our soldiers), "saldırısında" (in its attack).  Before a lexicon,
actor or gazetteer look-up a word is lower-cased the Turkish way ("İ" -> "i", "I" -> "ı"), a
proper name loses the suffix after its apostrophe, and a common word is stripped of suffixes
(data/lexicons/tr/suffixes.yaml) until it is a word of the Turkish lexicons; a word no strip
leads to a lexicon word gets simplemma's lemma.  Stripping only towards known words keeps
"saldırı" from eating unrelated words that end alike.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexicon import read_lexicon
from .nlp import doc_text

LANG = "tr"
APOSTROPHES = "'’"
_UPPER = str.maketrans({"I": "ı", "İ": "i"})
MAX_STRIPS = 5  # suffixes stripped from one word at most ("öldürülmelerinin": öldür-ül-me-ler-i-nin)
MIN_STEM = 2
MIN_ACTOR_STEM = 3  # "işler" must not reach the abbreviation "IS"


def lower_tr(text: str) -> str:
    """Turkish lower case: dotted İ is i, dotless I is ı (Python's str.lower gives "i̇" and "i")."""
    return text.translate(_UPPER).lower()


def split_apostrophe(word: str) -> tuple[str, str]:
    """ "İdlib'de" -> ("İdlib", "de"); a word without an apostrophe keeps an empty suffix."""
    for i, ch in enumerate(word):
        if ch in APOSTROPHES and 0 < i < len(word) - 1:
            return word[:i], word[i + 1:]
    return word, ""


@lru_cache(maxsize=1 << 16)
def lookup_key(word: str) -> str:
    """The form a Turkish word is looked up under: lower case, apostrophe suffix dropped."""
    return lower_tr(split_apostrophe(word)[0])


@lru_cache(maxsize=1)
def morphology() -> dict:
    return read_lexicon("suffixes", LANG)


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted({s for group in morphology()["suffixes"].values() for s in group}, key=len, reverse=True))


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word of the Turkish trigger, instrument and number lexicons: the stems a strip may end on."""
    trig = read_lexicon("triggers", LANG)
    words: set[str] = set()
    for t in trig["triggers"]:
        words.update(w for phrase in t["lemmas"] for w in lower_tr(phrase).split())
    for key, value in trig.items():
        if key.endswith(("_nouns", "_cues", "_objects", "_actions", "_verbs")) or key == "sports_context":
            words.update(w for s in _strings(value) for w in lower_tr(s).split())
    for inst in read_lexicon("instruments", LANG)["instruments"]:
        words.update(w for phrase in inst["lemmas"] for w in lower_tr(phrase).split())
    for spec in read_lexicon("numbers", LANG)["figure_kinds"].values():
        words.update(lower_tr(w) for w in (*spec["nouns"], *spec["verbs"]))
    words.update(lower_tr(w) for w in morphology().get("stems", ()))
    return frozenset(w for w in words if len(w) >= MIN_STEM)


_STRIPPED: dict[tuple, str | None] = {}  # (word, vocabulary) -> stem: the same words recur in every article


def strip_to(word: str, known) -> str | None:
    """The longest word of `known` that `word` reaches by stripping suffixes, or None (memoised
    per vocabulary: a frozenset, or the folded keys of the actor dictionary)."""
    vocab = ("folded", known.keys) if isinstance(known, _FoldedKnown) else known
    if not isinstance(vocab, (frozenset, tuple)):
        return _strip_to(word, known)  # a mutable set: no memo
    key = (word, vocab)
    if key not in _STRIPPED:
        if len(_STRIPPED) > 200_000:
            _STRIPPED.clear()
        _STRIPPED[key] = _strip_to(word, known)
    return _STRIPPED[key]


def _strip_to(word: str, known) -> str | None:
    if word in known:
        return word
    best: str | None = None
    frontier, seen = [word], {word}
    for _ in range(MAX_STRIPS):
        nxt = []
        for w in frontier:
            for suf in _suffixes():
                if w.endswith(suf) and len(w) - len(suf) >= MIN_STEM:
                    stem = w[:-len(suf)]
                    if stem in seen:
                        continue
                    seen.add(stem)
                    for cand in (stem, _hardened(stem)):
                        if cand and cand in known and (best is None or len(cand) > len(best)):
                            best = cand
                    nxt.append(stem)
        if best is not None or not nxt:
            break
        frontier = nxt
    return best


def _hardened(stem: str) -> str | None:
    """ "katled" -> "katlet": the stem's final consonant before its softening."""
    hard = morphology().get("softening") or {}
    return stem[:-1] + hard[stem[-1]] if stem[-1] in hard else None


@lru_cache(maxsize=1 << 15)
def lemma(key: str) -> str:
    """A lexicon stem when suffix stripping reaches one, else simplemma's lemma."""
    stem = strip_to(key, vocabulary())
    if stem is not None:
        return stem
    import simplemma

    return lower_tr(simplemma.lemmatize(key, lang=LANG))


def adapt_tokenizer(nlp) -> None:
    """Split an apostrophe suffix off its word ("33'ü" -> 33 + 'ü, "İdlib'de" -> İdlib + 'de) so
    figures read as numbers and names as names; lower case the Turkish way."""
    from spacy.attrs import LIKE_NUM, LOWER
    from spacy.util import compile_suffix_regex

    suffix = r"(?<=\w)['’][a-zçğıöşüâîû]{1,8}$"
    nlp.tokenizer.suffix_search = compile_suffix_regex([suffix, *nlp.Defaults.suffixes]).search
    whole = nlp.tokenizer.token_match  # spaCy keeps "33'ü" whole: a figure must stand alone
    nlp.tokenizer.token_match = lambda text: None if NUMBER_SUFFIX.match(text) else (whole(text) if whole else None)
    nlp.vocab.lex_attr_getters[LOWER] = lower_tr
    like_num = nlp.vocab.lex_attr_getters.get(LIKE_NUM)
    if like_num is not None:  # "bir" is mostly the article "a" ("bir mağarada"), not "one"
        nlp.vocab.lex_attr_getters[LIKE_NUM] = lambda text: lower_tr(text) != "bir" and like_num(text)


NUMBER_SUFFIX = re.compile(r"^\d[\d.,]*['’]\w+$")
CASES = ("locative", "ablative", "dative", "genitive", "accusative", "comitative")


def case_of(suffix: str) -> str | None:
    """The case an apostrophe suffix marks ("de" locative, "nin" genitive), from suffixes.yaml."""
    suffix = lower_tr(suffix)
    cases = morphology()["apostrophe_cases"]
    for case in CASES:
        if suffix in cases.get(case, ()):
            return case
    return None


TURKISH_CAPS = "A-ZÇĞİÖŞÜÂÎÛ"
NAME = re.compile(rf"[{TURKISH_CAPS}][\w]*(?:-[\w]+)*(?:\s+(?:(?:el|al|es|eş|ed|et|er|en|ül|ün)-)?[{TURKISH_CAPS}][\w]*(?:-[\w]+)*)*")
GENITIVE_END = re.compile(r"(?:n?[ıiuü]n)$")  # "Rejimin İdlib'e": a capitalised common word first


@lru_cache(maxsize=1)
def _places() -> dict:
    raw = read_lexicon("places", LANG)
    return {"exonyms": raw.get("exonyms") or {}, "not_places": frozenset(raw.get("not_places") or ()),
            "area_nouns": frozenset(lower_tr(w) for w in raw.get("area_nouns") or ()),
            "district_nouns": frozenset(lower_tr(w) for w in raw.get("district_nouns") or ()),
            "toward_after": tuple(lower_tr(w) for w in raw.get("toward_after") or ()),
            "in_after": tuple(lower_tr(w) for w in raw.get("in_after") or ())}


def _next_word(text: str, pos: int, end: int) -> str:
    m = re.match(r"\)?\s+([\w'’]+)", text[pos:end])  # "Ayn el-Arab (Kobani) kentine": past a name in brackets
    return lower_tr(split_apostrophe(m.group(1))[0]) if m else ""


def _second_word(text: str, pos: int, end: int) -> str:
    m = re.match(r"\s+[\w'’]+\s+([\w'’]+)", text[pos:end])
    return lower_tr(split_apostrophe(m.group(1))[0]) if m else ""


def places(text: str, start: int, end: int, actor_spans=()):
    """Places named in text[start:end]: a capitalised name with a case suffix after its
    apostrophe ("İdlib'de" in, "Halep'ten" from, "Türkiye'ye kaçtı" toward), a name before an
    area noun ("Balyun köyünde", "İdlib kırsalında"), or a known exonym ("Suriye").  Turkish
    marks place with suffixes where French puts a preposition before the name."""
    from ..records import PlaceMention
    from .light_districts import city_near

    pl = _places()
    out = []
    references: set[int] = set()
    for m in NAME.finditer(text, start, end):
        name, s = m.group(), m.start()
        e = s + len(name)
        first, _, rest = name.partition(" ")
        at_start = s == start or not text[start:s].strip() or text[s - 2:s].strip() in (".", "!", "?")
        if rest and at_start and (rest.split("'")[0] in pl["exonyms"] or GENITIVE_END.search(lower_tr(first))):
            name, s = rest, s + len(first) + 1  # the sentence's first word is no part of the name
        base, _ = split_apostrophe(name)
        if base in pl["not_places"] or lower_tr(base) in pl["not_places"]:
            continue
        known = pl["exonyms"].get(base)
        suffix = ""
        if e < end and text[e] in APOSTROPHES:
            suffix = re.match(r"[\w]*", text[e + 1:end]).group()
        case = case_of(suffix) if suffix else None
        after = _next_word(text, e + (len(suffix) + 1 if suffix else 0), end)
        area = strip_to(after, pl["area_nouns"]) is not None if after else False
        if after and not area and not suffix:  # "Taftanaz askeri havaalanı çevresinde": one word between
            after2 = _second_word(text, e, end)
            area = bool(after2) and strip_to(after2, pl["area_nouns"]) is not None
        in_actor = any(a < e and s < b for a, b in actor_spans)
        at_start = s == start or not text[start:s].strip() or text[s - 2:s].strip() in (".", "!", "?")
        named_area = strip_to(lower_tr(base.split()[-1]), pl["area_nouns"]) is not None  # "El Vatiye Hava Üssü"
        if case == "locative" or area or (named_area and case in (None, "accusative", "genitive")):
            rel = "in"
        elif case == "ablative":
            rel = "from"
        elif case == "dative":
            rel = "toward" if after.startswith(pl["toward_after"]) else "in"
            if after.startswith(pl["in_after"]):
                rel = "in"
        elif known is not None and not in_actor and case in (None, "accusative"):
            rel = "in"
        else:
            continue
        if in_actor and case not in ("locative", "ablative") and not area:
            continue  # "Rusya'nın saldırısı", "Türkiye'ye karşı": a state acting or acted on
        if at_start and case is None and not area and known is None:
            continue
        if known is None and after and strip_to(after, pl["district_nouns"]) is not None:  # "Şeyh Maksud mahallesinde"
            base = city_near(text, start, end, s, e, NAME, pl["exonyms"]) or base  # its city (light_districts.py)
        out.append(PlaceMention(known or base, s, e, rel, "GPE"))
        if case == "genitive" and area:
            references.add(len(out) - 1)  # "İdlib'in güneyindeki Balyun köyünde": Idlib only anchors
    if any(m.relation == "in" for k, m in enumerate(out) if k not in references):
        # place/locate.py places the event at a reference only when nothing else resolves
        out = [replace(m, relation="reference") if k in references else m for k, m in enumerate(out)]
    return out


def roles(sent, hits, actors, lex, source, civilian_victims) -> list[tuple[str, object]]:
    """actor1 / actor2 from Turkish case and voice: "X tarafından" acts; a genitive before an
    act noun owns it ("rejim güçlerinin saldırısı"); a dative or accusative is the target
    ("TSK'ya saldırdı") unless an owner word and its aircraft or force follow ("ordusuna ait
    savaş uçakları" acts), and so is a genitive whose next word is a possessed object ("Ermeni
    güçlerinin mevzilerini vurdu"); before a passive or intransitive trigger ("öldürüldü", "şehit oldu")
    the subject is the victim; else the subject acts."""
    spec = lex.assembly.get("roles") or {}
    agents = tuple(spec.get("agent_postmarkers", ()))
    passive = tuple(spec.get("passive_endings", ()))
    victim_lemmas = set(spec.get("victim_lemmas", ()))
    text = doc_text(sent.doc)
    head = hits[0].head
    heads = sorted((h.head for h in hits), key=lambda t: t.i)
    out = []
    for a in actors:
        if source and source[0] <= a.start_char < source[1]:
            continue
        if a.kind == "international_org" and a.country is None:
            continue
        suffix = ""
        if a.end_char < len(text) and text[a.end_char] in APOSTROPHES:
            suffix = re.match(r"\w*", text[a.end_char + 1:]).group()
        word_end = re.match(r"\w*", text[a.end_char:]).group()  # the rest of an inflected word
        nxt = _next_word(text, a.end_char + len(word_end) + (len(suffix) + 1 if suffix else 0), sent.end_char)
        case = case_of(suffix) if suffix else _case_of_rest(lower_tr(word_end), spec)
        nxt_trig = next((t for t in heads if t.idx >= a.end_char), None)
        victim = nxt_trig is not None and (bool({nxt_trig.lemma_} & victim_lemmas)
                                           or lower_tr(nxt_trig.text).endswith(passive))
        if nxt.startswith(agents):
            role = "actor1"
        elif case == "genitive":  # "güçlerinin mevzilerini vurdu": the owner of the target is hit
            owns = lower_tr(nxt).endswith(tuple(spec.get("possessed_object_endings", ()))) and not (
                nxt_trig is not None and lower_tr(nxt_trig.text) == lower_tr(nxt))
            role = "actor2" if victim or owns else "actor1"
        elif case == "dative" and _owns_means(text, a.end_char + len(word_end), sent.end_char, nxt, spec, lex):
            role = "actor1"  # "Suriye ordusuna ait savaş uçakları": the owner of the means acts
        elif case in ("dative", "accusative"):
            role = "actor2"
        elif case == "comitative":  # "teröristlerle çatışma": the other side of the clash
            role = "actor1"
        elif a.end_char <= head.idx or nxt_trig is not None:
            role = "actor2" if victim else "actor1"
        else:
            role = "actor2"
        if role == "actor1" and civilian_victims(a, hits):
            role = "actor2"
        out.append((role, a))
    adjectives = set(morphology().get("adjective_suffixes", ()))
    for k in range(len(out) - 1):  # "PKK'lı teröristler": the name acts as its noun does
        a, b = out[k][1], out[k + 1][1]
        gap = text[a.end_char:b.start_char]
        if gap[:1] in APOSTROPHES and lower_tr(gap[1:].strip()) in adjectives:
            out[k] = (out[k + 1][0], a)
    return out


def _owns_means(text: str, pos: int, end: int, nxt: str, spec: dict, lex) -> bool:
    """ "ordusuna ait savaş uçakları", "rejime bağlı güçler": an owner word (`owner_words`) after
    the dative, then an aircraft or a force noun."""
    if nxt not in set(spec.get("owner_words", ())):
        return False
    m = re.match(r"\s+[\w'’]+((?:\s+[\w'’]+){1,2})", text[pos:end])
    means = lex.aircraft_nouns | lex.force_nouns
    return bool(m) and any(lower_tr(w).startswith(tuple(means)) for w in m.group(1).split())


def _case_of_rest(rest: str, spec: dict) -> str | None:
    """The case the suffixes after an actor's dictionary form end with ("güçleri|nin": genitive)."""
    if not rest:
        return None
    endings = sorted(((e, c) for c, es in (spec.get("case_endings") or {}).items() for e in es), key=lambda x: -len(x[0]))
    return next((c for e, c in endings if rest.endswith(e)), None)


class _TurkishActorsMixin:
    """Actor matching on Turkish text: a token's key loses its apostrophe suffix ("TSK'ya" is
    TSK) and the case and plural suffixes that lead to a word of the dictionary ("askerlerimizi"
    -> "askerlerimiz", "güçlerinin" -> "güçleri")."""

    def _tokens(self, text: str):
        from .actor_dict import fold

        toks = super()._tokens(text)
        known = self._known_keys()
        out = []
        for key, s, e, poss, joined in toks:
            raw = text[s:e]
            base, suffix = split_apostrophe(raw)
            if suffix:
                key, e = fold(lower_tr(base))[0], s + len(base)
            elif key not in known and key:
                stem = strip_to(lower_tr(raw), _FoldedKnown(known))
                short = len(stem or "") == MIN_ACTOR_STEM and not raw[:MIN_ACTOR_STEM].isupper()  # "ola-n" is no OLA
                if stem and len(stem) >= MIN_ACTOR_STEM and not short:  # the mention ends where its suffixes begin
                    key, e = fold(stem)[0], s + len(stem)
                    if key in self._cs and not raw[:len(stem)].isupper():
                        key += "\0"  # "is" in "işler" is no Islamic State
            out.append((key, s, e, poss, joined))
        return out

    def _known_keys(self) -> frozenset[str]:
        cached = getattr(self, "_tr_known", None)
        if cached is None:
            keys: set[str] = set()

            def walk(node):
                for k, child in node.items():
                    if k:
                        keys.add(k)
                        walk(child)
            for trie in (self._trie, self._demonyms, self._nouns, self._members):
                walk(trie)
            cached = self._tr_known = frozenset(keys)
        return cached


class _FoldedKnown:
    """`in` on folded keys, so a Turkish stem ("güçleri") meets the folded alias key ("gucleri")."""

    def __init__(self, keys: frozenset[str]):
        self.keys = keys

    def __contains__(self, word: str) -> bool:
        from .actor_dict import fold

        return fold(word)[0] in self.keys


def actor_dictionary(raw: dict):
    """The Turkish actor dictionary: the English entries with the Turkish overlay, matched with
    Turkish suffix handling."""
    from .actor_dict import ActorDictionary

    cls = type("TurkishActorDictionary", (_TurkishActorsMixin, ActorDictionary), {})
    return cls(raw)
