// Languages of the sources (issue 13): a mark beside events read in another language than English,
// and the evidence shown in its own language and direction.
import { el } from "./dom.js";

const NAMES = { en: "English", fr: "French", es: "Spanish", ar: "Arabic", tr: "Turkish", und: "undetermined" };

export function languageName(code) {
  return NAMES[code] || code;
}

// "AR EN" beside an event whose sources are not all English; nothing for English-only events.
export function languageMark(langs) {
  const list = (langs || []).filter(Boolean);
  if (!list.length || (list.length === 1 && list[0] === "en")) return null;
  return el("span", { class: "lang", dataset: { lang: list.join(" ") },
                      title: `Sources in ${list.map(languageName).join(", ")}`,
                      text: list.map((l) => l.toUpperCase()).join(" ") });
}
