// The document viewer: a dialog with the document's text, the evidence spans marked.
//
// Offsets from sitrep count Unicode code points (Python's str indices); JavaScript
// strings count UTF-16 units, so a text with characters beyond the BMP (emoji in a
// Telegram post) is cut by code points, never by String.slice on the raw offsets.

import { getJSON } from "./api.js";
import { clear, el } from "./dom.js";
import { published } from "./format.js";

const cache = new Map();
let dialog;
let parts;
let lastFocus = null;

function documentById(id) {
  if (!cache.has(id)) {
    const loading = getJSON(`/api/documents/${encodeURIComponent(id)}`);
    loading.catch(() => cache.delete(id));
    cache.set(id, loading);
  }
  return cache.get(id);
}

// Cut `text` at code-point offsets; returns [{text, span}] pieces in order.
export function pieces(text, spans) {
  const points = /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : null;
  const length = points ? points.length : text.length;
  const cut = (from, to) => (points ? points.slice(from, to).join("") : text.slice(from, to));
  const valid = spans
    .filter((s) => Number.isInteger(s.start_char) && Number.isInteger(s.end_char)
      && s.start_char >= 0 && s.end_char <= length && s.start_char < s.end_char)
    .sort((a, b) => a.start_char - b.start_char || b.end_char - a.end_char);
  const out = [];
  let at = 0;
  let shown = 0;
  for (const span of valid) {
    if (span.start_char < at) continue; // overlapping spans: the first one wins
    shown += 1;
    if (span.start_char > at) out.push({ text: cut(at, span.start_char), span: null });
    out.push({ text: cut(span.start_char, span.end_char), span });
    at = span.end_char;
  }
  if (at < length) out.push({ text: cut(at, length), span: null });
  return { out, shown };
}

function safeUrl(url) {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function metaLine(doc) {
  const bits = [doc.source || "unknown source", published(doc.published)];
  if (doc.language) bits.push(doc.language);
  bits.push(`document ${doc.id}`);
  const line = el("p", { class: "doc-meta" }, bits.join(" · "));
  const href = doc.url && safeUrl(doc.url);
  if (href) {
    line.append(" · ", el("a", { href, rel: "noopener noreferrer", target: "_blank" }, "original"));
  }
  return line;
}

function renderDocument(doc, evidence) {
  const spans = typeof evidence.spans === "function" ? evidence.spans(doc) : evidence.spans;
  const { out, shown } = pieces(doc.text || "", spans);
  const marks = [];
  const markOf = new Map();
  const body = el("div", { class: "doc-text", tabindex: "0", "aria-label": "Document text", dataset: { document: doc.id } });
  for (const piece of out) {
    if (!piece.span) {
      body.append(piece.text);
      continue;
    }
    const mark = el("mark", {
      title: piece.span.label || null,
      dataset: { start: piece.span.start_char, end: piece.span.end_char },
    }, piece.text);
    marks.push(mark);
    markOf.set(piece.span, mark);
    body.append(mark);
  }
  const missing = spans.length - shown;
  const notes = [];
  if (missing > 0) notes.push(el("p", { class: "warning" }, `${missing} evidence span(s) do not fit this text and are not marked.`));
  const labels = spans.filter((s) => s.label && markOf.has(s)).map((s) => el("li", {},
    el("button", {
      type: "button",
      class: "linkish",
      on: { click: () => markOf.get(s).scrollIntoView({ block: "center", behavior: "smooth" }) },
    }, s.label)));
  clear(parts.title, doc.title || `Document ${doc.id}`);
  clear(parts.meta, metaLine(doc));
  clear(parts.evidence, ...(labels.length ? [el("ul", { class: "evidence-list" }, labels)] : []), ...notes);
  clear(parts.text, body);
  if (marks[0]) marks[0].scrollIntoView({ block: "center" });
  else parts.text.scrollTop = 0;
}

function renderChoices(evidences, current) {
  if (evidences.length < 2) {
    clear(parts.choices);
    return;
  }
  const buttons = evidences.map((evidence, i) => el("button", {
    type: "button",
    class: i === current ? "chip active" : "chip",
    "aria-pressed": i === current ? "true" : "false",
    on: { click: () => show(evidences, i) },
  }, evidence.caption || `document ${evidence.document_id}`));
  clear(parts.choices, el("span", { class: "choices-label" }, `Evidence in ${evidences.length} documents:`), ...buttons);
}

async function show(evidences, index) {
  const evidence = evidences[index];
  renderChoices(evidences, index);
  parts.status.textContent = "Loading the document…";
  try {
    const doc = await documentById(evidence.document_id);
    renderDocument(doc, evidence);
    parts.status.textContent = `Showing ${doc.title || `document ${doc.id}`}`;
  } catch (error) {
    clear(parts.title, `Document ${evidence.document_id}`);
    clear(parts.meta);
    clear(parts.evidence);
    clear(parts.text, el("p", { class: "warning" }, `The document cannot be shown: ${error.message}`));
    parts.status.textContent = "The document cannot be shown.";
  }
}

// Open the viewer on one or more pieces of evidence:
// [{document_id, caption?, spans: [{start_char, end_char, label?}] or doc => spans}]
export function openEvidence(evidences) {
  if (!evidences.length) return;
  lastFocus = document.activeElement;
  if (!dialog.open) dialog.showModal();
  show(evidences, 0);
}

export function setupViewer() {
  dialog = document.getElementById("viewer");
  parts = {
    title: dialog.querySelector("#viewer-title"),
    meta: dialog.querySelector(".viewer-meta"),
    choices: dialog.querySelector(".viewer-choices"),
    evidence: dialog.querySelector(".viewer-evidence"),
    text: dialog.querySelector(".viewer-text"),
    status: dialog.querySelector(".viewer-status"),
  };
  dialog.querySelector(".viewer-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.addEventListener("close", () => {
    if (lastFocus && document.contains(lastFocus)) lastFocus.focus();
  });
}
