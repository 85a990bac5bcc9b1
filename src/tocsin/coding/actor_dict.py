"""Actor dictionary (data/lexicons/<lang>/actors.yaml) and a matcher that finds actors in text.

PETRARCH-style: the actors, their codes and date ranges are data; this module only reads and
applies them. Matching walks a token trie (one dict lookup per token), so it is longest-match-first
and costs about a millisecond for a 1,000-word article; no regex with thousands of alternatives.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import yamlfile
from .actor_identity import identified, identity_rules, past_designation as _past_designation, restated_end

CONTEXT = "CONTEXT"
KINDS = frozenset({"state_forces", "government", "rebel_group", "political_militia", "identity_militia",
                   "rioters", "protesters", "civilians", "external", "international_org", "person", "other"})
_GROUP_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia", "external",
                          "international_org", "other", "state_forces", "government"})
# "U.S.", "U.N." (letters with dots) or a word with inner apostrophes ("Hei'at", "Turkey's").
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['\u2019\u2018\u02bc][^\W_]+)*")
_JOINERS = "-\u2010\u2011"  # hyphens that glue words ("al-Sham", "anti-government")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0131": "i", "\u00f8": "o",
                       "\u0142": "l", "\u00df": "ss", "\u0111": "d"})
_END = ""  # trie key for "a phrase ends here"; never a token
_STOP = "\x01"  # a sentence or clause break between two words; never in the trie
_BREAK = re.compile(r"[.!?;:\n]")


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    country: str | None
    kind: str
    aliases: tuple[str, ...]
    valid_from: str | None = None
    valid_to: str | None = None
    metonyms: tuple[str, ...] = ()
    default: bool = False
    forces: tuple[str, ...] = ()
    resolve: bool = False
    notes: str | None = None
    theatres: tuple[str, ...] = ()  # countries it fights in as a branch of its own ("Islamic State (Iraq)")

    def valid_on(self, when: str | None) -> bool:
        """Half-open range: valid_from <= when < valid_to, so successive regimes never overlap."""
        if when is None:
            return True
        return (self.valid_from is None or self.valid_from <= when) and (
            self.valid_to is None or when < self.valid_to)


@dataclass(frozen=True)
class ActorMention:
    start_char: int
    end_char: int
    text: str
    entry_id: str
    name: str
    country: str | None
    kind: str
    generic: bool
    metonym: bool = False


@lru_cache(maxsize=1 << 16)
def fold(token: str) -> tuple[str, bool]:
    """Token -> (key, possessive): lower case, no accents, no dots or apostrophes, no final 's."""
    t = token.lower().translate(_FOLD)
    poss = len(t) > 2 and t.endswith("'s")
    if poss:
        t = t[:-2]
    t = t.replace("'", "").replace(".", "")
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return t, poss


def alias_key(alias: str) -> tuple[str, ...]:
    """The token keys an alias is stored under; two aliases with one key are the same phrase."""
    return tuple(fold(m.group())[0] for m in _TOKEN.finditer(alias))


def _iso(when: date | str | None) -> str | None:
    return when.isoformat()[:10] if isinstance(when, date) else when


def _trie_add(root: dict, keys: tuple[str, ...], payload) -> None:
    node = root
    for k in keys:
        node = node.setdefault(k, {})
    node.setdefault(_END, []).append(payload)


def _walk(root: dict, keys: list[str], i: int) -> list[tuple[int, list]]:
    """Every phrase in the trie that starts at token i, as (end token, payloads), longest first."""
    found, node = [], root
    for j in range(i, len(keys)):
        key = keys[j]
        nxt = node.get(key)
        if nxt is None and j > i and key.endswith("\0"):
            nxt = node.get(key[:-1])  # a case-sensitive word inside a phrase ("l'État islamique au Sahel")
        node = nxt
        if node is None:
            break
        if _END in node:
            found.append((j + 1, node[_END]))
    return found[::-1]


