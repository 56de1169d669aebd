// Choosing an area: search the registry by name (GET /api/v1/areas?q=), walk down from the country (GET
// /api/v1/provinces, then /api/v1/areas/{code}/children) and back up through the breadcrumbs. Every choice is a
// link, so that the browser's history, a new tab and the keyboard work as on any page.
import { getJson } from './api.js';
import { h, show, notice } from './dom.js';
import { levels, levelOf } from './labels.js';

/**
 * The units under the area `code` (the provinces when it is null, the country; none under a township), read at once: the
 * page asks for them before it has the area's name.
 */
export function readChildUnits(code) {
  const units = levelOf(code) === 'township' ? Promise.resolve([])
    : code ? allChildren(code) : getJson('/api/v1/provinces').then(answer => answer.provinces);
  // A failure is shown by the picker, which awaits the units once it is drawn.
  units.catch(() => {});
  return units;
}

/**
 * Fills `element` with the picker for `area` (null for the country: { code, name, level, parents } as
 * GET /api/v1/areas/{code} answers). `href(area)` is where choosing an area leads; `units`, what readChildUnits read.
 */
export async function areaPicker(element, area, href, units = readChildUnits(area?.code ?? null)) {
  const results = h('ul', { class: 'search-results', id: 'area-results', 'aria-live': 'polite' });
  const input = h('input', { id: 'area-q', type: 'search', name: 'q', maxlength: '50', autocomplete: 'off',
    placeholder: '如：唐河、上屯镇、4113', required: true });
  const form = h('form', { role: 'search', class: 'area-search', onsubmit: event => {
    event.preventDefault();
    search(input.value.trim(), results, href);
  } },
    h('label', { for: 'area-q' }, '按名称或代码查找地区'),
    h('div', { class: 'inline' }, input, h('button', { type: 'submit' }, '查找')));

  const children = h('div', { class: 'children' });
  show(element, form, results, breadcrumbs(area, href), children);
  await childList(children, area, units, href);
}

async function search(q, results, href) {
  if (!q) return;
  show(results, notice('正在查找…'));
  try {
    const answer = await getJson('/api/v1/areas', { q, limit: 20 });
    if (answer.areas.length === 0) {
      show(results, h('li', {}, `没有名称或代码含“${q}”的地区。`));
      return;
    }
    show(results, answer.areas.map(area => h('li', {},
      h('a', { href: href(area) }, area.name),
      ' ', h('span', { class: 'muted' }, `${levels[area.level]} · ${[...area.parents.map(p => p.name)].join(' ') || '全国'} · ${area.code}`))),
    answer.total > answer.count ? h('li', { class: 'muted' }, `共 ${answer.total} 个，显示前 ${answer.count} 个；请输入更完整的名称。`) : null);
  } catch (error) {
    show(results, h('li', {}, notice(`查找失败：${error.message}`, 'error')));
  }
}

function breadcrumbs(area, href) {
  const chain = area ? [...area.parents, area] : [];
  return h('nav', { class: 'breadcrumbs', 'aria-label': '所在地区' },
    h('ol', {},
      h('li', {}, area ? h('a', { href: href(null) }, '全国') : h('span', { 'aria-current': 'page' }, '全国')),
      chain.map((unit, i) => h('li', {}, i === chain.length - 1
        ? h('span', { 'aria-current': 'page' }, unit.name)
        : h('a', { href: href(unit) }, unit.name)))));
}

async function childList(element, area, answer, href) {
  if (area?.level === 'township') return;
  try {
    const units = await answer;
    const heading = area ? `${area.name}的下级地区（${units.length} 个）` : `省级地区（${units.length} 个）`;
    show(element, h('details', { class: 'child-list' },
      h('summary', {}, heading),
      h('ul', { class: 'columns' }, units.map(unit => h('li', {}, h('a', { href: href(unit) }, unit.name))))));
  } catch (error) {
    show(element, notice(`下级地区读取失败：${error.message}`, 'error'));
  }
}

/** Every unit under `code`, page after page (a county has a few dozen; a city's counties fit in one page). */
async function allChildren(code) {
  const units = [];
  let next = `/api/v1/areas/${code}/children?limit=1000`;
  while (next) {
    const page = await getJson(next);
    units.push(...page.children);
    next = page.next;
  }
  return units;
}
