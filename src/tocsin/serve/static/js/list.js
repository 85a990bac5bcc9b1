// The event list beside the map (the first LIST_CAP events; the map shows them all).
import { clear, el } from "./dom.js";
import { confidenceLabel, confidenceLevel, typeColor } from "./colors.js";
import { languageMark } from "./language.js";

// "conf 0.83" beside an event, coloured by level; the title says what the number is.
export function confidenceBadge(c) {
  const label = confidenceLabel(c);
  return el("span", { class: `conf conf-${confidenceLevel(c)}`, dataset: { confidence: label ?? "" },
                      title: "Confidence: the probability that this is a real event of this type, combined over its sources",
                      text: `conf ${label ?? "?"}` });
}

export const LIST_CAP = 500;

export function renderList(node, summary, events, total, onSelect) {
  clear(node);
  summary.textContent = `${total} event${total === 1 ? "" : "s"}` +
    (events.length > LIST_CAP ? ` (list shows the newest ${LIST_CAP})` : "");
  for (const e of events.slice(0, LIST_CAP)) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColor(e.event_type);
    const place = [e.location, e.admin1, e.country].filter(Boolean).join(", ");
    const deaths = e.fatalities ? ` · ${e.fatalities} killed` : "";
    node.append(el("li", { dataset: { id: e.id } },
      el("button", { type: "button", class: "event", onclick: () => onSelect(e.id) },
        el("div", { class: "line1" }, swatch, el("b", { text: e.date_start || "" }), ` ${e.event_type || ""} `,
           confidenceBadge(e.confidence), " ", languageMark(e.languages)),
        el("div", { class: "line2", text: `${place}${deaths} · ${e.n_sources} source${e.n_sources === 1 ? "" : "s"}` }),
        el("div", { class: "line3", text: e.evidence || "" }))));
  }
}

export function markSelected(node, id) {
  for (const li of node.children) li.classList.toggle("selected", li.dataset.id === id);
}
