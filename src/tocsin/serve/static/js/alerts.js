// The alerts panel: areas ranked by their highest alert level (alert > warning > watch), each with a
// sparkline of its series; a click shows the area's series, filters the map and list to the area and
// the alerts' period, and links the area's brief.  Every string is rendered as text.
import { getJSON, queryString } from "./api.js";
import { clear, el } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
export const LEVEL_RANK = { alert: 3, warning: 2, watch: 1 };
const DAY = 86400000;
const HISTORY = 26;  // periods of history drawn before an area's first alert
const AFTER = 4;     // and after its last one (up to the store's last day)
export const AREA_CAP = 60;  // areas listed (one /api/trends request each for the sparklines)

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== null) node.textContent = text;
  return node;
}

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

function shift(iso, period, n) {
  if (period === "month") {
    const d = new Date(toDay(iso));
    d.setUTCMonth(d.getUTCMonth() + n);
    return toIso(d.getTime());
  }
  return toIso(toDay(iso) + n * (period === "week" ? 7 : 1) * DAY);
}

// Alerts grouped by area and ranked: highest level, then highest score, more alerts, latest period.
export function rankAreas(alerts) {
  const areas = new Map();
  for (const a of alerts) {
    if (!areas.has(a.area)) {
      areas.set(a.area, { area: a.area, iso: a.iso, country: a.country, admin1: a.admin1, admin2: a.admin2,
                          levelOfArea: a.level_of_area, period: a.period, alerts: [] });
    }
    areas.get(a.area).alerts.push(a);
  }
  const out = [...areas.values()];
  for (const area of out) {
    area.alerts.sort((x, y) => (LEVEL_RANK[y.level] || 0) - (LEVEL_RANK[x.level] || 0)
                               || y.period_start.localeCompare(x.period_start));
    area.level = area.alerts[0].level;
    area.rank = LEVEL_RANK[area.level] || 0;
    area.score = Math.max(0, ...area.alerts.map((a) => a.score || 0));
    area.since = area.alerts.map((a) => a.window_start || a.period_start).sort()[0];
    area.until = area.alerts.map((a) => a.period_end).sort().slice(-1)[0];
    area.latest = area.alerts.map((a) => a.period_start).sort().slice(-1)[0];
    area.label = [area.admin2, area.admin1, area.country].filter(Boolean).join(", ") || area.area;
  }
  out.sort((x, y) => y.rank - x.rank || y.score - x.score || y.alerts.length - x.alerts.length
                     || y.latest.localeCompare(x.latest) || x.area.localeCompare(y.area));
  return out;
}

// The strongest alert of each period: period_start -> "lvl-alert" (plus " deesc" for a de-escalation).
function firedByPeriod(alerts) {
  const best = new Map();
  for (const a of alerts) {
    const old = best.get(a.period_start);
    if (!old || (LEVEL_RANK[a.level] || 0) > (LEVEL_RANK[old.level] || 0)) best.set(a.period_start, a);
  }
  return new Map([...best].map(([p, a]) => [p, `lvl-${a.level}${a.kind === "de-escalation" ? " deesc" : ""}`]));
}

const num = (v) => (v === null || v === undefined ? "?" : Number.isInteger(v) ? String(v) : v.toFixed(1));

// "escalation · events 17 vs 1 expected (0–3) · week of 2020-02-24"
export function describe(a) {
  const interval = a.expected_interval && a.expected_interval[1] > a.expected_interval[0]
    ? ` (${num(a.expected_interval[0])}–${num(a.expected_interval[1])})` : "";
  const what = a.measure === "dyad" && a.dyad
    ? `first clash: ${a.dyad.join(" vs ")}`
    : `${a.measure} ${num(a.observed)} vs ${num(a.expected)} expected${interval}`;
  const span = a.window_periods > 1 ? `${a.window_periods} ${a.period}s to ${a.period_end}` : `${a.period} of ${a.period_start}`;
  return `${a.kind} · ${what} · ${span}`;
}

function chartMeasure(area) {
  const m = area.alerts[0].measure;
  return m === "fatalities" ? "fatalities" : "events";
}

