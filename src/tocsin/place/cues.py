"""Words before a place name that say it does not place the event, or that it does although
the tagger took it for an organisation (data/gazetteer/place_cues.yaml):

- the owner of a building: "the embassies of Rwanda and France in Kinshasa" (the countries);
- a source's or speaker's place: "according to our colleagues in Port-au-Prince", "a resident
  reached by phone in Bamako", "told reporters in Kinshasa";
- a big city as a strike's target: "a drone and missile attack on Abu Dhabi" (tagged ORG);
- a town its own sentence vouches for: "Malian soldiers clashed with rebels near Tinzaouaten";
- "the town" in a sentence naming no place: the town its paragraph named before it;
- "the Military Institute of Communications" in a sentence naming no place: the town of the
  building of that kind an earlier violent event was told at."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .. import yamlfile
from .names import norm_key
from .resolve import Place, candidates
from .theatre import plausible, strong


@cache
def _cues() -> dict:
    path = resources.files("tocsin") / "data" / "gazetteer" / "place_cues.yaml"
    return yamlfile.safe_load(path.read_text(encoding="utf-8"))


def _alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def _owner_re() -> re.Pattern:
    name = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"  # "Rwanda", "the United States"
    return re.compile(rf"\b(?:{_alternation(_cues()['owner_nouns'])})\s+of\s+"
                      rf"(?:(?:the\s+)?{name}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?$", re.IGNORECASE)


@cache
def _speaker_re() -> re.Pattern:
    gap = int(_cues()["speaker_gap_words"])
    return re.compile(rf"\b(?:{_alternation(_cues()['speaker_cues'])})(?:\s+[\w'’-]+){{0,{gap}}}?"
                      r"\s+(?:in|at|from)\s+(?:the\s+(?:capital|city)\s*,?\s*)?(?:the\s+)?$", re.IGNORECASE)


def owner(before: str) -> bool:
    """ "the embassies of Rwanda and ": the next name owns the building, it is not its place."""
    return bool(_owner_re().search(before))


@cache
def _group_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_alternation(_cues()['group_name_prefixes'])})\s+$", re.IGNORECASE)


def group_name_part(before: str) -> bool:
    """ "the Islamic State Sahel Province": the name after these words is part of a group's name."""
    return bool(_group_re().search(before))


@cache
def _group_tail_re() -> re.Pattern:
    return re.compile(rf"\s+(?:{_alternation(_cues()['group_name_tails'])})\b", re.IGNORECASE)


def group_name_head(text: str, end: int | None = None) -> bool:
    """ "the Sudan People's Liberation Army": the name before these words is part of a group's name
    (at `end`, or anywhere in `text` when no end is given: a whole mention)."""
    return bool(_group_tail_re().match(text, end) if end is not None else _group_tail_re().search(text))


@cache
def _building_re() -> re.Pattern:
    return re.compile(rf"^\s+(?:{_alternation(_cues()['building_nouns'])})\b", re.IGNORECASE)


def named_building(before: str, after: str) -> bool:
    """ "the " + name + " police station": the name is a building's (it holds no event by itself
    when it resolves outside the story's theatre: place/locate.py)."""
    return bool(re.search(r"\bthe\s+$", before, re.IGNORECASE)) and bool(_building_re().match(after))


@cache
def _whereabouts_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_alternation(_cues()['whereabouts_verbs'])})\s+(?:that\s+)?"
                      rf"(?:{_alternation(_cues()['whereabouts_persons'])})\s+(?:was|were|had\s+been)\s+(?:in|at)\s+(?:the\s+)?$",
                      re.IGNORECASE)


def whereabouts(before: str) -> bool:
    """ "he says he was in ": the next name is where a person says they were, not an event's place."""
    return bool(_whereabouts_re().search(before))


def heard_at(before: str) -> bool:
    """A source's place ("reached by phone in ") or a person's alibi ("says he was in "): no story place."""
    return speaker_place(before) or whereabouts(before)


def speaker_place(before: str) -> bool:
    """ "according to our colleagues in ", "a resident reached by phone in ": the next name is
    where the source is."""
    return bool(_speaker_re().search(before))


@cache
def _fled_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_alternation(_cues()['flight_verbs'])})\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:into|to|towards?)"
                      r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?$", re.IGNORECASE)


def fled_to(before: str) -> bool:
    """ "residents fled across the border into India's ": the next name is where people went."""
    return bool(_fled_re().search(before))


