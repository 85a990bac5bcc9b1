"""Sentence -> coded events: triggers grouped into events, each typed (ACLED, PLOVER),
with modality, actors in roles, figures, attribution and evidence offsets.

Triggers of one sentence that share a group (all violent families form one group, every
other family its own) and a modality class become one event named by the family of highest
priority (triggers.yaml): "Air and artillery strikes have destroyed hospitals" is one air
strike, not a strike plus a destruction.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..records import CROWD_FORCE_TYPES, PARAGRAPH_BREAK, Article, CodedEvent

from .attribution import named_source, sentence_source
from .chronology import entry_modality
from .claimants import claimant, give_claim
from .assembly import (adjust_modality, background_reference, prior_phase, blamed_party, cap_single_event, cumulative_patterns,
                       footage_owner, force_toll, is_aggregate, observers_demoted, split_clauses)
from .clauses import char_spans, clause_of_hits, covers, cumulative_spans, masked, outer_spans, reporting_spans, time_aside
from .context import (attach_lead_toll, following_toll, harm_clause, hazard_subject, is_definite_noun, recap, refers_to_known,
                      toll_by_known_doers, toll_only)
from .sports import is_sports_article, sports_paragraphs
from .zero_toll import zero_toll, zero_toll_within
from .figures import Figure, find_figures, sentence_figures
from .lexicon import CodingLexicon
from .modality import FACTUAL, Modality, modality_of
from .verification import UNVERIFIED
from .mentions import place_mentions
from .nonevents import drop_reason, nonevent_modality, rules
from .nonevents_civil import accident, civil_veto, crowd_damage, deliberate_act, sentence_has
from .nonevents_claims import denies_the_claim, disputed, withholds_verification
from .nonevents_discourse import debunked, debunks_previous, sets_a_frame, told_in_the_frame
from .refine import acled_type, mob_led
from .retold import merge_back, told_with_a_new_act
from .roles import Actor, assign_roles, sentence_subjects
from .statistical import apply_classifier
from .teasers import teaser_spans
from .event_nouns import dated_act, joined_by_many
from .instruments import find_instruments
from .triggers import Lazy, TriggerHit, find_triggers, may_trigger, sentence_is_violent
from .victims import hurt_named, killed_with, victims_named

ARMED_KINDS = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external"}
FIGURES_BY_GROUP = {"violent": ("fatalities", "injured", "abducted"), "arrest": ("arrested",),
                    "displacement": ("displaced",), "protest": ("fatalities", "injured", "arrested"),
                    "riot": ("fatalities", "injured", "arrested")}
DISPLACEMENT_TERMS = {"displace": "displaced", "displacement": "displaced", "evacuate": "evacuated",
                      "evacuation": "evacuated", "return": "returned", "refugee": "refugees"}
UNITS = {"family": "families", "families": "families", "household": "households", "households": "households"}
LINE_BREAK = re.compile(r"\n\s*")
MOB_TYPES = frozenset({"Attack", "Armed clash"})  # a crowd's attack or storming is mob violence
NAMED_WORDS = {"arrested": ("person", "people")}  # a figure named person by person: "one person", "3 people named"


@dataclass
class SentenceContext:
    """What a sentence's events need from the article around them."""

    article: Article
    actors: list[Actor]  # actor mentions in this sentence
    prev_subjects: list[Actor]
    paragraph_start: int
    ents: list[Span]  # named entities in this sentence (Span.ents rescans the whole doc)
    sports: bool = False  # the article is a sports report (context.is_sports_article)
    prior_violent: tuple[str, ...] = ()  # ACLED types of the article's earlier factual violent events
    skip: tuple[tuple[int, int], ...] = ()  # the dateline: names no source
    prev_source: str | None = None  # the last source named before: "He said ..." is still the governor


def group_of(family: str, lex: CodingLexicon) -> str:
    return "violent" if lex.families[family].violent else family


def _in_source(actor: Actor, attribution: str | None, sent: Span) -> bool:
    """The actor is named inside the sentence's source ("..., the Britain-based Syrian
    Observatory said"): a source is never the event's target."""
    pos = sent.text.rfind(attribution) if attribution else -1
    return pos >= 0 and sent.start_char + pos <= actor.start_char < sent.start_char + pos + len(attribution)


