// The timeline: one mark per incident along the days, sized by what was launched and
// coloured by whether its sources agree. A mark leads to the incident's row.

import { clear, clickable, el, svg } from "./dom.js";
import { dayLabel } from "./format.js";
import { incidentFlag, incidentSides } from "./incidents.js";

const WIDTH = 900;
const HEIGHT = 96;
const PAD = 40;
const DAY_MS = 86400000;
const LABEL_ALL = 10; // up to this many days, each is labelled; beyond, the first and last

function launched(incident) {
  const figures = (incident.figures || []).filter((f) => f.role === "launched" && f.category !== "casualties" && f.category !== "locations");
  const total = figures.find((f) => f.category === "total");
  if (total) return total.value || 0;
  return figures.reduce((sum, f) => sum + (f.value || 0), 0);
}

export function renderTimeline(container, incidents, onPick) {
  const dated = incidents.filter((i) => i.day);
  if (!dated.length) {
    clear(container, el("p", { class: "empty" }, "No dated incidents for these filters."));
    return;
  }
  const times = dated.map((i) => Date.parse(`${i.day}T00:00:00Z`));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = Math.max(last - first, DAY_MS);
  const x = (t) => (last === first ? WIDTH / 2 : PAD + ((t - first) / span) * (WIDTH - 2 * PAD));
  const most = Math.max(1, ...dated.map(launched));
  const y = HEIGHT / 2 - 6;
  const marks = dated.map((incident, i) => {
    const flag = incidentFlag(incident);
    const amount = launched(incident);
    const label = `${dayLabel(incident.day)}: ${incidentSides(incident)}, ${amount} launched, ${(incident.claims || []).length} claims${flag ? `, ${flag}` : ""} — go to the incident`;
    const mark = svg("circle", {
      class: `tl-mark${flag ? ` ${flag}` : ""}`, cx: x(times[i]), cy: y,
      r: 5 + 13 * Math.sqrt(amount / most),
      dataset: { incident: incident.id, day: incident.day },
    }, svg("title", {}, label));
    return clickable(mark, label, () => onPick(incident));
  });
  const days = [...new Set(times)].sort((a, b) => a - b);
  const labelled = days.length <= LABEL_ALL ? days : [first, last].filter((t, i, all) => all.indexOf(t) === i);
  const ends = labelled.map((t) => svg("text", {
    class: "tick", x: x(t), y: HEIGHT - 8, "text-anchor": "middle",
  }, dayLabel(new Date(t).toISOString())));
  clear(container, svg("svg", {
    class: "timeline", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "group",
    "aria-label": `${dated.length} incidents from ${dayLabel(new Date(first).toISOString())} to ${dayLabel(new Date(last).toISOString())}`,
  },
  svg("line", { class: "baseline", x1: PAD / 2, x2: WIDTH - PAD / 2, y1: y, y2: y }),
  ...ends, ...marks));
}
