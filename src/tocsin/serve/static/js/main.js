// Dashboard wiring: filters -> API -> map, timeline, list; clicks -> detail.
import { allEvents, getJSON } from "./api.js";
import { clear, option } from "./dom.js";
import { EventMap } from "./map.js";
import { Timeline } from "./timeline.js";
import { renderList, markSelected } from "./list.js";
import { Detail } from "./detail.js";
import { AlertsPanel } from "./alerts.js";
import { languageName } from "./language.js";

const $ = (id) => document.getElementById(id);
const form = $("filters");
const status = $("status");
let facets = { by_admin1: [] };
let generation = 0;
let loads = 0;
let current = null;

function filters({ withDates = true } = {}) {
  const f = Object.fromEntries(new FormData(form).entries());
  if (!withDates) { delete f.since; delete f.until; }
  return f;
}

function setBusy(busy, message = "") {
  document.body.dataset.state = busy ? "loading" : "ready";
  status.textContent = message;
}

// The view lives in the URL (#country=Syria&type=Battles&event=ev-...): bookmark it, share it.
function saveView() {
  const view = { ...filters(), area: alertsPanel.selected, event: current };
  const q = new URLSearchParams(Object.entries(view).filter(([, v]) => v));
  history.replaceState(null, "", q.toString() ? `#${q}` : window.location.pathname);
}

function loadView() {
  const q = new URLSearchParams(window.location.hash.slice(1));
  for (const name of ["type", "actor", "country", "text", "since", "until"]) {
    if (q.has(name)) form.elements[name].value = q.get(name);
  }
  if (q.has("lang")) choose(form.elements.lang, q.get("lang"));
  const conf = q.get("min_confidence");
  if (conf) {  // a shared link may carry a threshold the menu does not offer
    const sel = form.elements.min_confidence;
    if (![...sel.options].some((o) => o.value === conf)) sel.append(option(conf, `≥ ${conf}`));
    sel.value = conf;
  }
  fillAdmin1(form.elements.country.value);
  if (q.has("admin1")) form.elements.admin1.value = q.get("admin1");
  return { event: q.get("event"), area: q.get("area") };
}

// Set a select's value, adding the option when the facets do not offer it.
function choose(sel, value) {
  if (value && ![...sel.options].some((o) => o.value === value)) sel.append(option(value));
  sel.value = value || "";
}

// The alerts panel picked an area (or closed it: null): the map and list show its events and period.
async function showArea(area) {
  const f = area || { country: "", admin1: "", since: "", until: "" };
  choose(form.elements.country, f.country);
  fillAdmin1(f.country);
  choose(form.elements.admin1, f.admin1);
  form.elements.since.value = f.since;
  form.elements.until.value = f.until;
  await refresh();
}

// How much of the map the open detail covers on each side, in pixels.
function covered() {
  const m = $("map").getBoundingClientRect();
  const d = $("detail").getBoundingClientRect();
  if ($("detail").hidden || d.width === 0) return { left: 0, right: 0 };
  return { left: Math.max(0, Math.min(d.right, m.right) - m.left), right: 0 };
}

function unselect() {
  current = null;
  markSelected($("event-list"), null);
  map.highlight(null);
  saveView();
}

async function select(id) {
  current = id;
  saveView();
  markSelected($("event-list"), id);
  try {
    await detail.show(id);
    map.highlight(id, covered());
  } catch (err) {
    status.textContent = `Could not load event: ${err.message}`;
  }
}

const map = new EventMap($("map"), select);
const alertsPanel = new AlertsPanel($("alerts"), showArea);
const detail = new Detail($("detail"), $("detail-body"), unselect);
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && !$("detail").hidden) { detail.hide(); unselect(); }
});
const timeline = new Timeline($("timeline"), $("timeline-label"), (range) => {
  $("f-since").value = range ? range.since : "";
  $("f-until").value = range ? range.until : "";
  refresh({ fit: false, redrawTimeline: false });
});

// Reload everything for the current filters; a newer call makes older answers stale.
async function refresh({ fit = true, redrawTimeline = true } = {}) {
  const mine = ++generation;
  setBusy(true, "Loading…");
  try {
    const f = filters();
    const [{ events, total }, undated] = await Promise.all([
      allEvents(f), redrawTimeline ? getJSON("/api/stats", filters({ withDates: false })) : null]);
    if (mine !== generation) return;
    map.setEvents(events, fit);
    renderList($("event-list"), $("summary"), events, total, select);
    markSelected($("event-list"), current);
    saveView();
    if (undated) timeline.draw(undated, f.since && f.until ? { since: f.since, until: f.until } : null);
    await map.showAdmin1(new Set(events.map((e) => e.iso)));
    if (mine === generation) map.shade(events);
    if (mine === generation) {
      document.body.dataset.loads = String(++loads);  // tests wait on this, CSP forbids their eval
      setBusy(false);
    }
  } catch (err) {
    if (mine === generation) setBusy(false, `Could not load events: ${err.message}`);
  }
}

function fillFacets() {
  const f = filters();
  const types = $("f-type");
  for (const t of facets.by_type) types.append(option(t.event_type, `${t.event_type} (${t.n})`));
  const actors = $("actors");
  for (const a of facets.by_actor) actors.append(option(a.actor));
  const countries = [...new Set(facets.by_admin1.map((r) => r.country).filter(Boolean))].sort();
  for (const c of countries) $("f-country").append(option(c));
  for (const l of facets.by_lang || []) {
    if (![...$("f-lang").options].some((o) => o.value === l.lang)) $("f-lang").append(option(l.lang, `${languageName(l.lang)} (${l.n})`));
  }
  fillAdmin1(f.country);
}

function fillAdmin1(country) {
  const sel = clear($("f-admin1"));
  sel.append(option("", "any"));
  const rows = facets.by_admin1.filter((r) => r.admin1 && (!country || r.country === country));
  for (const r of rows) sel.append(option(r.admin1, `${r.admin1} (${r.n})`));
}

let typing;
form.addEventListener("input", (ev) => {
  if (ev.target.id === "f-country") fillAdmin1(ev.target.value);
  clearTimeout(typing);
  setBusy(true, "Loading…");
  const isText = ev.target.tagName === "INPUT" && ev.target.type !== "date";
  typing = setTimeout(() => refresh({ fit: !isText }), isText ? 350 : 0);
});
form.addEventListener("submit", (ev) => ev.preventDefault());
form.addEventListener("reset", () => {
  setBusy(true, "Loading…");
  setTimeout(() => { alertsPanel.close(); fillAdmin1(""); refresh(); }, 0);
});

async function start() {
  setBusy(true, "Loading…");
  try {
    const [stats] = await Promise.all([getJSON("/api/stats"), map.loadBoundaries()]);
    facets = stats;
    fillFacets();
    const days = stats.by_day || [];
    if (days.length) alertsPanel.setSpan(days[0].day, days[days.length - 1].day);
  } catch (err) {
    setBusy(false, `Could not load the dashboard: ${err.message}`);
    return;
  }
  const wanted = loadView();
  const alertsLoaded = alertsPanel.load();
  await refresh();
  await alertsLoaded;
  if (wanted.area) await alertsPanel.select(wanted.area);
  if (wanted.event) await select(wanted.event);
}

start();
