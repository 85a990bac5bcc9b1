// One event's detail: codes, actors, figures, modality, sources, and its evidence
// highlighted inside the source article's text.  Every string is rendered as text.
import { getJSON } from "./api.js";
import { clear, el, markedText, safeUrl } from "./dom.js";
import { confidenceLabel, typeColor } from "./colors.js";
import { confidenceBadge } from "./list.js";
import { languageMark } from "./language.js";

function row(label, value) {
  if (value === null || value === undefined || value === "") return null;
  return el("tr", {}, el("th", { text: label }), el("td", { text: value }));
}

function figures(e) {
  if (e.fatalities === null || e.fatalities === undefined) return "not reported";
  const lo = e.fatalities_low ?? e.fatalities;
  const hi = e.fatalities_high ?? e.fatalities;
  return lo === hi ? String(e.fatalities) : `${e.fatalities} (sources say ${lo}–${hi})`;
}

// Spans of this event in the article; offsets checked against the text, else found by search.
export function evidenceSpans(text, evidences) {
  const spans = [];
  for (const ev of evidences) {
    let { start, end } = ev;
    if (!(Number.isInteger(start) && text.slice(start, end) === ev.text)) {
      start = ev.text ? text.indexOf(ev.text) : -1;
      end = start + (ev.text || "").length;
    }
    if (start >= 0 && end > start) spans.push({ start, end, cls: "evidence" });
  }
  return spans;
}

export class Detail {
  constructor(panel, body, onClose) {
    this.panel = panel;
    this.body = body;
    panel.querySelector("#detail-close").addEventListener("click", () => { this.hide(); onClose(); });
  }

  hide() { this.panel.hidden = true; this.panel.dataset.eventId = ""; }

  async show(id) {
    const e = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    this.event = e;
    this.panel.hidden = false;
    this.panel.dataset.eventId = e.id;
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColor(e.event_type);
    const place = [e.location, e.admin1, e.country].filter(Boolean).join(", ");
    const dates = e.date_end && e.date_end !== e.date_start ? `${e.date_start} – ${e.date_end}` : e.date_start;
    const actors = el("ul", { class: "actors" });
    if (!(e.actors_detail || []).length) actors.append(el("li", { class: "none", text: "none coded" }));
    for (const a of e.actors_detail || []) {
      actors.append(el("li", {}, el("span", { class: "role", text: a.role || "actor" }), " ",
                       a.name || "", a.kind ? ` (${a.kind}${a.country ? `, ${a.country}` : ""})` : ""));
    }
    this.sources = el("ol", { class: "sources" });
    this.article = el("div", { class: "article" });
    clear(this.body).append(
      el("h2", {}, swatch, e.event_type || "Event", e.sub_event_type ? ` — ${e.sub_event_type}` : "", " ",
         confidenceBadge(e.confidence)),
      el("table", { class: "codes" }, el("tbody", {},
        row("Event id", e.id), row("Date", dates), row("Place", place),
        row("Coordinates", e.lat !== null && e.lat !== undefined ? `${e.lat}, ${e.lon} (precision ${e.geo_precision ?? "?"})` : null),
        row("PLOVER", e.plover_event), row("Modality", e.modality), row("Fatalities", figures(e)),
        row("Confidence", confidenceLabel(e.confidence) ?? "unknown"),
        row("Sources", String(e.n_sources ?? (e.sources || []).length)))),
      el("h3", { text: "Actors" }), actors,
      el("h3", { text: "Sources" }), this.sources,
      this.article);
    // One entry per article: a fused event may hold several records of the same article.
    const byArticle = new Map();
    for (const src of e.sources || []) {
      if (!byArticle.has(src.article_id)) byArticle.set(src.article_id, []);
      byArticle.get(src.article_id).push(src);
    }
    [...byArticle.values()].forEach((group, i) => {
      const s = group[0];
      const item = el("li", { dataset: { articleId: s.article_id } },
        el("button", { type: "button", class: "source", onclick: () => this.showArticle(s.article_id) },
           s.outlet || "unknown outlet", s.published ? ` · ${s.published}` : ""),
        languageMark([s.lang]),
        el("div", { class: "source-title", text: s.title || "" }),
        ...group.map((g) => el("blockquote", { class: "source-evidence", text: g.evidence?.text || "",
                                               lang: g.lang && g.lang !== "und" ? g.lang : null, dir: "auto",
                                               title: `record confidence ${confidenceLabel(g.confidence) ?? "unknown"}` })));
      if (s.url) item.append(safeUrl(s.url) === "#" ? el("span", { class: "url", text: s.url })
        : el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", text: s.url }));
      this.sources.append(item);
      if (i === 0) this.showArticle(s.article_id);
    });
  }

  // The article's full text with this event's evidence sentences marked.
  async showArticle(articleId) {
    const a = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
    const evidences = (this.event.sources || []).filter((s) => s.article_id === articleId)
      .map((s) => s.evidence || {});
    const text = a.text || "";
    const body = el("div", { class: "article-text", lang: a.lang && a.lang !== "und" ? a.lang : null, dir: "auto" },
                    markedText(text, evidenceSpans(text, evidences)));
    clear(this.article).append(
      el("h3", { text: "Article" }),
      el("div", { class: "article-title", text: a.title || "(untitled)", dir: "auto" }),
      el("div", { class: "article-meta", text: [a.outlet, a.published].filter(Boolean).join(" · ") }),
      body);
    this.article.dataset.articleId = a.id;
    const mark = body.querySelector("mark.evidence");
    if (mark) mark.scrollIntoView({ block: "center" });
  }
}