@cache
def _came_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_alternation(_cues()['arrival_verbs'])})\b(?:\s+[\w'’-]+){{0,3}}?\s+from\s+(?:the\s+)?$",
                      re.IGNORECASE)


def came_from(before: str) -> bool:
    """ "commandos flown in from ": the next name is where a force came from."""
    return bool(_came_re().search(before))


@cache
def _care_re() -> tuple[re.Pattern, re.Pattern]:
    verbs = re.compile(rf"\b(?:{_alternation(_cues()['care_verbs'])})\b(?:\s+[\w'’-]+){{0,3}}?\s+to\s+(?:the\s+)?$", re.IGNORECASE)
    purpose = re.compile(rf"^[\w'’ -]{{0,40}}?\b(?:{_alternation(_cues()['care_purposes'])})\b", re.IGNORECASE)
    return verbs, purpose


def carried_for_care(before: str, after: str) -> bool:
    """ "who were flown to N'Djamena for treatment": where the wounded were taken, not the event."""
    verbs, purpose = _care_re()
    return bool(verbs.search(before) and purpose.search(after))


def not_here(before: str, violent: bool) -> bool:
    """An embassy's owner ("the embassies of Rwanda in Kinshasa"), a person's alibi ("says he was in
    Bengaluru"); for violence, a source's or a
    speaker's place ("told reporters in Kinshasa")."""
    return owner(before) or whereabouts(before) or (violent and speaker_place(before))


def target_city(relation: str | None, p: Place, aimed: bool = False) -> bool:
    """ "a drone and missile attack on Abu Dhabi", Abu Dhabi tagged as a body: a big city after
    "on", "at", "in", "of", or one a weapon was `aimed` at ("a drone launched towards Khamis
    Mushait"), is the target's place even outside the story's main countries."""
    return (aimed or relation in frozenset(_cues()["target_relations"])) and p.precision == 1 \
        and p.feature == "city" and strong(p)


def vouched(evidence: dict, m, p: Place, toponyms) -> bool:
    """The mention's own sentence names the place's country or its people ("Wagner mercenaries and
    Malian soldiers clashed near Tinzaouaten"): a town outside the story's theatre still stands.
    Only for a town the text spells by its own name: "Russian-made Pantsir systems" is no alternate
    name of a Russian town."""
    start, text = evidence.get("start"), evidence.get("text") or ""
    if not isinstance(start, int) or p.feature in ("country", "admin1") or norm_key(p.name) != norm_key(m.text):
        return False
    return any(start <= t.start < start + len(text) and t.start != m.start and t.place is not None
               and t.place.country == p.country and t.place.feature == "country" and not t.metonymic
               for t in toponyms)


# "attacked the town", "the village's mosque": a settlement named earlier in the paragraph
_ANAPHOR = re.compile(r"\bthe (?:town|village)\b(?!\s+of\b)", re.IGNORECASE)


def anaphor(ev, toponyms, heard, theatre) -> tuple[Place, int] | None:
    """The event's sentence says "the town" ("Gunmen attacked the town early on Thursday") and
    names no place: the last town its paragraph named before it, even outside an event (not a
    source's place, not a namesake outside the story's theatre)."""
    ev_text, ev_start = ev.evidence.get("text") or "", ev.evidence.get("start")
    if not isinstance(ev_start, int) or not _ANAPHOR.search(ev_text):
        return None
    towns = [t.place for t in toponyms
             if ev.paragraph_start <= t.start < ev_start and t.place is not None and t.place.precision == 1
             and t.place.feature not in ("country", "admin1", "continent") and not t.metonymic
             and not t.in_source and (t.start, t.end) not in heard
             and (theatre is None or plausible(t.place, theatre))]
    return (towns[-1], 1) if towns else None


@cache
def _site_re() -> re.Pattern:
    return re.compile(rf"\bthe\s+(?:[\w'’-]+\s+){{0,4}}?({_alternation(_cues()['site_nouns'])})\b", re.IGNORECASE)


@cache
def _site_of_re() -> re.Pattern:
    return re.compile(rf"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{_alternation(_cues()['site_nouns'])})\s+of\s+"
                      r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$", re.IGNORECASE)


@cache
def _site_named_re() -> re.Pattern:
    return re.compile(rf"^(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)??)\s+(?:{_alternation(_cues()['site_nouns'])})"
                      r"(?:\s+[A-Z][\w'’-]*)?$", re.IGNORECASE)


def site_owner(text: str) -> str | None:
    """ "the University of Karachi", "Garissa University College": the town a building's or a
    body's name gives (`site_nouns`); the caller takes it only when it spells a town of the story."""
    from .features import bare

    m = _site_of_re().match(text.strip()) or _site_named_re().match(text.strip())
    return m.group(1) if m and m.group(1)[:1].isupper() and not bare(m.group(1)) else None


def site_anaphor(text: str, struck: list[tuple[str, tuple[Place, int]]]) -> tuple[Place, int] | None:
    """ "Two missiles slammed into the Military Institute of Communications" in a sentence naming
    no place, after "a missile strike on a military training institute in Poltava": the
    building told before with its town.  `struck` holds the sentences of the violent events
    placed by their own words, with their places, in text order; the last one naming the same
    kind of building wins."""
    for m in _site_re().finditer(text):
        noun = re.compile(rf"\b{re.escape(m.group(1).lower())}\b", re.IGNORECASE)
        for told, place in reversed(struck):
            if noun.search(told):
                return place
    return None


def party_on_verbs() -> frozenset[str]:
    """ "lean on Moscow": verbs whose "on" + capital names a government (speakers.py)."""
    return frozenset(_cues()["party_on_verbs"])


def party_possessions() -> frozenset[str]:
    """ "Moscow's troops": nouns whose capital owner names a government (speakers.py)."""
    return frozenset(_cues()["party_possessions"])


@cache
def _told_re() -> re.Pattern:
    return re.compile(rf"^\W*(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternation(_cues()['event_nouns'])})\b",
                      re.IGNORECASE)


def tells_more(text: str) -> bool:
    """ "The strikes, launched from ..., wounded seven": the sentence opens on a definite event noun."""
    return bool(_told_re().match(text))


@cache
def clause_joiners() -> frozenset[str]:
    """Words that open another clause or a speaker's: a name after them is not the event's
    target's place (place/locate.py `_object_continues`)."""
    return frozenset(_cues()["clause_joiners"])


@cache
def _naming_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_alternation(_cues()['naming_phrases'])})\b", re.IGNORECASE)


