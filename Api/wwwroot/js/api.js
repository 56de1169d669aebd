// The public API, as the pages use it: JSON reads, and writes that carry the township key.
// Every failure becomes an ApiError holding the RFC 9457 problem the service answered.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** path + query string; parameters that are null, undefined or '' are left out. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJson(path, params) {
  const response = await fetch(url(path, params), { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.json();
}

/**
 * A township's current report for a year, or null when it has none. Asked through the list of reports, so that a report
 * not yet submitted is an empty list, not a 404 the browser reports as an error.
 */
export async function storedReport(township, year) {
  const list = await getJson('/api/v1/reports', { area: township, year, limit: 1 });
  return list.reports.length ? getJson(`/api/v1/townships/${township}/reports/${year}`) : null;
}

/**
 * A write: method, path and query, a body (an object is sent as JSON; a Blob or string with its contentType),
 * and the key in X-Api-Key. Answers { status, body, headers } for 2xx; throws ApiError otherwise.
 */
export async function write(method, path, { params, body, contentType, key, headers = {} } = {}) {
  const sent = { Accept: 'application/json', ...headers };
  if (key) sent['X-Api-Key'] = key;
  let payload = body;
  if (body !== undefined && !(body instanceof Blob) && typeof body !== 'string') {
    payload = JSON.stringify(body);
    sent['Content-Type'] = 'application/json';
  } else if (contentType) {
    sent['Content-Type'] = contentType;
  }
  const response = await fetch(url(path, params), { method, headers: sent, body: payload });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return { title: response.statusText };
  }
}
