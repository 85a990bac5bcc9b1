"""A brief as Markdown or as one self-contained HTML page (inline CSS, the chart as a data URI).

Every claim carries its citations: the fused event ids, linked to a list of the cited events,
each with its sources (outlet, date, link).  The HTML marks claims with data-events and sources
with data-article, so a test (or a reader's script) can check that every citation resolves.
"""
from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from .brief import Brief

SECTIONS = (("headline", "Headline figures"), ("change", "Change from the previous period"),
            ("chart", "Trend"), ("alerts", "Active alerts"), ("key", "Key events"),
            ("displacement", "Displacement"), ("actors", "Main actors"))
CITE_INLINE = 6  # ids shown inline; the rest are in data-events and the events list


def _curve_png(b: Brief) -> str | None:
    """The displacement run's own chart (total and top destinations over time), when it is on disk."""
    path = (b.displacement_run or {}).get("png_path")
    return path if path and Path(path).is_file() else None


def _title(b: Brief) -> str:
    return f"Situation brief: {b.label}, {b.since} to {b.until}"


def _source_text(s: dict) -> str:
    bits = [s.get("outlet") or s.get("source") or "unknown outlet", s.get("published") or "undated"]
    return ", ".join(bits)


def markdown(b: Brief, chart_path: str | None = None) -> str:
    lines = [f"# {_title(b)}", "",
             "Built by tocsin from its fused factual events; each sentence cites the events behind it "
             "(listed at the end with their sources).", ""]
    for key, heading in SECTIONS:
        claims = [c for c in b.claims if c.section == key]
        if not claims:
            continue
        lines += [f"## {heading}", ""]
        if key == "chart" and chart_path:
            lines += [f"![Trend chart]({chart_path})", ""]
        if key == "displacement" and _curve_png(b):
            lines += [f"![Simulated displacement (Flee run {b.displacement_run['run']})]({_curve_png(b)})", ""]
        for c in claims:
            ids = c.events[:CITE_INLINE]
            more = f" and {len(c.events) - len(ids)} more" if len(c.events) > len(ids) else ""
            lines.append(f"- {c.text} [{', '.join(ids)}{more}]")
        lines.append("")
    lines += ["## Cited events and their sources", ""]
    for e in b.events.values():
        where = ", ".join(x for x in (e["location"], e["admin1"], e["country"]) if x)
        lines.append(f"- **{e['id']}** {e['date']}: {e['sub_event_type'] or e['event_type']}, {where}; "
                     f"fatalities {e['fatalities'] if e['fatalities'] is not None else 'not given'}")
        for s in e["sources"]:
            link = f" <{s['url']}>" if s.get("url") else ""
            lines.append(f"  - {_source_text(s)}{link} (article {s['article_id']})")
    return "\n".join(lines) + "\n"


CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#1d232a}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #dde2e7}
.lede{color:#56606b;margin-top:0}ul{padding-left:1.2rem}li{margin:.25rem 0}
.cite{font-size:.78em;color:#3b6ea5;white-space:nowrap}.cite a{color:inherit;text-decoration:none}
.level-alert{color:#b3261e;font-weight:600}.level-warning{color:#b36b00;font-weight:600}.level-watch{color:#3b6ea5}
img{max-width:100%;height:auto;border:1px solid #eef1f4}
.events li{margin:.5rem 0}.events .src{color:#56606b;font-size:.92em}
@media print{body{margin:0;max-width:none}.cite a{text-decoration:none}}
"""


def html(b: Brief, chart_png: bytes | None = None) -> str:
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">',
           f"<title>{escape(_title(b))}</title><style>{CSS}</style></head><body>",
           f"<h1>{escape(_title(b))}</h1>",
           '<p class="lede">Built by tocsin from its fused factual events. Each sentence cites the events '
           "behind it; the cited events and their sources are listed at the end.</p>"]
    for key, heading in SECTIONS:
        claims = [c for c in b.claims if c.section == key]
        if not claims:
            continue
        out.append(f'<section id="{key}"><h2>{escape(heading)}</h2>')
        if key == "chart" and chart_png:
            data = base64.b64encode(chart_png).decode()
            out.append(f'<img alt="Trend chart of events, fatalities and sources" src="data:image/png;base64,{data}">')
        if key == "displacement" and _curve_png(b):
            data = base64.b64encode(Path(_curve_png(b)).read_bytes()).decode()
            out.append(f'<img class="scenario-curve" alt="Simulated displacement over time (Flee run '
                       f'{escape(b.displacement_run["run"])})" src="data:image/png;base64,{data}">')
        out.append("<ul>")
        for c in claims:
            level = next((lv for lv in ("alert", "warning", "watch") if c.text.lower().startswith(lv)), None)
            cls = f' class="claim level-{level}"' if level else ' class="claim"'
            ids = c.events[:CITE_INLINE]
            links = " ".join(f'<a href="#{escape(i)}">{escape(i)}</a>' for i in ids)
            more = f" +{len(c.events) - len(ids)}" if len(c.events) > len(ids) else ""
            out.append(f'<li{cls} data-events="{escape(" ".join(c.events))}">{escape(c.text)} '
                       f'<span class="cite">[{links}{more}]</span></li>')
        out.append("</ul></section>")
    out.append('<section id="events"><h2>Cited events and their sources</h2><ul class="events">')
    for e in b.events.values():
        where = ", ".join(x for x in (e["location"], e["admin1"], e["country"]) if x)
        fat = e["fatalities"] if e["fatalities"] is not None else "not given"
        out.append(f'<li id="{escape(e["id"])}" class="event"><strong>{escape(e["id"])}</strong> '
                   f'{escape(str(e["date"]))}: {escape(e["sub_event_type"] or e["event_type"] or "")}, '
                   f"{escape(where)}; fatalities {escape(str(fat))}<ul>")
        for s in e["sources"]:
            text = escape(_source_text(s))
            link = (f'<a href="{escape(s["url"])}" rel="noopener noreferrer">{text}</a>'
                    if s.get("url", "") and s["url"].startswith(("http://", "https://")) else text)
            out.append(f'<li class="src" data-article="{escape(s["article_id"])}">{link}</li>')
        out.append("</ul></li>")
    out.append("</ul></section></body></html>")
    return "\n".join(out) + "\n"
