"""The light coding path: sentences of a language without a statistical parse (langs.py) coded
into the same CodedEvent records as English, from per-language lexicons with the same families
and rule ids (data/lexicons/<lang>/).

Per sentence: triggers (lemma or word form, multi-word phrases within three tokens) whose
`needs:` are met by the words around them; the violent ones vetoed by accident, hazard and
sports cues as in English; triggers of one group and modality class merged into one event
named by the family of highest priority; then modality, attribution, figures and places from
light_cues.py, actors from the dictionary mentions with roles from word order (agent marker,
passive auxiliary, genitive after the trigger), and the ACLED sub-event type refined from the
instruments and the actors exactly as triggers.yaml's `refine:` says.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..records import Article, CodedEvent
from .events import ARMED_KINDS, FIGURES_BY_GROUP, _displacement, _span_bounds, group_of, record_core
from .figures import Figure, find_figures
from .langs import language_module
from .lexicon import CodingLexicon, Trigger
from .light_anaphora import referents
from .light_blame import attributed
from .light_cues import attribution_light, carried, dotted, figure_kind_light, modality_light, split_rest
from .light_places import places_light
from .light_frames import (concrete_target, figurative_article, hazard_sentence, keyed_words, referenced, relief,
                           sports_article)
from .light_locative import unplaced
from .light_quiet import Quiet
from .light_single import implicit_counts
from .light_numbers import coordinated, grouped, joined
from .light_pointed import outbreak
from .light_refer import report_day_blanked, told_before
from .modality import FACTUAL, Modality
from .nlp import doc_text
from .refine import family_type
from .roles import Actor, refinement_fits_actors
from .instruments import find_instruments
from .triggers import TriggerHit, _match_rest

YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
WINDOW = 6  # words around a trigger its `needs:` are looked for in
KNOWN_NEEDS = frozenset({"munition_subject", "violent_context", "place", "place_or_it", "place_subject", "aircraft", "person", "people",
                         "force_subject", "protester_subject", "threat_object", "crowd_subject", "no_outbreak"})


def _forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.i != tok.sent.start and tok.is_alpha


def _needs_met(sent: Span, i: int, trig: Trigger, lex: CodingLexicon, violent: bool,
               actors: list[Actor]) -> bool:
    after = sent[i + 1:i + 1 + WINDOW]
    before = sent[max(0, i - WINDOW - 2):i]
    if lex.assembly.get("objects_before"):  # verb-final (tr): the object stands before the verb,
        before = [*before, *after]  # the movers on either side ("kaçan siviller", "siviller kaçtı")
        after = before
    elif lex.assembly.get("subjects_after"):  # verb first (ar): "قطع محتجون الطرق", "تدفق آلاف النازحين"
        before = [*before, *after]
    if set(trig.needs) - KNOWN_NEEDS:
        return False  # a condition only a parse can check ("meeting_object"): not met
    for need in trig.needs:
        if need == "violent_context" and not violent or need == "no_outbreak" and outbreak(sent, lex, sent.doc.lang_):
            return False  # ("enfrentamientos entre bandas que estallaron": a fight broke out, no bomb)
        if need in ("place", "place_or_it") and not any(
                (_capitalised(t) or t.lemma_.lower() in lex.place_nouns or t.lower_ in lex.place_nouns)
                and not any(a.start_char <= t.idx < a.end_char for a in actors) for t in after):
            return False
        if need == "place_subject" and not any(_capitalised(t) or t.lower_ in lex.place_nouns for t in before):
            return False
        if need == "aircraft" and not any(_forms(t) & lex.aircraft_nouns for t in [*before, *after]):
            return False
        if need == "munition_subject":  # "des barils d'explosifs sont tombés": assembly.yaml `munition_nouns`
            munitions = keyed_words(tuple(lex.assembly.get("munition_nouns", ())), sent.doc.lang_)
            if not any(_forms(t) & munitions for t in before):
                return False
        if need == "crowd_subject" and not _crowd_subject(sent, i, before, lex):
            return False  # "des manifestants ont attaqué l'ambassade": a riot, not an armed attack
        if need == "person" and not any(_forms(t) & lex.person_nouns for t in after):
            return False
        if need == "people" and not any(_forms(t) & lex.person_nouns for t in before):
            return False
        if need in ("force_subject", "protester_subject"):
            nouns = lex.force_nouns if need == "force_subject" else lex.protester_nouns
            kinds = ARMED_KINDS if need == "force_subject" else {"protesters"}
            if not (any(_forms(t) & nouns for t in before) or any(
                    a.kind in kinds and a.end_char <= sent[i].idx for a in actors)):
                return False
        if need == "threat_object" and not (
                (after[:1] and after[0].lower_ in ("de", "d'", "con", "a"))
                or any(_forms(t) & (lex.threat_objects | lex.threat_actions) for t in after)):
            return False
    return not trig.declared_future  # a statement announcing a future act needs a parse


def _crowd_subject(sent: Span, i: int, before, lex: CodingLexicon) -> bool:
    """A crowd noun (assembly.yaml `crowd_nouns`) before an active verb, not a passive one."""
    crowd = keyed_words(tuple(lex.assembly.get("crowd_nouns", ())), sent.doc.lang_)
    passive = set((lex.assembly.get("roles") or {}).get("passive_auxiliaries", ()))
    if any(t.lower_ in passive for t in sent[max(0, i - 2):i]):
        return False
    return any(_forms(t) & crowd for t in before)


def find_hits(sent: Span, lex: CodingLexicon, violent: bool, actors: list[Actor]) -> list[TriggerHit]:
    """Non-overlapping trigger matches, longest phrase first."""
    hits: list[TriggerHit] = []
    used: set[int] = set()
    inside = {t.i for t in sent for a in actors if a.start_char <= t.idx < a.end_char}
    count_nouns = {n for spec in lex.numbers["figure_kinds"].values() for n in spec["nouns"]}
    determiners = set(lex.assembly.get("noun_determiners", ()))
    for i, tok in enumerate(sent):
        if tok.i in used or tok.is_punct:
            continue
        if i and sent[i - 1].lower_ in determiners and _forms(tok) & count_nouns:
            continue  # "de nombreux blessés", "los heridos": victims counted, not an event
        cands = [tr for form in _forms(tok) for tr in lex.by_first.get(form, ())]
        # an actor's name may hold a violent trigger ("frappes russes"), no other ("déplacés")
        cands = [tr for tr in cands if tok.i not in inside or lex.families[tr.family].violent]
        for trig in sorted(cands, key=lambda t: -len(t.words)):
            rest = _match_rest(sent, i, trig.words) if len(trig.words) > 1 else []
            if rest is None and len(trig.words) == 2:
                rest = split_rest(sent, i, trig.words[1], lex)  # "أطلقت قوات الأمن ... النار"
            if rest is None or any(t.i in used for t in rest):
                continue
            if not _needs_met(sent, i, trig, lex, violent, actors):
                continue
            toks = (tok, *rest)
            used.update(t.i for t in toks)
            hits.append(TriggerHit(tok, toks, trig))
            break
    return hits


def _violent_context(sent: Span, lex: CodingLexicon, instruments, figures, actors) -> bool:
    return (bool(instruments) or "fatalities" in figures or any(a.kind in ARMED_KINDS for a in actors)
            or any((f, "VERB") in lex.violent_lemmas or (f, "NOUN") in lex.violent_lemmas
                   for t in sent for f in _forms(t)) or outbreak(sent, lex, sent.doc.lang_))  # light_pointed.py


def _figures(sent: Span, lex: CodingLexicon) -> dict[str, Figure]:
    """The first figure of each kind; a figure inside a "dont ..." aside is part of the one
    before it ("23 civils, dont 15 enfants, ont été tués": 23)."""
    markers = [m.split() for m in lex.numbers.get("subset_markers", ())]
    out: dict[str, Figure] = {}
    figs = joined(sent, grouped(sent, [dotted(f, lex) for f in find_figures(sent, lex)], lex), lex)
    for k, fig in enumerate(figs):
        if fig.start and YEAR.match(fig.text) and any(t.lower_ in lex.month_words
                                                      for t in sent[max(0, fig.start - 2):fig.start]):
            continue  # "février 2020", "شباط 2020", "julio de 2021": a year, not a count
        before = [t.lower_ for t in sent[max(0, fig.start - 3):fig.start]]
        if any(before[len(before) - len(m):] == m for m in markers if len(m) <= len(before)) \
                or before[-1:] and before[-1] in lex.numbers.get("not_count_before", ()):
            continue  # (a subset; "her iki taraftan": both sides, no count)
        # "trois soldats et huit supplétifs ont été tués": 11 (light_numbers.py)
        fig, kind = coordinated(sent, figs, k, figure_kind_light(sent, fig, lex), lex, figure_kind_light)
        if kind and kind not in out:
            out[kind] = fig
    return implicit_counts(sent, lex, out, sent.doc.lang_, figs)  # "murió un policía", "قتل ضابطان"


def _roles(sent: Span, hits: list[TriggerHit], actors: list[Actor], lex: CodingLexicon,
           source: tuple[int, int] | None) -> list[tuple[str, Actor]]:
    """actor1 / actor2 from word order: the agent ("par des hommes armés") and the owner ("une
    frappe de l'aviation russe") act; before a passive verb the subject is the target; else
    whoever comes before the trigger acts and whoever comes after is acted on."""
    own = getattr(language_module(lex.assembly.get("lang", "")), "roles", None)
    if own is not None:  # tr: case suffixes and voice instead of prepositions and word order
        return own(sent, hits, actors, lex, source, lambda a, hs: _civilian_victim(a, hs, lex))
    spec = lex.assembly.get("roles") or {}
    agents = set(spec.get("agent_markers", ()))
    passive = set(spec.get("passive_auxiliaries", ()))
    genitive = set(spec.get("genitive_markers", ()))
    heads = sorted((h.head for h in hits), key=lambda t: t.i)
    head = hits[0].head

    def passive_after(char: int) -> bool:
        """The first trigger after the actor is a passive verb ("ont été tués")."""
        nxt = next((t for t in heads if t.idx >= char), None)
        return nxt is not None and any(t.lower_ in passive for t in sent.doc[max(sent.start, nxt.i - 2):nxt.i])
    trig_ends = {t.i for h in hits for t in h.tokens}
    text = doc_text(sent.doc)
    out: list[tuple[str, Actor]] = []
    for a in actors:
        if source and source[0] <= a.start_char < source[1]:
            continue  # the source of the report is no party to the event
        if a.kind == "international_org" and a.country is None:
            continue  # "selon l'ONU"
        prev = text[max(0, a.start_char - 12):a.start_char].lower().split()
        marker = prev[-1].rstrip("'’") + ("'" if prev and prev[-1].endswith(("'", "’")) else "") if prev else ""
        first = next((t for t in sent if t.idx >= a.start_char), None)
        before_tok = sent.doc[first.i - 1] if first is not None and first.i > 0 else None
        by_genitive = (before_tok is not None and before_tok.lower_ in genitive and before_tok.i - 1 in trig_ends)
        if marker in agents or by_genitive or any(a.start_char <= t.idx < a.end_char for t in heads):
            role = "actor1"  # (also the trigger's own owner: "des frappes israéliennes ont tué")
        elif a.end_char <= head.idx or (a.end_char <= heads[-1].idx and passive_after(a.end_char)):
            role = "actor2" if passive_after(a.end_char) else "actor1"
        else:
            role = "actor2"
        if role == "actor1" and _civilian_victim(a, hits, lex):
            role = "actor2"  # civilians are the victims of violence, not its authors
        out.append((role, a))
    return out


def _civilian_victim(a: Actor, hits, lex: CodingLexicon) -> bool:
    return (a.kind in ("civilians", "protesters") and lex.families[hits[0].trigger.family].violent
            and not (a.kind == "protesters" and hits[0].trigger.family == "property"))


def _acled(family: str, hits, instruments, roles, sent: Span, lex: CodingLexicon) -> tuple[str | None, str]:
    """ACLED sub-event type and the rule that fixed it (refine.acled_type without the parse)."""
    sub, rule, final = family_type(family, hits, instruments, lex)
    if final:
        return sub, rule
    forms = {f for t in sent for f in _forms(t)}
    text = sent.text.lower()
    head = hits[0].head
    after = {f for t in sent[head.i - sent.start + 1:head.i - sent.start + 1 + WINDOW] for f in _forms(t)}
    for i, ref in enumerate(lex.refine.get(family, ())):
        if "cues" in ref and not any((c in forms) if " " not in c else (c in text) for c in ref["cues"]):
            continue
        if not refinement_fits_actors(ref, roles):
            continue
        if "objects" in ref and not (after & getattr(lex, ref["objects"])):
            continue
        return ref["acled"], f"refine.{family}.{i}"
    return sub, rule


# no riot, deal, change of group or flight (investors "fled", families evacuated from flames) in a figurative page
MARKET_FAMILIES = frozenset({"riot", "agreement", "group_change", "displacement"})


def _vetoed(sent: Span, hits, lex: CodingLexicon, armed: bool, weapon: bool, sports: bool,
            hazard_before: bool = False, figurative: bool = False, toll: bool = False) -> list[TriggerHit]:
    """Violent triggers that are no political violence: accidents, natural hazards (named in
    this sentence or the one before it in the paragraph), sport, and a figurative domain's
    violent words with no armed actor or toll ("yalan kurşunları": light_frames.py)."""
    forms = {f for t in sent for f in _forms(t)}
    in_play = lex.assembly.get("sports_sentence_min")  # "مهاجمو الجيش": the army club's strikers
    if armed and not (sports and in_play and sum(bool(_forms(t) & lex.sports_cues) for t in sent) >= in_play):
        return hits
    if figurative and not toll:  # "bir linç girişimi": the mob's violence is a figure too; a deal, a
        # merger or a word between firms or ministers is business ("un accord de fusion", "görüştükten")
        hits = [h for h in hits if h.trigger.family not in MARKET_FAMILIES and not lex.families[h.trigger.family].verbal]
    if (not weapon and forms & lex.accident_cues) or (sports and not weapon) or forms & lex.hazard_nouns \
            or (hazard_before and not weapon) or (figurative and not toll):
        return [h for h in hits if not lex.families[h.trigger.family].violent]
    return hits


def _foreground(sent: Span, hits: list[TriggerHit], lex: CodingLexicon) -> list[TriggerHit]:
    """Without the triggers right after a background cue (assembly.yaml `background_before`:
    "بعد أسابيع من القصف", after weeks of shelling) when the sentence tells another act."""
    cues = lex.assembly.get("background_before") or ()
    text = doc_text(sent.doc)
    kept = [h for h in hits if not any(text[max(sent.start_char, h.head.idx - len(c) - 2):h.head.idx].rstrip().endswith(c)
                                       for c in cues)]
    return kept if kept else hits


def code_sentence_light(sent: Span, art: Article, actors: list[Actor], lex: CodingLexicon,
                        para_start: int, sports: bool, lang: str, hazard_before: bool = False,
                        figurative: bool = False) -> list[CodedEvent]:
    instruments = find_instruments(sent, lex)
    figures_all = _figures(sent, lex)
    armed = any(a.kind in ARMED_KINDS for a in actors)
    violent = _violent_context(sent, lex, instruments, figures_all, actors)
    hits = find_hits(sent, lex, violent, actors)
    weapon = any(not rule.startswith("inst.strike") for _, rule, _ in instruments)
    deaths = set(lex.assembly.get("toll_lemmas", ()))  # "le député a été tué": a death, no figure
    kills = [h for h in hits if _forms(h.head) & deaths]  # a death verb is a toll unless its object is a figure ("بقتل الاقتصاد")
    tolled = ("fatalities" in figures_all or "injured" in figures_all or bool(kills and referenced(sent, kills, lex, lang))
              or (figurative and concrete_target(sent, hits, lex, lang)))  # "incendié le siège du parti"
    hits = _vetoed(sent, hits, lex, armed, weapon, sports, hazard_before, figurative, tolled)
    hits = referenced(sent, attributed(sent, hits, lex, lang), lex, lang)
    # a claim, the victims, a time frame; then relief ("tras la emboscada, se desplegó apoyo para evacuar")
    hits = relief(sent, told_before(sent, _foreground(sent, hits, lex), lex, lang), lex, lang)
    if not hits:
        return []
    groups: dict[tuple[str, str], list[tuple[TriggerHit, Modality]]] = {}
    for hit in hits:
        mod = modality_light(sent, hit.head.i - sent.start, hit.trigger.family, lex)
        cls = "factual" if mod.value in FACTUAL else mod.value
        groups.setdefault((group_of(hit.trigger.family, lex), cls), []).append((hit, mod))
    attribution = attribution_light(sent, lex)
    source = None
    if attribution:
        pos = sent.text.find(attribution)
        source = (sent.start_char + pos, sent.start_char + pos + len(attribution)) if pos >= 0 else None
    start, end = _span_bounds(sent)
    dated = _name_dates_blanked(art.text[start:end], lex)
    spans = [(a.start_char, a.end_char) for a in actors]
    named = places_light(art.text, sent.start_char, sent.end_char, lang, spans)
    named = [m for m in named if not (source and source[0] <= m.start < source[1])]
    out = []
    toll = set(lex.assembly.get("toll_lemmas", ()))
    for (group, cls), members in groups.items():
        # a death verb only tells the toll of the act beside it ("incendiaron ... tras la muerte")
        several = len(members) > 1  # (a list being sorted looks empty to its key function)
        members.sort(key=lambda hm: (several and bool(_forms(hm[0].head) & toll), lex.rank(hm[0].trigger.family)))
        top = [h for h, _ in members]
        family = top[0].trigger.family
        # "33 soldats auraient été tués dans une frappe": a reported cue on any trigger holds for the event
        modality = next((m for _, m in members if m.value != "asserted"), members[0][1])
        if modality.value == "asserted" and attribution:
            modality = Modality("reported", attribution)
        roles = _roles(sent, top, actors, lex, source)
        if lex.families[family].verbal and not any(r == "actor1" for r, _ in roles):
            continue  # a verbal act needs someone who acts
        if group != "violent" and cls == "factual" and all(_definite(h, lex) for h in top):
            continue  # "l'accord prévoit ...": a known thing, not a new event
        sub, rule = _acled(family, top, carried(sent, instruments, lex), roles, sent, lex)
        plover = lex.families[family].plover
        figures = {k: {**f.as_dict(), "basis": "sentence"} for k, f in figures_all.items()
                   if k in FIGURES_BY_GROUP.get(group, ())}
        low = f" {sent.text.lower()} "
        aggregate = any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", low) for c in lex.aggregate_cues) or any(
            re.search(p, low) for p in lex.assembly.get("aggregate_patterns", ()))  # "en todo el país.", "desde el 7 de diciembre"
        displacement = _displacement(top, figures_all.get("displaced"), sent) if family == "displacement" else None
        score = 0.5 + 0.15 * any(r == "actor1" for r, _ in roles) + 0.1 * bool(instruments)
        score += 0.1 * bool(figures) - 0.1 * (modality.value == "reported")
        out.append(CodedEvent(
            **record_core(art, start, end, group, cls, sub, roles, lex),
            plover={"event": plover, "mode": None, "context": [], "by": "rules"} if plover else None,
            displacement=displacement,
            modality=modality.value,
            modality_cue=modality.cue,
            aggregate=aggregate,
            attribution=attribution,
            figures=figures,
            confidence=round(min(score, 0.95), 2),
            rule_id=rule,
            rule_family=family,
            trigger=" | ".join(" ".join(t.text for t in h.tokens) for h in top),
            place_mentions=tuple(named),
            paragraph_start=para_start,
            date_texts=(report_day_blanked(dated, lex), dated),
            lang=lang,
        ))
    return out


def _definite(hit: TriggerHit, lex: CodingLexicon) -> bool:
    """A definite article before the noun, or (assembly.yaml `definite_marks`) an article or a case
    ending written on it: "وجاء الاتفاق بعد", "anlaşmayı protesto etti", "mutabakatın ardından"."""
    doc = hit.head.doc
    if hit.head.i > 0 and doc[hit.head.i - 1].lower_ in lex.assembly.get("definite_articles", ()):
        return True
    marks = lex.assembly.get("definite_marks") or {}
    return (len(hit.tokens) == 1 and hit.trigger.family in marks.get("families", ())
            and bool(re.search(marks.get("pattern") or "(?!)", hit.head.lower_)))


def _name_dates_blanked(text: str, lex: CodingLexicon) -> str:
    """The date inside a name ("Mouvement du 5 juin") blanked, offsets kept."""
    pattern = lex.assembly.get("name_dates")
    return re.sub(pattern, lambda m: " " * len(m.group()), text) if pattern else text


def code_doc_light(article: Article, doc: Doc, actors: list[Actor], lex: CodingLexicon, lang: str,
                   skip: tuple[tuple[int, int], ...] = ()) -> list[CodedEvent]:
    """All events of one article read by the light path; `skip` spans (the dateline) name no
    actor and no place."""
    actors = unplaced(article.text, actors, lang)  # "en Haïti", "Suriye'de": a place, no actor (light_locative.py)
    actors = referents(article.text, actors, lex.assembly.get("armed_anaphors"))  # "Le groupe menace" (light_anaphora.py)
    actors = sorted((a for a in actors if not any(s <= a.start_char < e for s, e in skip)), key=lambda a: a.start_char)
    sports = sports_article(doc, lex, lang, article.title)
    figurative = figurative_article(doc, lex, lang, article.title)
    quiet = Quiet(lex, lang, sports)  # sport, displays, mishaps (light_quiet.py)
    events: list[CodedEvent] = []
    para, hazard = 0, False
    for sent in doc.sents:
        if "\n\n" in article.text[para:sent.start_char]:
            para = article.text.rfind("\n\n", 0, sent.start_char) + 2
            hazard = False  # a hazard carries over within its paragraph only
        if not sent.text.strip():
            continue
        in_sent = [a for a in actors if sent.start_char <= a.start_char < sent.end_char]
        for ev in quiet(sent, para, code_sentence_light(sent, article, in_sent, lex, para, sports, lang, hazard,
                                                         figurative)):
            if skip:
                ev = _unskip(ev, skip)
            events.append(ev)
        hazard = hazard_sentence(sent, lex)
    return events


def _unskip(ev: CodedEvent, skip) -> CodedEvent:
    from dataclasses import replace

    kept = tuple(m for m in ev.place_mentions if not any(s <= m.start < e for s, e in skip))
    return replace(ev, place_mentions=kept) if kept != ev.place_mentions else ev