class ActorDictionary:
    """Alias trie over the entries, plus the demonym / noun tries for productive phrases."""

    def __init__(self, raw: dict):
        self.version = raw.get("version")
        self.states: dict[str, dict] = raw.get("states") or {}
        self.entries: tuple[ActorEntry, ...] = tuple(_entry(a) for a in raw["actors"])
        self.by_id = {e.id: e for e in self.entries}
        self.by_name: dict[str, list[ActorEntry]] = {}
        for e in self.entries:
            self.by_name.setdefault(e.name, []).append(e)
        if len(self.by_id) != len(self.entries):
            raise ValueError("actors.yaml: duplicate ids")
        self._cs = {w.lower() for w in raw.get("case_sensitive") or ()}
        self._context_forces: dict[str, str] = dict(raw.get("context_forces") or {})
        self._sovereign: dict[str, str] = dict(raw.get("sovereign_forces") or {})
        self._context_aliases: dict[str, dict[str, str]] = dict(raw.get("context_aliases") or {})
        self._prefixes = set(raw.get("hyphen_prefixes") or ())
        self._suffixes = set(raw.get("hyphen_suffixes") or ())
        self._defaults: dict[tuple[str, str], list[ActorEntry]] = {}
        self._trie: dict = {}
        for e in self.entries:
            if e.default:
                self._defaults.setdefault((e.country, e.kind), []).append(e)
            for alias in e.aliases:
                _trie_add(self._trie, alias_key(alias), (e, False))
            for alias in e.metonyms:
                _trie_add(self._trie, alias_key(alias), (e, True))
        for phrase in raw.get("stop_phrases") or ():
            _trie_add(self._trie, alias_key(phrase), None)
        self._demonyms: dict = {}
        for iso, state in self.states.items():
            for d in state.get("demonyms") or ():
                _trie_add(self._demonyms, alias_key(d), iso)
        self._nouns: dict = {}
        for target, nouns in (raw.get("productive") or {}).items():
            for n in nouns:
                _trie_add(self._nouns, alias_key(n), target)
        self._titles = {alias_key(t) for t in raw.get("titles") or ()}
        self._loyal = {alias_key(t) for t in raw.get("loyal_nouns") or ()}
        self._members: dict = {}
        for n in raw.get("member_nouns") or ():
            _trie_add(self._members, alias_key(n), n)
        self._starts = set(self._trie) | set(self._demonyms) | {k[0] for k in self._loyal if k}
        self._identity = identity_rules(raw, alias_key)
        if self._identity[0]:  # "warplanes believed to be Russian": the noun starts a mention
            self._starts |= set(self._nouns) | {k[0] for k in self._identity[2]}
        self._gen_forces = next((e for e in self.entries if e.country == CONTEXT
                                 and e.kind == "state_forces" and e.resolve), None)

    # -- lookups ----------------------------------------------------------------------------
    def default(self, country: str | None, kind: str, when: str | None) -> ActorEntry | None:
        """The country's own government / state forces on the date (latest regime when undated)."""
        cands = [e for e in self._defaults.get((country, kind), ()) if e.valid_on(when)]
        return max(cands, key=_recency) if cands else None

    def on_date(self, name: str, country: str | None, kind: str, when: str | None) -> str | None:
        """The name of the country's government / state forces valid on `when`, when `name`
        is another regime's ("Government of Syria (2024-)" for an event of 2020), else None."""
        if not when:
            return None
        regimes = self._defaults.get((country, kind), ())
        named = [e for e in regimes if e.name == name]
        if not named:
            return self._successor(name, when)
        if any(e.valid_on(when) for e in named):
            return None
        valid = self.default(country, kind, when)
        return valid.name if valid is not None else None

    def _successor(self, name: str, when: str) -> str | None:
        """A named group as it was on the date: the entry valid then that shares an alias with
        it ("RSF" of 2020 is the state force, of 2024 the rebel group), else None."""
        named = self.by_name.get(name, [])
        if not named or any(e.valid_on(when) for e in named):
            return None
        aliases = {alias_key(a) for e in named for a in e.aliases}
        shared = [e for e in self.entries if e.valid_on(when) and e.name != name
                  and any(alias_key(a) in aliases for a in e.aliases)]
        return max(shared, key=_recency).name if shared else None

    def forces_of(self, e: ActorEntry, when: str | None) -> ActorEntry | None:
        """Whose forces "forces loyal to X" / "X's troops" are: the person's, the state's, the group."""
        if e.forces:
            linked = [self.by_id[i] for i in e.forces if i in self.by_id]
            valid = [f for f in linked if f.valid_on(when)]
            return valid[0] if when and valid else (linked[-1] if linked else None)
        if e.country == CONTEXT:
            return self._gen_forces if e.kind in ("government", "state_forces") else None
        if e.kind == "person":
            cands = [d for d in self._defaults.get((e.country, "state_forces"), ())
                     if d.valid_on(when) and _overlaps(d, e)]
            return max(cands, key=_recency) if cands else self.default(e.country, "state_forces", when)
        if e.kind == "government":
            return self.default(e.country, "state_forces", when) or e
        return e if e.kind in _GROUP_KINDS else None

    # -- matching ----------------------------------------------------------------------------
    def find(self, text: str, context_country: str | None = None,
             when: date | str | None = None) -> list[ActorMention]:
        """Actor mentions in text, left to right, longest match first, never overlapping."""
        when = _iso(when)
        toks = self._tokens(text)
        keys = [t[0] for t in toks]
        out: list[ActorMention] = []
        i = 0
        while i < len(toks):
            best = None
            local = self._context_aliases.get(context_country or "", {})
            if keys[i] in local and self._ends_ok(toks, i + 1) and local[keys[i]] in self.by_id:
                best = (i + 1, self.by_id[local[keys[i]]], False, None, None)  # Yemen's "coalition warplanes",
                # Somalia's "SNA" (before the dictionary's Syrian National Army)
            elif keys[i] in self._starts and not (toks[i][4] and i and keys[i - 1] in self._prefixes):
                best = self._at(toks, keys, i, when)
            if best is not None and best[1] is not None and best[0] > i + 1:
                nxt = self._at(toks, keys, i + 1, when)  # "the UN Security Council"
                best = None if nxt and nxt[0] > best[0] else best
            if best is None:
                i += 1
                continue
            end, entry, metonym, country, generic = best
            if entry is not None:
                out.append(self._mention(text, toks[i][1], toks[end - 1][2], entry, metonym,
                                         country, generic, context_country, when))
                end = restated_end(self, text, toks, keys, i, end, entry, when)
            i = end
        return out

    def _tokens(self, text: str) -> list[tuple[str, int, int, bool, bool]]:
        """(key, start, end, possessive, hyphen-joined to the previous word) per word."""
        toks = []
        prev_end = 0
        for m in _TOKEN.finditer(text):
            raw, s = m.group(), m.start()
            if toks and _BREAK.search(text, prev_end, s):  # no phrase across ". " or "; "
                toks.append((_STOP, prev_end, prev_end, False, False))
            prev_end = m.end()
            key, poss = fold(raw)
            if key in self._cs and not raw.replace(".", "").isupper():
                key += "\0"  # "is", "us", "who" in lower case are ordinary words
            joined = s > 1 and text[s - 1] in _JOINERS and not text[s - 2].isspace()
            toks.append((key, s, m.end() - 2 if poss else m.end(), poss, joined))
        return toks

    def _ends_ok(self, toks, end: int) -> bool:
        """No match ends inside "Turkey-backed" / "Houthi-controlled"."""
        if end >= len(toks) or not toks[end][4]:
            return True
        k = toks[end][0]
        return not (k in self._suffixes or k.endswith("ed"))

    def _literal(self, toks, keys, i, when):
        """Longest dictionary phrase at i valid on the date: (end, entry|None, metonym)."""
        for end, payloads in _walk(self._trie, keys, i):
            if not self._ends_ok(toks, end):
                continue
            if None in payloads:
                return end, None, False  # stop phrase: consume, emit nothing
            valid = [(e, met) for e, met in payloads if e.valid_on(when)]
            if valid:
                e, met = max(valid, key=lambda p: (_recency(p[0]), not p[1]))
                return end, e, met
        return None

    def _noun(self, trie, toks, keys, i):
        for end, payloads in _walk(trie, keys, i):
            if self._ends_ok(toks, end):
                return end, payloads[0]
        return None

    def _at(self, toks, keys, i, when):
        """Best candidate starting at token i: (end, entry, metonym, country, generic)."""
        cands = []
        lit = self._literal(toks, keys, i, when)
        if lit:
            end, e, met = lit
            cands.append((end, 2, (end, e, met, None, None)))
            if e is not None:
                ext = self._extend(toks, keys, end, e, when)
                if ext:
                    cands.append((ext[0], 3, (ext[0], ext[1], False, None, None)))
        prod = self._productive(toks, keys, i, when)
        if prod:
            cands.append((prod[0], 1, prod))
        ident = identified(self, toks, keys, i, when, _walk, _STOP)
        if ident:
            cands.append((ident[0], 5, ident))
        if i + 3 < len(keys) and (keys[i],) in self._loyal and keys[i + 1:i + 3] == ["loyal", "to"]:
            lit = self._literal(toks, keys, i + 3, when)
            forces = self.forces_of(lit[1], when) if lit and lit[1] else None
            if forces:
                cands.append((lit[0], 4, (lit[0], forces, False, None, None)))
        return max(cands, key=lambda c: (c[0], c[1]))[2] if cands else None

    def _extend(self, toks, keys, end, e, when):
        """ "Assad's forces" -> his forces; "Erdogan's government"; "Hamas fighters" -> Hamas."""
        if toks[end - 1][3]:  # possessive
            noun = self._noun(self._nouns, toks, keys, end)
            if noun and noun[1] == "state_forces" and e.kind in ("person", "government", "state_forces"):
                forces = self.forces_of(e, when)
                return (noun[0], forces) if forces else None
            if noun and noun[1] == "government" and e.kind == "person":
                gov = self.default(e.country, "government", when)
                return (noun[0], gov) if gov else None
        if e.kind in _GROUP_KINDS and e.country != CONTEXT:
            noun = self._noun(self._members, toks, keys, end)
            if noun:
                prod = self._noun(self._nouns, toks, keys, end)
                if e.kind == "government" and prod and prod[1] == "state_forces":
                    return noun[0], self.forces_of(e, when)
                return noun[0], e
        return None

    def _productive(self, toks, keys, i, when):
        """ "<demonym> <noun>": Russian fighter jets, Turkish officials, Syrian civilians."""
        for dend, isos in _walk(self._demonyms, keys, i):
            if toks[dend - 1][3]:
                continue
            past = _past_designation(toks, keys, dend)
            noun = self._noun(self._nouns, toks, keys, past)
            if not noun and past > dend and keys[past - 1][:1].isdigit() and keys[past - 1].endswith("s"):
                noun = (past, "state_forces")  # "Turkish F-16s shot down ...": the aircraft named alone
            if not noun and dend < len(keys) and keys[dend] in ("and", "or"):
                # "Russian and Syrian government warplanes": the noun serves both demonyms
                for dend2, _ in _walk(self._demonyms, keys, dend + 1):
                    shared = self._noun(self._nouns, toks, keys, dend2)
                    if shared:
                        noun = (dend, shared[1])
                        break
            if not noun:
                continue
            end, target, iso = noun[0], noun[1], isos[0]
            e, country = self._demonym_entry(target, iso, when)
            if e is None:
                return None
            if country is None and target == "government" and keys[dend:end] and tuple(keys[dend:end]) in self._titles:
                person = self._literal(toks, keys, end, when)  # "Turkish President Erdogan"
                if person and person[1] and person[1].kind == "person" and person[1].country == iso:
                    return person[0], person[1], False, None, False
            return end, e, False, country, False
        return None

    def _demonym_entry(self, target: str, iso: str, when):
        """(entry, country) a demonym's noun names: a generic group of that country ("Syrian
        civilians": the group, its country given), else the country's own entry of that kind."""
        if target.startswith("gen."):
            return self.by_id.get(target), iso
        return self.default(iso, target, when), None

    def _mention(self, text, start, end, e, metonym, country, generic, context_country, when):
        if e.country == CONTEXT:
            country, generic = country or context_country, country is None
            if generic and e.id == "gen.state_forces" and country in self._context_forces:
                country = self._context_forces[country]  # ("troops killed five gunmen" in Tulkarm: Israel's)
            elif generic and e.id in ("gen.state_forces", "gen.police") and country in self._sovereign:
                country = self._sovereign[country]  # ("gendarmes" in Noumea: France's)
        elif country is None:  # (a group fighting in several states takes the story's one of them)
            country = context_country if context_country in e.theatres else e.country
        d = self.default(country, e.kind, when) if e.resolve and country else None
        name = d.name if d else e.name
        if "{country}" in name:
            state = (self.states.get(country) or {}).get("name", country)
            name = (name.replace("{country}", state) if country else
                    name.replace(" of {country}", "").replace(" ({country})", ""))
        return ActorMention(start, end, text[start:end], e.id, name, country, e.kind,
                            bool(generic), metonym)


