"""Places read inside the division the text puts them in: "Shumy in the Donetsk region",
"El Aguaje in the western state of Michoacan", "Pansi in northern Burkina Faso's Yagha
province".  The gap between the two names is matched against
data/gazetteer/containment.yaml; the name takes its namesake inside the division, else the
division itself (somewhere in it is better than a namesake elsewhere)."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources


from .coherence import places_km
from .names import TRAIL, norm_key
from .resolve import Place
from .. import yamlfile

_COMPASS = re.compile(r"\b(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\b", re.IGNORECASE)


@cache
def _containment() -> dict:
    path = resources.files("tocsin") / "data" / "gazetteer" / "containment.yaml"
    return yamlfile.safe_load(path.read_text(encoding="utf-8"))


@cache
def _container_pattern() -> re.Pattern:
    return re.compile(_containment()["pattern"], re.IGNORECASE)


def _attributive(u) -> bool:
    """The container is an attribute of the noun after it ("near Sanaa, US officials said")."""
    nxt = re.match(r"[\s-]+([A-Za-z]+)", u.after or "")
    return nxt is not None and nxt.group(1).lower() in _containment().get("attributive_nouns", ())


def contained(tops: list, by_name: dict[str, list], demonym) -> None:
    """ "Shumy in the Donetsk region", "El Aguaje in the western state of Michoacan",
    "Alexandria, Louisiana": the name is read inside the division the text puts it in (its
    namesake there, else the division itself: somewhere in it, not a namesake elsewhere)."""
    pattern = _container_pattern()
    for k, (t, u) in enumerate(zip(tops, tops[1:])):
        if _PART_OF_TOWN.fullmatch(_between(t, u) or "!") and _in_town(t, u):
            continue
        if _between(t, u) in ("'s ", "’s ") and _PART_AFTER.match(u.after or "") and _in_town(u, t):
            continue  # "Taiz's al-Rawdah neighbourhood"
        if _KIND_OF.fullmatch(_between(t, u) or "!"):
            # "the eastern Idlib city of Saraqeb": Idlib is the province; but "Pucacolpa district of Huanta
            # province": the district lies in the province (no consonant-alike Pucallpa in another one)
            if _as_region(u, t, by_name) or u.place is None or u.place.feature not in ("admin1", "admin2"):
                continue
        elif not pattern.fullmatch(_between(t, u) or "!") or _attributive(u):
            continue
        if k + 2 < len(tops) and _between(u, tops[k + 2]) in ("'s ", "’s "):
            u = tops[k + 2]  # "in northern Burkina Faso's Yagha province": the province contains it
        box, place = u.place, t.place
        if _as_region(t, u, by_name):  # "Saraqeb city in Idlib": the province, not a second town
            continue
        if (box is not None and box.feature not in ("country", "admin1", "admin2") and _COMPASS.search(_between(t, u))
                and t.label != "FAC"):  # "on Haifa Street in central Baghdad": the city's centre
            # "Balyun in southern Idlib": a compass word makes the container a region (the province, not the city)
            region = next((c.place for c in by_name.get(norm_key(TRAIL.sub("", u.text))) or ()
                           if c.place.country == box.country and c.place.feature in ("admin1", "admin2")), None)
            if region is not None:
                u.place, u.why, box = region, "a region (a compass word before it)", region
        if (box is None or place is None or box.feature not in ("country", "admin1", "admin2")
                or t.label == "NORP" or demonym(t.text) is not None
                or place.feature in ("country", "admin1") and not _town_of_state(place, box)):
            continue
        if _inside(place, box):
            continue
        suffix = f"|{t.kind}" if t.kind else ""
        inside = [c.place for c in by_name.get(norm_key(TRAIL.sub("", t.text)) + suffix) or ()
                  if _inside(c.place, box)]
        if not inside and place.feature == "country":
            continue  # "Israel, Gaza": two places, not Israel inside Gaza
        t.runners_up = [place, *t.runners_up]
        t.place = inside[0] if inside else box
        t.why = (INSIDE if inside else OUTSIDE) + box.name
        if inside:  # one sense per story: "Trujillo, Colon department" ... "the farm near Trujillo"
            for o in tops:
                if o is not t and o.place == place and norm_key(TRAIL.sub("", o.text)) == norm_key(TRAIL.sub("", t.text)):
                    o.place, o.why = t.place, t.why


_KIND_OF = re.compile(r"\s+(?:city|town|village|district|area)\s+of\s+", re.IGNORECASE)
_PART_OF_TOWN = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb|district)\s+of\s+", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb|district)\b", re.IGNORECASE)
NEIGHBOURHOOD_KM = 25


def _in_town(t, u) -> bool:
    """ "the al-Rawdah neighbourhood of Taiz": a part of the town, which is where it is (a namesake
    of the part elsewhere is no second place); True when the part was so read."""
    town, part = u.place, t.place
    if town is None or town.feature in ("country", "admin1", "admin2", "continent"):
        return False
    if part is not None and part.country == town.country and places_km(part, town) <= NEIGHBOURHOOD_KM:
        return True  # the gazetteer knows the part, inside the town
    t.runners_up = [part, *t.runners_up] if part is not None else t.runners_up
    t.place, t.why = town, OUTSIDE + town.name
    return True


def _as_region(town, box, by_name: dict[str, list]) -> bool:
    """`box` read as a city names the province of the same name that holds `town`
    ("Saraqeb city in Idlib", "Saraqib in the Idlib countryside"): it becomes that province."""
    inner, outer = town.place, box.place
    if (inner is None or outer is None or outer.feature in ("country", "admin1", "admin2")
            or inner.precision > 2 or inner.name == outer.name or inner.admin1 != outer.admin1):
        return False
    region = next((c.place for c in by_name.get(norm_key(TRAIL.sub("", box.text))) or ()
                   if c.place.country == outer.country and c.place.feature == "admin1"
                   and c.place.admin1 == inner.admin1), None)
    if region is None:
        return False
    box.runners_up = [outer, *box.runners_up]
    box.place, box.why = region, "the province that holds " + inner.name
    return True


INSIDE, OUTSIDE = "the namesake inside ", "not known inside; placed at "


def _between(t, u) -> str | None:
    gap = u.start - t.end
    return t.after[:gap] if 0 <= gap <= len(t.after) else None


def _town_of_state(place: Place, box: Place) -> bool:
    """ "Palestine, Texas", "Lebanon, Pennsylvania": a country's name before a state of another
    country is a town of that state (its namesake there, else nothing is changed)."""
    return place.feature == "country" and box.feature == "admin1" and box.country != place.country


def _inside(p: Place, box: Place) -> bool:
    if p.country != box.country:
        return False
    return box.feature == "country" or (p.admin1 == box.admin1 and (box.feature == "admin1" or p.name == box.name))
