"""The model's `attribute_ruler`, answered from a table (`tocsin_attributes`).

spaCy's attribute ruler runs a `Matcher` of ~180 patterns over every token to set POS, MORPH
and LEMMA from the tag, the word and the dependency label: 15 % of the parse time on news
(`bench/stages.py`).  Nearly all its patterns look at one token only, so what they set depends
on a small key: the token's tag, its dependency label and its lower-cased form, where the form
and the label count only if some pattern names them.  This component keeps the model's own
patterns and attributes: it matches the one-token patterns once per key (on a one-token doc
carrying the key) and keeps the merged attributes in a table; the few patterns of two tokens
("gon na", "there is") run as a `Matcher` over the doc as before.  Rules apply in the ruler's
own order (later rules win), so the annotations are the ruler's, token for token
(`tests/coding/test_attributes.py` compares both on news text).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_OTHER_DEP = "tocsin_other_dep"  # a label no pattern names
_OTHER_WORD = "tocsin_other_word"  # a form no pattern names


def _values(constraint) -> tuple[set[str], list[re.Pattern]]:
    if isinstance(constraint, str):
        return {constraint}, []
    words, regexes = set(constraint.get("IN", ())) | set(constraint.get("NOT_IN", ())), []
    if "REGEX" in constraint:
        regexes.append(re.compile(constraint["REGEX"]))
    return words, regexes


class TableAttributes:
    """Drop-in for a trained `AttributeRuler` (same output, one table look-up per token)."""

    def __init__(self, ruler) -> None:
        self.vocab = ruler.vocab
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.single = Matcher(self.vocab, validate=False)
        self.multi = Matcher(self.vocab, validate=False)
        self.words: set[str] = set()
        self.regexes: list[re.Pattern] = []
        self.deps: set[str] = {""}
        for i, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                (self.single if len(pattern) == 1 else self.multi).add(str(i), [pattern])
                for tok in pattern:
                    for key, target in (("LOWER", "words"), ("DEP", "deps")):
                        if key in tok:
                            words, regexes = _values(tok[key])
                            getattr(self, target).update(words)
                            self.regexes.extend(regexes)
        self.has_multi = len(self.multi) > 0
        self.table: dict[tuple, tuple[tuple[int, ...], dict]] = {}  # key -> (rule ids, merged attributes)
        self.forms: dict[tuple[str, bool], str] = {}  # lower-cased form -> the form the key holds

    def _word(self, lower: str, is_space: bool) -> str:
        form = self.forms.get((lower, is_space))
        if form is None:
            named = is_space or lower in self.words or any(r.search(lower) for r in self.regexes)
            form = self.forms[(lower, is_space)] = lower if named else _OTHER_WORD
        return form

    def _entry(self, key: tuple) -> tuple[tuple[int, ...], dict]:
        """The one-token rules a key matches (in the ruler's order) and their merged attributes."""
        entry = self.table.get(key)
        if entry is None:
            word, tag, dep = key
            one = Doc(self.vocab, words=[word], spaces=[False], tags=[tag], deps=[dep], heads=[0]) if dep \
                else Doc(self.vocab, words=[word], spaces=[False], tags=[tag])
            ids = tuple(sorted(int(self.vocab.strings[m]) for m, _, _ in self.single(one, allow_missing=True)))
            entry = self.table[key] = (ids, self._merge(ids))
        return entry

    def _merge(self, ids) -> dict:
        merged: dict = {}
        for attr_id in ids:  # later rules win, as in AttributeRuler.set_annotations
            merged.update(self.attrs[attr_id])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        extra: dict[int, list[int]] = {}
        if self.has_multi:
            for m_id, start, end in self.multi(doc, allow_missing=True):
                attr_id = int(self.vocab.strings[m_id])
                index = self.indices[attr_id]
                extra.setdefault(start + index if index >= 0 else end + index, []).append(attr_id)
        for tok in doc:
            dep = tok.dep_
            ids, merged = self._entry((self._word(tok.lower_, tok.is_space), tok.tag_,
                                       dep if dep in self.deps else _OTHER_DEP))
            if tok.i in extra:  # a two-token rule touches it: all its rules, in order
                merged = self._merge(sorted(set(ids) | set(extra[tok.i])))
            if merged:
                set_token_attrs(tok, merged)
        return doc


_pending: list = []  # the model's ruler, handed to the factory by `use_table`


@Language.factory("tocsin_attributes")
def _make(nlp: Language, name: str) -> TableAttributes:
    return TableAttributes(_pending.pop())


def use_table(nlp: Language) -> None:
    """Put the table in the model's attribute ruler's place, under the same name (same annotations)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    names = nlp.pipe_names
    after = names[names.index("attribute_ruler") + 1:]
    _pending.append(nlp.remove_pipe("attribute_ruler")[1])
    nlp.add_pipe("tocsin_attributes", name="attribute_ruler", **({"before": after[0]} if after else {}))
