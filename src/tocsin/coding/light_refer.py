"""Violent words of the light path (light.py) that refer back to an event the article has
already told, read from the words around them (data/lexicons/<lang>/assembly.yaml):

- a claim, a blame or a justification of the event (`reference_after`): "L'attaque a été
  revendiquée par l'EIGS", "saldırıyı PKK üstlendi", "saldırıdan YPG'yi sorumlu tuttu",
  "hava harekâtının meşru müdafaa hakkı çerçevesinde başlatıldığını", "saldırı talimatının
  Kobani'den verildiğini": one of the words follows the event word within a few words, in its
  clause (a comma ends the look: "L'attentat, revendiqué par l'EI, a fait 12 morts" is told
  here); where the language has articles (`determiners`) the event word must be definite ("Un
  attentat revendiqué par l'EI a fait 12 morts" is a new event);
- the victims of an event as a group (`victim_groups`: "Ölenler arasında 9 çocuk bulunuyor",
  "Yaralılardan bazılarının durumu ağır"): a casualty word in a plural noun form counts or
  describes the victims, it tells no new act;
- a time frame around the event word (`backdrop`: `before` it, "des habitants ont fui vers
  Bamenda après l'attaque"; `after` it, "saldırıların ardından binlerce aile yola çıktı",
  "Pençe-Kartal 2 Harekâtı sırasında cesetler bulundu"): the event is the backdrop of another
  act the sentence tells, so it goes when a trigger of another kind (a flight, an arrest) stays,
  or when it is an operation's name (a capitalised word inside the sentence) that only dates
  the clause.  A toll beside it ("Hava saldırısının ardından 20 sivil öldü") is its own toll:
  the event stays.

A territory verb whose object is a thing ("aracını ele geçirdi", seized his car) takes no
ground (`seized_things`).  And the day a source spoke ("..., a indiqué lundi le porte-parole")
is blanked from the text the event's date is read from first (`report_day_blanked`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .light_frames import _by_first, _keys, keyed_words
from .light_pointed import pointed
from .nlp import doc_text

AFTER_GAP = 4  # words between an event word and the claim or blame that follows it
BREAKS = {",", ";", ":", "(", ")", "«", "»", '"'}


def _starts_at(sent: Span, j: int, phrases, lang: str) -> bool:
    """One of `phrases` starts at sentence position j."""
    index = _by_first(tuple(phrases), lang)
    for key in _keys(sent[j], lang):
        for words in index.get(key, ()):
            n = len(words)
            if j + n <= len(sent) and all(words[k] & _keys(sent[j + k], lang) for k in range(1, n)):
                return True
    return False


def _followed(sent: Span, hit, phrases, lang: str, gap: int) -> bool:
    """A phrase of `phrases` starts within `gap` words after the hit, with no clause break between."""
    if not phrases:
        return False
    last = hit.tokens[-1].i - sent.start
    for j in range(last + 1, min(len(sent), last + 2 + gap)):
        if sent[j].text in BREAKS:
            return False
        if _starts_at(sent, j, phrases, lang):
            return True
    return False


def _preceded(sent: Span, hit, cues) -> bool:
    """The text before the hit ends with one of `cues` ("après l'", "à la suite du")."""
    text = doc_text(sent.doc)[max(sent.start_char, hit.tokens[0].idx - 40):hit.tokens[0].idx].rstrip().lower()
    return any(text.endswith(c) and (len(text) == len(c) or not text[-len(c) - 1].isalpha()) for c in cues)


def _definite(sent: Span, hit, determiners) -> bool:
    first = hit.tokens[0].i - sent.start
    return first > 0 and sent[first - 1].lower_ in determiners


def _name(sent: Span, hit) -> bool:
    """A capitalised event word inside the sentence: part of a name ("Pençe-Kartal 2 Harekâtı")."""
    return any(t.i > sent.start and t.text[:1].isupper() for t in hit.tokens)


def _seized(sent: Span, hit, spec: dict, lang: str) -> bool:
    """A territory verb whose object is a thing, not ground (`seized_things`: "aracını ele
    geçirdi", "se sont emparés des armes"): the object stands right before the verb in a
    verb-final language, else first after it past a determiner."""
    things = keyed_words(tuple(spec.get("seized_things") or ()), lang)
    if not things:
        return False
    if spec.get("objects_before"):
        first = hit.tokens[0].i
        obj = sent.doc[first - 1] if first > sent.start else None
    else:
        skips = keyed_words(tuple(spec.get("object_determiners") or ()), lang)
        obj = next((t for t in sent.doc[hit.tokens[-1].i + 1:sent.end] if not _keys(t, lang) & skips), None)
    return obj is not None and bool(_keys(obj, lang) & things)


def told_before(sent: Span, hits, lex, lang: str) -> list:
    """The hits left when the violent ones that refer back to a told event are dropped (and the
    territory verbs whose object is a thing, `_seized`)."""
    spec = lex.assembly or {}
    hits = [h for h in hits if not (h.trigger.family == "territory" and _seized(sent, h, spec, lang))]
    hits = pointed(sent, hits, lex, lang)  # "cette attaque", "la violence", "de acuerdo con" (light_pointed.py)
    after = spec.get("reference_after") or {}
    claims, determiners = tuple(after.get("words") or ()), set(after.get("determiners") or ())
    victims = tuple(w.lower() for w in spec.get("victim_groups") or ())
    backdrop = spec.get("backdrop") or {}
    before, frames = tuple(backdrop.get("before") or ()), tuple(backdrop.get("after") or ())
    violent = [h for h in hits if lex.families[h.trigger.family].violent]
    if not violent or not (claims or victims or frames or before):
        return hits

    def claimed(hit) -> bool:
        return bool(claims) and (not determiners or _definite(sent, hit, determiners)) and _followed(
            sent, hit, claims, lang, int(after.get("gap", AFTER_GAP)))

    def counted(hit) -> bool:
        return any(k.startswith(victims) for t in hit.tokens for k in _keys(t, lang)) if victims else False

    hits = [h for h in hits if not (lex.families[h.trigger.family].violent and (claimed(h) or counted(h)))]
    framed = [h for h in hits if lex.families[h.trigger.family].violent and (
        _followed(sent, h, frames, lang, 0) or _preceded(sent, h, before))]
    other = any(not lex.families[h.trigger.family].violent for h in hits)
    alone = len(framed) == len(hits)
    return [h for h in hits if h not in framed or not (other or (alone and _name(sent, h)))]


def report_day_blanked(text: str, lex) -> str:
    """The day a source spoke blanked ("..., a indiqué lundi le porte-parole"): the event's own
    date is read first from the rest of the sentence, the whole sentence only if that has none."""
    mod = lex.modality
    markers, days = mod.get("source_markers") or (), mod.get("source_lead_skips") or ()
    if not markers or not days:
        return text
    alt = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    day = "|".join(re.escape(d) for d in days)
    return re.sub(rf"(?<!\w)(?:{alt})\s+((?:{day})(?:\s+(?:{day}))?)(?!\w)",
                  lambda m: m.group()[:m.start(1) - m.start()] + " " * len(m.group(1)), text, flags=re.IGNORECASE)
