// Importing the report the township published: upload the document (PDF, Word, web page) or paste its text,
// read it without storing (POST /api/v1/imports, a dry run), review every cell read and where it came from, then
// submit it (store=true) or correct it in the grid first.
import { write, ApiError, url } from './api.js';
import { h, show, figure, notice } from './dom.js';
import { getAt } from './pointers.js';
import { errorText, findingText, rules } from './problem-text.js';
import { townshipKey, keyMessage } from './township-key.js';

const types = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html', htm: 'text/html', shtml: 'text/html',
  txt: 'text/plain',
};

export function importDesk(element, outcome, grid) {
  let which = { township: '', year: 0 };
  const file = h('input', { id: 'import-file', type: 'file', accept: '.pdf,.docx,.html,.htm,.shtml,.txt' });
  const text = h('textarea', { id: 'import-text', rows: '8', placeholder: '把已发布报告的全文（含三张统计表）粘贴到这里' });
  const review = h('div', { id: 'import-review', 'aria-live': 'polite' });

  show(element,
    h('h2', { id: 'import-title' }, '上传已发布的报告，或粘贴其文字'),
    h('p', { class: 'muted' }, '系统按统计表的标题和行列标签读出每一格，先试读、不保存；核对无误后再报送。'),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, '报告文件（PDF、Word、网页或文本）'), file),
    h('div', { class: 'field' }, h('label', { for: 'import-text' }, '或粘贴文字'), text),
    h('p', {}, h('button', { type: 'button', id: 'import-read', onclick: () => read(false) }, '试读（不保存）')),
    review);

  function body() {
    const chosen = file.files[0];
    if (chosen) {
      const extension = chosen.name.split('.').pop().toLowerCase();
      return { body: chosen, contentType: types[extension] ?? chosen.type };
    }
    if (text.value.trim()) return { body: text.value, contentType: 'text/plain; charset=utf-8' };
    return null;
  }

  async function read(store, acknowledgedRules = []) {
    const document = body();
    if (!document) {
      show(review, notice('请选择文件或粘贴文字。', 'error'));
      return;
    }
    if (!townshipKey()) {
      show(review, notice('请先输入乡镇密钥。', 'error'));
      return;
    }
    show(review, notice(store ? '正在报送…' : '正在读取…'));
    try {
      const params = { townshipCode: which.township || null, year: which.township ? which.year : null, store: store ? 'true' : null,
        acknowledgedRules: acknowledgedRules.length ? acknowledgedRules.join(',') : null };
      const answer = await write('POST', '/api/v1/imports', { params, ...document, key: townshipKey() });
      if (store) storedOutcome(answer.body, answer.status);
      else showReview(answer.body);
    } catch (error) {
      const problem = error instanceof ApiError ? error.problem : null;
      show(review, notice(problem?.errors ? `未能读出：${problem.title}` : keyMessage(error), 'error'),
        problem?.errors ? h('ul', {}, problem.errors.map(e => h('li', {}, [e.pointer, e.detail ?? errorText(e)].filter(Boolean).join('：')))) : null);
    }
  }

  function showReview(answer) {
    const d = answer.detected;
    const identities = [...new Set(answer.errors.filter(e => e.rule).map(e => e.rule))];
    const acknowledged = identities.map(rule => h('input', { type: 'checkbox', value: rule, id: `import-ack-${rule}` }));
    show(review,
      h('h3', {}, '读到的报告'),
      h('dl', { class: 'facts' },
        h('dt', {}, '乡镇'), h('dd', { 'data-fact': 'township' }, d.townshipName ? `${d.townshipName}（${d.townshipCode}）` : '—'),
        h('dt', {}, '年度'), h('dd', {}, String(d.year ?? '—')),
        h('dt', {}, '格式'), h('dd', {}, `${d.format} 年版${d.layout && d.layout !== d.format ? `（${d.layout}）` : ''}`),
        h('dt', {}, '标题'), h('dd', {}, d.title ?? '—'),
        h('dt', {}, '发布日期'), h('dd', {}, d.publishedAt ?? '未找到')),
      answer.valid
        ? h('p', { class: 'notice notice-ok' }, '检查通过：可以报送。')
        : h('div', { class: 'notice notice-error' }, h('p', {}, `发现 ${answer.errors.length} 个问题：`),
          h('ul', {}, answer.errors.map(e => h('li', {}, `${e.pointer}：${errorText(e)}`)))),
      answer.warnings.length ? h('ul', {}, answer.warnings.map(w => h('li', {}, findingText(w)))) : null,
      answer.notes.length ? [h('h4', {}, '读取说明'), h('ul', {}, answer.notes.map(n => h('li', {}, `${n.pointer ?? ''} ${n.message}`)))] : null,
      h('p', {}, `共读出 ${answer.sources.length} 格，其中 ${answer.blanks.length} 格为空白，按 0 计。`),
      h('details', { class: 'numbers', open: true },
        h('summary', {}, '逐格核对：每个数字及其出处'),
        h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': '读到的每一格' },
          h('table', { class: 'data', id: 'import-sources' },
            h('thead', {}, h('tr', {}, ['表', '行', '列', '原文', '读作'].map(t => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, answer.sources.map(s => h('tr', { 'data-cell': s.pointer, class: answer.blanks.includes(s.pointer) ? 'blank' : null },
              h('td', {}, s.table), h('th', { scope: 'row' }, s.row), h('td', {}, s.column ?? ''),
              h('td', {}, s.text ?? '（空白）'), h('td', { class: 'num' }, figure(getAt(answer.report, s.pointer))))))))),
      identities.length ? h('fieldset', {}, h('legend', {}, '按已发布的报告原样报送'),
        identities.map((rule, i) => h('label', { class: 'check', for: acknowledged[i].id }, acknowledged[i], ` 确认违反规则 ${rule}：${rules[rule] ?? ''}`))) : null,
      h('p', {},
        h('button', { type: 'button', id: 'import-store', onclick: () => read(true, acknowledged.filter(a => a.checked).map(a => a.value)) }, '核对无误，报送'),
        ' ',
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          document.getElementById('mode-grid').click();
          grid.edit(d.townshipCode, d.year, answer.report, d.layout);
        } }, '在表格中修改后再报送')));
  }

  function storedOutcome(answer, status) {
    outcome.hidden = false;
    const stored = answer.stored;
    show(review, notice(`已报送：第 ${stored.revision} 版。`, 'ok'));
    show(outcome,
      h('h2', { id: 'outcome-title' }, status === 201 ? '已报送（新报告）' : '已报送'),
      h('dl', { class: 'facts' },
        h('dt', {}, '乡镇'), h('dd', {}, `${answer.detected.townshipName}（${answer.detected.townshipCode}）`),
        h('dt', {}, '年度'), h('dd', {}, String(answer.detected.year)),
        h('dt', {}, '版本'), h('dd', { 'data-fact': 'revision' }, `第 ${stored.revision} 版`),
        h('dt', {}, '标记'), h('dd', {}, stored.flagged ? '已标记（确认违反勾稽关系）' : '未标记')),
      h('p', {}, h('a', { href: url('/report.html', { township: answer.detected.townshipCode, year: answer.detected.year }) }, '查看已报送的报告')));
  }

  return {
    open(township, year) {
      which = { township, year };
    },
  };
}
