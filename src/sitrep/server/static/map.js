// The map: Ukraine's outline with each struck place as a circle sized by how often it
// was reported struck. A circle lists its documents; each opens with the place marked.

import { clear, clickable, el, svg } from "./dom.js";
import { frameSize, LANDMARKS, outlinePath, project } from "./ukraine.js";
import { openEvidence } from "./viewer.js";

function placeSpans(place) {
  return (doc) => ((doc.result && doc.result.places) || [])
    .filter((p) => p.name === place.name && (!p.role || p.role === "struck"))
    .map((p) => ({ start_char: p.start_char, end_char: p.end_char, label: `${p.name} (${p.role || "place"})` }));
}

function showPlace(detail, place) {
  const where = [place.admin1 && place.admin1 !== place.name ? place.admin1 : null, place.country].filter(Boolean).join(", ");
  const ids = place.document_ids || [];
  clear(detail,
    el("h3", {}, place.name, where ? el("span", { class: "muted" }, ` ${where}`) : null),
    el("p", {}, `Reported struck ${place.count} ${place.count === 1 ? "time" : "times"} in ${ids.length} ${ids.length === 1 ? "document" : "documents"}.`),
    el("ul", { class: "place-documents" }, ids.map((id) => el("li", {},
      el("button", {
        type: "button", class: "linkish", dataset: { document: id },
        on: { click: () => openEvidence([{ document_id: id, caption: `document ${id}`, spans: placeSpans(place) }]) },
      }, `Document ${id}`)))));
}

export function renderMap(container, detail, places) {
  const { width, height } = frameSize();
  const located = places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const most = Math.max(1, ...located.map((p) => p.count || 1));
  const circles = [...located].sort((a, b) => (b.count || 1) - (a.count || 1)).map((place) => {
    const [cx, cy] = project(place.lon, place.lat);
    const label = `${place.name}: struck ${place.count} ${place.count === 1 ? "time" : "times"} — list the documents`;
    const circle = svg("circle", {
      class: "place", cx: cx.toFixed(1), cy: cy.toFixed(1), r: (5 + 14 * Math.sqrt((place.count || 1) / most)).toFixed(1),
      dataset: { name: place.name, count: place.count },
    }, svg("title", {}, label));
    return clickable(circle, label, () => showPlace(detail, place));
  });
  const struck = new Set(located.map((p) => p.name));
  const landmarks = LANDMARKS.filter((town) => !struck.has(town.name)).map((town) => {
    const [x, y] = project(town.lon, town.lat);
    return svg("g", { class: "landmark", "aria-hidden": "true" },
      svg("circle", { cx: x, cy: y, r: 2 }),
      svg("text", { x: x + 4, y: y - 4 }, town.name));
  });
  clear(container, svg("svg", {
    class: "map", viewBox: `0 0 ${width.toFixed(0)} ${height.toFixed(0)}`, role: "group",
    "aria-label": `Map of Ukraine with ${located.length} struck ${located.length === 1 ? "place" : "places"}`,
  },
  svg("path", { class: "outline", d: outlinePath() }),
  ...landmarks, ...circles));
  const missing = places.length - located.length;
  clear(detail, el("p", { class: "muted" }, located.length
    ? `Choose a circle to list its documents.${missing ? ` ${missing} places have no coordinates.` : ""}`
    : "No struck places with coordinates for these filters."));
}
