// Completeness at a glance (GET /api/v1/completeness): expected, submitted, on time, late, missing, and who; and in
// its own panel the review states of the reports submitted, with the returned ones and the county's reasons.
import { getJson, url } from './api.js';
import { h, show, figure, percent, chinaTime, notice } from './dom.js';
import { reviewStates } from './labels.js';

const listed = 200;

export async function completeness(element, statesElement, area, year, status, reportHref) {
  show(element, h('h2', { id: 'completeness-title' }, `${year} 年度报送情况`), notice('正在读取…'));
  show(statesElement, h('h2', { id: 'review-states-title' }, '审核状态'), notice('正在读取…'));
  try {
    const c = await getJson('/api/v1/completeness', { area, year, status });
    reviewStatesPanel(statesElement, c, status, reportHref);
    const late = c.late.length;
    const missing = c.missing.length;
    show(element,
      h('h2', { id: 'completeness-title' }, `${year} 年度报送情况`),
      h('dl', { class: 'stats' },
        stat('expected', '应报', c.expected),
        stat('submitted', '已报', c.submitted, `报送率 ${percent(c.rate)}`),
        stat('on-time', '按时', c.onTime, `按时率 ${percent(c.onTimeRate)}`),
        stat('late', '逾期', late),
        stat('missing', '未报', missing)),
      status ? h('p', { class: 'notice' }, '只看审核通过：已报、按时、逾期只计县级审核通过的报告，没有审核通过报告的乡镇计为未报。') : null,
      h('p', { class: 'muted' }, `截止时间：${chinaTime(c.deadline)}（北京时间）；按报告的发布日期判断，无发布日期的按首次报送时间。`),
      h('div', { class: 'lists' },
        townshipList('未报乡镇', c.missing, t => h('a', { href: reportHref(t.townshipCode) }, t.townshipName)),
        townshipList('逾期乡镇', c.late, t => [
          h('a', { href: reportHref(t.townshipCode) }, t.townshipName),
          ' ', h('span', { class: 'muted' }, t.judgedBy === 'publishedAt'
            ? `发布于 ${t.publishedAt}` : `首次报送 ${chinaTime(t.firstSubmittedAt)}`)])),
      h('p', { class: 'downloads' },
        h('a', { href: url('/api/v1/completeness', { area, year, status, format: 'csv', list: 'reminders' }), download: '' }, '下载催报名单（CSV）'),
        ' · ',
        h('a', { href: url('/api/v1/completeness', { area, year, status, format: 'csv' }), download: '' }, '下载全部乡镇报送情况（CSV）')));
  } catch (error) {
    show(element, h('h2', { id: 'completeness-title' }, `${year} 年度报送情况`), notice(`读取失败：${error.message}`, 'error'));
    show(statesElement, h('h2', { id: 'review-states-title' }, '审核状态'), notice(`读取失败：${error.message}`, 'error'));
  }
}

/** How many of the submitted reports are in each review state, and the returned ones not yet revised, with why. */
function reviewStatesPanel(element, c, status, reportHref) {
  element.classList.remove('pending');
  show(element,
    h('h2', { id: 'review-states-title' }, '审核状态'),
    h('dl', { class: 'stats' },
      Object.keys(c.states).map(state => stat(`state-${state}`, reviewStates[state] ?? state, c.states[state]))),
    h('p', { class: 'muted' }, status
      ? '只看审核通过：只计县级审核通过的报告。'
      : `已报的 ${figure(c.submitted)} 份报告中，各审核状态的份数（撤回的报告不计）。`),
    townshipList('已退回、尚未重报的乡镇', c.returned, t => [
      h('a', { href: reportHref(t.townshipCode) }, t.townshipName), ' ',
      h('span', { class: 'muted' }, `${chinaTime(t.returnedAt)} 退回：`), h('span', { 'data-reason': '' }, t.reason ?? '（未写理由）')],
      'plain'));
}

function stat(id, label, value, note) {
  return h('div', { class: `stat stat-${id}` },
    h('dt', {}, label),
    h('dd', { 'data-stat': id }, figure(value)),
    note ? h('dd', { class: 'muted' }, note) : null);
}

function townshipList(title, townships, item, layout = 'columns') {
  return h('details', { class: 'township-list', open: townships.length > 0 && townships.length <= 30 },
    h('summary', {}, `${title}（${townships.length}）`),
    townships.length === 0
      ? h('p', { class: 'muted' }, '无')
      : h('ul', { class: layout }, townships.slice(0, listed).map(t => h('li', { 'data-township': t.townshipCode }, item(t)))),
    townships.length > listed ? h('p', { class: 'muted' }, `只列出前 ${listed} 个，完整名单见 CSV。`) : null);
}
