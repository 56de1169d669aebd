// The county's review desk (/review.html?area=411328&year=2024): the quality worklist of an area and year and the
// other reports stored, a report opened with its findings and explanations, and the county's decisions on it —
// accept (overriding unexplained findings with a reason), return with a reason, unlock, withdraw with a reason after a
// confirmation. The area and year may be in the address; the admin key never is.
import { getJson, write, url, ApiError } from './api.js';
import { h, show, notice, chinaTime } from './dom.js';
import { adminKey, adminKeyPanel } from './admin-key.js';
import { kindLabel, reviewStates } from './labels.js';
import { storedFindings, answerText, itemText } from './problem-text.js';
import { cellPlaces } from './printed-tables.js';
import { reviewHistory, explanationOf } from './report-review.js';

const thisYear = new Date().getFullYear();
const worklistElement = document.getElementById('worklist');
const opened = document.getElementById('opened');
let chosen = null; // { area, year }

function main() {
  const query = new URLSearchParams(location.search);
  const area = query.get('area') ?? '';
  const year = Number(query.get('year')) || thisYear - 1;
  adminKeyPanel(document.getElementById('key'), () => {});
  const ready = area ? load(area, year) : Promise.resolve();
  whichArea(document.getElementById('which'), area, year);
  ready.finally(() => { document.body.dataset.ready = 'true'; });
}

/**
 * Which county and year: a county found by name (GET /api/v1/areas?q=, county-level units only) or by its 6-digit
 * code; several matches are listed with their parents (the registry has many a 城关镇 and a few 东区), one is opened.
 */
function whichArea(element, area, year) {
  const q = h('input', { id: 'area-q', type: 'search', maxlength: '50', autocomplete: 'off', required: true,
    value: area, placeholder: '如：唐河县、唐河、411328', 'aria-describedby': 'area-help' });
  const years = [];
  for (let y = thisYear; y >= 2008; y--) years.push(y);
  const select = h('select', { id: 'review-year' }, years.map(y => h('option', { value: y, selected: y === year }, `${y} 年`)));
  const results = h('ul', { class: 'search-results', id: 'county-results', 'aria-live': 'polite' });
  const choose = code => {
    history.replaceState(null, '', url('/review.html', { area: code, year: select.value }));
    show(results);
    load(code, Number(select.value));
  };
  show(element,
    h('h2', { id: 'which-title' }, '审核哪个县、哪一年'),
    h('form', { class: 'which', role: 'search', onsubmit: event => {
      event.preventDefault();
      findCounty(q.value.trim(), results, choose);
    } },
      h('div', { class: 'field' }, h('label', { for: 'area-q' }, '县（市、区）名称或代码'), q),
      h('div', { class: 'field' }, h('label', { for: 'review-year' }, '报告年度'), select),
      h('button', { type: 'submit' }, '读取待办')),
    h('p', { id: 'area-help', class: 'muted' }, '输入县级地区的名称（或名称的一部分）或 6 位区划代码，例如“唐河”或 411328。'),
    results);
}

async function findCounty(q, results, choose) {
  if (!q) return;
  if (/^[0-9]{6}$/.test(q)) {
    choose(q);
    return;
  }
  show(results, h('li', {}, notice('正在查找…')));
  try {
    const answer = await getJson('/api/v1/areas', { q, limit: 100 });
    const counties = answer.areas.filter(a => a.level === 'county');
    if (counties.length === 1) {
      choose(counties[0].code);
      return;
    }
    if (counties.length === 0) {
      show(results, h('li', {}, `没有名称含“${q}”的县级地区${answer.areas.length ? '（找到的是其他级别的地区，请输入县、市辖区或县级市的名称）' : ''}。`));
      return;
    }
    show(results, counties.map(county => h('li', {},
      h('button', { type: 'button', class: 'link', 'data-area': county.code, onclick: () => choose(county.code) }, county.name),
      ' ', h('span', { class: 'muted' }, `${county.parents.map(p => p.name).join(' ')} · ${county.code}`))),
    answer.next ? h('li', { class: 'muted' }, '只列出前 100 个匹配的地区；请输入更完整的名称。') : null);
  } catch (error) {
    show(results, h('li', {}, notice(`查找失败：${answerText(error)}`, 'error')));
  }
}