def _span_bounds(sent: Span) -> tuple[int, int]:
    toks = [t for t in sent if not t.is_space]
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else (sent.start_char, sent.start_char)


def _displacement(hits: list[TriggerHit], figure: Figure | None, sent: Span) -> dict:
    lemma = hits[0].head.lemma_.lower()
    unit = "people"
    if figure is not None and figure.end < len(sent):
        unit = UNITS.get(sent[figure.end].lower_, "people")
    value = None if figure is None else (figure.value if figure.value is not None else figure.low)
    return {"term": DISPLACEMENT_TERMS.get(lemma, "fled"), "figure": value, "unit": unit}


def record_core(art: Article, start: int, end: int, group: str, cls: str, sub: str | None,
                roles: list[tuple[str, Actor]], lex: CodingLexicon) -> dict:
    """The fields every coder (English, light) fills the same way: the record's id (article,
    sentence start, event group, modality class), its article, ACLED type, actors and evidence."""
    key = f"{art.id}|{start}|{group}|{cls}"
    return {
        "id": hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        "article": {"id": art.id, "title": art.title, "url": art.url, "published": art.published,
                    "published_inferred": art.published_inferred},
        "acled": {"event_type": lex.acled_types[sub], "sub_event_type": sub, "by": "rules"} if sub else None,
        "actors": tuple(a.record(r) for r, a in roles),
        "evidence": {"text": art.text[start:end], "start": start, "end": end},
    }


def _failed_use(tok) -> bool:
    """ "rammed the gate with a truck after failing to blow it open with a rocket": a weapon of an
    act that failed or did not happen is not the event's instrument."""
    return any(a.lemma_.lower() == "fail" or (a.pos_ == "VERB" and any(c.dep_ == "neg" for c in a.children))
               for a in tok.ancestors)


def _confidence(modality: Modality, roles: list, instruments: list, figures: dict) -> float:
    score = 0.5 + 0.15 * any(r == "actor1" for r, _ in roles) + 0.1 * bool(instruments)
    score += 0.1 * bool(figures) - 0.1 * (modality.value == "reported")
    return round(min(score, 0.95), 2)


def _claims_denied(groups: dict, lex: CodingLexicon) -> dict:
    """ "al-Masirah claimed the group had hit a destroyer; the Pentagon said no U.S. ship had been
    struck": a claimed act whose sentence also tells that no such act happened is disputed."""
    claims = set(lex.modality.get("claim_cues", ()))
    for (group, cls) in [k for k in groups if k[1] == "factual"]:
        if (group, "negated") in groups and all((m.cue or "").lower() in claims for _, m in groups[(group, cls)]):
            members = [(h, Modality("hypothetical", f"disputed: {m.cue}")) for h, m in groups.pop((group, cls))]
            groups.setdefault((group, "hypothetical"), []).extend(members)
    return groups


