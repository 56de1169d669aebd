// The township explains its stored report's findings (POST …/explanations, with its key): each warning, acknowledged
// violation and outlier of the current revision, with the explanation in force or a field to write one. A later
// explanation of the same finding replaces the earlier one; a new revision's findings are explained anew.
import { storedReport, write } from './api.js';
import { h, show, notice, chinaTime } from './dom.js';
import { storedFindings } from './problem-text.js';
import { explanationOf } from './report-review.js';
import { townshipKey, keyMessage } from './township-key.js';

/** `places`: where the tables print each figure (printed-tables.js cellPlaces), which names each finding's cell. */
export async function explainPanel(element, township, year, places) {
  const path = `/api/v1/townships/${township}/reports/${year}`;
  const stored = await storedReport(township, year);
  if (!stored) {
    element.hidden = true;
    return;
  }
  const findings = storedFindings(stored, places);
  element.hidden = findings.length === 0;
  if (findings.length === 0) return;
  const explanations = stored.review.explanations ?? [];
  show(element,
    h('h2', { id: 'explain-title' }, `对提示和异常值的说明（第 ${stored.revision} 版）`),
    h('p', { class: 'muted' }, '县级审核时会看到这些说明；尚未说明的提示，县级需写明理由才能审核通过。'),
    h('ol', { class: 'explain' }, findings.map((f, i) => finding(f, i, explanationOf(explanations, f)))));

  function finding(f, i, explanation) {
    const id = `explain-${i}`;
    const text = h('textarea', { id, rows: '2', maxlength: '2000', required: true });
    const outcome = h('p', { role: 'status' });
    const button = h('button', { type: 'submit' }, explanation ? '更新说明' : '提交说明');
    return h('li', { 'data-code': f.code, 'data-pointer': f.pointer },
      h('p', {}, f.text),
      explanation
        ? h('p', { class: 'explanation' }, `已说明（${chinaTime(explanation.at)}）：${explanation.text}`)
        : h('p', { class: 'flag' }, '尚未说明'),
      h('form', { onsubmit: async event => {
        event.preventDefault();
        if (!townshipKey()) {
          show(outcome, notice('请先输入乡镇密钥。', 'error'));
          return;
        }
        button.disabled = true;
        try {
          await write('POST', `${path}/explanations`, { body: { code: f.code, pointer: f.pointer, text: text.value.trim() }, key: townshipKey() });
          await explainPanel(element, township, year, places);
        } catch (error) {
          show(outcome, notice(keyMessage(error), 'error'));
          button.disabled = false;
        }
      } },
        h('div', { class: 'field' }, h('label', { for: id }, '说明'), text), button, outcome));
  }
}
