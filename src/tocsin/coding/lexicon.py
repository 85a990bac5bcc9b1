"""Loads the coding lexicons (data/lexicons/en/*.yaml) once and indexes them for lookup."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .. import yamlfile


def read_lexicon(name: str, lang: str = "en") -> dict:
    path = resources.files("tocsin") / "data" / "lexicons" / lang / f"{name}.yaml"
    return yamlfile.safe_load(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Trigger:
    rule_id: str
    family: str
    pos: frozenset[str]
    words: tuple[str, ...]  # lemma sequence
    needs: tuple[str, ...]  # conditions: place, person, people, violent_context, threat_object
    declared_future: bool = False  # a statement announcing a future coercive act (THREATEN)


@dataclass(frozen=True)
class Family:
    name: str
    plover: str | None
    acled: str | None
    violent: bool
    verbal: bool = False  # an act of speech or policy: needs an actor who performs it


@dataclass(frozen=True)
class Instrument:
    rule_id: str
    acled: str
    words: tuple[tuple[str, ...], ...]  # lemma sequences
    pos: frozenset[str] | None = None  # parts of speech the first word may take
    weak: bool = False  # a last resort: only when no other instrument is named


@dataclass(frozen=True)
class CodingLexicon:
    families: dict[str, Family]
    priority: tuple[str, ...]
    by_first: dict[str, tuple[Trigger, ...]]  # first lemma -> triggers starting with it
    instruments: tuple[Instrument, ...]
    refine: dict[str, tuple[dict, ...]]
    support_verbs: frozenset[str]
    place_nouns: frozenset[str]
    person_nouns: frozenset[str]
    threat_actions: frozenset[str]
    threat_actions_need_object: frozenset[str]
    threat_objects: frozenset[str]
    violent_lemmas: frozenset[tuple[str, str]]  # (lemma, part of speech)
    facility_nouns: frozenset[str]
    accident_cues: frozenset[str]
    acled_types: dict[str, str]
    classifier_groups: dict[str, tuple[str, ...]]
    aggregate_cues: tuple[str, ...]
    instrument_families: frozenset[str]
    modality: dict
    numbers: dict
    aircraft_nouns: frozenset[str] = frozenset()
    toll_nouns: frozenset[str] = frozenset()
    hazard_nouns: frozenset[str] = frozenset()
    sports_cues: frozenset[str] = frozenset()
    civil_convoy_words: frozenset[str] = frozenset()
    sports_min: int = 4
    superlative_cues: frozenset[str] = frozenset()
    assembly: dict = None  # type: ignore[assignment]  # assembly.yaml: datelines, cumulative tolls, ceiling
    month_words: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    protester_nouns: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    # words that name a hazard or an accident (hazard_nouns, accident_cues, assembly.yaml
    # `disaster_cues`): only with one may the CASE classifier veto an event as a disaster
    disaster_words: frozenset[str] = frozenset()
    deliberate_triggers: frozenset[str] = frozenset()  # assembly.yaml: violence a trigger says was meant

    def rank(self, family: str) -> int:
        return self.priority.index(family) if family in self.priority else len(self.priority)


ELISION = re.compile(r"(\w['\u2019])(?=\w)")
INFIX_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])", re.IGNORECASE)


def _words(phrase: str, lang: str = "en") -> tuple[str, ...]:
    """A phrase's words as the tokenizer of its language cuts them: French elisions split
    ("prise d'otages" -> prise, d', otages), as spacy.blank("fr") does."""
    if lang != "en":
        phrase = ELISION.sub(r"\1 ", phrase)
    else:  # spaCy's English tokenizer cuts "sit-in" into sit, -, in
        phrase = INFIX_HYPHEN.sub(" - ", phrase)
    key = _lexicon_key(lang)
    return tuple(key(w) for w in phrase.lower().split()) if key else tuple(phrase.lower().split())


def _lexicon_key(lang: str):
    """The key a language's lexicon words are stored under when its text words are looked up by
    key, not by form (ar: clitics and lemmas, lang_ar.py); None for the others."""
    if lang == "en":
        return None
    from .langs import language_module

    return getattr(language_module(lang), "lexicon_key", None)


def _keyed(words, lang: str) -> frozenset[str]:
    """A word list as written plus, for a keyed language, its words' keys."""
    key = _lexicon_key(lang)
    words = list(words or ())
    return frozenset(words) | frozenset(" ".join(key(x) for x in w.split()) for w in words if key)


def _keyed_lists(raw: dict, lang: str, fields: tuple[str, ...]) -> dict:
    """`raw` with the word lists under `fields` of each of its dict values keyed (figure kinds, refine cues)."""
    if _lexicon_key(lang) is None:
        return raw
    out = {}
    for k, v in raw.items():
        if isinstance(v, dict):
            v = {f: sorted(_keyed(x, lang)) if f in fields else x for f, x in v.items()}
        elif isinstance(v, list):
            v = [{f: sorted(_keyed(x, lang)) if f in fields else x for f, x in r.items()} if isinstance(r, dict)
                 else r for r in v]
        out[k] = v
    return out


@lru_cache(maxsize=None)
def coding_lexicon(lang: str = "en") -> CodingLexicon:
    trig = read_lexicon("triggers", lang)
    inst = read_lexicon("instruments", lang)
    families = {name: Family(name, f.get("plover"), f.get("acled"), bool(f.get("violent")),
                             bool(f.get("verbal")))
                for name, f in trig["families"].items()}
    by_first: dict[str, list[Trigger]] = {}
    for t in trig["triggers"]:
        if t["family"] not in families:
            raise ValueError(f"trigger {t['id']}: unknown family {t['family']!r}")
        for phrase in t["lemmas"]:
            words = _words(phrase, lang)
            needs = t.get("needs") or ()
            tr = Trigger(t["id"], t["family"], frozenset(t["pos"]), words,
                         (needs,) if isinstance(needs, str) else tuple(needs),
                         bool(t.get("declared_future")))
            by_first.setdefault(words[0], []).append(tr)
    for first in by_first:  # longest phrases first
        by_first[first].sort(key=lambda tr: -len(tr.words))
    instruments = tuple(Instrument(i["id"], i["acled"], tuple(_words(w, lang) for w in i["lemmas"]),
                                   frozenset(i["pos"]) if i.get("pos") else None, bool(i.get("weak")))
                        for i in inst["instruments"])
    violent = {f for f, v in families.items() if v.violent}
    violent_lemmas = frozenset((tr.words[0], pos) for trs in by_first.values() for tr in trs
                               if tr.family in violent and not tr.needs and len(tr.words) == 1
                               for pos in tr.pos)
    assembly = read_lexicon("assembly", lang)
    hazard_nouns, accident_cues = _keyed(trig.get("hazard_nouns"), lang), _keyed(trig.get("accident_cues"), lang)
    return CodingLexicon(
        families=families,
        priority=tuple(trig["priority"]),
        by_first={k: tuple(v) for k, v in by_first.items()},
        instruments=instruments,
        refine={k: tuple(v) for k, v in _keyed_lists(trig.get("refine", {}), lang, ("cues",)).items()},
        support_verbs=_keyed(trig.get("support_verbs"), lang),
        place_nouns=_keyed(trig.get("place_nouns"), lang),
        person_nouns=_keyed(trig.get("person_nouns"), lang),
        threat_actions=_keyed(trig.get("threat_actions"), lang),
        threat_actions_need_object=_keyed(trig.get("threat_actions_need_object"), lang),
        threat_objects=_keyed(trig.get("threat_objects"), lang),
        violent_lemmas=violent_lemmas,
        facility_nouns=_keyed(trig.get("facility_nouns"), lang),
        accident_cues=accident_cues,
        acled_types=dict(trig["acled_types"]),
        classifier_groups={k: tuple(v) for k, v in trig.get("classifier_groups", {}).items()},
        aggregate_cues=tuple(trig.get("aggregate_cues", [])),
        instrument_families=frozenset(trig.get("instrument_families", [])),
        modality=read_lexicon("modality", lang),
        numbers={**(num := read_lexicon("numbers", lang)),
                 "figure_kinds": _keyed_lists(num["figure_kinds"], lang, ("nouns", "verbs"))},
        aircraft_nouns=_keyed(trig.get("aircraft_nouns"), lang),
        toll_nouns=_keyed(trig.get("toll_nouns"), lang),
        hazard_nouns=hazard_nouns,
        sports_cues=_keyed(trig.get("sports_context", {}).get("cues"), lang),
        civil_convoy_words=frozenset(trig.get("civil_convoy_words", ())),
        sports_min=int(trig.get("sports_context", {}).get("min", 4)),
        superlative_cues=frozenset(trig.get("superlative_cues", [])),
        settlement_nouns=_keyed(trig.get("settlement_nouns"), lang),
        month_words=frozenset(w for names in read_lexicon("dates", lang)["months"].values() for w in names),
        assembly=assembly,
        disaster_words=hazard_nouns | accident_cues | _keyed(assembly.get("disaster_cues"), lang),
        deliberate_triggers=frozenset(assembly.get("deliberate_triggers", ())),
        force_nouns=_keyed(trig.get("force_nouns"), lang),
        protester_nouns=_keyed(trig.get("protester_nouns"), lang),
    )