def code_sentence(sent: Span, ctx: SentenceContext, lex: CodingLexicon) -> list[CodedEvent]:
    """Every event the sentence reports (factual or not), one per group and modality class;
    each takes its places, figures, actors and date from its own clause (clauses.py)."""
    armed = any(a.kind in ARMED_KINDS for a in ctx.actors)

    @cache
    def instruments_found() -> list:
        return find_instruments(sent, lex)

    @cache
    def cumulative_found() -> list:
        return cumulative_spans(sent, cumulative_patterns(lex))

    @cache
    def figures_found() -> tuple:
        found = find_figures(sent, lex)
        return found, sentence_figures(sent, lex, outside_totals, found)

    def outside_totals(fig: Figure) -> bool:
        return not covers(cumulative_found(), sent[fig.start].idx, sent[fig.end - 1].idx + 1)

    def violent_context() -> bool:  # read only when a trigger needs it
        return (bool(instruments_found()) or "fatalities" in figures_found()[1] or armed
                or sentence_is_violent(sent, lex))

    actor_chars = frozenset(t.idx for a in ctx.actors for t in sent if a.start_char <= t.idx < a.end_char)
    hits = find_triggers(sent, lex, Lazy(violent_context), actor_chars)
    if not hits:  # what follows only filters the hits: nothing found, nothing to code
        return []
    instruments, cumulative = instruments_found(), cumulative_found()
    found, figures_all = figures_found()
    # the last-resort "strike" instrument is no weapon in a sports report ("a late strike")
    weapon = any(not rule.startswith("inst.strike") for _, rule, _ in instruments)
    deliberate = any(h.trigger.rule_id in lex.deliberate_triggers for h in hits)
    match_talk = ctx.sports and "fatalities" not in figures_all and sentence_has(sent, lex.sports_cues)
    if not armed and not deliberate and ((not instruments and accident(sent, hits, lex))
                                         or (ctx.sports and (not weapon or match_talk) and not crowd_damage(hits, lex))):
        hits = [h for h in hits if not lex.families[h.trigger.family].violent
                and not (match_talk and h.trigger.family in lex.assembly.get("match_talk_families", ()))]
    if not deliberate:
        hits = civil_veto(sent, hits, lex, rules(), {a.kind for a in ctx.actors})
    reasons = {id(h): drop_reason(h, lex) for h in hits}
    # "troops backed by Russian jets": the patron's weapon is not the event's instrument
    patron = {t.i for h in hits if reasons[id(h)] == "descriptor" for t in h.head.subtree}
    instruments = [i for i in instruments if i[2].i not in patron and not _failed_use(i[2])]
    named_weapon = any(tok.lemma_.lower() in lex.assembly.get("weapon_lemmas", ()) for _, _, tok in instruments)
    hits = [h for h in hits if not ((lex.families[h.trigger.family].violent or h.trigger.family == "displacement")
                                    and hazard_subject(h.head, lex))
            and not background_reference(h, lex) and reasons[id(h)] is None]
    hits = [h for h in hits if not prior_phase(h, hits, lex)]
    hits, by_mob = mob_led(hits, lex)
    if not hits:
        return []
    groups: dict[tuple[str, str], list[tuple[TriggerHit, Modality]]] = {}
    for hit in hits:
        mod = nonevent_modality(hit, adjust_modality(hit, entry_modality(hit.head, modality_of(hit.head, lex)), lex), lex)
        cls = "factual" if mod.value in FACTUAL else mod.value
        group = group_of(hit.trigger.family, lex)
        if group == "violent" and time_aside(hit.head):
            group = "violent:aside"  # its own event: "..., the same day that soldiers were killed in a strike"
        groups.setdefault((group, cls), []).append((hit, mod))
    groups = force_toll(_claims_denied(groups, lex), lex)
    attribution = sentence_source(sent, frozenset(lex.modality["reporting_verbs"]), ctx.skip,
                                  ctx.article.text[ctx.paragraph_start:sent.end_char], ctx.prev_source,
                                  ctx.article.text[max(0, ctx.paragraph_start - 6000):ctx.paragraph_start])
    start, end = _span_bounds(sent)
    art = ctx.article
    out = []
    if any(h.trigger.family == "territory" for h, _ in groups.get(("violent", "factual"), ())):
        groups.pop(("retreat", "factual"), None)  # "took the town after rebels withdrew": one takeover
    groups = split_clauses(groups, lex)
    clause_of = {key: clause_of_hits([h for h, _ in members], sent) for key, members in groups.items()}
    named = place_mentions(ctx.ents, lex, ctx.actors, ctx.article.text)
    mentions_all = tuple(m for m in named if not m.elsewhere())
    away = tuple(m for m in named if m.elsewhere())  # kept so the place stage skips them too
    reporting = reporting_spans(sent, frozenset(lex.modality["reporting_verbs"]))
    low = sent.text.lower()
    disaster = lex.disaster_words
    disaster_words = any(t.lemma_.lower() in disaster or t.lower_ in disaster for t in sent) or any(
        " " in c and c in low for c in disaster)
    for (group, cls), members in groups.items():
        members.sort(key=lambda hm: lex.rank(hm[0].trigger.family))
        top_hits = [h for h, _ in members]
        family = top_hits[0].trigger.family
        modality = members[0][1]
        if modality.value == "asserted" and attribution:
            modality = Modality("reported", attribution)
        toks, spans = clause_of[(group, cls)]
        others = set().union(*(t for k, (t, _) in clause_of.items() if k != (group, cls)))
        own_actors = [a for a in ctx.actors if covers(spans, a.start_char, a.end_char)] or ctx.actors
        roles = assign_roles(sent, [h.head for h in top_hits], own_actors, ctx.prev_subjects, ctx.actors,
                             violent=group.startswith("violent"))
        if group.startswith("violent") and not any(r == "actor1" for r, _ in roles):
            owner = footage_owner(sent, ctx.actors, lex) or blamed_party(sent, ctx.actors, lex)
            if owner is not None:
                roles = [("actor1", owner), *[(r, a) for r, a in roles if a.name != owner.name]]
        roles = [(r, a) for r, a in observers_demoted(roles, sent, top_hits, lex)
                 if r != "actor2" or not _in_source(a, attribution, sent)]
        if (lex.families[family].verbal or family in lex.assembly.get("actor_required_families", ())) and not any(
                r == "actor1" for r, _ in roles):
            continue  # a verbal act needs someone who acts ("a campaign threatening death" is not one)
        if (modality.cue or "").startswith(UNVERIFIED) and any(r == "actor1" for r, _ in roles):
            modality = Modality("reported", modality.cue)  # "the army said its jets killed 30, a claim that could not be verified"
        own_instruments = [i for i in instruments if i[2].i in toks] or (instruments if len(groups) == 1 else [])
        sub, rule = acled_type(family, top_hits, own_instruments, roles, sent, lex)
        if group.startswith("violent") and sub in MOB_TYPES and any(id(h) in by_mob for h in top_hits):
            sub, rule = "Mob violence", f"{rule}+mob"  # "a mob beat a driver to death"
        plover = lex.families[family].plover
        base = group.split(":")[0]
        own = sentence_figures(sent, lex, lambda f: outside_totals(f) and sent.start + f.start in toks, found)
        partial = len(toks) < sum(not t.is_space for t in sent)  # the event's clause is part of the sentence
        in_clause = "clause" if partial else "sentence"
        basis = {k: in_clause for k in own}
        for k, f in figures_all.items():  # a figure no other clause holds: the sentence's
            if k not in own and sent.start + f.start not in others:
                own[k], basis[k] = f, "sentence"
        figures = {k: {**f.as_dict(), "basis": basis[k]} for k, f in own.items() if k in FIGURES_BY_GROUP.get(base, ())}
        if base == "violent" and (figures.get("injured") or {}).get("value") == 0 and "fatalities" not in figures:
            figures["fatalities"] = dict(figures["injured"])  # "no one was hurt": nobody killed either
        named = max(killed_with(top_hits, lex), victims_named(top_hits, lex)  # ("shot dead with four of his
                    ) if base == "violent" else 0  # bodyguards": 5; "a neighbour and her two sons": 3, not "two")
        hurt = hurt_named(top_hits, lex, sent, figures) if base == "violent" and (
            figures.get("injured") or {"qualifier": "exact"})["qualifier"] == "exact" else 0  # "him and two relatives": 3
        held = victims_named(top_hits, lex, "arrest_lemmas") if base == "arrest" and "arrested" not in figures else 0
        for kind, n in (("fatalities", named), ("injured", hurt), ("arrested", held)):
            if n and ((was := figures.get(kind)) is None or (was.get("value") is not None and n > was["value"])):
                one, many = NAMED_WORDS.get(kind, ("victim", "victims"))
                figures[kind] = {"value": n, "low": n, "high": n, "qualifier": "exact",
                                 "text": f"one {one}" if n == 1 else f"{n} {many} named", "basis": in_clause}
        aggregate = is_aggregate(sent, lex, cumulative, found, spans if len(groups) > 1 or partial else None)
        if base == "violent" and not aggregate:
            figures = cap_single_event(figures, sent.text, lex.assembly)
        if base != "violent" and cls == "factual" and all(
                is_definite_noun(h) and not dated_act(h.head) and not joined_by_many(h.head)
                and not any(c.tag_ == "JJS" for c in h.head.children) for h in top_hits):  # (not "in the largest demonstration since 1990")
            continue  # "the Sochi agreement is still valid", "the deal also provides for": a known thing
        toll, detail = (frozenset(lex.assembly.get(k, ())) for k in ("toll_lemmas", "detail_lemmas"))
        recapped = cls == "factual" and bool(ctx.prior_violent) and recap(sent, lex.assembly.get("recap_cues", ()))
        if recapped and base != "violent":
            continue  # a live page's summary of what it told ("Recapping: ... sent thousands fleeing")
        refers_back = bool(base == "violent" and cls == "factual" and ctx.prior_violent and not aggregate
                           and (refers_to_known(top_hits, toll, detail) or toll_only(top_hits, toll) or recapped
                                or toll_by_known_doers(top_hits, toll, lex.assembly.get("known_doers", ()), detail)))
        displacement = None
        if family == "displacement":
            displacement = _displacement(top_hits, figures_all.get("displaced"), sent)
        own_places = tuple(m for m in mentions_all if covers(spans, m.start, m.end))
        # the trigger's own arguments first: "..., encircled a post near the village of Surman"
        args = char_spans({t.i for h in top_hits for t in h.head.subtree} & toks, sent)
        direct = tuple(m for m in own_places if covers(args, m.start, m.end))
        if direct and len(direct) < len(own_places):
            own_places = direct
        if own_places:
            places = own_places
        elif len(groups) > 1 or partial:
            # the clauses it hangs on, never another event's or the speaker's ("said in Washington")
            outer = outer_spans(top_hits, sent)
            places = tuple(m for m in mentions_all if covers(outer, m.start, m.end)
                           and not covers(reporting, m.start, m.end))
        else:
            places = tuple(m for m in mentions_all if not covers(reporting, m.start, m.end)) or mentions_all
        out.append(CodedEvent(
            **record_core(art, start, end, group, cls, sub, roles, lex),
            plover={"event": plover, "mode": None, "context": [], "by": "rules"} if plover else None,
            displacement=displacement,
            modality=modality.value,
            modality_cue=modality.cue,
            aggregate=aggregate,
            attribution=attribution,
            figures=figures,
            confidence=_confidence(modality, roles, own_instruments, figures),
            rule_id=rule,
            rule_family=family,
            trigger=" | ".join(h.text for h in top_hits),
            place_mentions=places + away,
            paragraph_start=ctx.paragraph_start,
            date_texts=(masked(art.text[start:end], start, spans, cumulative),
                        masked(art.text[start:end], start, None, cumulative)),
            place_basis="clause" if own_places and len(own_places) < len(mentions_all) else "sentence",
            refers_back=refers_back,
            deliberate=(named_weapon or any(h.trigger.rule_id in lex.deliberate_triggers for h in top_hits)
                        or deliberate_act(top_hits, lex)),
            disaster_words=disaster_words,
            clause_spans=tuple(spans) if len(groups) > 1 or partial else (),
        ))
    return out


