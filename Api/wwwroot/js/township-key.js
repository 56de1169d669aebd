// The township's API key: typed in by the clerk, kept in this tab's sessionStorage only (gone when the tab closes),
// sent in the X-Api-Key header and nowhere else — never in an address, a form submission or a log line.
import { ApiError } from './api.js';
import { h, show } from './dom.js';
import { answerText } from './problem-text.js';

const storageName = 'disclosure.townshipKey';

export function townshipKey() {
  return sessionStorage.getItem(storageName) ?? '';
}

/** The key panel: a password field, keep (for this session), forget; `changed()` runs after either. */
export function keyPanel(element, changed) {
  const input = h('input', { id: 'township-key', type: 'password', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'tk_…', 'aria-describedby': 'key-help' });
  const status = h('p', { id: 'key-status', role: 'status' });
  const refresh = () => show(status, townshipKey()
    ? '已保存密钥（仅在本标签页的本次会话中；关闭标签页即清除）。'
    : '尚未输入密钥：可以查看和试填，检查与报送需要密钥。');
  const form = h('form', { class: 'inline', onsubmit: event => {
    event.preventDefault();
    if (input.value.trim()) sessionStorage.setItem(storageName, input.value.trim());
    input.value = '';
    refresh();
    changed();
  } },
    h('label', { for: 'township-key' }, '乡镇密钥'), input,
    h('button', { type: 'submit' }, '保存'),
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      sessionStorage.removeItem(storageName);
      refresh();
      changed();
    } }, '清除'));
  show(element,
    h('h2', { id: 'key-title' }, '乡镇密钥'),
    form,
    h('p', { id: 'key-help', class: 'muted' }, '密钥由县级管理员发放（每个乡镇一个），只在本次会话中保存在本浏览器，不写入网址。'),
    status);
  refresh();
}

/** What a refused write means for the clerk. */
export function keyMessage(error) {
  if (!(error instanceof ApiError)) return `出错了：${error.message}`;
  if (error.status === 401) return '密钥无效、已被撤销或未输入：请向县级管理员核对。';
  if (error.status === 403) return '这个密钥不能报送这个乡镇的报告：请核对乡镇代码和密钥。';
  if (error.status === 429) return '提交太频繁，请稍后再试。';
  return answerText(error);
}
