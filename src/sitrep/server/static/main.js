// The page: the filters drive every section; each section draws what the API returns.

import { getAll } from "./api.js";
import { categoriesOf, renderCategorySwitch, renderChart } from "./chart.js";
import { clear, el } from "./dom.js";
import { categoryLabel, dayLabel } from "./format.js";
import { nightEvidence, renderIncidentTable } from "./incidents.js";
import { renderMap } from "./map.js";
import { QuoteBrowser } from "./quotes.js";
import { readHash, writeHash } from "./state.js";
import { renderTimeline } from "./timeline.js";
import { openEvidence, setupViewer } from "./viewer.js";

const state = { ...readHash(), stats: [], incidents: [] };
const form = document.getElementById("filters");
const status = document.getElementById("status");
let quotes;
let loading = 0;

function say(message) {
  status.textContent = message;
}

function filters() {
  return { since: state.since, until: state.until, attacker: state.attacker };
}

function fillForm() {
  for (const name of ["since", "until", "attacker"]) form.elements[name].value = state[name];
}

function syncCategory() {
  const categories = categoriesOf(state.stats);
  if (state.category && !categories.includes(state.category)) categories.push(state.category);
  const select = form.elements.category;
  clear(select, ...categories.map((c) => el("option", { value: c }, categoryLabel(c))));
  select.value = state.category || "all";
  renderCategorySwitch(document.getElementById("chart-categories"), categories, state.category || "all", (category) => {
    state.category = category === "all" ? "" : category;
    writeHash(state);
    syncCategory();
    drawChart();
    load(); // the category filters the incidents too
  });
}

function pickBar(night, role) {
  const category = night.category;
  const evidence = nightEvidence(state.incidents, night.period_start, category, role);
  if (evidence.length) openEvidence(evidence);
  else say(`No evidence stored for ${role} on ${dayLabel(night.period_start)} (${categoryLabel(category)}).`);
}

function drawChart() {
  renderChart(document.getElementById("chart"), state.stats, state.category || "all", pickBar);
}

function goToIncident(incident) {
  const row = document.getElementById(`incident-${incident.id}`);
  if (!row) return;
  row.scrollIntoView({ block: "center", behavior: "smooth" });
  row.classList.add("picked");
  setTimeout(() => row.classList.remove("picked"), 2000);
  row.focus({ preventScroll: true });
}

async function section(name, work) {
  try {
    await work();
    return null;
  } catch (error) {
    return { name, error };
  }
}

async function load() {
  const run = ++loading;
  document.body.setAttribute("aria-busy", "true");
  say("Loading…");
  const base = filters();
  // the first claims of each incident are enough for the table (a night reported by
  // hundreds of outlets has hundreds); the chosen ones always come
  const incidentFilter = { ...base, category: state.category, claims: 12 };
  let incidents = [];
  let stats = [];
  const errors = (await Promise.all([
    section("incidents", async () => {
      incidents = await getAll("/api/incidents", incidentFilter);
    }),
    section("chart", async () => {
      stats = await getAll("/api/stats/interception", { ...base, period: "night" });
    }),
    section("quotes-list", async () => {
      const found = await getAll("/api/quotes", base);
      if (run === loading) quotes.setQuotes(found);
    }),
    section("map", async () => {
      const places = await getAll("/api/places", { ...base, role: "struck" });
      if (run === loading) renderMap(document.getElementById("map"), document.getElementById("map-detail"), places);
    }),
  ])).filter(Boolean);
  if (run !== loading) return; // a newer load has started
  state.incidents = incidents;
  state.stats = stats;
  syncCategory();
  drawChart();
  renderTimeline(document.getElementById("timeline"), incidents, goToIncident);
  renderIncidentTable(document.getElementById("incidents"), incidents);
  for (const { name, error } of errors) {
    clear(document.getElementById(name), el("p", { class: "warning" }, `This part cannot be shown: ${error.message}`));
  }
  document.body.removeAttribute("aria-busy");
  const nights = new Set(incidents.map((i) => i.day)).size;
  say(errors.length
    ? `Loaded with ${errors.length} error(s): ${errors[0].error.message}`
    : `${incidents.length} incidents over ${nights} ${nights === 1 ? "night" : "nights"}.`);
}

form.addEventListener("change", () => {
  state.since = form.elements.since.value;
  state.until = form.elements.until.value;
  state.attacker = form.elements.attacker.value;
  state.category = form.elements.category.value === "all" ? "" : form.elements.category.value;
  writeHash(state);
  load();
});
form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("reset", () => {
  setTimeout(() => {
    Object.assign(state, { since: "", until: "", attacker: "", category: "" });
    writeHash(state);
    fillForm();
    load();
  });
});
window.addEventListener("hashchange", () => {
  Object.assign(state, readHash());
  fillForm();
  load();
});

let resizing = null;
window.addEventListener("resize", () => {
  clearTimeout(resizing);
  resizing = setTimeout(drawChart, 150);
});

setupViewer();
quotes = new QuoteBrowser(document.getElementById("quotes"));
fillForm();
load();
