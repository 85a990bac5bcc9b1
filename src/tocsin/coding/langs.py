"""Which coding path reads an article's language, and the light pipeline for the other languages.

English keeps its statistical parse (nlp.load_nlp) and the dependency rules of events.py.  A
language with its own lexicons (data/lexicons/<lang>/triggers.yaml) is read by the light path
(light.py): spaCy's rule-based tokenizer for that language (`spacy.blank(lang)`), a
sentencizer, tocsin's line-break rule and lemmas from `simplemma` (a lookup table, no model).
Nothing is downloaded at run time.

Before lexicon and gazetteer look-ups every token passes the language's `lookup_key` hook:
for French and Spanish it is the lower-cased word (their elisions, "l'armée", are split by the
tokenizer); Arabic clitics (و/ب/ل/ال) and Turkish case suffixes ("İdlib'de") plug in here
through a language module (lang_ar.py, lang_tr.py; `language_module`), which may also offer
its own lemmas, lexicon keys, modality, roles, places and actor dictionary.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from .nlp import line_breaks  # noqa: F401 - registers the "tocsin_line_breaks" component

ENGLISH = "en"


@lru_cache(maxsize=None)
def light_languages() -> frozenset[str]:
    """Languages with their own coding lexicons (English excepted)."""
    root = resources.files("tocsin") / "data" / "lexicons"
    return frozenset(p.name for p in root.iterdir() if p.name != ENGLISH and (p / "triggers.yaml").is_file())


def coding_language(lang: str | None) -> str:
    """The lexicons an article is coded with: its own when tocsin has them, else English (as
    every article was before issue 13: undetermined and unknown languages included)."""
    return lang if lang in light_languages() else ENGLISH


@lru_cache(maxsize=None)
def language_module(lang: str):
    """The module of a language's own look-up rules (lang_<code>.py), or None (fr, es)."""
    if lang == "tr":
        from . import lang_tr
        return lang_tr
    if lang == "ar":
        from . import lang_ar
        return lang_ar
    return None


@lru_cache(maxsize=1 << 17)
def lookup_key(word: str, lang: str) -> str:
    """The form a word is looked up under (lexicons, actors, gazetteer).  A hook per language:
    none is needed for fr/es; ar (clitics) and tr (suffixes) strip affixes here."""
    mod = language_module(lang)
    return mod.lookup_key(word) if mod is not None else word.lower()


@Language.component("tocsin_lookup_lemmas")
def _lemmas(doc: Doc) -> Doc:
    import simplemma

    lang = doc.lang_
    whole = getattr(language_module(lang), "lemmas", None)  # ar: every word, diacritics and all
    if whole is not None:
        return whole(doc)
    own = getattr(language_module(lang), "lemma", None)  # a language's own lemmatiser (tr: suffixes)
    for tok in doc:
        if tok.is_alpha:
            key = lookup_key(tok.text, lang)
            tok.lemma_ = own(key) if own else simplemma.lemmatize(key, lang=lang).lower()
        else:
            tok.lemma_ = tok.lower_
    return doc


@lru_cache(maxsize=8)
def load_light_nlp(lang: str):
    """spacy.blank(lang) + sentencizer + line breaks + simplemma lemmas, built once per process."""
    import spacy

    nlp = spacy.blank(lang)
    if hasattr(language_module(lang), "adapt_tokenizer"):
        language_module(lang).adapt_tokenizer(nlp)  # tr: "İdlib'de" -> İdlib + 'de
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("tocsin_line_breaks")
    nlp.add_pipe("tocsin_lookup_lemmas")
    return nlp
