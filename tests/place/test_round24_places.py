"""Place patterns of the twenty-fourth round's held-out articles (dev-497 to dev-520): Indonesian
regencies written without "Kabupaten", Papua Pegunungan's display name, and supplement rows for
towns and areas of Sinjar, Khyber, Dhaka, northern Shan and Togo's Savanes.  Texts written for
tocsin."""
from tocsin.place.resolve import resolve


def test_a_regency_is_read_without_its_kabupaten_prefix():
    p = resolve("Intan Jaya", ["ID"], "GPE")
    assert p is not None and p.country == "ID" and p.admin1 == "Central Papua", p
    q = resolve("Puncak Regency", ["ID"], "GPE")
    assert q is not None and q.admin1 == "Central Papua", q


def test_highland_papua_takes_its_english_name():
    p = resolve("Nduga", ["ID"], "GPE")
    assert p is not None and p.admin1 == "Highland Papua", p


def test_sinjar_towns_and_khyber_valleys_resolve_in_their_provinces():
    p = resolve("Sinune", ["IQ"], "GPE")
    assert p is not None and (p.country, p.admin1) == ("IQ", "Nineveh"), p
    q = resolve("Tirah valley", ["PK"], "LOC")
    assert q is not None and (q.country, q.admin1) == ("PK", "Khyber Pakhtunkhwa"), q
    r = resolve("Nawnghkio", ["MM"], "GPE")
    assert r is not None and r.admin1 == "Shan", r


def test_a_dhaka_neighbourhood_is_no_rangpur():
    p = resolve("Sabujbagh", ["BD"], "GPE")
    assert p is not None and p.admin1 == "Dhaka", p

