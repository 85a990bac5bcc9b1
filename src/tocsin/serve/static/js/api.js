// The REST API, from the browser.

export function queryString(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") q.set(key, value);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export async function getJSON(path, params = {}) {
  const response = await fetch(path + queryString(params), { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.json();
      detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    } catch { /* not JSON */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

// Every event matching the filters, page by page (the API caps a page at 1000).
export async function allEvents(filters, cap = 20000) {
  const events = [];
  let offset = 0;
  let total = 0;
  while (offset !== null && events.length < cap) {
    const page = await getJSON("/api/events", { ...filters, limit: 1000, offset });
    events.push(...page.events);
    total = page.total;
    offset = page.next_offset;
  }
  return { events, total };
}
