// The editable grid of a report: exactly the printed rows and columns of one set of tables (from the API's JSON),
// an input per figure, totals computed as the clerk types, and each problem written beside its cell.
import { h, show } from './dom.js';
import { printedTableSet, placeName, spans } from './printed-tables.js';
import { errorText } from './problem-text.js';

/** A cell the format derives: a row's 总计 column, or a row of totals (（七）总计) — computed here, never typed. */
export function isTotal(pointer) {
  return pointer.endsWith('/total') || /\/total\/[^/]+$/.test(pointer);
}

/**
 * Draws `set` (one format's tables) with `values` (pointer → number) filled in; `changed()` runs after each edit.
 * Answers the grid: { element, values(), set(pointer, value), problems(errors) → the errors not beside a cell }.
 */
export function reportGrid(set, values, changed) {
  const cells = new Map();
  let count = 0;
  const figureCell = (cell, labels) => {
    const id = `cell-${++count}`;
    const name = placeName(labels);
    const problem = h('span', { class: 'problem', id: `${id}-problem`, hidden: true });
    const amount = cell.unit === '万元';
    const field = isTotal(cell.cell)
      ? h('output', { id, 'aria-label': `${name}（自动计算）`, 'aria-describedby': problem.id }, '0')
      : h('input', { id, type: 'text', inputmode: amount ? 'decimal' : 'numeric', autocomplete: 'off', 'aria-label': name,
        'aria-describedby': problem.id, 'data-amount': amount ? 'true' : null, value: String(values.get(cell.cell) ?? 0) });
    const td = h('td', { 'data-cell': cell.cell, class: isTotal(cell.cell) ? 'total' : null, ...spans(cell) }, field, problem);
    cells.set(cell.cell, { td, field, problem });
    return td;
  };
  const element = printedTableSet(set, { figureCell, caption: false });
  element.classList.add('grid');
  element.addEventListener('input', () => {
    recompute();
    changed();
  });
  recompute();

  function read(pointer) {
    const { field } = cells.get(pointer);
    if (field.tagName === 'OUTPUT') return Number(field.value);
    const text = field.value.replaceAll(',', '').replaceAll('，', '').trim();
    if (text === '') return 0;
    const pattern = field.dataset.amount ? /^\d+(\.\d{1,6})?$/ : /^-?\d+$/;
    return pattern.test(text) ? Number(text) : null;
  }

  function recompute() {
    const totals = [...cells.keys()].filter(isTotal);
    // Each row's 总计 first (a row's own figures), then rows of totals (the rows above them, column by column).
    for (const pointer of totals.filter(p => !/\/total\/[^/]+$/.test(p))) {
      const row = pointer.slice(0, -'/total'.length);
      const parts = [...cells.keys()].filter(p => p !== pointer && p.slice(0, p.lastIndexOf('/')) === row);
      cells.get(pointer).field.value = String(sum(parts));
    }
    for (const pointer of totals.filter(p => /\/total\/[^/]+$/.test(p))) {
      const [, under, column] = pointer.match(/^(.*)\/total\/([^/]+)$/);
      const parts = [...cells.keys()].filter(p => p.startsWith(`${under}/`) && !p.startsWith(`${under}/total/`) && p.endsWith(`/${column}`));
      cells.get(pointer).field.value = String(sum(parts));
    }
  }

  function sum(pointers) {
    return pointers.reduce((total, p) => total + (read(p) ?? 0), 0);
  }

  return {
    element,
    /** pointer → number, or null for a cell that is not a number; and the cells that are not. */
    values() {
      const all = new Map([...cells.keys()].map(p => [p, read(p)]));
      return { all, unreadable: [...all].filter(([, v]) => v === null).map(([p]) => p) };
    },
    set(pointer, value) {
      if (!cells.has(pointer) || isTotal(pointer)) return;
      cells.get(pointer).field.value = String(value);
      recompute();
    },
    /** Writes each error beside its cell (in Chinese, with its rule and expected value); answers those that have no cell. */
    problems(errors) {
      for (const { td, field, problem } of cells.values()) {
        td.classList.remove('has-problem');
        field.removeAttribute('aria-invalid');
        show(problem);
        problem.hidden = true;
      }
      const elsewhere = [];
      for (const error of errors) {
        const cell = cells.get(error.pointer);
        if (!cell) {
          elsewhere.push(error);
          continue;
        }
        cell.td.classList.add('has-problem');
        cell.field.setAttribute('aria-invalid', 'true');
        cell.problem.hidden = false;
        cell.problem.append(h('span', { class: 'problem-text', 'data-rule': error.rule ?? error.code }, errorText(error)));
      }
      return elsewhere;
    },
    /** The id of the field of `pointer`, to link to it from a list of problems. */
    fieldId(pointer) {
      return cells.get(pointer)?.field.id;
    },
  };
}
