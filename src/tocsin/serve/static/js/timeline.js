// Timeline histogram of events per day (per week over long spans); drag to pick a date range.
const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 1000;
const HEIGHT = 90;
const DAY = 86400000;

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

export class Timeline {
  constructor(node, label, onBrush) {
    this.node = node;
    this.label = label;
    this.onBrush = onBrush;
    node.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
    node.setAttribute("preserveAspectRatio", "none");
    node.addEventListener("pointerdown", (ev) => this.start(ev));
    node.addEventListener("pointermove", (ev) => this.move(ev));
    node.addEventListener("pointerup", (ev) => this.end(ev));
    this.range = null;
  }

  // stats: the /api/stats answer for the filters without dates; brushed: {since, until} or null.
  // Days are binned by week when they span more than 400 days.
  draw(stats, brushed) {
    this.node.replaceChildren();
    const days = stats.by_day;
    const span = days.length ? (toDay(days[days.length - 1].day) - toDay(days[0].day)) / DAY : 0;
    const weekly = span > 400;
    const bins = weekly ? stats.by_week.map((b) => ({ day: b.week, n: b.n })) : stats.by_day;
    this.label.textContent = weekly ? "Events per week" : "Events per day";
    if (!bins.length) { this.range = null; return; }
    const step = weekly ? 7 * DAY : DAY;
    const lo = toDay(bins[0].day);
    const hi = toDay(bins[bins.length - 1].day) + step;
    this.range = { lo, hi, step };
    const max = Math.max(...bins.map((b) => b.n));
    const barW = Math.max(1, (step / (hi - lo)) * WIDTH - 1);
    for (const b of bins) {
      const h = (b.n / max) * (HEIGHT - 16);
      const bar = svg("rect", { x: this.x(toDay(b.day)), y: HEIGHT - 14 - h, width: barW, height: h,
                                class: "bar", "data-day": b.day, "data-n": b.n });
      const tip = svg("title", {});
      tip.textContent = `${b.day}: ${b.n}`;
      bar.append(tip);
      this.node.append(bar);
    }
    for (const [ms, anchor] of [[lo, "start"], [hi - step, "end"]]) {
      const t = svg("text", { x: anchor === "start" ? 2 : WIDTH - 2, y: HEIGHT - 2, "text-anchor": anchor,
                              class: "axis" });
      t.textContent = toIso(ms);
      this.node.append(t);
    }
    this.brush = svg("rect", { y: 0, height: HEIGHT - 14, class: "brush", width: 0, x: 0 });
    this.node.append(this.brush);
    if (brushed) this.showBrush(toDay(brushed.since), toDay(brushed.until) + DAY);
  }

  x(ms) { return ((ms - this.range.lo) / (this.range.hi - this.range.lo)) * WIDTH; }

  msAt(ev) {
    const box = this.node.getBoundingClientRect();
    const frac = Math.min(1, Math.max(0, (ev.clientX - box.left) / box.width));
    return this.range.lo + frac * (this.range.hi - this.range.lo);
  }

  showBrush(a, b) {
    const x0 = this.x(Math.min(a, b));
    this.brush.setAttribute("x", x0);
    this.brush.setAttribute("width", Math.max(0, this.x(Math.max(a, b)) - x0));
  }

  start(ev) {
    if (!this.range) return;
    this.node.setPointerCapture(ev.pointerId);
    this.dragFrom = this.msAt(ev);
    this.dragPx = ev.clientX;
  }

  move(ev) {
    if (this.dragFrom === undefined) return;
    this.showBrush(this.dragFrom, this.msAt(ev));
  }

  end(ev) {
    if (this.dragFrom === undefined) return;
    const from = this.dragFrom;
    const moved = Math.abs(ev.clientX - this.dragPx);
    this.dragFrom = undefined;
    if (moved < 4) { this.showBrush(0, 0); this.onBrush(null); return; }
    const to = this.msAt(ev);
    const day = (ms) => toIso(Math.floor(ms / DAY) * DAY);
    this.onBrush({ since: day(Math.min(from, to)), until: day(Math.max(from, to) - 1) });
  }
}
