"""A state named by its country's name is no actor of the light path (light.py) where the name
only says where things happen: after a locative preposition ("en Haïti", "au Burkina Faso", "en
Ecuador", "في اليمن", "بروسيا"), after a place noun and its genitive ("dans le nord du Mali",
"el norte de Colombia", "جنوبي تركيا", "Suriye'nin kuzeyinde"), or with a locative suffix
("Suriye'de", "Irak'taki").  The language's data/lexicons/<lang>/locative_actors.yaml holds the
words, as data/lexicons/en/locative_actors.yaml does for English (roles.locative_state).  The
mention, no longer an actor, is read as a place (places_light skips actor spans only)."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .. import yamlfile
from .roles import Actor

APOSTROPHES = ("'", "’")
WORD = re.compile(r"\S+")


@lru_cache(maxsize=8)
def _spec(lang: str) -> dict | None:
    path = resources.files("tocsin") / "data" / "lexicons" / lang / "locative_actors.yaml"
    if not path.is_file():
        return None
    raw = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    norm = _norm(lang)
    return {**raw, **{k: frozenset(norm(w) for w in raw.get(k) or ()) for k in
                      ("preps", "genitives", "place_nouns", "government_words", "attached", "place_proclitics",
                       "fronted_preps")}}


def _norm(lang: str):
    if lang == "ar":
        from .lang_ar import normalise
        return lambda w: normalise(w.lower())
    return lambda w: w.lower().replace("’", "'")


def _ends_with(words: list[str], phrases: frozenset[str]) -> int:
    """How many of the last words make one of `phrases` (0: none)."""
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]) in phrases:
            return n
    return 0


def _elided(word: str) -> str:
    """ "l'est" -> "est"; "d'" stays."""
    head, _, rest = word.rpartition("'")
    return rest if head and rest else word


def _place_noun(words: list[str], spec: dict) -> bool:
    """The words end with a place noun ("nord", "بشمال", "جنوب شرق")."""
    if not words:
        return False
    if _ends_with([_elided(w) for w in words], spec["place_nouns"]):
        return True
    last = words[-1]
    return any(last.startswith(p) and last[len(p):] in spec["place_nouns"] for p in spec["place_proclitics"])


def placed(text: str, actor: Actor, lang: str) -> bool:
    """The government `actor` is named only as the place of what happens."""
    spec = _spec(lang)
    if spec is None or actor.kind != "government":
        return False
    norm = _norm(lang)
    if set(norm(w) for w in WORD.findall(actor.text)) & spec["government_words"] or not (
            lang == "ar" or actor.text[:1].isupper()):
        return False  # "le gouvernement du Mali", "الحكومة التركية": the government itself
    before = text[max(0, actor.start_char - 60):actor.start_char]
    words = [norm(w) for w in WORD.findall(before)]
    if before and not before[-1].isspace() and words:  # a proclitic written on the name: "بروسيا"
        clitic = words.pop()
        if clitic in spec["attached"] or clitic.endswith("'") and clitic in spec["genitives"] and _place_noun(words, spec):
            return True
        if not clitic.endswith("'"):
            return False
        words.append(clitic)
    if _ends_with(words, spec["preps"]) or _fronted(text, actor, before, words, spec):
        return True
    if (n := _ends_with(words, spec["genitives"])) and _place_noun(words[:-n], spec):
        return True  # "dans le nord du Mali", "el norte de Colombia"
    if lang == "ar" and _place_noun(words, spec):
        return True  # "شمال سوريا": the place noun governs the name without a preposition
    return _suffixed(text, actor, spec)


def _fronted(text: str, actor: Actor, before: str, words: list[str], spec: dict) -> bool:
    """ "À Kinshasa, des manifestants ont attaqué ...": a preposition that is also a dative ("a
    conclu à Moscou un accord", "a demandé à Kigali") places the name only when it opens the
    sentence and a comma closes the phrase (locative_actors.yaml `fronted_preps`)."""
    n = _ends_with(words, spec["fronted_preps"])
    if not n or not re.match(r"\s*,", text[actor.end_char:actor.end_char + 3]):
        return False
    head = before.rstrip()
    for _ in range(n):  # the text before the preposition's words
        head = head[:len(head) - len(WORD.findall(head)[-1])].rstrip()
    # the sentence's start: the text's, a stop, a line break or a dateline's dash ("KINSHASA (AFP) - À Kinshasa,")
    return not head.strip() or head.endswith((".", "!", "?", ":", "»", '"', "-", "–", "—")) or "\n" in before[len(head):]


def _suffixed(text: str, actor: Actor, spec: dict) -> bool:
    """ "Suriye'de", "Irak'taki"; "Suriye'nin kuzeyinde"."""
    after = text[actor.end_char:actor.end_char + 40]
    if not after.startswith(APOSTROPHES):
        return False
    m = re.match(r"\w+", after[1:])
    suffix = m.group().lower() if m else ""
    if suffix in spec.get("suffixes", ()):
        return True
    if suffix in spec.get("genitive_suffixes", ()):
        nxt = WORD.findall(after[1 + len(suffix):])[:1]
        return bool(nxt) and nxt[0].lower().startswith(tuple(spec["place_nouns"]))
    return False


def unplaced(text: str, actors: list[Actor], lang: str) -> list[Actor]:
    """The actors without the governments named only as places."""
    return [a for a in actors if not placed(text, a, lang)]
