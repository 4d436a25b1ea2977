// The same-origin JSON API (/api/...). Nothing else is ever fetched.

const PAGE_SIZE = 500; // the API's largest page
const MAX_ITEMS = 5000; // what the page will hold of one list

export class ApiError extends Error {}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function getJSON(path, params) {
  let response;
  try {
    response = await fetch(`${path}${query(params)}`, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiError(`the server cannot be reached (${error.message})`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new ApiError(`${path}: ${message || `HTTP ${response.status}`}`);
  }
  return body;
}

// Every item of a paged list (up to MAX_ITEMS), page after page.
export async function getAll(path, params) {
  const items = [];
  for (let page = 1; items.length < MAX_ITEMS; page += 1) {
    const body = await getJSON(path, { ...params, page, page_size: PAGE_SIZE });
    items.push(...(body.items || []));
    if (!body.items || body.items.length < PAGE_SIZE || items.length >= (body.total ?? 0)) break;
  }
  return items;
}