// A sparkline: the measure per period as a line, the periods an alert fired as dots.
export function sparkline(rows, measure, alerts, { width = 120, height = 26 } = {}) {
  const node = svg("svg", { class: "spark", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
                            "aria-label": `${measure} per period` });
  if (!rows.length) return node;
  const max = Math.max(1, ...rows.map((r) => r[measure] || 0));
  const x = (i) => (rows.length === 1 ? width / 2 : 1 + (i / (rows.length - 1)) * (width - 2));
  const y = (v) => height - 2 - ((v || 0) / max) * (height - 4);
  const points = rows.map((r, i) => `${x(i).toFixed(1)},${y(r[measure]).toFixed(1)}`).join(" ");
  node.append(svg("polyline", { points, class: "spark-line" }));
  const fired = firedByPeriod(alerts);
  rows.forEach((r, i) => {
    const cls = fired.get(r.period_start);
    if (cls) node.append(svg("circle", { cx: x(i), cy: y(r[measure]), r: 2.4, class: `spark-dot ${cls}` }));
  });
  node.dataset.points = String(rows.length);
  return node;
}

// The area's series: events and fatalities per period, alert periods shaded, first and last dates.
export function seriesChart(rows, alerts, { width = 300, panel = 54 } = {}) {
  const height = 2 * panel + 30;
  const node = svg("svg", { class: "series", viewBox: `0 0 ${width} ${height}`, role: "img",
                            "aria-label": "Events and fatalities per period" });
  const levelOf = firedByPeriod(alerts);
  const n = Math.max(1, rows.length);
  const step = (width - 2) / n;
  [["events", "events", 0], ["fatalities", "fatalities", panel + 12]].forEach(([measure, label, top]) => {
    const max = Math.max(1, ...rows.map((r) => r[measure] || 0));
    node.append(svg("text", { x: 2, y: top + 9, class: "series-label" }, `${label} (max ${max})`));
    rows.forEach((r, i) => {
      const cls = levelOf.get(r.period_start);
      if (cls) node.append(svg("rect", { x: 1 + i * step, y: top + 11, width: step, height: panel - 11,
                                          class: `fired ${cls}` }));
      const h = ((r[measure] || 0) / max) * (panel - 13);
      const bar = svg("rect", { x: 1 + i * step + 0.5, y: top + panel - h, width: Math.max(1, step - 1), height: h,
                                class: `bar bar-${measure}`, "data-period": r.period_start, "data-n": r[measure] || 0 });
      bar.append(svg("title", {}, `${r.period_start}: ${r[measure] || 0} ${label}`));
      node.append(bar);
    });
  });
  if (rows.length) {
    node.append(svg("text", { x: 2, y: height - 2, class: "axis" }, rows[0].period_start));
    node.append(svg("text", { x: width - 2, y: height - 2, class: "axis", "text-anchor": "end" },
                    rows[rows.length - 1].period_start));
  }
  return node;
}

export class AlertsPanel {
  // onArea({country, admin1, since, until}) filters the map and list to an area and period.
  constructor(root, onArea) {
    this.root = root;
    this.onArea = onArea;
    this.list = root.querySelector("#alert-list");
    this.areaBox = root.querySelector("#alert-area");
    this.windowSel = root.querySelector("#alerts-window");
    this.summary = root.querySelector("#alerts-summary");
    this.windowSel.addEventListener("change", () => this.load());
    this.first = null;
    this.last = null;
    this.selected = null;
    this.series = new Map();
  }

  // first/last: the store's first and last event day (from /api/stats).
  setSpan(first, last) { this.first = first; this.last = last; }

  async load() {
    this.root.dataset.state = "loading";
    const whole = this.windowSel.value === "all";
    try {
      const { alerts } = await getJSON("/api/alerts", whole && this.first ? { since: this.first } : {});
      this.areas = rankAreas(alerts);
      await this.render();
    } catch (err) {
      clear(this.list).append(el("li", { class: "error", text: `Could not load alerts: ${err.message}` }));
    }
    this.root.dataset.state = "ready";
  }

