"""Locates coded events with the article-level resolver of `geoparse.py`.

The article's toponyms are recognised and resolved once, in the context of everything the
article names (countries, demonyms, provinces, the actors' countries, the proximity of its
other places: coherence.py).  An event's place mentions take the place their toponym got;
a mention the recogniser missed (the small model tags many villages as persons) is resolved
with the same context and pulled toward the article's places.  An event naming several
towns becomes one record per town (as ACLED codes one event per location), but for one
count of displaced people reaching several towns, which stays one record at the first.  A sentence
naming no place takes the last place located earlier in its paragraph, then the article's
main province, then its main country.  A place the text gives as an anchor ("north of X",
"on the outskirts of X", "near X") keeps the anchor's point with a coarser precision.
Places the text names as destinations or origins were left out by the coder.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..coding.nlp import doc_text
from ..records import PLACE_LABELS, CodedEvent, PlaceMention
from .coherence import cohere
from .fuzzy import SPELT_LIKE
from .names import norm_key, spelt_differently, strip_the
from .borrowed import THE_CITY, TOLD, borrowed_places, sentence_toponyms
from .focus import continues, focus_of, inside_country, province_of, untagged, violent, violent_focus_of
from .cues import (anaphor, came_from, group_name_head, heard_at, not_here, site_anaphor, site_owner,
                   target_city, named_building, tells_more, vouched, within_next)
from .relations import COMPASS, HERE_AFTER_ALL, border_of, mention_after, mention_before, origin_or_destination, relative
from .geoparse import Toponym, recognise, resolve_all
from .ranking import SAME_CONSONANTS
from .resolve import Candidate, Place, candidates, country_of, resolve
from .sections import Section, headings, paragraph_heads, section_of
from .spans import is_water, lower_compass, runs_on, split_short, stoplist
from .story_context import headline_violence, headline_places, in_named_province
from .theatre import (Theatre, is_capital_name, lone_town, plausible, regions_first, stray_village, loose_stray, stray_quarter, strong,
                      theatre_of)

MENTION_CANDIDATES = 40
_DESK = re.compile(r"\s*([A-Z][A-Z .'’-]*[A-Z])\b")  # "DONETSK -", "KABUL, Afghanistan (AP) -"
_DESK_COUNTRY = re.compile(r"\s*[A-Z][A-Z .'’-]*[A-Z]\s*,\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
@dataclass(frozen=True)
class ArticleContext:
    countries: tuple[str, ...]  # ISO2, most mentioned first
    country3: str | None
    main: Place | None  # the article's most mentioned province (or country)
    toponyms: tuple[Toponym, ...] = ()  # the article's resolved toponyms (geoparse)
    admins: tuple[tuple[str, str], ...] = ()  # (country, admin1 code) the article names
    excluded: tuple[tuple[int, int], ...] = ()  # spans that place nothing (the dateline)
    theatre: Theatre | None = None  # the story's countries from its strongest evidence (theatre.py)
    dateline: Place | None = None  # the town of the dateline: only for "in the city" in a story naming no other
    heard: tuple[tuple[int, int], ...] = ()  # toponyms where a source was ("reached by phone in Bamako")
    sections: tuple[Section, ...] = ()  # headings that name a place ("LOWER SHABELLE": sections.py)
    origins: tuple[tuple[int, int], ...] = ()  # toponyms a force came from ("flown in overnight from Delhi")
    violent_headline: bool = False  # the headline names violence ("What we know about the Ottawa shootings")


def _location(p: Place, basis: str, precision: int | None = None) -> dict:
    return {"name": p.name, "text": p.text, "country": p.country, "admin1": p.admin1,
            "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid,
            "precision": precision or p.precision, "basis": basis}


def article_context(place_texts: Iterable[tuple[str, str]], actor_countries3: Iterable[str],
                    doc=None, exclude: tuple[tuple[int, int], ...] = (), headline=None,
                    notes: tuple[tuple[int, int], ...] = ()) -> ArticleContext:
    """The article's resolved toponyms and country context.

    With a spaCy `doc` the toponyms come from `geoparse.recognise` (offsets into the
    article); otherwise from the (text, NER label) pairs given, without offsets.  The
    actors' countries (ISO3) count as context, as the text's own names do.  Toponyms in
    `exclude` (the dateline: where the reporter filed from) and in `notes` (a wire editor's note,
    a byline: coding/dateline.editor_notes) are neither context nor places.
    The `headline`'s parse, when given, lends its towns' countries as the dateline's are lent:
    only to a text whose own names point to no country ("protests in Conakry" over a live blog
    that names only Conakry's communes); and its places join the story's (no sentence's), as
    evidence of the theatre and of the story's place."""
    actors3 = [c for c in actor_countries3 if c]
    desk: list[str] = []
    homes: set[str] = set()  # "the Istanbul-based Observatory": an organisation's home (geoparse `home`)
    text = doc_text(doc) if doc is not None else ""  # Doc.text joins every token on each call
    if doc is not None:
        desk = [m.group(1) for s, e in exclude[:1] if (m := _DESK.match(text[s:e]))]
        exclude = (*exclude, *notes)  # (an editor's note or a byline: no dateline, no place either)
        found = recognise(doc)
        homes = {t.text.lower() for t in found if t.home}
        tops = [t for t in found if not t.home and not any(t.start < e and s < t.end for s, e in exclude)]
        exclude = (*exclude, *doc.user_data.get("tocsin_country_villages", ()))  # "the village of Panama"
    else:
        tops = [Toponym(-1, -1, text, label) for text, label in place_texts]
    # "TRIPOLI, Lebanon, May 20 -": the desk's own country, when the dateline names it
    qualified = [m.group(1) for s, e in exclude[:1] if (m := _DESK_COUNTRY.match(text[s:e]))] if desk else []
    desk_country = resolve(qualified[0]) if qualified else None
    desk_countries = (desk_country.country,) if desk_country is not None and desk_country.feature == "country" else ()
    desk_place = resolve(desk[0].title(), desk_countries) if desk else None  # "RIO DE JANEIRO - ...": a context, never a place
    lead = headline_places(headline, actors3)
    resolve_all(tops, extra_countries=actors3,
                fallback_countries=[*(t.place.country for t in lead), *([desk_place.country] if desk_place else [])])
    tops = lead + tops  # (offsets -1: no sentence's place; evidence of the story's)
    tops = [t for t in tops if not t.named_after]  # "on Abancay Avenue" in Lima, "the Assam Rifles": not the place
    for t in tops:  # "Kyaung Kone village" near Yangon in a story of Sagaing: Sagaing
        if t.place is not None:
            t.place = stray_village(t.place, tops) or loose_stray(t, tops) or stray_quarter(t, tops) or t.place
    counts: Counter[str] = Counter()
    iso3: dict[str, str] = {}
    heard = {id(t) for t in tops if doc is not None and t.start >= 0  # "reached by phone in Bamako"
             and heard_at(text[max(0, t.start - 80):t.start]) or t.parallel}  # ("pointed to Serbia, where")
    places = [t.place for t in tops if t.place is not None and t.place.country
              and not t.metonymic and id(t) not in heard]
    for p in places:
        counts[p.country] += 1
        if p.country3:
            iso3[p.country] = p.country3
    for c3 in actors3:
        p = country_of(c3)
        if p is not None and p.country:
            counts[p.country] += 1
            iso3[p.country] = p.country3 or c3
    countries = tuple(c for c, _ in counts.most_common())
    main = None
    # the focus is where the named places are, not whose people the story names
    named = Counter(t.place.country for t in tops if t.place is not None and t.place.country
                    and not t.metonymic and t.label != "NORP" and id(t) not in heard
                    and t.why != "demonym of a country" and not t.why.startswith(SPELT_LIKE))
    # (a tie between named countries goes to the one the actors name too: "Koutougou" matched
    # to a town across the border against the Tillabéri region of a story on Niger's army)
    # (and before that to the theatre's heavier: the story's opening place, its provinces and cities)
    stage = theatre_of([t for t in tops if not t.parallel and id(t) not in heard], actors3)  # (nor a speaker's city)
    weight = dict(stage.weights)
    countries = tuple(sorted(named, key=lambda c: (-named[c], -weight.get(c, 0), -counts[c]))
                      + [c for c in countries if c not in named])
    if stage.countries and countries and countries[0] not in stage.countries:
        # the most named country has no strong evidence (village namesakes): the theatre leads
        countries = stage.countries + tuple(c for c in countries if c not in stage.countries)
    if stage.countries or named:  # a demonym alone ("Russian jets") is no story place
        top = countries[0] if stage.countries or countries[0] in named else named.most_common(1)[0][0]
        admins1 = Counter(p.admin1 for p in places if p.country == top and p.admin1)
        if admins1:
            name = admins1.most_common(1)[0][0]
            main = province_of(name, top) or next(
                p for p in places if p.country == top and p.admin1 == name)
        else:
            main = next((p for p in places if p.country == top), None)
    from .regions import regions

    table = regions()
    admin_counts: Counter[tuple[str, str]] = Counter()
    for p in places:
        code = table.admin1_code(p.country, p.admin1) if p.admin1 else None
        if code:
            admin_counts[(p.country, code)] += 1
    dateline = resolve(desk[0].title(), desk_countries or countries) if desk else None
    if dateline is not None and (dateline.precision > 1 or (named and dateline.country != countries[0])):
        dateline = None  # a town of the story's country only (a demonym, "Russian drones", names none)
    if dateline is not None and desk[0].lower() in homes:
        dateline = None  # "ISTANBUL - The Istanbul-based Anatolia Rights Observatory urged ...": the teller's home
    return ArticleContext(countries, iso3.get(countries[0]) if countries else (dateline and dateline.country3), main,
                          tuple(tops), tuple(a for a, _ in admin_counts.most_common()), tuple(exclude), stage,
                          dateline, tuple((t.start, t.end) for t in tops if id(t) in heard),
                          headings(text, tops, countries) if doc is not None else (),
                          tuple((t.start, t.end) for t in tops if t.start > 0 and came_from(text[max(0, t.start - 60):t.start])),
                          headline_violence(headline))


def _dateline_only(news: list, found: list, ctx: ArticleContext) -> bool:
    """No event told as fact places itself and no sentence of one names a place of the dateline's
    country (a story of one town's neighbourhoods), the dateline's town being of the story's country and
    no capital (a wire's desk in a capital files stories from the provinces: "NIAMEY - ... Inates")."""
    told = [(ev.evidence.get("start"), ev.evidence.get("end")) for ev, _ in news if ev.modality in TOLD]
    if ctx.dateline is None or ctx.countries[:1] != (ctx.dateline.country,) or not told \
            or is_capital_name(ctx.dateline.name) or is_capital_name(ctx.dateline.text or "") \
            or any(f for ev, f in news if ev.modality in TOLD):
        return False
    return not any(t.place is not None and t.place.country == ctx.dateline.country and t.place.feature != "country"
                   and any(isinstance(s, int) and isinstance(e, int) and s <= t.start < e for s, e in told)
                   for t in ctx.toponyms)


def _split_id(event_id: str, place: Place) -> str:
    return hashlib.sha1(f"{event_id}|{place.geonameid or place.name}".encode()).hexdigest()[:16]


def _toponym(m: PlaceMention, ctx: ArticleContext) -> Toponym | None:
    for t in ctx.toponyms:
        if t.start >= 0 and t.start < m.end and m.start < t.end:
            return t
    return None


_COMPASS = re.compile(r"(?i)(?:north|south|east|west)(?:[- ]?(?:east|west))?")


def _mention_place(m: PlaceMention, ctx: ArticleContext) -> Place | None:
    """A mention the article's toponyms do not cover: resolved with the article's context
    and its places as anchors (coherence.py)."""
    if group_name_head(m.text) or lower_compass(m.text) or norm_key(strip_the(m.text)) in stoplist():
        return None  # "the Sudan People's Liberation Army": a group, no place; "the west bank" of a river;
        # a name the stoplist keeps from being a place ("drove onto the Hill")
    ranked = candidates(m.text, ctx.countries, kind_hint=m.label, context_admins=ctx.admins,
                        scored=True, limit=MENTION_CANDIDATES)
    if m.label not in PLACE_LABELS:  # "at the Inates camp" tagged a person: no consonant-alike Nantes
        ranked = [c for c in ranked if not c.why.startswith(SAME_CONSONANTS)]
    if _COMPASS.fullmatch(m.text):  # "near Southwest 3rd Avenue": a bare point of the compass is a region or nothing
        ranked = [c for c in ranked if c.place.feature == "admin1"]
    if not ranked and (town := site_owner(m.text)):  # "outside the Confucius Institute at the University of Karachi"
        ranked = [c for c in candidates(town, ctx.countries, scored=True) if c.place.country in ctx.countries[:2]
                  and c.place.precision <= 2 and c.why.startswith("exact")]
    if not ranked:
        from .fuzzy import fuzzy_candidates

        # (in the story's second country only inside a province it names there: "the Ahrar bridge" in
        # Baghdad is no Ahar of Iran)
        ranked = [c for c in fuzzy_candidates(m.text, ctx.countries[:2]) if in_named_province(c.place, ctx.admins)
                  and (c.place.country == ctx.countries[0] or any(cc == c.place.country for cc, _ in ctx.admins))]
    if not ranked:
        return None
    anchors = [[Candidate(t.place, "", 0, 0.0)] for t in ctx.toponyms if t.place is not None]
    return ranked[cohere([ranked, *anchors])[0]].place


def _event_places(ev: CodedEvent, ctx: ArticleContext) -> list[tuple[Place, int]]:
    """(place, precision) of each place the event's sentence names, in text order."""
    resolved: list[tuple[Place, int]] = []
    sourced: list[tuple[Place, int]] = []
    references: list[tuple[Place, int]] = []  # "south of Z": only when nothing else is named
    guesses: list[tuple[Place, int]] = []
    first_reference = 1 << 60
    ev_text, ev_start = ev.evidence.get("text") or "", ev.evidence.get("start")
    for m in ev.place_mentions:
        if origin_or_destination(ev, m) or any(m.start < e and s < m.end for s, e in ctx.excluded):
            continue  # the dateline: where the reporter filed from; "moved from X"
        if is_water(m.text) or (isinstance(ev_start, int) and split_short(m.text, ev_text, m.start - ev_start)):
            continue  # "struck a ship in the Red Sea": at sea, not Egypt's Red Sea governorate; "Mo" of "Mo So"
        if not_here(mention_before(ev, m, 80), violent(ev)):
            continue  # the embassy's owner; where the source was
        t = _toponym(m, ctx)
        if t is not None and (t.metonymic or (t.kind == "quarter" and t.place is None)):
            continue  # "Ankara vowed to respond": the government, not the place; a neighbourhood the gazetteer lacks
        # ("Kamuina" of "Kamuina Nsapu militiamen": a longer name the geoparser did not find, no Kamina)
        p = within_next(ev, m, (t and t.place) or (None if t and runs_on(t.after, t.before) else _mention_place(m, ctx)),
                        lambda n: _mention_place(n, ctx))
        if p is None or p.feature == "continent" or any(p.name == q.name for q, _ in resolved):
            continue  # "a coke plant, one of the largest in Europe": a continent places no event
        aimed = bool(HERE_AFTER_ALL.search(mention_before(ev, m)))  # "a drone launched towards Khamis Mushait"
        if named_building(mention_before(ev, m, 20), mention_after(ev, m)) and any(n.start > m.end for n in ev.place_mentions):
            continue  # "the San José police station in southern Barranquilla": a building's name; the town it is in follows
        if ctx.theatre is not None and not plausible(p, ctx.theatre) and not vouched(ev.evidence, m, p, ctx.toponyms) \
                and not lone_town(p, m.text, ctx.theatre) and not (aimed and strong(p)):
            continue  # a village-sized namesake far from the story's theatre
        p = stray_village(p, ctx.toponyms) or p
        story = p.country in ctx.countries[:2] or (not ctx.countries and m.relation in ("in", "near", "at"))
        if (m.label not in PLACE_LABELS and not (story and p.precision <= 2) and not _named_division(t, story)
                and not target_city(m.relation, p, aimed)):
            continue  # a name the tagger took for a person or body: only a town in the story's country
        precision = max(p.precision, 2) if relative(ev, m) else p.precision
        if m.relation == "reference" or COMPASS.search(mention_before(ev, m)) or border_of(ev, m):  # ("reference": coding/lang_tr.py)
            references.append((p, precision))
            first_reference = min(first_reference, m.start)
            continue
        # "the governor of Hatay province said": the source's place, used only alone; a name only
        # spelt like a town outside the story's country ("Koutougou" for Koudougou, next to "the
        # Tillabéri region"): only when the sentence names nothing else
        guessed = ctx.countries[:1] != (p.country,) and (
            t.why.startswith(SPELT_LIKE) if t is not None and t.place is p else spelt_differently(m.text, p))
        (sourced if t is not None and t.in_source else guesses if guessed else resolved).append((p, precision))
    if not resolved:  # a town the tagger missed beats the source's desk ("... in Abuja said")
        resolved = _town_before(ev, ctx, first_reference) or references[:1] or guesses[:1] or sentence_toponyms(ev, ctx)
    elif all(p.feature in ("admin1", "country") for p, _ in resolved):
        # "in Sarmin city in Idlib", Sarmin tagged a person; "in Najaf, where protesters stormed the
        # consulate, chanting against Tehran's influence in Iraq", Najaf untagged
        towns = [(p, prec) for p, prec in sentence_toponyms(ev, ctx) if prec <= 2
                 and any(_inside(p, q) for q, _ in resolved)]
        resolved = towns[:1] or resolved
    return regions_first(resolved, ctx.countries) or sourced[:1]


def _town_before(ev: CodedEvent, ctx: ArticleContext, reference: int) -> list[tuple[Place, int]]:
    """The town the geoparser found before the sentence's first reference ("took hills overlooking
    Sake, a town 25 km west of Goma on the road to Minova": Sake, which the coder did not see),
    not a reference."""
    ev_start = ev.evidence.get("start")
    if not isinstance(ev_start, int) or reference >= 1 << 60:
        return []
    elsewhere = [(m.start, m.end) for m in ev.place_mentions if origin_or_destination(ev, m)]
    for t in ctx.toponyms:
        p = t.place
        if not ev_start <= t.start < reference or p is None or t.metonymic or t.in_source:
            continue
        if (p.precision <= 2 and p.feature not in ("country", "admin1", "continent")
                and not any(s < t.end and t.start < e for s, e in elsewhere)
                and (ctx.theatre is None or plausible(p, ctx.theatre))):
            return [(p, p.precision)]
    return []


def _inside(p: Place, box: Place) -> bool:
    """A town of the province (or country) `box`, not the province's namesake capital."""
    if box.feature == "country":
        return p.country == box.country and p.feature not in ("country", "admin1")
    return p.country == box.country and p.admin1 == box.admin1 and p.name != box.name


def _named_division(t: Toponym | None, story: bool) -> bool:
    """ "attacks on its positions in the Idlib governorate": the tagger read "the Idlib
    governorate" as a body, but the geoparser found the province of the story's country."""
    return (story and t is not None and t.place is not None and t.place.feature == "admin1"
            and t.label != "NORP" and not t.in_source)


def locate_events(events: Sequence[CodedEvent], ctx: ArticleContext) -> list[CodedEvent]:
    """Events of one article, in order, with `location` filled (see module docstring)."""
    found = [_event_places(ev, ctx) for ev in events]
    borrowed = borrowed_places(events, found, ctx)  # the sentence's other words: a sentence-mate's town, "the capital"
    found = [f or borrowed.get(i, []) for i, f in enumerate(found)]
    # the story's focus is where its news is: background told as history ("Ten years ago, Boko
    # Haram abducted 276 schoolgirls in Chibok") does not place today's events
    news = [(ev, f) for ev, f in zip(events, found) if ev.modality != "historical"]
    # "our correspondents in Kara have reported no demonstrations": where nothing happened is no focus
    focus = focus_of([f for ev, f in news if ev.modality != "negated"] or found, ctx)
    lent = [(events[i].evidence["start"], places[0][0]) for i, places in sorted(borrowed.items())]
    violent_focus = violent_focus_of([ev for ev, _ in news] or events, ctx, lent)
    if ctx.countries and violent_focus is not None and violent_focus.country != ctx.countries[0]:
        # (a story of the attack on Garissa University College that tells strikes in Somalia after it)
        violent_focus = violent_focus_of([ev for ev, _ in news] or events, ctx,
                                         lent + untagged(events, found, borrowed, ctx)) or violent_focus
    if _dateline_only(news, found, ctx):
        # no event told as fact names a place of its own ("ESMERALDAS - ... gunmen opened fire on a billiards hall
        # on the edge of Isla Piedad"): the dateline's town, not a town named in passing ("a pattern seen in Guayaquil")
        focus = violent_focus = ctx.dateline
    heads = paragraph_heads(ctx.toponyms, {ev.paragraph_start for ev in events}, ctx.countries)
    out: list[CodedEvent] = []
    last_by_paragraph: dict[int, tuple[Place, int]] = {}
    last_violent: dict[int, tuple[Place, int]] = {}  # a violent event takes only a violent event's place
    told: tuple[Place, int] | None = None  # the place of the last event told with one
    told_any: tuple[Place, int] | None = None  # ... of any type ("air defences intercepted missiles")
    struck: list[tuple[str, tuple[Place, int]]] = []  # violent events' sentences placed by their own words
    for i, (ev, resolved) in enumerate(zip(events, found)):
        if i in borrowed:
            ev = replace(ev, place_basis="sentence")
        towns = [(p, prec) for p, prec in resolved if prec <= 2]
        if ev.rule_family == "displacement":
            towns = towns[:1]  # one count of people reaching several towns is one movement, not one per town
        if violent(ev) and towns:
            struck.append((ev.evidence.get("text") or "", towns[-1] if len(towns) >= 2 else min(towns, key=lambda r: r[1])))
        if len(towns) >= 2:
            last_by_paragraph[ev.paragraph_start] = towns[-1]
            if violent(ev):
                last_violent[ev.paragraph_start] = towns[-1]
            out.extend(replace(ev, id=_split_id(ev.id, p), location=_location(p, ev.place_basis, prec))
                       for p, prec in towns)
            continue
        if resolved:
            best = min(resolved, key=lambda r: r[1])
            inner = inside_country(best[0], violent_focus if violent(ev) and violent_focus is not None else focus)
            if inner is not None:  # "killed in air strikes in north-west Syria" in a story of Idlib
                out.append(replace(ev, location=_location(inner, "article")))
                continue
            last_by_paragraph[ev.paragraph_start] = told_any = best
            if violent(ev):
                last_violent[ev.paragraph_start] = told = best
            out.append(replace(ev, location=_location(best[0], ev.place_basis, best[1])))
        elif ev.paragraph_start in (earlier := last_violent if violent(ev) else last_by_paragraph):
            p, prec = earlier[ev.paragraph_start]
            out.append(replace(ev, location=_location(p, "paragraph", prec)))
        elif ev.paragraph_start in heads:  # "Brest. Police used live ammunition ...": the paragraph's label
            out.append(replace(ev, location=_location(heads[ev.paragraph_start][0], "paragraph", heads[ev.paragraph_start][1])))
        elif (named := anaphor(ev, ctx.toponyms, ctx.heard, ctx.theatre)) is not None:
            # "the attack on the town of Pont-Sonde ... Gunmen attacked the town": the town named before
            out.append(replace(ev, location=_location(named[0], "paragraph", named[1])))
            last_by_paragraph[ev.paragraph_start] = named
            if violent(ev):
                last_violent[ev.paragraph_start] = told = named
        elif violent(ev) and (site := site_anaphor(ev.evidence.get("text") or "", struck)) is not None:
            # "Two missiles slammed into the Military Institute of Communications": the building
            # an earlier strike was told at ("a strike on a military training institute in Poltava")
            out.append(replace(ev, location=_location(site[0], "story", site[1])))
            last_violent[ev.paragraph_start] = last_by_paragraph[ev.paragraph_start] = told = site
        elif told is not None and violent(ev) and continues(ev) and (
                violent_focus is None or told[0].country == violent_focus.country):
            # "The strikes, launched from ..., wounded seven", "Gunmen also attacked ... during the
            # unrest": the event told before, not the story's focus (unless that one was abroad: a
            # riot in Zinder over the cartoons, after the attack in Paris they answer)
            out.append(replace(ev, location=_location(told[0], "story", told[1])))
        elif told is None and told_any is not None and violent(ev) and (
                ev.refers_back or tells_more(ev.evidence.get("text") or "")):
            # "Air defences intercepted missiles fired at targets south of Damascus. The strikes
            # wounded seven soldiers": the event it refers back to, though not coded violent
            out.append(replace(ev, location=_location(told_any[0], "story", told_any[1])))
        elif ctx.dateline is not None and not any(t.place for t in ctx.toponyms if t.place and t.place.precision <= 3) \
                and THE_CITY.search(ev.evidence.get("text") or ""):
            # "DONETSK - Shelling killed five civilians in the city": the story names no other town
            out.append(replace(ev, location=_location(ctx.dateline, "dateline")))
            told = (ctx.dateline, ctx.dateline.precision) if violent(ev) else told
        elif (section := section_of(ev.evidence.get("start", -1), ctx.sections)) is not None:
            out.append(replace(ev, location=_location(section, "section")))  # a digest's "LOWER SHABELLE"
        elif violent_focus is not None:  # a story of violence: its unplaced events are where the violence is
            out.append(replace(ev, location=_location(violent_focus, "article")))
        elif focus is not None:
            out.append(replace(ev, location=_location(focus, "article")))
        elif ctx.dateline is not None and not ctx.countries:  # "RIO DE JANEIRO - ...": the one place given
            out.append(replace(ev, location=_location(ctx.dateline, "dateline")))
        else:
            out.append(replace(ev, location=None))
        section = section_of(ev.evidence.get("start", -1), ctx.sections)
        if not resolved and section is not None and (out[-1].location or {}).get("country") != section.country:
            out[-1] = replace(ev, location=_location(section, "section"))  # a digest's "BENIN": not the story's other countries
    return out
