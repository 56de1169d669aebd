// The county's admin key, for the review desk: typed in, kept in this tab's sessionStorage only (gone when the tab
// closes), sent in the X-Api-Key header and nowhere else — never in an address, a form submission or a log line.
import { h, show } from './dom.js';

const storageName = 'disclosure.adminKey';

export function adminKey() {
  return sessionStorage.getItem(storageName) ?? '';
}

/** The key panel: a password field, keep (for this session), forget; `changed()` runs after either. */
export function adminKeyPanel(element, changed) {
  const input = h('input', { id: 'admin-key', type: 'password', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'admin-key-help' });
  const status = h('p', { id: 'admin-key-status', role: 'status' });
  const refresh = () => show(status, adminKey()
    ? '已保存管理员密钥（仅在本标签页的本次会话中；关闭标签页即清除）。'
    : '尚未输入管理员密钥：可以查看待办和报告，审核需要密钥。');
  show(element,
    h('h2', { id: 'key-title' }, '管理员密钥'),
    h('form', { class: 'inline', onsubmit: event => {
      event.preventDefault();
      if (input.value.trim()) sessionStorage.setItem(storageName, input.value.trim());
      input.value = '';
      refresh();
      changed();
    } },
      h('label', { for: 'admin-key' }, '管理员密钥'), input,
      h('button', { type: 'submit' }, '保存'),
      h('button', { type: 'button', class: 'secondary', onclick: () => {
        sessionStorage.removeItem(storageName);
        refresh();
        changed();
      } }, '清除')),
    h('p', { id: 'admin-key-help', class: 'muted' }, '县级管理员的密钥，只在本次会话中保存在本浏览器，不写入网址。'),
    status);
  refresh();
}