def _recency(e: ActorEntry) -> tuple:
    """Prefer the entry still in force, then the one that started last."""
    return (e.valid_to is None, e.valid_from or "")


def _overlaps(a: ActorEntry, b: ActorEntry) -> bool:
    return ((a.valid_to is None or b.valid_from is None or b.valid_from < a.valid_to)
            and (b.valid_to is None or a.valid_from is None or a.valid_from < b.valid_to))


def _entry(a: dict) -> ActorEntry:
    if a.get("kind") not in KINDS:
        raise ValueError(f"actors.yaml: {a.get('id')}: unknown kind {a.get('kind')!r}")
    forces = a.get("forces") or ()
    return ActorEntry(
        id=a["id"], name=a["name"], country=a.get("country"), kind=a["kind"],
        aliases=tuple(a.get("aliases") or ()), valid_from=_iso(a.get("valid_from")),
        valid_to=_iso(a.get("valid_to")), metonyms=tuple(a.get("metonyms") or ()),
        default=bool(a.get("default")), forces=(forces,) if isinstance(forces, str) else tuple(forces),
        resolve=bool(a.get("resolve")), notes=a.get("notes"), theatres=tuple(a.get("theatres") or ()))


def _read(path: str | Path | None) -> dict:
    ref = Path(path) if path else resources.files("tocsin") / "data" / "lexicons" / "en" / "actors.yaml"
    return yamlfile.safe_load(ref.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _default_dictionary() -> ActorDictionary:
    return ActorDictionary(_read(None))


def load_actors(path: str | None = None) -> ActorDictionary:
    """The shipped English dictionary (built once, on first use) or the one at path."""
    return _default_dictionary() if path is None else ActorDictionary(_read(path))