# "shelled Israeli troops gathering near Metula": the words between the event's clause and the
# name run on without a stop, a conjunction or a verb of saying (data: place_cues.yaml `clause_joiners`)
OBJECT_GAP_WORDS = 6


def object_continues(ev_text: str, ev_start: int, spans, at: int) -> bool:
    """The toponym at `at` stands in a clause that modifies the end of the event's own clause
    (its target: "Our fighters shelled Israeli troops gathering near Metula", the parser gave
    "gathering" a clause of its own): it places the event like its own clause's names do."""
    end = max((e for _, e in spans if e <= at), default=None)
    if end is None:
        return False
    gap = _naming_re().sub(" ", ev_text[end - ev_start:at - ev_start])  # "at what they called IS positions in"
    words = re.findall(r"[\w'’-]+", gap)
    return (0 < len(words) <= OBJECT_GAP_WORDS and not re.search(r"[,;:.()\"“”—–!?]", gap)
            and not any(w.lower() in clause_joiners() for w in words))


@cache
def _container_gap() -> re.Pattern:
    return re.compile(_cues()["container_gap"], re.IGNORECASE)


def within_next(ev, m, p: Place | None, resolve_mention) -> Place | None:
    """ "La Victoria, en el estado Apure", "Kumba, in the South-West region": a town the event's
    sentence puts in the first-level division named right after it is read inside that division
    (its namesake there, else the division itself), not as a bigger namesake elsewhere.
    `resolve_mention` reads the next mention."""
    ev_text, ev_start = ev.evidence.get("text") or "", ev.evidence.get("start")
    if p is None or p.feature in ("country", "admin1", "continent") or not isinstance(ev_start, int):
        return p
    nxt = min((n for n in ev.place_mentions if n.start >= m.end), key=lambda n: n.start, default=None)
    if nxt is None or not ev_start <= m.end <= nxt.start <= ev_start + len(ev_text):
        return p
    if not _container_gap().fullmatch(ev_text[m.end - ev_start:nxt.start - ev_start]):
        return p
    box = resolve_mention(nxt)
    if box is None or box.feature != "admin1" or box.country != p.country or box.admin1 == p.admin1:
        return p
    inside = [c.place for c in candidates(m.text, (box.country,), scored=True, limit=40)
              if c.place.admin1 == box.admin1 and c.place.feature not in ("country", "admin1")]
    return inside[0] if inside else box
