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

// Area proportional to fatalities, so a 100-death event is not 100 times wider.
export function radius(fatalities) {
  return Math.min(26, 5 + 2.2 * Math.sqrt(Math.max(0, fatalities || 0)));
}
