// The county dashboard (/): the area and year come from the address (?area=411328&year=2024), so that every view
// can be bookmarked and sent; without them, the county of the first stored report and its latest year.
import { getJson, url } from './api.js';
import { h, show, notice } from './dom.js';
import { areaPicker, readChildUnits } from './area-picker.js';
import { completeness } from './completeness.js';
import { areaTables } from './area-tables.js';
import { dashboardCharts, readChartAnswers } from './dashboard-charts.js';
import { qualityPanel } from './quality-panel.js';
import { chartsDrawn } from './chart-figure.js';

const thisYear = new Date().getFullYear();
const firstYear = 2008;

async function main() {
  const query = new URLSearchParams(location.search);
  const chosen = query.get('area');
  const area = chosen === null ? await defaultArea() : chosen || null;
  // 只看审核通过: every count and sum of the page is of the reports the county accepted (status=accepted).
  const status = query.get('status') === 'accepted' ? 'accepted' : null;
  // Both at once: the first answers the page waits for.
  const first = Promise.all([
    area ? getJson(`/api/v1/areas/${encodeURIComponent(area)}`) : null,
    getJson('/api/v1/rollups/applications', { area, groupBy: 'year', status }),
  ]);
  // The year is in the address (every link of the page carries it); without it, the latest year with reports.
  const year = Number(query.get('year')) || (await first)[1].groups.at(-1)?.key.year || thisYear - 1;

  // area= present and empty is the country; no area at all is the default county.
  const dashboardHref = unit => `/?area=${unit ? unit.code : ''}&year=${year}${status ? `&status=${status}` : ''}`;
  const reportHref = code => url('/report.html', { township: code, year });
  const unitHref = unit => unit?.level === 'township' ? reportHref(unit.code) : dashboardHref(unit);

  // The panels and charts that need only the area and the year read their answers now, while the first ones are on their way.
  const early = [
    completeness(document.getElementById('completeness'), document.getElementById('review-states'), area, year, status, reportHref),
    areaTables(document.getElementById('tables'), area, year, status),
    qualityPanel(document.getElementById('quality'), area, year, reportHref),
  ];
  const childUnits = readChildUnits(area);
  const chartAnswers = readChartAnswers(area, year, status);
  const [division, byYear] = await first;
  const years = byYear.groups.map(g => g.key.year);

  document.title = `${division?.name ?? '全国'} ${year} 年度 · 政府信息公开工作年度报告`;
  show(document.getElementById('area-name'), division?.name ?? '全国');
  yearPicker(document.getElementById('year-picker'), year, years, division, status);
  if (division?.level === 'township') {
    show(document.getElementById('township-link'),
      h('a', { class: 'button', href: reportHref(division.code) }, `查看${division.name} ${year} 年度报告`));
  }

  await Promise.all([
    ...early,
    areaPicker(document.getElementById('picker'), division, unitHref, childUnits),
    dashboardCharts(document.getElementById('charts'), division, year, status, byYear, chartAnswers, code => code.length === 9 ? reportHref(code) : dashboardHref({ code })),
  ]);
  await chartsDrawn();
  // Every panel drawn, the charts on their canvases: what Benchmarks/run.sh measures as the page being interactive.
  performance.mark('dashboard-ready');
  document.body.dataset.ready = 'true';
}

/** The county of the first stored report (the sample reports', on a new install); the country when none is stored. */
async function defaultArea() {
  const first = await getJson('/api/v1/reports', { limit: 1 });
  if (first.reports.length === 0) return null;
  return first.reports[0].townshipCode.slice(0, 6);
}

function yearPicker(element, year, years, division, status) {
  const all = [];
  for (let y = thisYear; y >= firstYear; y--) all.push(y);
  const input = h('select', { id: 'year', name: 'year' },
    all.map(y => h('option', { value: y, selected: y === year }, years.includes(y) ? `${y} 年（有报告）` : `${y} 年`)));
  const form = h('form', { method: 'get', action: '/', class: 'inline' },
    h('input', { type: 'hidden', name: 'area', value: division?.code ?? '' }),
    h('label', { for: 'year' }, '年度'), input,
    h('label', { class: 'check' },
      h('input', { type: 'checkbox', id: 'accepted-only', name: 'status', value: 'accepted', checked: status === 'accepted',
        'aria-describedby': 'accepted-only-help', onchange: event => event.target.form.requestSubmit() }), ' 只看审核通过'),
    h('span', { id: 'accepted-only-help', class: 'muted' }, '（勾选或取消即按此重新读取全页）'),
    h('button', { type: 'submit' }, '查看'));
  show(element, form);
}

main().catch(error => {
  show(document.getElementById('completeness'), notice(`页面读取失败：${error.message}`, 'error'));
  document.body.dataset.ready = 'error';
});
