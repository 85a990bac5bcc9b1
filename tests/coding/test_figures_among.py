"""Tolls told through the victims named with them: "X was among 21 civilians killed in the
strikes" gives the strike's toll (a war's running count, "among 1,800 killed in eight weeks of
fighting", does not), and persons after "including" are part of the total, not added to it
(coding/figures.py; `cumulative.among` in data/lexicons/en/assembly.yaml).  Sentences written
for tocsin in wire style."""
import pytest

from tests.coding.factual import factual_events


def _tolls(text):
    return [(e.figures.get("fatalities") or {}) for e in factual_events(text, "2021-06-09")]


@pytest.mark.parametrize("text, value", [
    ("A schoolteacher was among 21 civilians killed in air strikes on two villages in Sagaing "
     "region on Tuesday, residents said.", 21),
    ("Two novices were among 14 people killed when a bomb hit a monastery in Magway region on "
     "Tuesday, a local official said.", 14),
    ("A village headman was among nine people wounded in the shelling of Kani township on Tuesday.", None),
])
def test_among_n_killed_is_the_events_toll(text, value):
    tolls = _tolls(text)
    assert tolls
    if value is None:
        assert not any(t.get("value") for t in tolls)
    else:
        assert any(t.get("value") == value for t in tolls)


def test_among_a_wars_count_is_no_toll():
    tolls = _tolls("A nurse was shot dead in Sagaing region on Tuesday, the latest among more than "
                   "1,800 people killed in eight weeks of fighting, residents said.")
    assert not any((t.get("value") or 0) > 100 for t in tolls)


@pytest.mark.parametrize("text, low, high", [
    ("Nearly a dozen people, including a monk and a child, were killed when a bomb hit a "
     "monastery in Sagaing region on Tuesday, residents said.", 10, 12),
    ("Soldiers opened fire on a market in Sagaing region on Tuesday, killing nine people, "
     "including a woman and her son, witnesses said.", 9, 9),
])
def test_persons_after_including_are_in_the_total(text, low, high):
    tolls = _tolls(text)
    assert tolls
    assert all(low <= t["value"] <= high for t in tolls if t.get("value") is not None)
    assert any(t.get("value") is not None for t in tolls)
