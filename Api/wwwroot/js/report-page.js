// One township's report for one year (/report.html?township=411328110&year=2020), the end of the dashboard's
// drill-down: what is stored (revision, time, flagged), its review state and history, its violations, warnings and
// outliers with the township's explanations, its revisions, what changed from last year, and its tables.
import { getJson, storedReport, url } from './api.js';
import { h, show, chinaTime, notice } from './dom.js';
import { printedTableSet, cellPlaces } from './printed-tables.js';
import { findingText, violationText } from './problem-text.js';
import { reviewStates } from './labels.js';
import { reviewPanel, changesPanel, explanationOf } from './report-review.js';

async function main() {
  const query = new URLSearchParams(location.search);
  const township = query.get('township') ?? '';
  const year = Number(query.get('year'));
  const division = await getJson(`/api/v1/areas/${encodeURIComponent(township)}`);
  const chain = [...division.parents, division];
  const path = `/api/v1/townships/${township}/reports/${year}`;

  document.title = `${division.name} ${year} 年度报告 · 政府信息公开工作年度报告`;
  show(document.getElementById('title'), `${division.name} ${year} 年政府信息公开工作年度报告`);
  show(document.getElementById('trail'), h('ol', {},
    h('li', {}, h('a', { href: `/?area=&year=${year}` }, '全国')),
    chain.map(unit => h('li', {}, unit === division
      ? h('span', { 'aria-current': 'page' }, unit.name)
      : h('a', { href: `/?area=${unit.code}&year=${year}` }, unit.name)))));

  const [stored, years, tables] = await Promise.all([storedReport(township, year), getJson('/api/v1/reports', { area: township }),
    getJson('/api/v1/tables', { area: township, year })]);
  const otherYears = h('p', {}, '其他年度：', years.reports.length === 0 ? '无' : years.reports.map(r =>
    r.year === year ? h('strong', { class: 'year-link' }, `${r.year} `) : [h('a', { href: url('/report.html', { township, year: r.year }) }, String(r.year)), ' ']));
  const deskLink = h('a', { class: 'button', href: url('/desk.html', { township, year }) }, stored ? '在填报台中更正' : '在填报台中填报');

  if (!stored) {
    show(document.getElementById('summary'), h('h2', { id: 'summary-title' }, '报送情况'),
      notice(`${division.name}尚未报送 ${year} 年度报告。`), otherYears, deskLink);
    for (const id of ['review', 'problems', 'revisions', 'changes', 'tables']) document.getElementById(id).hidden = true;
    document.body.dataset.ready = 'true';
    return;
  }

  show(document.getElementById('summary'),
    h('h2', { id: 'summary-title' }, '报送情况'),
    h('dl', { class: 'facts' },
      h('dt', {}, '格式'), h('dd', {}, `${stored.format} 年版`),
      h('dt', {}, '当前版本'), h('dd', { 'data-fact': 'revision' }, `第 ${stored.revision} 版`),
      h('dt', {}, '审核状态'), h('dd', {}, h('span', { class: `state state-${stored.review.state}`, 'data-fact': 'state' },
        reviewStates[stored.review.state] ?? stored.review.state)),
      h('dt', {}, '报送时间'), h('dd', {}, `${chinaTime(stored.submittedAt)}（北京时间）`),
      h('dt', {}, '发布日期'), h('dd', {}, stored.report.publishedAt ?? '未填'),
      h('dt', {}, '标记'), h('dd', { class: stored.flagged ? 'flag' : null, 'data-fact': 'flagged' },
        stored.flagged ? '已标记：按发布内容报送，确认违反勾稽关系' : '未标记')),
    otherYears,
    h('p', { class: 'downloads' },
      h('a', { href: url(path, { format: 'xlsx' }), download: '' }, '下载 Excel（XLSX）'), ' · ',
      h('a', { href: url(path, { format: 'html' }) }, '打印版（HTML）'), ' · ',
      h('a', { href: url(path, { format: 'text' }) }, '纯文本'), ' · ',
      h('a', { href: path }, 'JSON')),
    deskLink);

  const explained = stored.review.explanations ?? [];
  // A finding names its cell as printed, and links to it in the tables at the foot of the page.
  const places = cellPlaces(tables.formats);
  const finding = (f, text) => {
    const explanation = explanationOf(explained, f);
    const place = places.get(f.pointer);
    return h('li', { 'data-pointer': f.pointer ?? '', 'data-code': f.code ?? f.rule },
      text, place ? [' ', h('a', { class: 'to-cell', href: `#${place.id}` }, '查看此格')] : null, ' ', explanation
        ? h('span', { class: 'explanation' }, `乡镇说明（第 ${explanation.revision} 版，${chinaTime(explanation.at)}）：${explanation.text}`)
        : h('span', { class: 'muted' }, '（尚未说明）'));
  };
  const outliers = stored.outliers ?? [];
  show(document.getElementById('problems'),
    h('h2', { id: 'problems-title' }, '勾稽关系、提示与异常值'),
    stored.violations.length + stored.warnings.length + outliers.length === 0 ? h('p', { class: 'muted' }, '没有违反的勾稽关系，也没有提示或异常值。') : null,
    stored.violations.length ? [h('h3', {}, `确认违反的勾稽关系（${stored.violations.length}）`),
      h('ul', {}, stored.violations.map(v => finding({ code: v.rule, pointer: v.pointer }, violationText(v, places))))] : null,
    stored.warnings.length ? [h('h3', {}, `提示（${stored.warnings.length}）`),
      h('ul', {}, stored.warnings.map(w => finding(w, findingText(w, places))))] : null,
    outliers.length ? [h('h3', {}, `异常值（${outliers.length}）`),
      h('ul', { id: 'outliers' }, outliers.map(o => finding(o, findingText(o, places))))] : null);

  const [revisions, history] = await Promise.all([getJson(`${path}/revisions`), getJson(`${path}/reviews`)]);
  reviewPanel(document.getElementById('review'), history);
  // Asked only when there is a report of the year before: the API's 404 would be a console error in the browser.
  const previous = years.reports.some(r => r.year === year - 1);
  await changesPanel(document.getElementById('changes'), previous ? await getJson(`${path}/changes`, { against: 'previousYear' }) : null,
    url(`${path}/changes`, { against: 'previousYear', format: 'csv' }), year);
  show(document.getElementById('revisions'),
    h('h2', { id: 'revisions-title' }, `历次版本（${revisions.revisions.length}）`),
    h('div', { class: 'scroll' }, h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ['版本', '报送时间（北京时间）', '报送者', '标记', '与上一版相比'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, revisions.revisions.map(r => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: url(path, { revision: r.revision }) }, `第 ${r.revision} 版`)),
        h('td', {}, chinaTime(r.submittedAt)),
        h('td', {}, r.submittedBy === 'admin' ? '县级管理员' : `乡镇密钥 ${r.submittedBy}`),
        h('td', { class: r.flagged ? 'flag' : null }, r.flagged ? '已标记' : '—'),
        h('td', {}, r.revision > 1 ? h('a', { href: url(`${path}/changes`, { from: r.revision - 1, to: r.revision }) }, `第 ${r.revision - 1} 版 → 第 ${r.revision} 版的变化`) : '—')))))));

  show(document.getElementById('tables'),
    h('h2', { id: 'tables-title' }, tables.title),
    tables.formats.map(set => printedTableSet(set)));
  document.body.dataset.ready = 'true';
}

main().catch(error => {
  show(document.getElementById('summary'), notice(`页面读取失败：${error.message}`, 'error'));
  document.body.dataset.ready = 'error';
});