  async seriesFor(area) {
    const key = `${area.area}|${area.period}|${area.since}|${area.until}`;
    if (this.series.has(key)) return this.series.get(key);
    let until = shift(area.until, area.period, AFTER);
    if (this.last && until > this.last) until = this.last < area.until ? area.until : this.last;
    const params = { level: area.levelOfArea || "admin1", period: area.period, area: area.area,
                     since: shift(area.since, area.period, -HISTORY), until };
    const rows = getJSON("/api/trends", params).then((t) => t.rows).catch(() => []);
    this.series.set(key, rows);
    return rows;
  }

  async render() {
    clear(this.list);
    const counts = { alert: 0, warning: 0, watch: 0 };
    for (const a of this.areas) counts[a.level] = (counts[a.level] || 0) + 1;
    this.summary.textContent = this.areas.length
      ? `${this.areas.length} area${this.areas.length === 1 ? "" : "s"}: ` +
        Object.entries(counts).filter(([, n]) => n).map(([l, n]) => `${n} ${l}`).join(", ")
      : "no alerts";
    if (this.areas.length > AREA_CAP) this.summary.textContent += ` (the first ${AREA_CAP} listed)`;
    const listed = this.areas.slice(0, AREA_CAP);
    const sparks = await Promise.all(listed.map((area) => this.seriesFor(area)));
    listed.forEach((area, i) => {
      const top = area.alerts[0];
      const more = area.alerts.length > 1 ? el("div", { class: "alert-more",
        text: `+ ${area.alerts.length - 1} more alert${area.alerts.length === 2 ? "" : "s"}` }) : null;
      this.list.append(el("li", { dataset: { area: area.area, level: area.level } },
        el("button", { type: "button", class: "alert-area", onclick: () => this.select(area.area) },
          el("div", { class: "alert-line1" },
            el("span", { class: `lvl lvl-${area.level}`, text: area.level }), " ",
            el("b", { class: "alert-name", text: area.label })),
          el("div", { class: "alert-line2" }, sparkline(sparks[i], chartMeasure(area), area.alerts),
            el("span", { class: "alert-what", text: describe(top) })),
          more)));
    });
    this.markSelected();
    if (this.selected && !this.areas.some((a) => a.area === this.selected)) this.close();
  }

  markSelected() {
    for (const li of this.list.children) li.classList.toggle("selected", li.dataset.area === this.selected);
    this.root.dataset.selected = this.selected || "";
  }

  close() {
    this.selected = null;
    this.areaBox.hidden = true;
    clear(this.areaBox);
    this.markSelected();
  }

  briefUrl(area) {
    const until = area.until;
    let since = area.since;
    const floor = toIso(toDay(until) - 27 * DAY);  // at least four weeks, as the brief's default
    if (floor < since) since = floor;
    return `/api/brief${queryString({ area: area.area, since, until, period: area.period, format: "html" })}`;
  }

  async select(key) {
    const area = this.areas.find((a) => a.area === key);
    if (!area) return;
    this.selected = key;
    this.markSelected();
    const rows = await this.seriesFor(area);
    const list = el("ul", { class: "alert-detail" });
    for (const a of area.alerts) {
      list.append(el("li", { dataset: { level: a.level, kind: a.kind } },
        el("span", { class: `lvl lvl-${a.level}`, text: a.level }), " ", describe(a),
        el("span", { class: "alert-test", text: ` · ${a.test}${a.score !== null && a.score !== undefined ? ` score ${a.score}` : ""}` })));
    }
    const brief = el("a", { href: this.briefUrl(area), target: "_blank", rel: "noopener", class: "brief-link",
                            text: "Situation brief ↗" });
    const shown = el("div", { class: "alert-shown",
                              text: `Map and list: ${area.label}, ${area.since} to ${area.until}` });
    const close = el("button", { type: "button", class: "alert-close", "aria-label": "Close area",
                                 text: "×", onclick: () => { this.close(); this.onArea(null); } });
    const note = el("div", { class: "series-key",
                            text: "shaded: weeks an alert fired (red alert, orange warning, blue watch; green: de-escalation)" });
    clear(this.areaBox).append(close, el("h3", { text: area.label }), seriesChart(rows, area.alerts), note, list, shown, brief);
    this.areaBox.dataset.area = key;
    this.areaBox.hidden = false;
    await this.onArea({ country: area.country || area.iso, admin1: area.admin1 || "", since: area.since, until: area.until });
  }
}
