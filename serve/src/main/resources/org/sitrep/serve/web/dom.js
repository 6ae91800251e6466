// sitrep web app: DOM building and fetching helpers shared by every page.
// Safety: every string that came from the API is inserted with textContent, createTextNode or
// setAttribute on harmless attributes; links to data URLs pass through safeUrl first.

/**
 * Creates an element. `attrs` keys: `class`, `text` (textContent), `testid` (data-testid),
 * `on<event>` (listener), anything else is set with setAttribute (never `style` or `on…`).
 * Children may be nodes, strings (become text nodes), null/undefined/false (skipped) or arrays.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = String(value);
    } else if (key === 'testid') {
      node.setAttribute('data-testid', value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'style' || key.startsWith('on')) {
      throw new Error(`el: attribute ${key} is not allowed`);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends children (nodes, strings, arrays; nullish and false skipped). */
export function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }
  return node;
}

/** Removes every child of `node`. */
export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

/** The URL itself when it is an absolute http(s) URL without whitespace/control characters. */
export function safeUrl(url) {
  if (typeof url !== 'string' || /[\u0000-\u0020\u007f]/.test(url)) {
    return null;
  }
  return /^https?:\/\//i.test(url) ? url : null;
}

/** An in-app link (hash route). `route` is built by us, parts from data are encoded. */
export function appLink(route, label, attrs = {}) {
  return el('a', { ...attrs, href: route }, label);
}

/** Route to a path segment taken from data (encoded, so it cannot break out of the route). */
export function route(base, id) {
  return `${base}/${encodeURIComponent(id)}`;
}

/** A link to an external article URL, or plain text when the URL is not http(s). */
export function externalLink(url) {
  const safe = safeUrl(url);
  if (!safe) {
    return url ? el('span', { class: 'muted', text: url }) : null;
  }
  return el('a', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank', text: safe });
}

/** An error carrying an HTTP problem's detail. */
export class ProblemError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** GETs or POSTs JSON; throws ProblemError with the problem+json detail on failure. */
export async function fetchJson(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, ...options });
  } catch (e) {
    throw new ProblemError(`The server could not be reached (${e.message}).`, 0);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch (ignored) {
      // Not JSON: keep the status line.
    }
    throw new ProblemError(detail, response.status);
  }
  return response.json();
}

/** Builds a query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      search.set(key, String(value).trim());
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * A page container: `<section data-testid="NAME-page" data-state="loading">` with a heading,
 * an alert element and a body. Returns helpers to switch state.
 */
export function page(name, title) {
  const heading = el('h1', { text: title });
  const alert = el('div', { role: 'alert', testid: 'error', class: 'alert', hidden: true });
  const body = el('div', { class: 'page-body' });
  const status = el('p', { class: 'status muted', 'aria-live': 'polite', text: 'Loading…' });
  const root = el(
    'section',
    { testid: `${name}-page`, 'data-state': 'loading', class: `page page-${name}` },
    heading,
    alert,
    status,
    body,
  );
  return {
    root,
    heading,
    body,
    loading(message = 'Loading…') {
      root.setAttribute('data-state', 'loading');
      status.textContent = message;
      status.hidden = false;
      alert.hidden = true;
      alert.textContent = '';
    },
    ready() {
      root.setAttribute('data-state', 'ready');
      status.hidden = true;
    },
    error(error) {
      root.setAttribute('data-state', 'error');
      status.hidden = true;
      alert.textContent = error instanceof Error ? error.message : String(error);
      alert.hidden = false;
    },
  };
}

/** "2016-07 (month)" from a date object {value, precision}. */
export function formatDate(date) {
  if (!date || !date.value) {
    return '—';
  }
  return date.precision ? `${date.value} (${date.precision})` : date.value;
}

/** An interval {min, max} as "80", "3–5", "≥ 3", "≤ 10". */
export function formatInterval(interval) {
  if (!interval) {
    return '—';
  }
  const { min, max } = interval;
  if (min != null && max != null) {
    return min === max ? String(min) : `${min}–${max}`;
  }
  if (min != null) {
    return `≥ ${min}`;
  }
  if (max != null) {
    return `≤ ${max}`;
  }
  return '—';
}

/** "Kabul, Kabul province, AF" from a location. */
export function formatLocation(location) {
  if (!location) {
    return '—';
  }
  const parts = [location.name];
  if (location.admin1 && location.admin1 !== location.name) {
    parts.push(location.admin1);
  }
  if (location.country_code) {
    parts.push(location.country_code);
  }
  return parts.filter(Boolean).join(', ');
}

/** A definition list from [label, value] pairs; values may be nodes or strings. */
export function facts(pairs, attrs = {}) {
  const list = el('dl', { class: 'facts', ...attrs });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === '') {
      continue;
    }
    list.appendChild(el('dt', { text: label }));
    list.appendChild(el('dd', {}, value));
  }
  return list;
}

/** A table with a header row; rows are arrays of cells (node, string or null). */
export function table(headers, rows, attrs = {}) {
  const head = el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h }))));
  const bodyRows = rows.map((row) =>
    row instanceof Node ? row : el('tr', {}, row.map((cell) => el('td', {}, cell ?? '—'))),
  );
  return el('table', { class: 'grid', ...attrs }, head, el('tbody', {}, bodyRows));
}

/** A small badge. */
export function badge(text, kind = '') {
  return el('span', { class: `badge ${kind}`.trim(), text });
}

/** Parses the hash into {path: ['events', 'id'], params: URLSearchParams}. */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart, queryPart = ''] = raw.split('?', 2);
  const path = pathPart
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch (e) {
        return p;
      }
    });
  return { path, params: new URLSearchParams(queryPart) };
}

/** The offset named in a `next` link ("/api/events?…&offset=50"), or null. */
export function offsetOf(next) {
  if (!next) {
    return null;
  }
  const at = next.indexOf('?');
  const params = new URLSearchParams(at >= 0 ? next.slice(at + 1) : '');
  const offset = Number(params.get('offset'));
  return Number.isFinite(offset) ? offset : null;
}
