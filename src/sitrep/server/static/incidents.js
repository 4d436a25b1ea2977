// Incidents: their figures, conflicts and evidence, and the incident table in which each
// source's claim stands beside the others.

import { clear, el } from "./dom.js";
import { categoryLabel, dayLabel, figureName, published, qualified, qualifiedWords } from "./format.js";
import { openEvidence } from "./viewer.js";

// Categories that are no weapons: they never count towards launched/destroyed/hit.
const NOT_WEAPONS = new Set(["locations", "casualties"]);
const RANK_LABELS = { own_channel: "own channel", attributed: "attributed", other: "other source" };

export const keyOf = (f) => `${f.category}|${f.model ?? ""}|${f.role}`;

// "consistent" (the figures differ but can all be true), "contradictory", or null.
export function conflictOf(incident, figure) {
  const found = (incident.conflicts || []).find((c) => keyOf(c) === keyOf(figure));
  if (!found) return null;
  return found.consistent ? "consistent" : "contradictory";
}

// A claim's flag: the API's, else read from the conflicts — "contradictory" when one of
// its figures is on a key whose claims contradict each other, "consistent" when its
// figures only differ from others' in ways that can all be true.
export function claimFlag(incident, claim) {
  if (claim.flag !== undefined) return claim.flag;
  const flags = (claim.figures || []).map((f) => figureFlag(incident, f));
  if (flags.includes("contradictory")) return "contradictory";
  return flags.includes("consistent") ? "consistent" : null;
}

export function figureFlag(incident, figure) {
  return figure.flag !== undefined ? figure.flag : conflictOf(incident, figure);
}

function span(figure, label) {
  return { start_char: figure.start_char, end_char: figure.end_char, label };
}

// The evidence of one claim's figure.
export function claimEvidence(claim, figure) {
  return {
    document_id: claim.document_id,
    caption: claim.source || `document ${claim.document_id}`,
    spans: [span(figure, `${figureName(figure)}: ${qualifiedWords(figure.value, figure.qualifier)}`)],
  };
}

// The claim figure an incident's chosen figure was taken from.
export function chosenSource(incident, figure) {
  const key = keyOf(figure);
  const claims = incident.claims || [];
  const sameClaim = (c) => c.document_id === figure.document_id
    && (figure.attack_key === undefined || c.attack_key === figure.attack_key);
  const ordered = [...claims.filter(sameClaim), ...claims.filter((c) => !sameClaim(c))];
  for (const claim of ordered) {
    const found = (claim.figures || []).find((f) => keyOf(f) === key && (f.chosen || sameClaim(claim)));
    if (found) return { claim, figure: found };
  }
  return null;
}

// The chosen figures of an incident behind a chart bar: one category's, or for "all" the
// figures across types where the incident has them, else every weapon category's.
function barFigures(incident, category, role) {
  const weapons = (incident.figures || []).filter((f) => f.role === role && !NOT_WEAPONS.has(f.category));
  if (category !== "all") return weapons.filter((f) => f.category === category);
  const totals = weapons.filter((f) => f.category === "total");
  return totals.length ? totals : weapons;
}

// Evidence behind a chart bar (a night, a category, a role), grouped by document.
export function nightEvidence(incidents, day, category, role) {
  const byDocument = new Map();
  for (const incident of incidents.filter((i) => i.day === day)) {
    for (const figure of barFigures(incident, category, role)) {
      const source = chosenSource(incident, figure);
      if (!source) continue;
      const evidence = claimEvidence(source.claim, source.figure);
      const known = byDocument.get(source.claim.document_id);
      if (known) known.spans.push(...evidence.spans);
      else byDocument.set(source.claim.document_id, evidence);
    }
  }
  return [...byDocument.values()];
}

