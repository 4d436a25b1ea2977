// The quote browser: quotes grouped by speaker, filtered by speaker and words; each
// quote opens its document with the quoted words marked.

import { clear, el } from "./dom.js";
import { published } from "./format.js";
import { openEvidence } from "./viewer.js";

const UNNAMED = "Speaker not named";

function speakerName(quote) {
  return (quote.speaker && quote.speaker.name) || UNNAMED;
}

function speakerDetails(speaker) {
  if (!speaker) return "";
  return [speaker.country, speaker.sector].filter(Boolean).join(" · ");
}

function sourceName(source) {
  return source && typeof source === "object" ? source.source : source;
}

// Where the quote stands: in each reporting document (the API's sources), else its own.
function quoteEvidence(quote) {
  const label = `${quote.kind || "quote"} quote of ${speakerName(quote)}`;
  const placed = (quote.sources || []).filter((s) => s && typeof s === "object" && s.document_id !== undefined);
  const spots = placed.length ? placed : [quote];
  return spots.map((spot) => ({
    document_id: spot.document_id,
    caption: sourceName(spot) || `document ${spot.document_id}`,
    spans: [{ start_char: spot.start_char, end_char: spot.end_char, label }],
  }));
}

function quoteItem(quote) {
  const sources = [...new Set((quote.sources || []).map(sourceName).filter(Boolean))].join(", ");
  const evidence = quoteEvidence(quote);
  return el("li", { class: "quote" },
    el("button", {
      type: "button", class: `quote-text kind-${quote.kind || "unknown"}`,
      dataset: { document: quote.document_id, start: quote.start_char, end: quote.end_char },
      on: { click: () => openEvidence(evidence) },
    }, quote.kind === "direct" ? `“${quote.text}”` : quote.text),
    el("p", { class: "quote-meta" },
      [quote.kind, quote.channel ? `via ${quote.channel}` : null, sources || null, quote.published ? published(quote.published) : null]
        .filter(Boolean).join(" · ")));
}

export class QuoteBrowser {
  constructor(root) {
    this.root = root;
    this.list = root.querySelector(".quote-groups");
    this.speaker = root.querySelector("#quote-speaker");
    this.words = root.querySelector("#quote-words");
    this.quotes = [];
    this.speaker.addEventListener("change", () => this.render());
    this.words.addEventListener("input", () => this.render());
  }

  setQuotes(quotes) {
    this.quotes = quotes;
    const counts = new Map();
    for (const quote of quotes) counts.set(speakerName(quote), (counts.get(speakerName(quote)) || 0) + 1);
    const chosen = this.speaker.value;
    const names = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
    clear(this.speaker, el("option", { value: "" }, `Every speaker (${quotes.length})`),
      ...names.map((name) => el("option", { value: name }, `${name} (${counts.get(name)})`)));
    this.speaker.value = names.includes(chosen) ? chosen : "";
    this.render();
  }

  render() {
    const speaker = this.speaker.value;
    const words = this.words.value.trim().toLowerCase();
    const shown = this.quotes.filter((q) => (!speaker || speakerName(q) === speaker)
      && (!words || String(q.text).toLowerCase().includes(words)));
    const groups = new Map();
    for (const quote of shown) {
      const name = speakerName(quote);
      if (!groups.has(name)) groups.set(name, []);
      groups.get(name).push(quote);
    }
    if (!groups.size) {
      clear(this.list, el("p", { class: "empty" }, "No quotes for these filters."));
      return;
    }
    clear(this.list, ...[...groups.entries()].map(([name, quotes]) => el("section", { class: "speaker-group", dataset: { speaker: name } },
      el("h3", {}, name, " ",
        el("span", { class: "muted" }, [speakerDetails(quotes[0].speaker), `${quotes.length} ${quotes.length === 1 ? "quote" : "quotes"}`].filter(Boolean).join(" · "))),
      el("ul", { class: "quote-list" }, quotes.map(quoteItem)))));
  }
}
