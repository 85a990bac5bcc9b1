"""The actor dictionary for one language: the English dictionary (data/lexicons/en/actors.yaml)
plus the language's overlay (data/lexicons/<lang>/actors.yaml), which adds surface forms to the
same entries.  Names, ISO3 codes, kinds and validity dates stay those of the English entries, so
an actor named in French and in English is one actor (and fusion can match them)."""
from __future__ import annotations

import copy
from functools import lru_cache
from importlib import resources


from .actor_dict import ActorDictionary, _read, _trie_add, _walk, alias_key, load_actors
from .langs import language_module
from .. import yamlfile

OVERLAY_KEYS = ("aliases", "metonyms", "stop_phrases", "demonyms")


def read_overlay(lang: str) -> dict | None:
    path = resources.files("tocsin") / "data" / "lexicons" / lang / "actors.yaml"
    return yamlfile.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None


def merge_overlay(raw: dict, overlay: dict) -> dict:
    """A copy of the English dictionary with the overlay's phrases added to its entries; an
    overlay naming an unknown id is an error (ids are the contract between languages)."""
    out = copy.deepcopy(raw)
    by_id = {a["id"]: a for a in out["actors"]}
    for key in ("aliases", "metonyms"):
        for actor_id, phrases in (overlay.get(key) or {}).items():
            if actor_id not in by_id:
                raise ValueError(f"{overlay.get('lang')}/actors.yaml: unknown actor id {actor_id!r}")
            by_id[actor_id][key] = list(by_id[actor_id].get(key) or ()) + list(phrases)
    out["stop_phrases"] = list(out.get("stop_phrases") or ()) + list(overlay.get("stop_phrases") or ())
    out["productive_before"] = overlay.get("productive_before") or {}
    for iso, names in (overlay.get("demonyms") or {}).items():
        state = out.setdefault("states", {}).setdefault(iso, {"name": iso})
        state["demonyms"] = list(state.get("demonyms") or ()) + list(names)
    return out


@lru_cache(maxsize=8)
def load_actors_for(lang: str | None) -> ActorDictionary:
    """English alone for English (and languages without an overlay); English plus overlay else."""
    overlay = read_overlay(lang) if lang and lang != "en" else None
    if overlay is None:
        return load_actors()
    own = getattr(language_module(lang), "actor_dictionary", None)  # tr: suffixes on actor names
    follows = DemonymAfterNoun if overlay.get("productive_before") else ActorDictionary
    return (own or follows)(merge_overlay(_read(None), overlay))


class DemonymAfterNoun(ActorDictionary):
    """Languages that put the demonym after its noun ("frappes israéliennes", "l'armée
    malienne", "soldados colombianos"): the overlay's `productive_before` nouns (by target, as
    the English `productive`) followed by one of its `demonyms`."""

    def __init__(self, raw: dict):
        super().__init__(raw)
        self._nouns_first: dict = {}
        for target, nouns in (raw.get("productive_before") or {}).items():
            for n in nouns:
                _trie_add(self._nouns_first, alias_key(n), target)
        self._starts = self._starts | set(self._nouns_first)

    def _productive(self, toks, keys, i, when):
        found = super()._productive(toks, keys, i, when)
        noun = None if found else self._noun(self._nouns_first, toks, keys, i)
        if noun is None:
            return found
        for dend, isos in _walk(self._demonyms, keys, noun[0]):
            if not self._ends_ok(toks, dend):
                continue
            e, country = self._demonym_entry(noun[1], isos[0], when)  # ("civils libanais": civilians of that country)
            return (dend, e, False, country, False) if e else None
        return None
