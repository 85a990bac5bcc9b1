// ACLED event types -> marker colours (colour-blind-safe Okabe-Ito palette).
export const TYPE_COLORS = {
  "Battles": "#d55e00",
  "Explosions/Remote violence": "#e69f00",
  "Violence against civilians": "#cc79a7",
  "Protests": "#009e73",
  "Riots": "#0072b2",
  "Strategic developments": "#56b4e9",
};
export const OTHER_COLOR = "#666666";

export function typeColor(type) {
  return TYPE_COLORS[type] || OTHER_COLOR;
}

// Confidence (0-1, or null) as two decimals rounded down, as the CLI and the ACLED CSV tags show it:
// an event labelled 0.70 always passes the "≥ 0.7" filter.
export function confidenceLabel(c) {
  if (c === null || c === undefined) return null;
  return (Math.floor(c * 100 + 1e-9) / 100).toFixed(2);
}

// Markers fade with confidence: 0.95 opaque at 1, 0.2 at 0; unknown confidence 0.35.
export function confidenceOpacity(c) {
  if (c === null || c === undefined) return 0.35;
  return 0.2 + 0.75 * Math.max(0, Math.min(1, c));
}

// Badge class: high (≥ 0.7), medium (≥ 0.5), low, or unknown.
export function confidenceLevel(c) {
  if (c === null || c === undefined) return "unknown";
  return c >= 0.7 ? "high" : c >= 0.5 ? "medium" : "low";
}

// Area proportional to fatalities, so a 100-death event is not 100 times wider.
export function radius(fatalities) {
  return Math.min(26, 5 + 2.2 * Math.sqrt(Math.max(0, fatalities || 0)));
}
