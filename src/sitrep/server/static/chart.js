// The chart of each night: launched, destroyed and hit as bars, the interception rate
// (destroyed / launched) as a line on its own 0–100% axis. Every bar is a button that
// opens the evidence of the figure behind it.

import { clear, clickable, el, svg } from "./dom.js";
import { categoryLabel, dayLabel, percent } from "./format.js";

export const ROLES = ["launched", "destroyed", "hit"];
const HEIGHT = 300;
const MARGIN = { top: 28, right: 46, bottom: 54, left: 46 };
const GROUP = { least: 56, most: 160 }; // width of one night, in pixels

// A round upper bound for the axis, whose quarters are round too.
function niceMax(value) {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

export function categoriesOf(items) {
  const found = [...new Set(items.map((i) => i.category))].filter((c) => c !== "all");
  found.sort((a, b) => categoryLabel(a).localeCompare(categoryLabel(b)));
  return ["all", ...found];
}

function axis(width, top, scale, ticks) {
  const lines = [];
  for (let i = 0; i <= 4; i += 1) {
    const value = (top / 4) * i;
    const y = scale(value);
    lines.push(svg("line", { class: "grid", x1: MARGIN.left, x2: width - MARGIN.right, y1: y, y2: y }));
    lines.push(svg("text", { class: "tick", x: MARGIN.left - 6, y: y + 4, "text-anchor": "end" }, ticks.left(value)));
    lines.push(svg("text", { class: "tick rate-tick", x: width - MARGIN.right + 6, y: y + 4 }, ticks.right(i / 4)));
  }
  return lines;
}

// Where the nights go: as wide as the box allows (within GROUP), centred; scrolled
// sideways inside its box when there are more nights than fit.
function layout(available, count) {
  const inner = available - MARGIN.left - MARGIN.right;
  const group = Math.min(GROUP.most, Math.max(GROUP.least, inner / count));
  const width = Math.max(available, MARGIN.left + MARGIN.right + group * count);
  const first = MARGIN.left + (width - MARGIN.left - MARGIN.right - group * count) / 2;
  return { width, group, bar: Math.min(24, Math.floor(group / 4)), centre: (i) => first + group * i + group / 2 };
}

function barGroup(night, index, scale, place, onPick) {
  const centre = place.centre(index);
  const thick = place.bar;
  const group = svg("g", { class: "night", dataset: { day: night.period_start } });
  ROLES.forEach((role, i) => {
    const value = night[role];
    if (value === null || value === undefined) return;
    const x = centre - (3 * thick + 2) / 2 + i * (thick + 1);
    const y = scale(value);
    const label = `${dayLabel(night.period_start)}: ${value} ${role} (${categoryLabel(night.category)}) — show the evidence`;
    const bar = svg("rect", {
      class: `bar bar-${role}`, x, y, width: thick, height: Math.max(scale(0) - y, 0.5), rx: 2,
      dataset: { role, value, day: night.period_start, category: night.category },
    }, svg("title", {}, label));
    clickable(bar, label, () => onPick(night, role));
    group.append(bar, svg("text", {
      class: `bar-label label-${role}`, x: x + thick / 2, y: y - 4, "text-anchor": "middle",
      dataset: { role, day: night.period_start },
    }, String(value)));
  });
  group.append(
    svg("text", { class: "day", x: centre, y: HEIGHT - MARGIN.bottom + 18, "text-anchor": "middle" }, dayLabel(night.period_start, { short: true })),
    svg("text", {
      class: "rate-label", x: centre, y: HEIGHT - MARGIN.bottom + 34, "text-anchor": "middle",
      dataset: { day: night.period_start, rate: night.interception_rate ?? "" },
    }, percent(night.interception_rate)));
  return group;
}

function rateLine(nights, rateScale, place) {
  const points = [];
  const dots = [];
  nights.forEach((night, index) => {
    if (night.interception_rate === null || night.interception_rate === undefined) return;
    const x = place.centre(index);
    const y = rateScale(night.interception_rate);
    points.push(`${x},${y}`);
    dots.push(svg("circle", { class: "rate-dot", cx: x, cy: y, r: 3.5 },
      svg("title", {}, `${dayLabel(night.period_start)}: ${percent(night.interception_rate)} destroyed of launched`)));
  });
  return [svg("polyline", { class: "rate-line", points: points.join(" ") }), ...dots];
}

function numbersTable(nights) {
  const rows = nights.map((n) => el("tr", { dataset: { day: n.period_start } },
    el("th", { scope: "row" }, dayLabel(n.period_start)),
    ...ROLES.map((role) => el("td", {}, n[role] ?? "–")),
    el("td", {}, percent(n.interception_rate))));
  return el("details", { class: "chart-numbers" },
    el("summary", {}, "The numbers as a table"),
    el("div", { class: "table-scroll" }, el("table", {},
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Night"),
        ...ROLES.map((role) => el("th", { scope: "col" }, role)), el("th", { scope: "col" }, "Interception rate"))),
      el("tbody", {}, rows))));
}

// Draw the nights of `category` from the stats items into `container`.
export function renderChart(container, items, category, onPick) {
  const nights = items.filter((i) => i.category === category)
    .sort((a, b) => String(a.period_start).localeCompare(String(b.period_start)));
  if (!nights.length) {
    clear(container, el("p", { class: "empty" }, `No ${categoryLabel(category).toLowerCase()} figures for these filters.`));
    return;
  }
  const place = layout(Math.max(320, container.clientWidth || 800), nights.length);
  const { width } = place;
  const top = niceMax(Math.max(...nights.flatMap((n) => ROLES.map((r) => n[r] || 0))));
  const base = HEIGHT - MARGIN.bottom;
  const scale = (v) => base - (v / top) * (base - MARGIN.top);
  const rateScale = (r) => base - r * (base - MARGIN.top);
  const drawing = svg("svg", {
    class: "chart", viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: "group",
    "aria-label": `${categoryLabel(category)}: launched, destroyed and hit per night, with the interception rate`,
    dataset: { category },
  },
  ...axis(width, top, scale, { left: (v) => String(Number(v.toFixed(1))), right: (r) => percent(r) }),
  svg("line", { class: "baseline", x1: MARGIN.left, x2: width - MARGIN.right, y1: base, y2: base }),
  ...nights.map((night, i) => barGroup(night, i, scale, place, onPick)),
  ...rateLine(nights, rateScale, place));
  clear(container, el("div", { class: "chart-scroll", tabindex: "-1" }, drawing), numbersTable(nights));
}

// The category switch: one pressed button per weapon category.
export function renderCategorySwitch(container, categories, current, onSwitch) {
  clear(container, ...categories.map((category) => el("button", {
    type: "button",
    class: category === current ? "chip active" : "chip",
    "aria-pressed": category === current ? "true" : "false",
    dataset: { category },
    on: { click: () => onSwitch(category) },
  }, categoryLabel(category))));
}
