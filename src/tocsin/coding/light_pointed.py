"""Event words of the light path (light.py) that point at something already known instead of
telling a new act, read from the words around them (data/lexicons/<lang>/assembly.yaml
`pointers`):

- a demonstrative right before the event word, or before it and one describing word
  (`describers`: "cette attaque", "cette nouvelle attaque", "esta masacre", "هذا الهجوم", "bu
  son saldırı"; not "bu sabah saldırı düzenlendi", this morning an attack): the event the
  article has told already, named again to comment on it or to add who confirmed it, unless
  the sentence counts its dead or wounded ("Ces tueries ont fait 30 morts" tells the toll);
- a demonstrative and an incident noun a few words before the event word ("bu olayda hayatını
  kaybeden", "en este hecho murieron", "في هذا الحادث قتل"): the victims of the told event;
- the definite singular of an abstract violence noun (`generic`: "l'escalade de la violence",
  "la violencia de los carteles"): a state of things, not an act ("des violences ont éclaté", a
  plural, stays one);
- a casualty word after a toll head (`toll_heads`: "Le bilan est de trois soldats et huit
  supplétifs tués", "El saldo provisional es de cuatro heridos"): the toll of the told event
  given again;
- an explosion heard (`heard`: "se escucharon explosiones", "سماع دوي ثلاثة انفجارات"), in a
  sentence with no dead or wounded: the sound of an act told elsewhere, no device set off;
- an idiom holding an event word (`idioms`: "de acuerdo con" is "according to", no agreement);
- an agreement in an article about markets or party politics, with no force named in its
  sentence: a deal of trade or parliament; and anywhere an agreement or a merger beside a word
  of trade, work or firms (`business_words`: "un accord commercial", "اتفاقية استثمار");
- an act a purpose names ("pour éviter de nouveaux affrontements", "çatışmaları önlemek
  maksadıyla"): it has not happened;
- a move to or from the scene of a told act ("la policía llegó al lugar", "los hombres huyeron
  del lugar"), or a flight by the act's culprits ("los sujetos huyeron"): responders and
  attackers, no troops sent and no people displaced;
- an attack noun owned by an office holder ("les attaques du Premier ministre"): words;
- a verb of falling right after people ("huit VDP tombés", "soldats tombés au combat"): the
  fallen are dead, no place fell.

And a sub-heading inside an article ("Attaques terroristes fréquentes", "Violencia en la
prisión", "انفجارات متتالية عنيفة"): a short paragraph of its own after the first one, with no
closing punctuation and no figure, announces the paragraphs after it and tells nothing itself
(`subheading`; the headline, the first paragraph, is told as an event).

One word of the other way: a fight breaking out between two sides (`outbreak`, assembly.yaml
`outbreak`: "des affrontements ont éclaté entre éleveurs et agriculteurs", "اندلعت اشتباكات
بين عشيرتين") makes its sentence violent for the clash words that need it, however unarmed
its sides are named (light.py `_violent_context`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .light_blame import _tolled
from .light_frames import _ends, _keys, figurative_article, keyed_words
from .nlp import doc_text

BREAKS = {",", ";", ":", "(", ")", "«", "»", '"', "“", "”", "."}
INCIDENT_REACH = 4  # words before the event word a demonstrative and an incident noun may stand
INCIDENT_SUFFIX = 4  # letters of case ending an incident noun may carry ("olay-da", "olay-ın")
AGREEMENT = "agreement"
EXPLOSION_NOUN = "tr.explosion.noun"  # "explosion", "انفجار", "patlama" as a noun
ATTACK_WORD = "tr.battle.attack"  # "attaque", "ataque", "هجوم", "saldırı"
CASUALTY = "tr.violence.kill"  # "tués", "muertos", "قتل", "öldü": the words that count the dead and hurt
FALL = "tr.territory.fall"  # "la ville est tombée": a verb of falling that takes ground
PURPOSE_CHARS = 40  # characters before an event word a purpose phrase may end in
MOVES = frozenset({"mobilize", "displacement"})  # families a scene or a culprit makes no event
SCENE_REACH = 4  # words after a move its scene, or around a flight its culprits, may stand in
TOLL_REACH = 15  # words before a casualty word a toll head may stand in
HEADING_WORDS = 6  # words of a sub-heading at most
CLOSING = (".", "!", "?", "؟", "…", ":", ";", "»", '"', "”")


def _spec(lex) -> dict:
    return (lex.assembly or {}).get("pointers") or {}


def _demonstrated(sent: Span, hit, demos: frozenset, describers: frozenset, lang: str) -> bool:
    """A demonstrative right before the hit, or before it and one describing word (`describers`:
    "cette nouvelle attaque", "bu son saldırı"; not "bu sabah saldırı", this morning an attack)."""
    first = hit.tokens[0].i - sent.start
    for back in (1, 2):
        j = first - back
        if j < 0 or sent[j].text in BREAKS:
            return False
        if _keys(sent[j], lang) & demos:
            return True
        if not _keys(sent[j], lang) & describers:
            return False
    return False


def _incident_before(sent: Span, hit, demos: frozenset, describers: frozenset, nouns: tuple[str, ...],
                     lang: str) -> bool:
    """A demonstrative (and a describing word) followed by an incident noun (with a case
    ending) within INCIDENT_REACH words before the hit, in its clause."""
    first = hit.tokens[0].i - sent.start
    for j in range(first - 1, max(first - 1 - INCIDENT_REACH, 0), -1):
        tok = sent[j]
        if tok.text in BREAKS:
            return False
        low = tok.lower_
        if any(low.startswith(n) and len(low) - len(n) <= INCIDENT_SUFFIX for n in nouns) and (
                _keys(sent[j - 1], lang) & demos or (j > 1 and _keys(sent[j - 1], lang) & describers
                                                     and _keys(sent[j - 2], lang) & demos)):
            return True
    return False


def pointed(sent: Span, hits, lex, lang: str) -> list:
    """The hits left when those that point at a known event or a state of things are dropped
    (module docstring)."""
    spec = _spec(lex)
    if not hits or not spec:
        return hits
    demos = keyed_words(tuple(spec.get("demonstratives") or ()), lang)
    describers = keyed_words(tuple(spec.get("describers") or ()), lang)
    nouns = tuple(n.lower() for n in spec.get("incident_nouns") or ())
    generic = tuple(spec.get("generic") or ())
    generic_ends = set(_ends(sent, generic, lang))
    generic_last = {p.split()[-1].lower() for p in generic}  # as written: "العدوان", not "عدواناً"
    idioms = _idiom_tokens(sent, tuple(spec.get("idioms") or ()), lang)
    people = lex.person_nouns | lex.force_nouns
    spoken = set(_ends(sent, tuple(spec.get("speaker_owners") or ()), lang))
    deals = _market_deals(sent, hits, lex, lang)
    business = keyed_words(tuple(spec.get("business_words") or ()), lang)
    purposes = _purposed(sent, hits, spec, lex, lang)
    tolls = keyed_words(tuple(spec.get("toll_heads") or ()), lang)
    tolled = _tolled(sent, lex, lang)  # "Ces tueries ont fait 30 morts": the toll tells the act here
    heard = bool(_ends(sent, tuple(spec.get("heard") or ()), lang)) and not tolled
    scenes = set(_ends(sent, tuple(spec.get("scene_phrases") or ()), lang))
    culprits = keyed_words(tuple(spec.get("culprit_nouns") or ()), lang)

    def drop(hit) -> bool:
        head = hit.head.i - sent.start
        if id(hit) in purposes:
            return True
        if tolls and hit.trigger.rule_id == CASUALTY and any(
                _keys(t, lang) & tolls for t in sent[max(0, head - TOLL_REACH):head]):
            return True  # "Le bilan est de trois soldats tués": the toll of the told event again
        if hit.trigger.rule_id == FALL and _fallen(sent, hit, people, lang):
            return True
        if hit.trigger.rule_id == ATTACK_WORD and _owned_by_speaker(sent, hit, spec, spoken):
            return True
        if heard and hit.trigger.family == "explosion" and hit.trigger.rule_id == EXPLOSION_NOUN:
            return True  # "on a entendu trois explosions", "سماع دوي انفجارات": a sound, no count
        if deals and hit.trigger.family == AGREEMENT:
            return True
        if hit.trigger.family in BUSINESS_FAMILIES and _business(sent, hit, business, lang):
            return True  # "un accord commercial", "اتفاقية لتصدير الغاز", "ticaret anlaşması": trade, not peace
        if hit.trigger.family in MOVES and _at_scene(sent, hit, scenes, culprits, lang):
            return True
        if any(t.i - sent.start in idioms for t in hit.tokens):
            return True
        if head + 1 in generic_ends and sent[head].lower_ in generic_last:
            return True
        return bool(demos) and ((_demonstrated(sent, hit, demos, describers, lang) and not tolled)
                                or (bool(nouns) and _incident_before(sent, hit, demos, describers, nouns, lang)))
    return [h for h in hits if not drop(h)]


def _purposed(sent: Span, hits, spec: dict, lex, lang: str) -> set[int]:
    """ids of the hits a purpose names: after a purpose phrase (`purpose_before`: "pour éviter de
    nouveaux affrontements", "para evitar enfrentamientos", "لمنع الاشتباكات"), or, in a
    verb-final language, before a purpose word (`purpose_after`: "çatışmaları önlemek, ...
    göçü engellemek maksadıyla") with no finite verb between (modality.yaml `ending_modality`
    asserted endings end the look)."""
    out: set[int] = set()
    before = tuple(spec.get("purpose_before") or ())
    after = keyed_words(tuple(spec.get("purpose_after") or ()), lang)
    finite = tuple(e for e in ((lex.modality or {}).get("ending_modality") or {}).get("asserted", ()) if len(e) > 2)
    text = doc_text(sent.doc)
    for hit in hits:
        start = hit.tokens[0].idx
        lead = text[max(sent.start_char, start - PURPOSE_CHARS):start].lower()
        if any(re.search(rf"(?<!\w){re.escape(p)}(?:\s+[\w'’]+){{0,2}}\s*$", lead) for p in before):
            out.add(id(hit))
            continue
        for tok in sent[hit.tokens[-1].i - sent.start + 1:]:
            if tok.text in (".", ";", ":", "?", "!") or (tok.lower_.endswith(finite) and len(tok.text) > 5):
                break
            if _keys(tok, lang) & after:
                out.add(id(hit))
                break
    return out


def _at_scene(sent: Span, hit, scenes: set[int], culprits: frozenset, lang: str) -> bool:
    """A move to or from the scene of a told act (`scene_phrases` ending within SCENE_REACH
    words after the hit: "la policía llegó al lugar", "los hombres huyeron del lugar", "olay
    yerinden kaçtı"), or a flight by its culprits (`culprit_nouns` within SCENE_REACH words:
    "el taxi que utilizaron los sujetos para huir"): responders arriving and attackers escaping,
    no troops sent and no people displaced."""
    last = hit.tokens[-1].i - sent.start
    if any(last < end <= last + 1 + SCENE_REACH for end in scenes):
        return True
    if hit.trigger.family != "displacement" or not culprits:
        return False
    first = hit.tokens[0].i - sent.start
    around = [*sent[max(0, first - SCENE_REACH):first], *sent[last + 1:last + 1 + SCENE_REACH]]
    return any(_keys(t, lang) & culprits for t in around)


BUSINESS_FAMILIES = frozenset({AGREEMENT, "group_change"})
BUSINESS_REACH = 4  # words either side of an agreement word a word of trade or of a firm may stand in


def _business(sent: Span, hit, words: frozenset, lang: str) -> bool:
    """A deal of trade, work or firms (`business_words` within BUSINESS_REACH words of the
    agreement or merger word: "un accord commercial", "acuerdo salarial", "اتفاقية استثمار",
    "iki şirket birleşme anlaşması"): no agreement between the parties to a conflict."""
    if not words:
        return False
    first, last = hit.tokens[0].i - sent.start, hit.tokens[-1].i - sent.start
    near = [*sent[max(0, first - BUSINESS_REACH):first], *sent[last + 1:last + 1 + BUSINESS_REACH]]
    return any(_keys(t, lang) & words for t in near)


_ARTICLE: list = [None, False]  # the last doc asked about and whether it is a figurative article


def _market_deals(sent: Span, hits, lex, lang: str) -> bool:
    """An agreement in an article about markets or party politics (light_frames.figurative_article:
    "خروج روسيا من اتفاق أوبك", "l'accord commercial"), in a sentence without a force noun: a deal
    of trade or parliament, not one between the parties to a conflict."""
    if not any(h.trigger.family == AGREEMENT for h in hits):
        return False
    if _ARTICLE[0] is not sent.doc:
        _ARTICLE[:] = [sent.doc, figurative_article(sent.doc, lex, lang)]
    return _ARTICLE[1] and not any(_keys(t, lang) & lex.force_nouns for t in sent)


def _owned_by_speaker(sent: Span, hit, spec: dict, spoken: set[int]) -> bool:
    """An attack noun owned by an office holder (`speaker_owners` starting right after it: "les
    attaques du Premier ministre", "los ataques del presidente contra la prensa"): words, not
    blows (an attack on an official is "contre le ministre", "contra el presidente")."""
    last = hit.tokens[-1].i - sent.start
    owners = tuple(spec.get("speaker_owners") or ())
    return any(end - last - 1 == len(o.replace("'", "' ").split()) for end in spoken for o in owners
               if end > last + 1)


def _fallen(sent: Span, hit, people: frozenset, lang: str) -> bool:
    """A verb of falling right after people or a force's abbreviation ("huit VDP tombés", "les
    soldats tombés au combat"): they died, no ground fell."""
    j = hit.tokens[0].i - sent.start - 1
    prev = sent[j] if j >= 0 else None
    return prev is not None and bool(_keys(prev, lang) & people or (prev.text.isupper() and len(prev.text) > 1))


def _idiom_tokens(sent: Span, idioms: tuple[str, ...], lang: str) -> set[int]:
    """Sentence positions covered by one of `idioms`."""
    out: set[int] = set()
    for end in _ends(sent, idioms, lang):
        for phrase in idioms:
            n = len(phrase.replace("'", "' ").split())
            if end - n >= 0 and " ".join(t.lower_ for t in sent[end - n:end]).replace("' ", "'") == phrase.lower():
                out.update(range(end - n, end))
    return out


def subheading(sent: Span, para_start: int) -> bool:
    """The sentence is a sub-heading: a whole paragraph after the first one, of at most
    HEADING_WORDS words, without closing punctuation or a digit."""
    text = doc_text(sent.doc)
    if para_start <= 0 or not text[:para_start].strip():
        return False
    end = text.find("\n\n", para_start)
    para = text[para_start:end if end >= 0 else len(text)].strip()
    line = sent.text.strip()
    return (para == line and "\n" not in line and len(line.split()) <= HEADING_WORDS
            and not line.endswith(CLOSING) and not re.search(r"\d", line))


def outbreak(sent: Span, lex, lang: str) -> bool:
    """A fight breaking out between two sides (assembly.yaml `outbreak`: a verb of breaking out and
    a word for "between", "des affrontements ont éclaté entre éleveurs et agriculteurs", "اندلعت
    اشتباكات بين عشيرتين"): violence around a clash word however unarmed its sides are named."""
    spec = (lex.assembly or {}).get("outbreak") or {}
    verbs, between = tuple(spec.get("verbs") or ()), keyed_words(tuple(spec.get("between") or ()), lang)
    return bool(verbs and between) and bool(_ends(sent, verbs, lang)) and any(_keys(t, lang) & between for t in sent)
