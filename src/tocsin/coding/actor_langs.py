"""The actor dictionary for one language: the English dictionary (data/lexicons/en/actors.yaml)
plus the language's overlay (data/lexicons/<lang>/actors.yaml), which adds surface forms to the
same entries.  Names, ISO3 codes, kinds and validity dates stay those of the English entries, so
an actor named in French and in English is one actor (and fusion can match them)."""
from __future__ import annotations

import copy
from functools import lru_cache
from importlib import resources


from .actor_dict import ActorDictionary, _read, load_actors
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
    return (own or ActorDictionary)(merge_overlay(_read(None), overlay))
