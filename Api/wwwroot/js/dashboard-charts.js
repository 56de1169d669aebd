// The dashboard's charts, each from one or two rollups (GET /api/v1/rollups/*) of the chosen area:
// applications and their outcomes by year, the disclosure and correction rates by year, and the units one level
// down compared for the chosen year.
import { getJson, url } from './api.js';
import { h, show, figure, percent, notice } from './dom.js';
import { chartFigure } from './chart-figure.js';
import { outcomes, newlyReceived, resultsTotal, disclosureRate, cases, allCasesCorrectionRate, childLevel, outcomeTotal, levelOf } from './labels.js';

/**
 * The rollups the charts draw besides the applications by year, read at once: the review-litigation rollup by year and
 * the units one level down compared for the year. The page asks for them before it knows more of the area than its code.
 */
export function readChartAnswers(area, year, status) {
  const level = childLevel[levelOf(area)];
  const answers = Promise.all([
    getJson('/api/v1/rollups/review-litigation', { area, groupBy: 'year', status }),
    level ? childUnits(area, year, status, level) : null,
  ]);
  // A failure is shown by dashboardCharts, which awaits the answers once the page has the area's name.
  answers.catch(() => {});
  return answers;
}

/**
 * `applications`: the area's applications rollup by year (GET /api/v1/rollups/applications?groupBy=year), read once by
 * the page; `answers`: what readChartAnswers read.
 */
export async function dashboardCharts(element, division, year, status, applications, answers, childHref) {
  const area = division?.code ?? null;
  show(element, h('h2', { id: 'charts-title' }, '图表'), notice('正在读取…'));
  try {
    const level = childLevel[division?.level ?? 'country'];
    const [reviews, units] = await answers;
    const comparison = h('div', { class: 'comparison' });
    show(element,
      h('h2', { id: 'charts-title' }, '图表'),
      h('div', { class: 'chart-grid' },
        outcomesByYear(applications, area, status),
        ratesByYear(applications, reviews, area, status)),
      comparison);
    if (level) comparisonChart(comparison, area, year, status, level, units, childHref);
  } catch (error) {
    show(element, h('h2', { id: 'charts-title' }, '图表'), notice(`读取失败：${error.message}`, 'error'));
  }
}

function counted(groups) {
  return {
    reports: groups.reduce((sum, g) => sum + g.reports, 0),
    flagged: groups.reduce((sum, g) => sum + g.flagged, 0),
  };
}

function outcomesByYear(answer, area, status) {
  const groups = answer.groups;
  const years = groups.map(g => String(g.key.year));
  const series = outcomes.map(([name, label]) => ({
    name: label, type: 'bar', stack: 'outcomes',
    data: groups.map(g => outcomeTotal(g.applications.results, name)),
  }));
  const received = groups.map(g => g.applications.newlyReceived.total);
  const total = groups.map(g => g.applications.results.total.total);
  return chartFigure({
    id: 'outcomes-by-year',
    title: '收到申请与办理结果（按年度）',
    ...counted(groups),
    option: {
      legend: { type: 'scroll', top: 0 },
      xAxis: { type: 'category', data: years, name: '年度' },
      yAxis: { type: 'value', name: '件', minInterval: 1 },
      series: [...series, { name: newlyReceived, type: 'line', data: received }],
    },
    table: {
      head: ['', ...years.map(y => `${y} 年`)],
      rows: [
        [newlyReceived, ...received.map(figure)],
        ...series.map(s => [s.name, ...s.data.map(figure)]),
        [resultsTotal, ...total.map(figure)],
      ],
    },
    csv: url('/api/v1/rollups/applications', { area, groupBy: 'year', status, format: 'csv' }),
  });
}

function ratesByYear(applications, reviews, area, status) {
  const years = [...new Set([...applications.groups, ...reviews.groups].map(g => g.key.year))].sort();
  const byYear = (groups, year) => groups.find(g => g.key.year === year);
  const asPercent = rate => rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
  const rows = [
    [disclosureRate, years.map(y => byYear(applications.groups, y)?.applications.results.disclosureRate ?? null)],
    ...cases.map(([name, label]) => [`${label}纠错率`, years.map(y => byYear(reviews.groups, y)?.reviewLitigation[name].correctionRate ?? null)]),
    [allCasesCorrectionRate, years.map(y => byYear(reviews.groups, y)?.reviewLitigation.correctionRate ?? null)],
  ];
  return chartFigure({
    id: 'rates-by-year',
    title: '公开率与复议、诉讼纠错率（按年度）',
    ...counted(applications.groups),
    option: {
      legend: { type: 'scroll', top: 0 },
      xAxis: { type: 'category', data: years.map(String), name: '年度' },
      yAxis: { type: 'value', name: '%', max: 100, min: 0 },
      series: rows.map(([label, rates]) => ({ name: label, type: 'line', connectNulls: false, data: rates.map(asPercent) })),
    },
    table: {
      head: ['', ...years.map(y => `${y} 年`)],
      rows: rows.map(([label, rates]) => [label, ...rates.map(percent)]),
    },
    csv: url('/api/v1/rollups/review-litigation', { area, groupBy: 'year', status, format: 'csv' }),
  });
}

