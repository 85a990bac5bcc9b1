"""Where a story's events are when their sentences name no place (place/locate.py): the province
its news names most (`focus_of`), and where its violence is (`violent_focus_of`)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import VIOLENT_TYPES, CodedEvent
from .resolve import Place, candidates, country_of, resolve
from .theatre import plausible

if TYPE_CHECKING:
    from .locate import ArticleContext


def focus_of(found: list[list[tuple[Place, int]]], ctx: ArticleContext) -> Place | None:
    """The article's focus for events that name no place: the province its events'
    sentences name most in the story's country (a story about Idlib that mentions Ankara's
    statements is about Idlib), else the main province of the whole text."""
    admins: Counter[tuple[str, str]] = Counter()
    for places in found:
        for p, _ in places:
            if p.country and p.admin1 and p.feature != "country":
                admins[(p.country, p.admin1)] += 1
    home = Counter({k: n for k, n in admins.items() if ctx.countries[:1] == (k[0],)})
    admins = home or admins  # the story's country first: a Lebanon sitrep's rockets on Kiryat Shmona place none of its own
    if admins:  # a tie goes to the story's main province (Arusha, Dar es Salaam and Ruvuma once each: Dar es Salaam)
        main = (ctx.main.country, ctx.main.admin1) if ctx.main is not None else None
        (cc, name), _ = max(admins.items(), key=lambda kv: (kv[1], kv[0] == main))
        if ctx.main is not None and (ctx.main.country, ctx.main.admin1) == (cc, name):
            return ctx.main
        return province_of(name, cc) or next(
            p for places in found for p, _ in places if (p.country, p.admin1) == (cc, name))
    return ctx.main


def province_of(name: str, cc: str) -> Place | None:
    """The province `name` of country `cc` ("Northern" of Uganda is not Sri Lanka's Northern Province;
    Chile's Biobío region, not the second-level "Biobío Province" inside it)."""
    place = resolve(f"{name} province", (cc,))
    if place is not None and place.feature != "admin1":
        first = next((c.place for c in candidates(name, (cc,), kind="admin") if c.place.country == cc), None)
        place = first if first is not None and first.feature == "admin1" else place
    return place if place is not None and place.country == cc else None


def violent(ev: CodedEvent) -> bool:
    return bool(ev.acled) and ev.acled.get("event_type") in VIOLENT_TYPES


def violent_focus_of(events: Sequence[CodedEvent], ctx: ArticleContext,
                     borrowed: Sequence[tuple[int, Place]] = ()) -> Place | None:
    """Where the story's violence is: the province (else country) most named in the sentences
    of its violent events, the lede's provinces of the story's country counting thrice (a story
    of a kidnapping in Zamfara that recalls raids in Niger and Katsina states).  A story of talks in Moscow about fighting in
    Idlib is placed in Idlib for the fighting it mentions without a place of its own.
    `borrowed`: (offset, place) of towns the geoparser missed that placed an event of a sentence
    (place/borrowed.py), counted as its toponyms are."""
    told = [ev for ev in events if violent(ev) and isinstance(ev.evidence.get("start"), int)]
    ahead = [ev for ev in told if ev.modality not in ("future", "recommended")]  # not "others expect the
    # strikes to go on until a ceasefire in Gaza" (a denial or a fear still says where the fighting is)
    spans = [(ev.evidence["start"], ev.evidence["end"]) for ev in ahead or told]
    counts: Counter[tuple[str, str | None]] = Counter()
    named = [(t.start, t.place, t) for t in ctx.toponyms] + [(at, p, None) for at, p in borrowed]
    # the one town a headline of violence names ("What we know about the Ottawa shootings"): where
    # the violence is, when the violent sentences name other places only in passing
    lead = [t for t in ctx.toponyms if t.start < 0]
    town = lead[0] if ctx.violent_headline and len(lead) == 1 and lead[0].place is not None and \
        lead[0].place.feature not in ("country", "admin1", "admin2") else None
    for start, p, t in named:
        titled = t is not None and t is town
        if (p is None or not p.country or (t is not None and (t.metonymic or t.in_source or t.label == "NORP"
                                                               or (t.start, t.end) in ctx.heard or (t.start, t.end) in ctx.origins))
                or not (titled or any(s <= start < e for s, e in spans))
                or (ctx.theatre is not None and not plausible(p, ctx.theatre))
                or (p.feature != "country" and not p.admin1)  # "Darfur", "Kordofan": a region of several provinces
                or (p.feature == "country" and ctx.countries[:1] != (p.country,))):  # "the US warned": no foreign theatre
            continue
        lede = 3 if ((titled or spans[0][0] <= start < spans[0][1]) and p.feature != "country"
                     and ctx.countries[:1] == (p.country,)) else 1
        # (a province of another country than the story's counts as a country does: "the rebels
        # retreat into South Kivu" in a story of a raid in Burundi)
        home = ctx.countries[:1] == (p.country,)
        counts[(p.country, p.admin1 if p.feature != "country" else None)] += lede * (2 if p.feature != "country" and home else 1)
    if not counts:
        return None
    # on a tie the province ("repelled attacks in the Idlib governorate"), then the story's main one
    main = (ctx.main.country, ctx.main.admin1) if ctx.main is not None else None
    # (a tie goes to the theatre's leading country first: the story's strongest evidence)
    lead = ctx.theatre.countries[0] if ctx.theatre is not None and ctx.theatre.countries else None
    (cc, admin1), _ = max(counts.items(), key=lambda kv: (kv[1], kv[0][0] == lead, kv[0][1] is not None, kv[0] == main))
    if admin1:
        return province_of(admin1, cc) or next(
            t.place for t in ctx.toponyms if t.place is not None and (t.place.country, t.place.admin1) == (cc, admin1))
    if ctx.main is not None and ctx.main.country == cc and ctx.main.admin1:
        return ctx.main  # the country alone: the story's main province is the nearer guess ("the city" of El Fasher)
    return country_of(cc)


def continues(ev: CodedEvent) -> bool:
    """The event goes on with the one told before it: the coder says it refers back ("the
    raids killed nine"), or its date came from a continuation cue ("also", "during the unrest")."""
    date = ev.date or {}
    return ev.refers_back or (date.get("basis") == "story" and bool(date.get("text"))
                              and not str(date.get("text")).startswith("("))


def inside_country(p: Place, focus: Place | None) -> Place | None:
    """The story's focus when the sentence names only the country it lies in: "air strikes in
    Syria", "in north-west Syria" in a story whose places are in Idlib province."""
    if p.feature != "country" or focus is None or focus.feature == "country" or focus.country != p.country:
        return None
    return focus


def untagged(events: Sequence[CodedEvent], found: list, borrowed: dict, ctx: ArticleContext) -> list[tuple[int, Place]]:
    """(offset, place) of the towns that placed an event by words no toponym covers ("Gunmen
    attacked Garissa University College": the college's town): the story's violence is there too,
    when its toponyms put it outside the story's first country."""
    out = []
    for i, (ev, places) in enumerate(zip(events, found)):
        start, end = ev.evidence.get("start"), ev.evidence.get("end")
        if i in borrowed or not places or not isinstance(start, int) or places[0][1] > 2:
            continue
        if not any(t.place is not None and start <= t.start < end for t in ctx.toponyms):
            out.append((start, places[0][0]))
    return out
