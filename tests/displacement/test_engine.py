"""The runner on a tiny graph: agents conserved, the closed border respected, camps filled."""
from __future__ import annotations

import pytest

from tocsin.displacement.engine import TRANSIT, apply_conflicts, run_ensemble
from tocsin.displacement.graph import DisplacementError
from tocsin.displacement.scenario import read_scenario

from .conftest import write_tiny


def _at(member, name):
    i = member.names.index(name)
    return [day[i] for day in member.stock]


def test_engine_agents_conserved_and_border_closed(tiny, tmp_path):
    sc = read_scenario(tiny)
    [m] = run_ensemble(sc, scale=10, seed=1, log_path=tmp_path / "flee.log")
    assert len(m.stock) == sc.days == len(m.new)
    cum = 0
    for t in range(sc.days):
        cum += m.new[t]
        assert sum(m.stock[t]) == cum == m.agents[t] * 10  # everyone spawned is somewhere, or on a road
    assert cum == 10 * 1000  # 1000 people a day at intensity 1 for 10 days
    assert max(_at(m, "T")) == 0  # the nearest camp is across the closed border
    assert _at(m, TRANSIT)[-1] == 0 and _at(m, "A")[-1] < cum * 0.05
    assert "Home country" in (tmp_path / "flee.log").read_text(encoding="utf-8")  # Flee's prints go to the log


def test_engine_camps_fill_then_people_go_on(tmp_path):
    sc = read_scenario(write_tiny(tmp_path / "t", days=40, capacity_c=3000))
    [m] = run_ensemble(sc, scale=10, seed=2)
    c, d = _at(m, "C")[-1], _at(m, "D")[-1]
    assert 0.85 * 3000 <= c <= 1.1 * 3000  # the small camp filled up to its capacity ...
    assert d > 4000  # ... and the far camp took the rest
    sc2 = read_scenario(write_tiny(tmp_path / "open", days=40, capacity_c=0))  # 0: no limit
    [m2] = run_ensemble(sc2, scale=10, seed=2)
    assert _at(m2, "C")[-1] > 1.5 * 3000  # without a cap the nearer camp takes more


def test_engine_seeds_reproducible_and_ensemble(tiny):
    sc = read_scenario(tiny)
    a = run_ensemble(sc, scale=10, seed=5)[0]
    b = run_ensemble(sc, scale=10, seed=5)[0]
    assert a.stock == b.stock
    ens = run_ensemble(sc, scale=10, seed=5, runs=2)
    assert [m.seed for m in ens] == [5, 6] and ens[0].stock == a.stock


def test_engine_scale_carries_fractions(tmp_path):
    """rate 15 people a day at one agent per 10: Flee 3.1's int() would make 1 agent a day (10 people)."""
    sc = read_scenario(write_tiny(tmp_path / "t", days=20, conflict_days=10, rate=15))
    [m] = run_ensemble(sc, scale=10, seed=0)
    assert sum(m.new) == 150


def test_engine_allocation_follows_the_observed_total(tmp_path):
    sc_dir = write_tiny(tmp_path / "alloc", days=20, conflict_days=20, mode="allocation")
    src = sc_dir / "source_data"
    src.mkdir()
    (src / "data_layout.csv").write_text("total,refugees.csv\n", encoding="utf-8")
    (src / "refugees.csv").write_text("2020-01-01,0\n2020-01-11,2000\n", encoding="utf-8")
    [m] = run_ensemble(read_scenario(sc_dir), scale=10, seed=0)
    cum = [sum(m.new[: t + 1]) for t in range(20)]
    assert cum[10] == 2000 and cum[5] == pytest.approx(1000, abs=10) and cum[-1] == 2000
    assert max(_at(m, "T")) == 0
    (src / "refugees.csv").write_text("2020-01-01,0\n2020-03-11,2000\n", encoding="utf-8")
    with pytest.raises(DisplacementError, match="refugees.csv line 2: date 2020-03-11 is outside the period"):
        read_scenario(sc_dir)


def test_engine_intensity_changes_while_active_are_applied():
    """flee 3.1's AddNewConflictZones ignores them; tocsin's apply_conflicts does not."""
    from flee import flee

    flee.SimulationSettings.ReadFromYML("/dev/null")
    e = flee.Ecosystem()
    e.print_location_output = False
    loc = e.addLocation(name="A", location_type="town", pop=100)
    table = {"A": [0.5, 0.8, 0.0, 0.3]}
    seen = []
    for t in range(4):
        apply_conflicts(e, {"A": loc}, table, t)
        seen.append(loc.conflict)
    assert seen == [0.5, 0.8, -1.0, 0.3]


def test_engine_bad_scale_and_runs(tiny):
    sc = read_scenario(tiny)
    with pytest.raises(DisplacementError, match="--scale"):
        run_ensemble(sc, scale=0)
    with pytest.raises(DisplacementError, match="--runs"):
        run_ensemble(sc, runs=0)


def test_engine_allocation_after_the_fighting_stops(tmp_path):
    """Observed people keep arriving after the last conflict day: they leave from where it was."""
    sc_dir = write_tiny(tmp_path / "alloc", days=20, conflict_days=3, mode="allocation")
    src = sc_dir / "source_data"
    src.mkdir()
    (src / "data_layout.csv").write_text("total,refugees.csv\n", encoding="utf-8")
    (src / "refugees.csv").write_text("2020-01-01,0\n2020-01-11,2000\n", encoding="utf-8")
    [m] = run_ensemble(read_scenario(sc_dir), scale=10, seed=0)
    assert sum(m.new[:11]) == 2000 and sum(m.new[3:11]) > 0
    assert max(_at(m, "T")) == 0
