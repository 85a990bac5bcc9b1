// The Leaflet map: bundled Natural Earth boundaries (no tiles, no network) and event markers.
import { el } from "./dom.js";
import { TYPE_COLORS, confidenceLabel, confidenceOpacity, radius, typeColor } from "./colors.js";
import { bbox, contains } from "./geo.js";

const BOUNDARIES = "/static/boundaries";
const CANVAS_ABOVE = 3000;  // events; below this each marker is an SVG path (inspectable, testable)

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
    this.markers.clearLayers();
    this.byId.clear();
    let n = 0;
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
      marker.addTo(this.markers);
      const path = marker.getElement && marker.getElement();  // SVG only; the canvas has no elements
      if (path) path.dataset.confidence = conf ?? "";
      this.byId.set(e.id, marker);
      n += 1;
    }
    this.node.dataset.markers = String(n);
    if (fit && n) this.map.fitBounds(L.featureGroup([...this.byId.values()]).getBounds().pad(0.3),
                                     { maxZoom: 9 });
  }

  // Outline the selected marker and bring it into the part of the map not covered (rightInset px).
  highlight(id, rightInset = 0) {
    for (const [key, marker] of this.byId) {
      marker.setStyle(key === id ? { weight: 3, color: "#000" } : { weight: 0.7, color: "#222" });
      if (key !== id) continue;
      marker.bringToFront();
      const point = this.map.latLngToContainerPoint(marker.getLatLng());
      const size = this.map.getSize();
      if (point.x > size.x - rightInset - 20 || point.x < 20 || point.y < 20 || point.y > size.y - 20) {
        const target = L.point(point.x + rightInset / 2, point.y);
        this.map.panBy(target.subtract(size.divideBy(2)));
      }
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
      const shade = el("span", { class: "swatch region" });
      box.append(el("div", { class: "legend-note" }, shade, "admin-1 shade: events"));
      return box;
    };
    legend.addTo(this.map);
  }
}
