"""Place patterns of the thirty-seventh round's held-out articles (dev-809 to dev-832): a village
whose name GeoNames also lists, in a lower-case romanisation, under a city abroad.  Texts written
for tocsin."""
import pytest

from tocsin.place.build import machine_romanised

from ..coding.factual import coded_events

FACTUAL = ("asserted", "reported", "historical")


@pytest.mark.parametrize("name,dropped", [
    ("tkryt", True), ("silam", True), ("xi long", True),
    ("al-Bab", False), ("Tikrit", False), ("Shilong", False), ("el-fasher", False),
])
def test_lower_case_romanisations_are_left_out_of_the_gazetteer(name, dropped):
    assert machine_romanised(name) is dropped


def test_a_village_is_not_read_as_a_city_abroad_by_a_romanisation():
    text = ("KATHMANDU, Aug 25 - Police said a crowd taking part in a strike in Kailali district attacked officers "
            "near Silam crossroads in Tikapur on Monday with spears and knives, killing seven of them.")
    places = [((e.location or {}).get("country"), e.trigger) for e in coded_events(text, "2015-08-25")
              if e.modality in FACTUAL]
    assert places and all(c == "NP" for c, _ in places), places
