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

const counts = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** A figure as printed: 1,234 or 24,252.311082 (an amount keeps its own decimals, up to 6). */
export function figure(value) {
  return value === null || value === undefined ? '—' : counts.format(value);
}

/** A rate (0.25) as a percentage (25.0%); — when it has no denominator (null). */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

// Made once: a formatter is costly to make, and a page writes dozens of times.
const chinaClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** A UTC timestamp in China time, as a clerk reads it: 2021-01-20 09:30. */
export function chinaTime(iso) {
  return iso ? chinaClock.format(new Date(iso)) : '—';
}

/** A status line for a region that is loading or failed: role=status, so screen readers hear it. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
