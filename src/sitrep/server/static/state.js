// The filters, kept in the address's hash so that a view can be bookmarked and shared:
// #since=2025-10-01&until=2025-10-31&attacker=RU&category=drone

export const FILTERS = ["since", "until", "attacker", "category"];

export function readHash() {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const state = {};
  for (const name of FILTERS) state[name] = params.get(name) || "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.since)) state.since = "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.until)) state.until = "";
  return state;
}

export function writeHash(state) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (state[name]) params.set(name, state[name]);
  const hash = params.toString();
  const target = hash ? `#${hash}` : window.location.pathname + window.location.search;
  history.replaceState(null, "", target);
}
