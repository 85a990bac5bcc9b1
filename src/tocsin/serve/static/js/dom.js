// DOM helpers.  Page-derived strings only ever become text nodes or textContent: never HTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "href") node.href = safeUrl(value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// Only http(s) links leave the page; anything else (javascript:, data:) becomes inert.
export function safeUrl(url) {
  try {
    const parsed = new URL(String(url), window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "#";
  } catch {
    return "#";
  }
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// Text with spans marked: [{start, end, cls}] -> text nodes and <mark> elements.
export function markedText(text, spans) {
  const frag = document.createDocumentFragment();
  let at = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    if (span.start < at || span.end <= span.start || span.end > text.length) continue;
    if (span.start > at) frag.append(text.slice(at, span.start));
    frag.append(el("mark", { class: span.cls, text: text.slice(span.start, span.end) }));
    at = span.end;
  }
  if (at < text.length) frag.append(text.slice(at));
  return frag;
}

export function option(value, label) {
  return el("option", { value, text: label ?? value });
}
