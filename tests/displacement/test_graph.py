"""The region graph shipped as data: FabFlee's districts, tocsin's added camps, checks."""
from __future__ import annotations

import re

import pytest

from tocsin.displacement.graph import (
    DisplacementError,
    Route,
    check,
    data_dir,
    load_region,
    read_nodes,
    read_routes,
    regions_for_area,
)

from .conftest import tiny_graph

ADDED = {"Dana_Atmeh_Sarmada", "Salqin_camps", "Maaret_Tamsrin", "Azaz_Bab_al_Salama", "Afrin_camps", "Al_Bab_camps"}


def test_graph_idlib_has_the_2019_camps_and_a_closed_turkish_border():
    g = load_region("idlib")
    assert ADDED <= set(g.nodes)
    assert all(g.nodes[n].location_type == "idpcamp" for n in ADDED)
    assert ["country", "Syria", "Turkey", 0, -1] in g.closures
    assert next(iter(g.nodes.values())).country == "Syria"  # Flee's home country is the first row's
    assert {"Al_Mara", "Idleb", "Ariha", "Harim", "Afrin", "Azaz"} <= set(g.nodes)
    assert all(n.location_type != "conflict_zone" for n in g.nodes.values())  # conflict comes from events
    assert not any(n.country == "Jordan" for n in g.nodes.values())


def test_graph_added_rows_say_where_their_figures_come_from():
    nodes = read_nodes(data_dir() / "idlib" / "nodes.csv", with_capacity=True)
    routes = read_routes(data_dir() / "idlib" / "routes.csv")
    assert {n.name for n in nodes} == ADDED
    assert all(n.source.strip() and n.population for n in nodes)
    assert all("GeoNames" in n.source for n in nodes)
    assert routes and all(r.source.strip() and r.distance >= 5 for r in routes)


def test_graph_camp_capacities_say_where_their_figure_comes_from():
    nodes = read_nodes(data_dir() / "idlib" / "nodes.csv", with_capacity=True)
    with_cap = {n.name: n for n in nodes if n.capacity}
    assert {"Dana_Atmeh_Sarmada", "Azaz_Bab_al_Salama"} <= set(with_cap)  # the two with a public figure
    for n in nodes:
        note = n.source.split("| capacity:", 1)
        assert len(note) == 2, n.name  # every row says where its capacity comes from, or that none is known
        if n.capacity:
            assert re.search(r"https?://\S+", note[1]) and re.search(r"\b(19|20)\d\d\b", note[1]), n.name
            assert f"{n.capacity}" in note[1].replace(",", ""), n.name  # the figure the source gives
        else:
            assert "no public figure" in note[1], n.name


def test_graph_fabflee_copy_keeps_its_licence():
    base = data_dir() / "fabflee_syria2017"
    assert "BSD 3-Clause" in (base / "LICENSE-FabFlee.txt").read_text(encoding="utf-8")
    assert (base / "adm2_locations.csv").is_file() and (base / "adm2_routes.csv").is_file()


def test_graph_routes_deduplicated_and_known():
    g = load_region("idlib")
    pairs = [frozenset((r.a, r.b)) for r in g.routes]
    assert len(pairs) == len(set(pairs))
    assert all(r.a in g.nodes and r.b in g.nodes for r in g.routes)


def test_graph_unknown_region_is_a_clear_error():
    with pytest.raises(DisplacementError, match="unknown region 'atlantis'.*idlib"):
        load_region("atlantis")


def test_graph_unknown_location_in_routes_names_the_row():
    g = tiny_graph()
    g.routes.append(Route("B", "Nowhere", 12))
    with pytest.raises(DisplacementError, match=r"route 5 \(B,Nowhere\): unknown location 'Nowhere'"):
        check(g)


def test_graph_disconnected_camp_is_refused():
    g = tiny_graph()
    g.routes = [r for r in g.routes if "D" not in (r.a, r.b)]
    with pytest.raises(DisplacementError, match="camp 'D' is disconnected: it has no route"):
        check(g)


def test_graph_areas_map_to_nodes():
    g = load_region("idlib")
    north = g.area_nodes("Northern Aleppo governorate")
    assert "Azaz_Bab_al_Salama" in north and "Al_Mara" not in north
    assert set(g.area_nodes("northwest Syria")) == {n for n, v in g.nodes.items() if v.country == "Syria"}
    assert g.area_nodes("Atlantis") is None


def test_graph_regions_for_store_areas():
    assert regions_for_area("Syria", "Idlib") == ["idlib"]
    assert regions_for_area("syria") == ["idlib"]
    assert regions_for_area("Syria", "Damascus") == [] and regions_for_area("Yemen", "Marib") == []
