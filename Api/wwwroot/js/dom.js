// Building the page: elements from tag, attributes and children; numbers written the Chinese way.

/**
 * h('a', { href: '/x', class: 'link' }, 'text', child) → an element. Attributes: `class`, `text`, event handlers
 * as on* functions, booleans as present/absent; children may be strings, nodes, arrays, null (skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces what `element` holds with `children`. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

// Numbers and times are written out here rather than by Intl.NumberFormat and Intl.DateTimeFormat: the first
// formatter a page makes loads the browser's locale data, a main-thread pause of 50-100 ms before anything is drawn.

/** A figure as printed: 1,234 or 24,252.311082 (an amount keeps its own decimals, up to 6). */
export function figure(value) {
  if (value === null || value === undefined) return '—';
  const digits = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(6).replace(/\.?0+$/, '');
  const [whole, fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A rate (0.25) as a percentage (25.0%); — when it has no denominator (null). */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

// China has kept UTC+8 all year since 1991, before any report this service holds.
const chinaOffset = 8 * 60 * 60 * 1000;
const twoDigits = n => String(n).padStart(2, '0');

/** A UTC timestamp in China time, as a clerk reads it: 2021-01-20 09:30. */
export function chinaTime(iso) {
  if (!iso) return '—';
  const t = new Date(Date.parse(iso) + chinaOffset);
  return `${t.getUTCFullYear()}-${twoDigits(t.getUTCMonth() + 1)}-${twoDigits(t.getUTCDate())} ${twoDigits(t.getUTCHours())}:${twoDigits(t.getUTCMinutes())}`;
}

/** A status line for a region that is loading or failed: role=status, so screen readers hear it. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
