// A stored report's review, as the report page and the review desk show it: the state and every change of it
// (GET …/reviews), what changed from last year cell by cell with the printed labels (GET …/changes), and which
// explanation covers a finding.
import { h, show, figure, chinaTime, notice } from './dom.js';
import { reviewStates, reviewActions } from './labels.js';

/** The explanation in force for a finding ({ code, pointer }), or undefined: matched by code and pointer, as the API does. */
export function explanationOf(explanations, finding) {
  return explanations.find(e => !e.superseded && e.code === (finding.code ?? finding.rule) && (e.pointer ?? '') === (finding.pointer ?? ''));
}

/** Who did it: the admin, or a township key by its id. */
export function actor(by) {
  if (!by) return '—';
  return by === 'admin' ? '县级管理员' : `乡镇密钥 ${by}`;
}

export function reviewPanel(element, history) {
  show(element,
    h('h2', { id: 'review-title' }, '县级审核'),
    h('p', {}, '当前状态：', h('span', { class: `state state-${history.state}`, 'data-review-state': history.state },
      reviewStates[history.state] ?? history.state), `（第 ${history.revision} 版）`),
    reviewHistory(history));
}

/** Every change of the review state (GET …/reviews), oldest first; 尚未审核 when there is none. */
export function reviewHistory(history) {
  return history.history.length === 0 ? h('p', { class: 'muted' }, '尚未审核。') : h('div', { class: 'scroll' }, h('table', { class: 'data', id: 'review-history' },
      h('caption', { class: 'visually-hidden' }, '审核记录'),
      h('thead', {}, h('tr', {}, ['时间（北京时间）', '版本', '操作', '之后的状态', '理由', '操作者'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, history.history.map(e => h('tr', { 'data-action': e.action },
        h('td', {}, chinaTime(e.at)),
        h('td', {}, `第 ${e.revision} 版`),
        h('th', { scope: 'row' }, reviewActions[e.action] ?? e.action, e.overrode ? '（有未说明的提示，仍然通过）' : ''),
        h('td', {}, reviewStates[e.state] ?? e.state),
        h('td', {}, e.reason ?? '—'),
        h('td', {}, actor(e.by)))))));
}

const tableNames = { 二: '表二 主动公开', 三: '表三 收到和处理申请', 四: '表四 复议、诉讼', publications: '政策解读与重点领域' };

/** `changes`: GET …/changes?against=previousYear, or null when there is no report of the year before. */
export function changesPanel(element, changes, csv, year) {
  const title = h('h2', { id: 'changes-title' }, '与上年相比的变化');
  if (!changes) {
    show(element, title, notice(`没有 ${year - 1} 年度的报告，无从比较。`));
    return;
  }
  const value = (v, unit) => v === null || v === undefined ? '—' : `${figure(v)}${unit ? ` ${unit}` : ''}`;
  show(element, title,
    h('p', {}, `与 ${changes.from.year} 年度第 ${changes.from.revision} 版相比：两年都有的 ${figure(changes.compared)} 项中，` +
      `${figure(changes.changed)} 项有变化、${figure(changes.unchanged)} 项相同；只有上年有的 ${figure(changes.fromOnly)} 项，只有本年有的 ${figure(changes.toOnly)} 项。`),
    changes.cells.length === 0 ? null : h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '与上年相比的变化：数据表' },
      h('table', { class: 'data', id: 'changes-table' },
        h('caption', { class: 'visually-hidden' }, '与上年相比的变化'),
        h('thead', {}, h('tr', {}, ['表', '项目', '栏目', `${changes.from.year} 年`, `${changes.to.year} 年`, '增减', '倍数']
          .map((t, i) => h('th', { scope: 'col', class: i > 2 ? 'num' : null }, t)))),
        h('tbody', {}, changes.cells.map(c => h('tr', { 'data-pointer': c.pointer },
          h('td', {}, tableNames[c.table] ?? c.table),
          h('th', { scope: 'row' }, c.row),
          h('td', {}, c.column),
          h('td', { class: 'num' }, value(c.from, c.unit)),
          h('td', { class: 'num' }, value(c.to, c.unit)),
          h('td', { class: 'num' }, c.change === null ? '—' : `${c.change > 0 ? '+' : ''}${figure(c.change)}`),
          h('td', { class: 'num' }, c.ratio === null ? '—' : `×${figure(c.ratio)}`)))))),
    h('p', { class: 'downloads' }, h('a', { href: csv, download: '' }, '下载 CSV（同一数据，来自 API）')));
}
