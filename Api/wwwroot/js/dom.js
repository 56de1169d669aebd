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

// The formatters are made once, when first asked for, not as the module loads: making the first one loads the
// browser's locale and time-zone data, a main-thread pause of a tenth of a second or more that would otherwise
// hold back every request a page makes. A page calls prepareFormats() while its first answers are on their way.
let counts = null;
let chinaClock = null;

/** Makes the formatters now, while the page has nothing else to do (it waits for the network). */
export function prepareFormats() {
  counts ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });
  chinaClock ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
}

/** A figure as printed: 1,234 or 24,252.311082 (an amount keeps its own decimals, up to 6). */
export function figure(value) {
  if (value === null || value === undefined) return '—';
  prepareFormats();
  return counts.format(value);
}

/** A rate (0.25) as a percentage (25.0%); — when it has no denominator (null). */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A UTC timestamp in China time, as a clerk reads it: 2021-01-20 09:30. */
export function chinaTime(iso) {
  if (!iso) return '—';
  prepareFormats();
  return chinaClock.format(new Date(iso));
}

/** A status line for a region that is loading or failed: role=status, so screen readers hear it. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
