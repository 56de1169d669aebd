// The township desk (/desk.html?township=411328110&year=2021): the key, which report, then enter it in the grid or
// upload the published document. The township and year may be in the address; the key never is.
import { getJson, url } from './api.js';
import { h, show, notice } from './dom.js';
import { keyPanel } from './township-key.js';
import { gridDesk } from './grid-desk.js';
import { importDesk } from './import-desk.js';
import { explainPanel } from './explain-panel.js';

const thisYear = new Date().getFullYear();

function main() {
  const query = new URLSearchParams(location.search);
  const chosen = { township: query.get('township') ?? '', year: Number(query.get('year')) || thisYear - 1 };
  const explain = (township, year) => explainPanel(document.getElementById('explain'), township, year, grid.places())
    .catch(error => {
      document.getElementById('explain').hidden = false;
      show(document.getElementById('explain'), h('h2', { id: 'explain-title' }, '对提示和异常值的说明'), notice(`读取失败：${error.message}`, 'error'));
    });
  const grid = gridDesk(document.getElementById('grid-panel'), document.getElementById('outcome'), explain);
  const upload = importDesk(document.getElementById('import-panel'), document.getElementById('outcome'), grid);
  // The explanations name each finding's cell as the grid's tables print it, so they open once the grid has.
  const openReport = (township, year) => grid.open(township, year).finally(() => explain(township, year));

  keyPanel(document.getElementById('key'), () => grid.keyChanged());
  whichReport(document.getElementById('which'), chosen, async (township, year) => {
    history.replaceState(null, '', url('/desk.html', { township, year }));
    upload.open(township, year);
    await openReport(township, year);
  });
  modes();
  if (chosen.township) {
    upload.open(chosen.township, chosen.year);
    openReport(chosen.township, chosen.year)
      .finally(() => { document.body.dataset.ready = 'true'; });
  } else {
    show(document.getElementById('grid-panel'), h('h2', { id: 'grid-title' }, '表格填报'), notice('请先选择乡镇和年度。'));
    document.body.dataset.ready = 'true';
  }
}

/** The township (by code, or found by name) and the year; `open(township, year)` when the clerk asks. */
function whichReport(element, chosen, open) {
  const code = h('input', { id: 'township-code', type: 'text', inputmode: 'numeric', pattern: '[0-9]{9}', maxlength: '9',
    required: true, value: chosen.township, 'aria-describedby': 'township-help' });
  const found = h('ul', { class: 'search-results', 'aria-live': 'polite' });
  const name = h('input', { id: 'township-name', type: 'search', autocomplete: 'off', placeholder: '如：上屯镇' });
  const years = [];
  for (let y = thisYear; y >= 2008; y--) years.push(y);
  const year = h('select', { id: 'report-year' }, years.map(y => h('option', { value: y, selected: y === chosen.year }, `${y} 年`)));

  const find = async () => {
    const q = name.value.trim();
    if (!q) return;
    const answer = await getJson('/api/v1/areas', { q, limit: 20 });
    const townships = answer.areas.filter(a => a.level === 'township');
    show(found, townships.length === 0 ? h('li', {}, `没有名称含“${q}”的乡镇。`) : townships.map(t => h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => { code.value = t.code; show(found); code.focus(); } },
        `${t.name}（${t.parents.map(p => p.name).join(' ')} · ${t.code}）`))));
  };
  show(element,
    h('h2', { id: 'which-title' }, '哪一份报告'),
    h('form', { class: 'which', onsubmit: event => { event.preventDefault(); open(code.value.trim(), Number(year.value)); } },
      h('div', { class: 'field' }, h('label', { for: 'township-code' }, '乡镇代码（9 位统计用区划代码）'), code),
      h('div', { class: 'field' }, h('label', { for: 'report-year' }, '报告年度'), year),
      h('button', { type: 'submit' }, '打开')),
    h('div', { class: 'field' },
      h('label', { for: 'township-name' }, '不知道代码？按名称查找'),
      h('div', { class: 'inline' }, name, h('button', { type: 'button', class: 'secondary', onclick: find }, '查找'))),
    h('p', { id: 'township-help', class: 'muted' }, '例如 411328110（河南省南阳市唐河县上屯镇）。'),
    found);
}

function modes() {
  const gridButton = document.getElementById('mode-grid');
  const importButton = document.getElementById('mode-import');
  const choose = useGrid => {
    document.getElementById('grid-panel').hidden = !useGrid;
    document.getElementById('import-panel').hidden = useGrid;
    gridButton.setAttribute('aria-pressed', String(useGrid));
    importButton.setAttribute('aria-pressed', String(!useGrid));
    gridButton.classList.toggle('secondary', !useGrid);
    importButton.classList.toggle('secondary', useGrid);
  };
  gridButton.addEventListener('click', () => choose(true));
  importButton.addEventListener('click', () => choose(false));
}

main();
