"""Scenario folders: written from a small store, read back with Flee's own readers; bad inputs."""
from __future__ import annotations

import csv
from datetime import date

import pytest
import yaml

from tocsin.displacement.graph import DisplacementError
from tocsin.displacement.scenario import build_scenario, read_scenario

from .conftest import write_tiny

OBS_HEADER = "row_id,date_asof,period_start,period_end,metric,value,qualifier,area,admin_level,role,source_org\n"


def observed_file(path, rows):
    path.write_text(OBS_HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_scenario_files_read_back_with_flees_readers(small_store, tmp_path):
    from flee import InputGeography
    from flee.datamanager import read_period
    from flee.SimulationSettings import SimulationSettings

    out = tmp_path / "sc"
    meta = build_scenario(small_store, "idlib", date(2020, 1, 1), 20, out)
    assert meta["events_used"] == 3  # the hypothetical strike and the country-level clash do not count
    inp = out / "input_csv"
    assert read_period.read_conflict_period(str(inp / "sim_period.csv")) == ("2020-01-01", 20)
    ig = InputGeography.InputGeography()
    ig.ReadLocationsFromCSV(str(inp / "locations.csv"))
    ig.ReadLinksFromCSV(str(inp / "routes.csv"))
    ig.ReadClosuresFromCSV(str(inp / "closures.csv"))
    ig.ReadConflictInputCSV(str(inp / "conflicts.csv"))
    names = {row[0] for row in ig.locations}
    assert {"Al_Mara", "Dana_Atmeh_Sarmada"} <= names
    assert all(link[0] in names and link[1] in names for link in ig.links)
    assert ["country", "Syria", "Turkey", "0", "-1"] in ig.closures
    assert set(ig.conflicts) <= names and all(len(v) == 20 for v in ig.conflicts.values())
    assert max(ig.conflicts["Al_Mara"]) > 0 and max(ig.conflicts["Afrin"]) == 0
    SimulationSettings.ReadFromYML(str(out / "simsetting.yml"))
    assert SimulationSettings.spawn_rules["conflict_driven_spawning"] is True
    assert SimulationSettings.spawn_rules["conflict_spawn_mode"] == "constant"
    sc = read_scenario(out)
    assert sc.days == 20 and sc.start == date(2020, 1, 1) and sc.mode == "forecast"
    assert not list(tmp_path.glob(".sc.*"))  # no staging folder left


def test_scenario_camp_capacities_reach_flee(small_store, tmp_path):
    """nodes.csv capacities go into locations.csv, and Flee's reader makes them camp capacities
    (divided by the scale like populations); a camp with no known figure gets 0: no limit."""
    from flee import InputGeography, flee
    from flee.SimulationSettings import SimulationSettings

    from tocsin.displacement.graph import load_region

    out = tmp_path / "sc"
    build_scenario(small_store, "idlib", date(2020, 1, 1), 10, out)
    camps = {n.name: n.capacity for n in load_region("idlib").nodes.values() if n.location_type == "idpcamp"}
    assert camps["Dana_Atmeh_Sarmada"] and camps["Salqin_camps"] is None
    SimulationSettings.ReadFromYML(str(out / "simsetting.yml"))
    old = SimulationSettings.optimisations.get("PopulationScaleDownFactor", 1)
    SimulationSettings.optimisations["PopulationScaleDownFactor"] = 100
    try:
        ig = InputGeography.InputGeography()
        ig.ReadConflictInputCSV(str(out / "input_csv" / "conflicts.csv"))
        ig.ReadLocationsFromCSV(str(out / "input_csv" / "locations.csv"))
        ig.ReadLinksFromCSV(str(out / "input_csv" / "routes.csv"))
        ig.ReadClosuresFromCSV(str(out / "input_csv" / "closures.csv"))
        _, lm = ig.StoreInputGeographyInEcosystem(flee.Ecosystem())
    finally:
        SimulationSettings.optimisations["PopulationScaleDownFactor"] = old
    for name, cap in camps.items():
        assert lm[name].idpcamp and lm[name].capacity == (cap or 0) // 100, name
    assert read_scenario(out).graph.nodes["Azaz_Bab_al_Salama"].capacity == camps["Azaz_Bab_al_Salama"]


def test_scenario_allocation_writes_flees_validation_data(small_store, tmp_path):
    from flee.datamanager import handle_refugee_data

    obs = observed_file(tmp_path / "obs.csv", [
        "R1,2020-01-10,,,cumulative_displaced_since_2020-01-01,5000,approx,x,region,total,org",
        "R2,2020-01-15,,,idp_movements_in_month,9999,approx,x,region,total,org"])
    out = tmp_path / "alloc"
    build_scenario(small_store, "idlib", date(2020, 1, 1), 20, out, mode="allocation", observed=obs)
    settings = yaml.safe_load((out / "simsetting.yml").read_text(encoding="utf-8"))
    assert "conflict_driven_spawning" not in settings["spawn_rules"]
    assert list(csv.reader(open(out / "source_data" / "refugees.csv"))) == [["2020-01-01", "0"], ["2020-01-10", "5000"]]
    d = handle_refugee_data.RefugeeTable(csvformat="generic", data_directory=str(out / "source_data"),
                                         start_date="2020-01-01", data_layout="data_layout.csv")
    assert d.get_field("total", 9) == 5000 and d.get_field("total", 0) == 0
    assert read_scenario(out).mode == "allocation"


def test_scenario_allocation_needs_observed_totals(small_store, tmp_path):
    obs = observed_file(tmp_path / "obs.csv", ["R2,2020-01-15,,,idp_movements_in_month,9999,approx,x,region,total,org"])
    with pytest.raises(DisplacementError, match="allocation mode needs observed cumulative totals"):
        build_scenario(small_store, "idlib", date(2020, 1, 1), 20, tmp_path / "a", mode="allocation", observed=obs)
    assert not (tmp_path / "a").exists()


def test_scenario_empty_store_or_no_event_in_period(empty_store, small_store, tmp_path):
    with pytest.raises(DisplacementError, match="holds no fused events"):
        build_scenario(empty_store, "idlib", date(2020, 1, 1), 20, tmp_path / "e")
    with pytest.raises(DisplacementError, match="no event in the store places conflict"):
        build_scenario(small_store, "idlib", date(2021, 1, 1), 20, tmp_path / "e")
    assert not (tmp_path / "e").exists()


def test_scenario_refuses_to_overwrite_a_foreign_folder(small_store, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("precious", encoding="utf-8")
    with pytest.raises(DisplacementError, match="not a tocsin scenario folder"):
        build_scenario(small_store, "idlib", date(2020, 1, 1), 20, mine)
    assert (mine / "thesis.txt").read_text(encoding="utf-8") == "precious"
    sc = tmp_path / "sc"
    build_scenario(small_store, "idlib", date(2020, 1, 1), 20, sc)
    build_scenario(small_store, "idlib", date(2020, 1, 1), 10, sc)  # an earlier scenario is replaced
    assert read_scenario(sc).days == 10


def test_scenario_bad_inputs_name_the_row_or_cause(tiny):
    read_scenario(tiny)
    routes = tiny / "input_csv" / "routes.csv"
    good = routes.read_text(encoding="utf-8")
    routes.write_text(good + "B,Atlantis,12,0\n", encoding="utf-8")
    with pytest.raises(DisplacementError, match=r"routes.csv data row 5 \(B,Atlantis\): unknown location 'Atlantis'"):
        read_scenario(tiny)
    routes.write_text("".join(line + "\n" for line in good.splitlines() if not line.startswith("B,D")),
                      encoding="utf-8")
    with pytest.raises(DisplacementError, match="camp 'D' is disconnected"):
        read_scenario(tiny)
    routes.write_text(good, encoding="utf-8")
    conflicts = tiny / "input_csv" / "conflicts.csv"
    text = conflicts.read_text(encoding="utf-8")
    conflicts.write_text(text.replace("#Day,A,B", "#Day,A,Zion"), encoding="utf-8")
    with pytest.raises(DisplacementError, match="column 'Zion' is not a location"):
        read_scenario(tiny)
    conflicts.write_text("\n".join(text.splitlines()[:5]) + "\n", encoding="utf-8")
    with pytest.raises(DisplacementError, match="4 day rows, the period has 30"):
        read_scenario(tiny)
    (tiny / "simsetting.yml").write_text("move_rules: [unclosed\n", encoding="utf-8")
    with pytest.raises(DisplacementError, match="simsetting.yml is not valid YAML"):
        read_scenario(tiny)
    (tiny / "input_csv" / "sim_period.csv").unlink()
    with pytest.raises(DisplacementError, match="sim_period.csv is missing"):
        read_scenario(tiny)


def test_scenario_bad_start_date(tmp_path):
    sc = write_tiny(tmp_path / "t")
    (sc / "input_csv" / "sim_period.csv").write_text("StartDate,2020-13-45\nLength,30\n", encoding="utf-8")
    with pytest.raises(DisplacementError, match="bad StartDate '2020-13-45'"):
        read_scenario(sc)