def code_doc(article: Article, doc: Doc, actors: list[Actor], lex: CodingLexicon,
             skip: tuple[tuple[int, int], ...] = ()) -> list[CodedEvent]:
    """All events of one parsed article; `actors` are the dictionary mentions in its text,
    `skip` the spans that tell no event detail (the dateline)."""
    # blank lines separate paragraphs; a text with none (HTML main content) has one per line
    breaks = PARAGRAPH_BREAK if PARAGRAPH_BREAK.search(article.text) else LINE_BREAK
    para_starts = [0] + [m.end() for m in breaks.finditer(article.text)]
    actors = sorted(actors, key=lambda a: a.start_char)
    actor_starts = [a.start_char for a in actors]
    ents = list(doc.ents)
    ent_starts = [e.start for e in ents]
    # an undated page: the story is of no year before the latest it names ("since 24 February 2022 ...
    # over the past day" in a page that also tells of 2024 is two years of war)
    years = [] if article.published else [int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", article.text)]
    doc.user_data["tocsin_year"] = int(article.published[:4]) if article.published else (max(years) if years else None)
    doc.user_data["tocsin_month"] = (int(article.published[:4]) * 12 + int(article.published[5:7]) - 1
                                     if article.published and article.published[5:7].isdigit() else None)
    events: list[CodedEvent] = []
    prev_subjects: list[Actor] = []
    current_para = -1
    sports = is_sports_article(doc, lex)
    sporty = sports_paragraphs(doc, lex, para_starts) if sports else set()
    title_sporty = sports and any(w in lex.sports_cues for w in re.findall(r"[\w-]+", (article.title or "").lower()))
    prior: list[str] = []
    prev_sent, prev_start, prev_para = None, None, None
    source, verbs = None, frozenset(lex.modality["reporting_verbs"])
    event_nouns = frozenset(lemma for lemma, pos in lex.violent_lemmas if pos == "NOUN")
    teasers = teaser_spans(article.text)
    for sent in doc.sents:
        para = para_starts[bisect_right(para_starts, sent.start_char) - 1]
        if para != current_para:
            current_para, prev_subjects = para, []
        in_sent = actors[bisect_left(actor_starts, sent.start_char):bisect_left(actor_starts, sent.end_char)]
        sent_ents = ents[bisect_left(ent_starts, sent.start):bisect_left(ent_starts, sent.end)]
        ctx = SentenceContext(article, in_sent, prev_subjects, para, sent_ents, sports and (title_sporty or para in sporty),
                              tuple(prior), skip, source)
        teaser = covers(teasers, sent.start_char, sent.start_char + 1)  # "RELATED: Gunmen kill 24 in ...": another story
        coded = code_sentence(sent, ctx, lex) if may_trigger(sent, lex) and not teaser else []  # no trigger word: no event
        denial = denies_the_claim(sent, lex) if prev_start is not None else None
        neighbour = prev_sent is not None and prev_para == para  # the sentence before, in this paragraph
        told_before = neighbour and any(e.evidence.get("start") == prev_start and e.modality in FACTUAL for e in events)
        debunk = debunks_previous(sent, rules()) if told_before else None
        if denial is not None:  # "The GNA denied the claim and said ..."
            events = disputed(events, prev_start, lex, any_speech=denial.dep_ == "ROOT")
        elif prev_start is not None and withholds_verification(sent, lex):  # "We have not been able to confirm them."
            events = disputed(events, prev_start, lex, UNVERIFIED, unclaimed=True)
        elif debunk is not None:  # "The site later withdrew the article and the figure."
            events = debunked(events, prev_start, debunk, rules())
        elif told_before:  # "No casualties were reported.": a toll of zero for the event just told
            zero_toll(events, prev_start, sent.text, lex.assembly.get("zero_toll_patterns", ()))
            if not coded:  # "Three people, among them a boy of 15, died at the scene."
                following_toll(events, prev_start, sent, lex)
            elif (clause := harm_clause(sent)) is not None:  # "One soldier was wounded, and the attackers fled"
                following_toll(events, prev_start, clause, lex)
        frame = sets_a_frame(prev_sent, rules()) if neighbour and coded else None
        if frame is not None:  # "In the plan seen by reporters, ... Units retake Saraqib."
            coded = told_in_the_frame(sent, coded, frame)
        prev_sent, prev_start, prev_para = sent, sent.start_char, para
        first_new = len(events)
        for ev in told_with_a_new_act(coded):
            if ev.refers_back and merge_back(events, ev):
                continue  # told again: its details went to the event already coded
            events.append(ev)
        attach_lead_toll(events, first_new)
        zero_toll_within(events, first_new, sent.text, lex.assembly.get("zero_toll_patterns", ()))
        claim = claimant(sent, in_sent, event_nouns) if in_sent else None
        if claim is not None:  # "Al-Shabaab claimed the attack.": the attack told before is its act
            give_claim(events, claim, para_starts[max(0, bisect_right(para_starts, sent.start_char) - 2)])
        prior.extend(e.acled["sub_event_type"] for e in coded if e.acled and e.modality in FACTUAL
                     and (lex.families[e.rule_family].violent or e.acled["sub_event_type"] in CROWD_FORCE_TYPES))
        source = named_source(sent, verbs, skip) or source
        subjects = sentence_subjects(sent, in_sent)
        if subjects:
            prev_subjects = subjects
    return apply_classifier(events, lex)
