"""Relative weekdays and day-month dates in French and Spanish (issue 13)."""
from datetime import date

from tocsin.dates.event_dates import date_of_text

REF = date(2020, 2, 28)  # a Friday


def test_relative_languages_last_weekday():
    assert date_of_text("jeudi dernier, des frappes", REF, "fr")["start"] == "2020-02-27"
    assert date_of_text("el pasado jueves murieron", REF, "es")["start"] == "2020-02-27"
    assert date_of_text("el jueves pasado", REF, "es")["start"] == "2020-02-27"
    assert date_of_text("vendredi dernier", REF, "fr")["start"] == "2020-02-21"  # written on a Friday
    assert date_of_text("last Thursday", REF, "en")["start"] == "2020-02-27"


def test_relative_languages_spanish_de_dates():
    assert date_of_text("el 15 de agosto de 2020", REF, "es")["start"] == "2020-08-15"
    assert date_of_text("el 27 de febrero", REF, "es")["start"] == "2020-02-27"
    assert date_of_text("ayer por la tarde", REF, "es")["start"] == "2020-02-27"