/** The worklist (GET /api/v1/quality) and the reports stored (GET /api/v1/reports) of the area and year. */
async function load(area, year) {
  chosen = { area, year };
  worklistElement.hidden = false;
  show(worklistElement, h('h2', { id: 'worklist-title' }, '质量待办'), notice('正在读取…'));
  try {
    const [q, stored, division] = await Promise.all([
      getJson('/api/v1/quality', { area, year, limit: 1000 }),
      getJson('/api/v1/reports', { area, year, limit: 1000 }),
      getJson(`/api/v1/areas/${encodeURIComponent(area)}`),
    ]);
    const place = [...division.parents.map(p => p.name), division.name].join(' ');
    const listed = new Set(q.townships.map(t => t.townshipCode));
    const others = stored.reports.filter(r => !listed.has(r.townshipCode));
    show(worklistElement,
      h('h2', { id: 'worklist-title' }, `${division.name} ${year} 年度质量待办`),
      h('p', { class: 'muted', id: 'worklist-place' }, `${place} · ${division.code}`),
      h('p', {}, `应报 ${q.expected}，已报 ${q.submitted}；需要关注 ${q.listed} 个乡镇，没有问题 ${q.clean} 个。`,
        q.totals.map(t => ` ${kindLabel(t.kind)} ${t.items} 条`).join('；')),
      q.next ? h('p', { class: 'muted' }, '只列出前 1000 个，完整清单见 CSV。') : null,
      h('p', { class: 'downloads' }, h('a', { href: url('/api/v1/quality', { area, year, format: 'csv' }), download: '' }, '下载待办清单（CSV）')),
      h('div', { class: 'scroll' }, h('table', { class: 'data', id: 'worklist-table' },
        h('caption', { class: 'visually-hidden' }, '质量待办'),
        h('thead', {}, h('tr', {}, ['乡镇', '版本', '需要关注', ''].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {},
          q.townships.map(t => h('tr', { 'data-township': t.townshipCode },
            h('th', { scope: 'row' }, t.townshipName),
            h('td', {}, t.revision ? `第 ${t.revision} 版` : '未报'),
            h('td', {}, h('ul', { class: 'plain' }, t.items.map(item => h('li', { 'data-kind': item.kind }, itemText(item))))),
            h('td', {}, t.revision ? openButton(t.townshipCode, t.townshipName, year) : '—'))),
          others.map(r => h('tr', { 'data-township': r.townshipCode },
            h('th', { scope: 'row' }, r.townshipName),
            h('td', {}, `第 ${r.revision} 版`),
            h('td', { class: 'muted' }, '没有发现问题'),
            h('td', {}, openButton(r.townshipCode, r.townshipName, year))))))));
  } catch (error) {
    show(worklistElement, h('h2', { id: 'worklist-title' }, '质量待办'), notice(answerText(error), 'error'));
  }
}

function openButton(township, name, year) {
  return h('button', { type: 'button', class: 'secondary', 'data-open': township, 'aria-label': `打开${name}的报告`,
    onclick: () => open(township, year) }, '打开');
}

/** One report: its state, findings with their explanations, history, and the decisions its state allows. */
async function open(township, year, message = null) {
  const path = `/api/v1/townships/${township}/reports/${year}`;
  opened.hidden = false;
  show(opened, h('h2', { id: 'opened-title' }, '报告'), notice('正在读取…'));
  try {
    const [stored, history, tables] = await Promise.all([getJson(path), getJson(`${path}/reviews`),
      getJson('/api/v1/tables', { area: township, year })]);
    const review = stored.review;
    const explanations = review.explanations ?? [];
    // Each finding names its cell as the tables print it.
    const findings = storedFindings(stored, cellPlaces(tables.formats));
    show(opened,
      h('h2', { id: 'opened-title' }, `${stored.townshipName} ${year} 年度报告（第 ${stored.revision} 版）`),
      message,
      h('p', {}, '审核状态：', h('span', { class: `state state-${review.state}`, id: 'opened-state', 'data-state': review.state },
        reviewStates[review.state] ?? review.state),
        ` · 报送于 ${chinaTime(stored.submittedAt)} · `,
        h('a', { href: url('/report.html', { township, year }) }, '查看报告全文和统计表')),
      findings.length === 0 ? h('p', { class: 'muted' }, '没有提示、异常值或确认违反的勾稽关系。') : [
        h('h3', {}, `提示与异常（${findings.length}，其中未说明 ${review.unexplained.length}）`),
        h('ul', {}, findings.map(f => {
          const explanation = explanationOf(explanations, f);
          return h('li', { 'data-code': f.code, 'data-pointer': f.pointer }, f.text, ' ', explanation
            ? h('span', { class: 'explanation' }, `乡镇说明：${explanation.text}`)
            : h('strong', { class: 'flag' }, '（未说明）'));
        }))],
      h('h3', {}, '审核'),
      decisions(township, year, stored, path),
      h('h3', {}, '审核记录'),
      reviewHistory(history));
    opened.scrollIntoView({ block: 'start' });
  } catch (error) {
    show(opened, h('h2', { id: 'opened-title' }, '报告'), notice(answerText(error), 'error'));
  }
}

function decisions(township, year, stored, path) {
  const state = stored.review.state;
  const unexplained = stored.review.unexplained.length;
  const outcome = h('div', { id: 'decision-outcome', 'aria-live': 'assertive' });
  const act = async (button, send, done) => {
    if (!adminKey()) {
      show(outcome, notice('请先输入管理员密钥。', 'error'));
      document.getElementById('admin-key')?.focus();
      return;
    }
    button.disabled = true;
    try {
      await send();
      await open(township, year, notice(done, 'ok'));
      if (chosen) load(chosen.area, chosen.year);
    } catch (error) {
      show(outcome, notice(error instanceof ApiError ? answerText(error) : `出错了：${error.message}`, 'error'));
      button.disabled = false;
    }
  };
  const decide = body => write('POST', `${path}/reviews`, { body: { revision: stored.revision, ...body }, key: adminKey() });
  const reasonField = (id, label, required) => {
    const input = h('textarea', { id, rows: '2', maxlength: '2000', required });
    return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
  };

  const forms = [];
  if (state === 'submitted' || state === 'returned') {
    const reason = reasonField('accept-reason', unexplained ? '理由（仍然通过时必填）' : '备注（选填）', false);
    const override = h('input', { type: 'checkbox', id: 'accept-override' });
    const button = h('button', { type: 'submit', id: 'accept' }, '审核通过');
    forms.push(h('form', { onsubmit: event => {
      event.preventDefault();
      act(button, () => decide({ decision: 'accepted', override: override.checked, reason: reason.input.value.trim() || undefined }),
        '已审核通过：报告已锁定，乡镇不能再报送新版本，除非县级解锁。');
    } },
      h('fieldset', {}, h('legend', {}, '审核通过'),
        unexplained ? [
          h('p', { class: 'notice' }, `有 ${unexplained} 条提示或异常尚未说明。`),
          h('label', { class: 'check' }, override, ' 仍然通过（记录为覆盖未说明的提示，须写明理由）')] : null,
        reason.field, button)));
  }
  if (state === 'submitted') {
    const reason = reasonField('return-reason', '退回理由（必填，乡镇可见）', true);
    const button = h('button', { type: 'submit', id: 'return' }, '退回');
    forms.push(h('form', { onsubmit: event => {
      event.preventDefault();
      act(button, () => decide({ decision: 'returned', reason: reason.input.value.trim() }), '已退回：乡镇更正后重新报送即回到待审核。');
    } }, h('fieldset', {}, h('legend', {}, '退回乡镇'), reason.field, button)));
  }
  if (state === 'accepted') {
    const reason = reasonField('unlock-reason', '解锁理由（必填）', true);
    const button = h('button', { type: 'submit', id: 'unlock' }, '解锁');
    forms.push(h('form', { onsubmit: event => {
      event.preventDefault();
      act(button, () => decide({ decision: 'unlocked', reason: reason.input.value.trim() }), '已解锁：乡镇可以报送更正。');
    } }, h('fieldset', {}, h('legend', {}, '解锁，允许更正'), reason.field, button)));
  }
  if (state !== 'withdrawn') {
    const reason = reasonField('withdraw-reason', '撤回理由（必填）', true);
    const confirm = h('input', { type: 'checkbox', id: 'withdraw-confirm', required: true });
    const button = h('button', { type: 'submit', id: 'withdraw', class: 'danger' }, '撤回报告');
    forms.push(h('form', { onsubmit: event => {
      event.preventDefault();
      act(button, () => write('DELETE', path, { params: { reason: reason.input.value.trim(), revision: stored.revision }, key: adminKey() }),
        '已撤回：报告不再计入任何汇总，记录保留；乡镇再次报送即重新立案。');
    } }, h('fieldset', {}, h('legend', {}, '撤回误报的报告'),
      h('p', { class: 'muted' }, '用于报错乡镇或年度的报告：撤回后不计入任何汇总和报送情况，历次版本和审核记录保留。'),
      reason.field,
      h('label', { class: 'check' }, confirm, ' 我确认撤回这份报告'),
      button)));
  }
  return [h('div', { class: 'actions' }, forms), outcome];
}

main();
