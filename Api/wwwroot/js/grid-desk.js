// Entering or correcting a report in the grid: the stored report (or a blank form of the year's format), the
// previous year's 结转下年 offered as this year's 上年结转, a check as the clerk types (POST /reports/validate), and
// the submission (PUT /townships/{code}/reports/{year}) with its outcome.
import { getJson, storedReport, write, ApiError, url } from './api.js';
import { h, show, figure, notice } from './dom.js';
import { reportGrid } from './report-grid.js';
import { cellPlaces } from './printed-tables.js';
import { setAt, getAt } from './pointers.js';
import { errorText, findingText, rules } from './problem-text.js';
import { townshipKey, keyMessage } from './township-key.js';

const checkDelay = 500;

/** `storedNow(township, year)` runs after each stored revision (the explanations panel reads it again). */
export function gridDesk(element, outcome, storedNow = () => {}) {
  let current = null; // { township, year, format, layout, base, grid, division }
  let timer = null;

  async function open(township, year, imported = null) {
    show(element, h('h2', { id: 'grid-title' }, '表格填报'), notice('正在读取…'));
    outcome.hidden = true;
    try {
      const [division, stored, previous] = await Promise.all([
        getJson(`/api/v1/areas/${township}`),
        imported ? null : storedReport(township, year),
        storedReport(township, year - 1),
      ]);
      const report = imported?.report ?? stored?.report ?? null;
      const format = report?.format ?? (year >= 2021 ? '2021' : '2019');
      const layout = imported?.layout ?? (stored ? null : format);
      const set = stored
        ? (await getJson('/api/v1/tables', { area: township, year })).formats[0]
        : await getJson(`/api/v1/formats/${format}/tables`, { layout: layout === format ? null : layout });
      draw({ township, year, division, stored, previous, report, format, set, imported: Boolean(imported) });
    } catch (error) {
      show(element, h('h2', { id: 'grid-title' }, '表格填报'), notice(`读取失败：${error.message}`, 'error'));
    }
  }

  function draw({ township, year, division, stored, previous, report, format, set, imported }) {
    const values = new Map();
    for (const table of set.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (cell.cell) values.set(cell.cell, report ? getAt(report, cell.cell) ?? 0 : 0);
        }
      }
    }
    const grid = reportGrid(set, values, () => scheduleCheck());
    const published = h('input', { id: 'published-at', type: 'date', value: report?.publishedAt ?? '' });
    const problems = h('div', { id: 'grid-problems', 'aria-live': 'polite' });
    const acknowledged = h('div', { id: 'acknowledged' });
    current = { township, year, format, base: report, grid, places: cellPlaces([set]), division, published, problems, acknowledged, stored };

    show(element,
      h('h2', { id: 'grid-title' }, `${division.name} ${year} 年度报告（${format} 年版表格）`),
      stored
        ? h('p', {}, `已报送第 ${stored.revision} 版；在下面更正后再次报送，即成为新的一版。`)
        : h('p', {}, imported ? '以下是从文件中读到的数字，请核对、修改后报送。' : '尚未报送本年度报告：按发布的报告逐格填写，空格按 0 计，总计自动计算。'),
      carriedOverOffer(previous, year, grid),
      h('div', { class: 'field' }, h('label', { for: 'published-at' }, '报告发布日期（选填；按时与否据此判断）'), published),
      problems,
      grid.element,
      acknowledged,
      h('p', {}, h('button', { type: 'button', id: 'submit-report', onclick: submit }, stored ? '报送更正' : '报送'),
        ' ', h('a', { href: url('/report.html', { township, year }) }, '查看已报送的报告')));
    scheduleCheck(0);
  }

  function carriedOverOffer(previous, year, grid) {
    const row = previous?.report.applications.carriedForward;
    if (!row) return null;
    const columns = Object.keys(row).filter(c => c !== 'total');
    return h('div', { class: 'offer notice' },
      h('p', {}, `${year - 1} 年度报告的“四、结转下年度继续办理”为 ${figure(row.total)} 件（${columns.map(c => figure(row[c])).join('、')}），即本年的“二、上年结转”。`),
      h('button', { type: 'button', class: 'secondary', id: 'use-carried-over', onclick: () => {
        for (const column of columns) grid.set(`/applications/carriedOver/${column}`, row[column]);
        scheduleCheck(0);
      } }, `采用 ${year - 1} 年的结转数`));
  }

  /** The report the grid holds, in the contract's JSON: the stored or read report's other parts kept. */
  function reportOf() {
    const { all, unreadable } = current.grid.values();
    const report = current.base && current.base.format === current.format
      ? structuredClone(current.base)
      : { ...(current.base?.publications ? { publications: current.base.publications } : {}), ...(current.base?.narrative ? { narrative: current.base.narrative } : {}) };
    report.townshipCode = current.township;
    report.year = current.year;
    report.format = current.format;
    for (const [pointer, value] of all) setAt(report, pointer, value ?? 0);
    if (current.published.value) report.publishedAt = current.published.value;
    else delete report.publishedAt;
    const rules = [...current.acknowledged.querySelectorAll('input:checked')].map(i => i.value);
    if (rules.length) report.acknowledgedRules = rules;
    else delete report.acknowledgedRules;
    return { report, unreadable };
  }

  function scheduleCheck(delay = checkDelay) {
    clearTimeout(timer);
    timer = setTimeout(check, delay);
  }

  async function check() {
    if (!current) return;
    const { report, unreadable } = reportOf();
    const local = unreadable.map(pointer => ({ pointer, code: 'not-whole-number', detail: '请填写数字（金额最多 6 位小数）' }));
    if (!townshipKey()) {
      showProblems(local, [], notice('输入乡镇密钥后，填写时即可检查勾稽关系。'));
      return;
    }
    if (local.length) {
      showProblems(local, []);
      return;
    }
    try {
      const { body } = await write('POST', '/api/v1/reports/validate', { body: report, key: townshipKey() });
      showProblems(body.errors, body.warnings);
    } catch (error) {
      showProblems(error instanceof ApiError ? error.problem.errors ?? [] : [], [], notice(keyMessage(error), 'error'));
    }
  }

  function showProblems(errors, warnings, message = null) {
    const elsewhere = current.grid.problems(errors);
    const identities = [...new Set(errors.filter(e => e.rule).map(e => e.rule))];
    show(current.problems,
      message,
      errors.length === 0 && !message ? h('p', { class: 'notice notice-ok' }, '检查通过：没有发现问题。') : null,
      errors.length ? h('div', { class: 'notice notice-error', role: 'alert' },
        h('p', {}, `发现 ${errors.length} 个问题，已写在对应的格子旁：`),
        h('ul', {}, errors.map(e => h('li', {}, current.grid.fieldId(e.pointer)
          ? h('a', { href: `#${current.grid.fieldId(e.pointer)}` }, errorText(e))
          : `${e.pointer ?? ''} ${errorText(e)}`)))) : null,
      elsewhere.length ? h('p', { class: 'muted' }, '（其中不在表格中的问题见上面的列表。）') : null,
      warnings.length ? h('div', { class: 'notice' }, h('p', {}, `提示（不影响报送）：`),
        h('ul', {}, warnings.map(w => h('li', {}, findingText(w, current.places))))) : null);
    const checked = new Set([...current.acknowledged.querySelectorAll('input:checked')].map(i => i.value));
    // A rule once acknowledged stays on offer (checked) though the check, acknowledging it, no longer lists it.
    const offered = [...new Set([...identities, ...checked])];
    show(current.acknowledged, offered.length ? h('fieldset', {},
      h('legend', {}, '按已发布的报告原样报送'),
      h('p', { class: 'muted' }, '已发布的报告本身不符合勾稽关系时，可以确认后原样报送；报告将被标记，县级可见。'),
      offered.map(rule => h('label', { class: 'check' },
        h('input', { type: 'checkbox', value: rule, checked: checked.has(rule), onchange: () => scheduleCheck(0) }),
        ` 确认违反规则 ${rule}：${rules[rule] ?? ''}`))) : null);
  }

  async function submit() {
    if (!townshipKey()) {
      showProblems([], [], notice('请先输入乡镇密钥。', 'error'));
      document.getElementById('township-key')?.focus();
      return;
    }
    const { report, unreadable } = reportOf();
    if (unreadable.length) {
      await check();
      return;
    }
    const button = document.getElementById('submit-report');
    button.disabled = true;
    try {
      const answer = await write('PUT', `/api/v1/townships/${current.township}/reports/${current.year}`, { body: report, key: townshipKey() });
      stored(answer);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) showProblems(error.problem.errors, [], notice(`未能报送：${error.problem.title ?? error.message}`, 'error'));
      else showProblems([], [], notice(keyMessage(error), 'error'));
      current.problems.scrollIntoView({ block: 'start' });
    } finally {
      button.disabled = false;
    }
  }

  function stored({ status, body }) {
    const what = status === 201 ? '已报送（新报告）' : body.revision === current.stored?.revision ? '内容与当前版本相同，未产生新版本' : '已报送（新的一版）';
    outcome.hidden = false;
    show(outcome,
      h('h2', { id: 'outcome-title' }, what),
      h('dl', { class: 'facts' },
        h('dt', {}, '乡镇'), h('dd', {}, `${body.townshipName}（${body.townshipCode}）`),
        h('dt', {}, '年度'), h('dd', {}, String(body.year)),
        h('dt', {}, '版本'), h('dd', { 'data-fact': 'revision' }, `第 ${body.revision} 版`),
        h('dt', {}, '标记'), h('dd', {}, body.flagged ? '已标记（确认违反勾稽关系）' : '未标记')),
      body.warnings.length ? [h('h3', {}, '提示'), h('ul', {}, body.warnings.map(w => h('li', {}, findingText(w, current.places)))),
        h('p', {}, h('a', { href: '#explain' }, '在下方对这些提示逐条说明'))] : null,
      h('p', {}, h('a', { href: url('/report.html', { township: body.townshipCode, year: body.year }) }, '查看已报送的报告')));
    current.stored = body;
    storedNow(body.townshipCode, body.year);
    outcome.scrollIntoView({ block: 'start' });
  }

  return {
    open: (township, year) => open(township, year),
    /** Shows a report read from a document in the grid, to correct before it is submitted. */
    edit: (township, year, report, layout) => open(township, year, { report, layout }),
    keyChanged: () => scheduleCheck(0),
    /** Where the grid's tables print each figure (cellPlaces of the set it shows), for naming a finding's cell. */
    places: () => current?.places ?? new Map(),
  };
}
