// Words and numbers as the page shows them.

const QUALIFIER_MARKS = { exact: "", at_least: "≥", more_than: ">", about: "~", at_most: "≤", vague: "?" };
const QUALIFIER_WORDS = { at_least: "at least", more_than: "more than", about: "about", at_most: "at most", vague: "an unstated number" };

export const CATEGORY_LABELS = {
  all: "All weapons",
  total: "All types",
  drone: "Drones",
  decoy_drone: "Decoy drones",
  recon_drone: "Recon drones",
  loitering_munition: "Loitering munitions",
  missile: "Missiles",
  cruise_missile: "Cruise missiles",
  ballistic_missile: "Ballistic missiles",
  aeroballistic_missile: "Aeroballistic missiles",
  guided_missile: "Guided missiles",
  anti_ship_missile: "Anti-ship missiles",
  guided_bomb: "Guided bombs",
  aircraft: "Aircraft",
  locations: "Locations",
  casualties: "Casualties",
};

export const ROLE_LABELS = {
  launched: "launched",
  destroyed: "destroyed",
  shot_down: "shot down",
  suppressed: "suppressed",
  hit: "hit",
  pending: "pending",
  hit_locations: "hit locations",
  debris_locations: "debris locations",
  killed: "killed",
  injured: "injured",
  missing: "missing",
};

export function categoryLabel(category) {
  return CATEGORY_LABELS[category] || String(category).replaceAll("_", " ");
}

export function roleLabel(role) {
  return ROLE_LABELS[role] || String(role).replaceAll("_", " ");
}

// "~230", ">1200", "?" — the mark the command line uses too.
export function qualified(value, qualifier) {
  const mark = QUALIFIER_MARKS[qualifier || "exact"] ?? "";
  return value === null || value === undefined ? mark || "?" : `${mark}${value}`;
}

export function qualifiedWords(value, qualifier) {
  const words = QUALIFIER_WORDS[qualifier || "exact"];
  if (value === null || value === undefined) return words || "no number";
  return words ? `${words} ${value}` : String(value);
}

export function percent(rate) {
  return rate === null || rate === undefined ? "–" : `${Math.round(rate * 100)}%`;
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const SHORT_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function asDate(iso) {
  const date = new Date(`${String(iso).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function dayLabel(iso, { short = false } = {}) {
  if (!iso) return "no date";
  const date = asDate(iso);
  if (!date) return String(iso);
  return (short ? SHORT_DAY : DAY).format(date);
}

// A publication time as stored ("2025-10-05T09:10:00"): date and minutes, as written.
export function published(iso) {
  if (!iso) return "no date";
  const text = String(iso);
  return text.length > 10 ? `${dayLabel(text)} ${text.slice(11, 16)}` : dayLabel(text);
}

export function figureName(figure) {
  const what = categoryLabel(figure.category);
  const model = figure.model && figure.category !== "casualties" ? ` (${figure.model})` : "";
  const where = figure.model && figure.category === "casualties" ? ` in ${figure.model}` : "";
  return `${what}${model}${where} ${roleLabel(figure.role)}`;
}