function flagBadge(flag) {
  if (flag === "contradictory") return el("span", { class: "badge contradictory", title: "Claims contradict each other" }, "! contradictory");
  if (flag === "consistent") return el("span", { class: "badge consistent", title: "Claims differ but can all be true" }, "≈ consistent");
  return null;
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function figureButton(figure, evidence, extra) {
  const conflict = extra.conflict;
  return el("button", {
    type: "button",
    class: `figure${figure.chosen ? " chosen" : ""}${conflict ? ` ${conflict}` : ""}`,
    dataset: {
      category: figure.category,
      model: figure.model ?? "",
      role: figure.role,
      value: figure.value ?? "",
      document: evidence.document_id,
      start: figure.start_char ?? "",
      end: figure.end_char ?? "",
    },
    title: `${figureName(figure)} — show where ${extra.who} says so`,
    on: { click: () => openEvidence([evidence]) },
  },
  el("span", { class: "figure-name" }, figureName(figure)),
  el("strong", { class: "figure-value" }, qualified(figure.value, figure.qualifier)),
  conflict === "contradictory" ? el("span", { class: "flag", "aria-label": "contradicted" }, "!") : null,
  conflict === "consistent" ? el("span", { class: "flag", "aria-label": "differs but consistent" }, "≈") : null);
}

function claimCard(incident, claim) {
  const flag = claimFlag(incident, claim);
  const who = claim.source || `document ${claim.document_id}`;
  const whole = {
    document_id: claim.document_id,
    caption: who,
    spans: (claim.figures || []).map((f) => span(f, `${figureName(f)}: ${qualifiedWords(f.value, f.qualifier)}`)),
  };
  const figures = (claim.figures || []).map((figure) => el("li", {},
    figureButton(figure, claimEvidence(claim, figure), { conflict: figureFlag(incident, figure), who })));
  return el("article", { class: `claim${flag ? ` flag-${flag}` : ""}`, dataset: { document: claim.document_id, flag: flag || "" } },
    el("header", { class: "claim-head" },
      el("button", { type: "button", class: "linkish claim-source", on: { click: () => openEvidence([whole]) } }, who),
      flagBadge(flag)),
    el("p", { class: "claim-meta" },
      [published(claim.published), RANK_LABELS[claim.source_rank] || claim.source_rank,
        claim.reported_by ? `reported by ${claim.reported_by}` : null].filter(Boolean).join(" · ")),
    figures.length ? el("ul", { class: "figures" }, figures) : el("p", { class: "muted" }, "no figures"));
}

function chosenList(incident) {
  const items = (incident.figures || []).map((figure) => {
    const source = chosenSource(incident, figure);
    const conflict = conflictOf(incident, figure);
    const text = [figureName(figure), qualified(figure.value, figure.qualifier)];
    if (!source) return el("li", {}, el("span", { class: "figure" }, text.join(" ")));
    const who = source.claim.source || `document ${source.claim.document_id}`;
    return el("li", {}, figureButton({ ...figure, chosen: true, start_char: source.figure.start_char, end_char: source.figure.end_char },
      claimEvidence(source.claim, source.figure), { conflict, who }));
  });
  return items.length ? el("ul", { class: "figures" }, items) : el("p", { class: "muted" }, "no figures");
}

export function incidentSides(incident) {
  return `${incident.attacker || "?"} → ${incident.target || "?"}`;
}

export function incidentFlag(incident) {
  const conflicts = incident.conflicts || [];
  if (conflicts.some((c) => !c.consistent)) return "contradictory";
  return conflicts.length ? "consistent" : null;
}

// The list carries the first claims of each incident (and every chosen one); the rest
// are counted, and the API's /api/incidents/{id} has them all.
function moreClaims(incident) {
  const hidden = (incident.claims_total ?? 0) - (incident.claims || []).length;
  if (hidden <= 0) return null;
  return el("p", { class: "muted more-claims" },
    `+ ${plural(hidden, "more claim", "more claims")} (`,
    el("a", { href: `/api/incidents/${incident.id}` }, "all, as JSON"), ")");
}

export function renderIncidentTable(container, incidents) {
  if (!incidents.length) {
    clear(container, el("p", { class: "empty" }, "No incidents for these filters."));
    return;
  }
  const rows = incidents.map((incident) => el("tr", {
    id: `incident-${incident.id}`,
    class: "incident-row",
    tabindex: "-1",
    dataset: { incident: incident.id, day: incident.day || "" },
  },
  el("th", { scope: "row", class: "incident-night" },
    el("span", { class: "night" }, dayLabel(incident.day)),
    el("span", { class: "sides" }, incidentSides(incident)),
    el("span", { class: "muted" }, plural(incident.claims_total ?? (incident.claims || []).length, "claim", "claims")),
    flagBadge(incidentFlag(incident))),
  el("td", { class: "incident-chosen", "data-label": "Incident figures" }, chosenList(incident)),
  el("td", { class: "incident-claims", "data-label": "Claims" },
    el("div", { class: "claims" }, (incident.claims || []).map((claim) => claimCard(incident, claim)),
      moreClaims(incident)))));
  clear(container, el("table", { class: "incident-table" },
    el("caption", { class: "visually-hidden" }, "Incidents, one row per night's attack, each source's claim side by side"),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, "Night"),
      el("th", { scope: "col" }, "Incident figures"),
      el("th", { scope: "col" }, "Each source's claim"))),
    el("tbody", {}, rows)));
}

export function weaponCategories(incidents) {
  const found = new Set();
  for (const incident of incidents) {
    for (const figure of incident.figures || []) {
      if (!NOT_WEAPONS.has(figure.category) && figure.category !== "total") found.add(figure.category);
    }
  }
  return [...found].sort((a, b) => categoryLabel(a).localeCompare(categoryLabel(b)));
}