const measures = [
  ['received', newlyReceived, (a) => a.applications.newlyReceived.total],
  ['results', `三、本年度办理结果${resultsTotal}`, (a) => a.applications.results.total.total],
  ['disclosed', outcomes[0][1], (a) => a.applications.results.disclosed.total],
  ['review', '行政复议总计', (_, r) => r?.reviewLitigation.review.total ?? 0],
  ['litigation', '行政诉讼总计', (_, r) => (r?.reviewLitigation.litigationDirect.total ?? 0) + (r?.reviewLitigation.litigationAfterReview.total ?? 0)],
];

// Codes are ASCII digits: compared as they are, without a locale's collation (which the browser would load first).
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const orders = [
  ['desc', '按数量从多到少'],
  ['asc', '按数量从少到多'],
  ['code', '按区划代码'],
];

/** The units one level down with their applications and review-litigation figures for the year. */
async function childUnits(area, year, status, level) {
  const [applications, reviews] = await Promise.all([
    getJson('/api/v1/rollups/applications', { area, year, groupBy: level, status, limit: 10000 }),
    getJson('/api/v1/rollups/review-litigation', { area, year, groupBy: level, status, limit: 10000 }),
  ]);
  const codeOf = key => key[`${level}Code`];
  const reviewed = new Map(reviews.groups.map(r => [codeOf(r.key), r]));
  const units = applications.groups.map(g => ({
    code: codeOf(g.key),
    name: g.key[`${level}Name`],
    applications: g,
    reviews: reviewed.get(codeOf(g.key)),
  }));
  return { units, counted: counted(applications.groups) };
}

function comparisonChart(element, area, year, status, level, { units, counted: sums }, childHref) {
  const groupBy = level;
  const levelName = { province: '省', city: '市', county: '县', township: '乡镇' }[level];

  const measure = select('compare-measure', '比较项目', measures.map(([id, label]) => [id, label]));
  const order = select('compare-order', '排序', orders);
  const holder = h('div');
  const redraw = () => {
    const [, label, valueOf] = measures.find(([id]) => id === measure.input.value);
    const rows = units.map(u => ({ ...u, value: valueOf(u.applications, u.reviews) }));
    if (order.input.value === 'desc') rows.sort((a, b) => b.value - a.value || byCode(a, b));
    else if (order.input.value === 'asc') rows.sort((a, b) => a.value - b.value || byCode(a, b));
    else rows.sort((a, b) => byCode(a, b));
    show(holder, chartFigure({
      id: 'units-compared',
      title: `各${levelName}对比：${label}（${year} 年）`,
      ...sums,
      option: {
        tooltip: { renderMode: 'richText', trigger: 'axis' },
        grid: { left: 16, right: 40, top: 16, bottom: 16, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: rows.map(r => r.name) },
        series: [{ name: label, type: 'bar', data: rows.map(r => r.value), label: { show: true, position: 'right' } }],
      },
      // Each unit's name leads where its bar does, for the keyboard and screen readers too.
      table: { head: [levelName, label], rows: rows.map(r => [h('a', { href: childHref(r.code) }, r.name), figure(r.value)]) },
      csv: url('/api/v1/rollups/applications', { area, year, groupBy, status, format: 'csv' }),
      onClick: params => { location.href = childHref(rows[params.dataIndex].code); },
    }));
    holder.querySelector('.chart').style.height = `${Math.max(240, rows.length * 28 + 40)}px`;
  };
  measure.input.addEventListener('change', redraw);
  order.input.addEventListener('change', redraw);
  show(element,
    units.length === 0
      ? notice(`${year} 年度各${levelName}都没有报告可比较。`)
      : [h('div', { class: 'controls' }, measure.label, order.label), holder]);
  if (units.length) redraw();
}

function select(id, text, options) {
  const input = h('select', { id }, options.map(([value, label]) => h('option', { value }, label)));
  return { input, label: h('label', { for: id }, text, ' ', input) };
}
