// The Leaflet map: bundled Natural Earth boundaries (no tiles, no network) and event markers.
import { el } from "./dom.js";
import { TYPE_COLORS, confidenceLabel, confidenceOpacity, radius, typeColor } from "./colors.js";
import { bbox, contains } from "./geo.js";

const BOUNDARIES = "/static/boundaries";
const CANVAS_ABOVE = 3000;  // events; below this each marker is an SVG path (inspectable, testable)
const CLUSTER_PX = 22;      // markers closer than this (screen pixels) share a count bubble

export class EventMap {
  constructor(node, onSelect) {
    this.node = node;
    this.onSelect = onSelect;
    this.map = L.map(node, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true });
    this.map.attributionControl.setPrefix("Leaflet");
    this.map.attributionControl.addAttribution("Boundaries: Natural Earth");
    this.map.setView([25, 20], 2);
    this.map.createPane("countries").style.zIndex = 250;  // under admin1 outlines and markers
    this.map.createPane("admin1").style.zIndex = 350;
    this.markers = L.layerGroup().addTo(this.map);
    this.admin1 = L.layerGroup().addTo(this.map);
    this.loadedAdmin1 = new Set();
    this.regions = [];
    this.byId = new Map();
    this.canvas = L.canvas({ padding: 0.2 });  // thousands of SVG circles make panning sluggish
    this.addLegend();
    this.clustering = true;
    this.map.on("zoomend", () => this.recluster());
  }

  async loadBoundaries() {
    const [countries, index] = await Promise.all([
      fetch(`${BOUNDARIES}/countries.geojson`).then((r) => r.json()),
      fetch(`${BOUNDARIES}/index.json`).then((r) => r.json()),
    ]);
    this.admin1Index = index;
    L.geoJSON(countries, { pane: "countries", interactive: false,
                           style: { color: "#8a8a8a", weight: 0.9, fillColor: "#f6f3ec", fillOpacity: 1 } })
      .addTo(this.map);
  }

  // Admin-1 outlines for the countries that have events (ISO2 codes), each file once.
  async showAdmin1(isoCodes) {
    const wanted = [...isoCodes].filter((iso) => iso && this.admin1Index && this.admin1Index[iso]
                                                 && !this.loadedAdmin1.has(iso));
    await Promise.all(wanted.map(async (iso) => {
      this.loadedAdmin1.add(iso);
      const data = await fetch(`${BOUNDARIES}/admin1/${iso}.geojson`).then((r) => r.json());
      L.geoJSON(data, {
        pane: "admin1",
        style: { color: "#9c8f80", weight: 0.8, dashArray: "3 3", fill: true, fillOpacity: 0 },
        onEachFeature: (f, layer) => {
          layer.bindTooltip(el("span", { text: f.properties.name }), { sticky: true, opacity: 0.8 });
          this.regions.push({ feature: f, layer, box: bbox(f.geometry) });
        },
      }).addTo(this.admin1);
    }));
  }

  // Shade each admin-1 region by the number of events in view inside it.
  shade(events) {
    const located = events.filter((e) => e.lat !== null && e.lat !== undefined && e.lon !== null && e.lon !== undefined);
    const counts = this.regions.map((r) => located.filter((e) => contains(r.feature.geometry, r.box, e.lon, e.lat)).length);
    const max = Math.max(1, ...counts);
    this.regions.forEach((r, i) => {
      const n = counts[i];
      r.layer.setStyle({ fillColor: "#b2182b", fillOpacity: n ? 0.1 + 0.35 * Math.sqrt(n / max) : 0 });
      r.layer.setTooltipContent(el("span", { text: n ? `${r.feature.properties.name}: ${n} event${n === 1 ? "" : "s"}` : r.feature.properties.name }));
    });
    this.node.dataset.shadedRegions = String(counts.filter((n) => n > 0).length);
  }

  setEvents(events, fit) {
    this.byId.clear();
    this.points = [];
    const renderer = events.length > CANVAS_ABOVE ? this.canvas : undefined;
    for (const e of events) {
      if (e.lat === null || e.lat === undefined || e.lon === null || e.lon === undefined) continue;
      const marker = L.circleMarker([e.lat, e.lon], {
        radius: radius(e.fatalities), color: "#222", weight: 0.7, fillColor: typeColor(e.event_type),
        fillOpacity: confidenceOpacity(e.confidence), className: "ev-marker", renderer,
      });
      const conf = confidenceLabel(e.confidence);
      marker.bindTooltip(el("span", { text: `${e.date_start} · ${e.location || e.admin1 || e.country || ""} · ${e.event_type || ""}`
                                           + ` · confidence ${conf ?? "unknown"}` }));
      marker.on("click", () => this.onSelect(e.id));
      this.byId.set(e.id, marker);
      this.points.push({ e, marker, conf });
    }
    this.node.dataset.markers = String(this.points.length);
    if (fit && this.points.length) {
      this.map.fitBounds(L.latLngBounds(this.points.map((p) => p.marker.getLatLng())).pad(0.3), { maxZoom: 9 });
    }
    this.recluster();
  }

  // Grid clustering: markers closer than CLUSTER_PX at this zoom share one count bubble, which
  // splits as the map zooms in.  Seeds go by fatalities (the deadliest event anchors its bubble).
  recluster() {
    if (!this.points) return;
    this.markers.clearLayers();
    this.clusterOf = new Map();
    const zoom = this.map.getZoom();
    const px = this.points.map((p) => this.map.project(p.marker.getLatLng(), zoom));
    const cellOf = (pt) => [Math.floor(pt.x / CLUSTER_PX), Math.floor(pt.y / CLUSTER_PX)];
    const grid = new Map();
    px.forEach((pt, i) => {
      const key = cellOf(pt).join(":");
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(i);
    });
    const order = this.points.map((_, i) => i).sort((a, b) =>
      (this.points[b].e.fatalities || 0) - (this.points[a].e.fatalities || 0)
      || String(this.points[a].e.id).localeCompare(String(this.points[b].e.id)));
    const taken = new Uint8Array(this.points.length);
    let bubbles = 0;
    for (const i of order) {
      if (taken[i]) continue;
      const [cx, cy] = cellOf(px[i]);
      const members = this.clustering ? [] : [i];
      for (let dx = -1; dx <= 1 && this.clustering; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          for (const j of grid.get(`${cx + dx}:${cy + dy}`) || []) {
            if (!taken[j] && px[i].distanceTo(px[j]) <= CLUSTER_PX) { taken[j] = 1; members.push(j); }
          }
        }
      }
      if (members.length === 1) {
        const p = this.points[i];
        p.marker.addTo(this.markers);
        const path = p.marker.getElement && p.marker.getElement();  // SVG only; the canvas has no elements
        if (path) { path.dataset.confidence = p.conf ?? ""; path.dataset.id = p.e.id; }
      } else {
        this.addBubble(members.map((j) => this.points[j]));
        bubbles += 1;
      }
    }
    this.node.dataset.clusters = String(bubbles);
    this.node.dataset.clusterZoom = String(zoom);
    if (this.highlighted) this.highlight(this.highlighted, undefined, false);
  }

  addBubble(members) {
    const n = members.length;
    const lat = members.reduce((s, p) => s + p.marker.getLatLng().lat, 0) / n;
    const lng = members.reduce((s, p) => s + p.marker.getLatLng().lng, 0) / n;
    const types = new Map();
    for (const p of members) types.set(p.e.event_type || "other", (types.get(p.e.event_type || "other") || 0) + 1);
    const ranked = [...types.entries()].sort((a, b) => b[1] - a[1]);
    const size = Math.round(24 + 9 * Math.log10(n));
    const count = el("span", { class: "ev-cluster-count", text: String(n) });
    count.style.borderColor = typeColor(ranked[0][0]);
    const bubble = L.marker([lat, lng], {
      icon: L.divIcon({ html: count, className: "ev-cluster", iconSize: [size, size] }),
      riseOnHover: true, keyboard: true, title: "",
    });
    bubble.bindTooltip(el("span", { text: `${n} events: ${ranked.map(([t, k]) => `${k} ${t}`).join(", ")}`
                                          + " · click to zoom in" }));
    bubble.on("click", () => this.openBubble(members, bubble));
    bubble.addTo(this.markers);
    const node = bubble.getElement();
    node.dataset.count = String(n);
    node.dataset.ids = members.map((p) => p.e.id).join(" ");
    for (const p of members) this.clusterOf.set(p.e.id, bubble);
  }

  // Zoom in until the bubble's events part; events at one spot (they never part) are listed instead.
  openBubble(members, bubble) {
    const bounds = L.latLngBounds(members.map((p) => p.marker.getLatLng()));
    const max = this.map.getMaxZoom();
    const spread = this.map.project(bounds.getNorthEast(), max).distanceTo(this.map.project(bounds.getSouthWest(), max));
    if (spread > CLUSTER_PX && this.map.getZoom() < max) {
      const zoom = Math.max(this.map.getZoom() + 1, Math.min(max, this.map.getBoundsZoom(bounds.pad(0.5))));
      this.map.setView(bounds.getCenter(), zoom);
      return;
    }
    const list = el("ol", { class: "cluster-list" });
    for (const p of members) {
      list.append(el("li", {}, el("button", { type: "button", class: "cluster-event", dataset: { id: p.e.id },
        onclick: () => this.onSelect(p.e.id) },
        `${p.e.date_start || ""} · ${p.e.event_type || ""}`, p.e.fatalities ? ` · ${p.e.fatalities} killed` : "")));
    }
    bubble.unbindTooltip();
    bubble.bindPopup(el("div", {}, el("strong", { text: `${members.length} events here` }), list),
                     { maxHeight: 260 }).openPopup();
  }

  // Outline the selected marker (or the bubble holding it) and bring it into the part of the map
  // the detail does not cover (inset: {left, right} pixels).
  highlight(id, inset = { left: 0, right: 0 }, pan = true) {
    this.highlighted = id;
    for (const [key, marker] of this.byId) {
      marker.setStyle(key === id ? { weight: 3, color: "#000" } : { weight: 0.7, color: "#222" });
    }
    for (const node of this.node.querySelectorAll(".ev-cluster.selected")) node.classList.remove("selected");
    const bubble = this.clusterOf && this.clusterOf.get(id);
    const target = bubble || this.byId.get(id);
    if (!target) return;
    if (bubble) bubble.getElement()?.classList.add("selected");
    else if (this.markers.hasLayer(target)) target.bringToFront();
    if (!pan) return;
    const point = this.map.latLngToContainerPoint(target.getLatLng());
    const size = this.map.getSize();
    const left = Math.min(inset.left || 0, size.x - 40);
    const right = Math.min(inset.right || 0, size.x - left - 40);
    if (point.x > size.x - right - 20 || point.x < left + 20 || point.y < 20 || point.y > size.y - 20) {
      const centre = L.point((left + size.x - right) / 2, size.y / 2);  // of the uncovered part
      this.map.panBy(point.subtract(centre));
    }
  }

  addLegend() {
    const legend = L.control({ position: "bottomright" });
    legend.onAdd = () => {
      const box = el("div", { class: "legend" }, el("strong", { text: "Event type" }));
      for (const [type, color] of Object.entries(TYPE_COLORS)) {
        const swatch = el("span", { class: "swatch" });
        swatch.style.background = color;
        box.append(el("div", {}, swatch, type));
      }
      box.append(el("div", { class: "legend-note", text: "circle size: fatalities" }));
      box.append(el("div", { class: "legend-note", text: "faint circle: low confidence" }));
      box.append(el("div", { class: "legend-note" }, el("span", { class: "swatch bubble", text: "3" }),
                    "overlapping events (click to zoom in)"));
      const shade = el("span", { class: "swatch region" });
      box.append(el("div", { class: "legend-note" }, shade, "admin-1 shade: events"));
      const toggle = el("input", { type: "checkbox", id: "cluster-toggle", checked: "checked",
                                   onchange: () => { this.clustering = toggle.checked; this.recluster(); } });
      box.append(el("label", { class: "legend-toggle" }, toggle, " group overlapping events"));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    legend.addTo(this.map);
  }
}
