// The national tables 二, 三 and 四 as the API prints them (GET /api/v1/tables, JSON): rows, merged cells and
// labels come from the answer, so this module knows no format. A figure cell is drawn by `figureCell`, which the
// dashboard uses to print the value and the desk to put an input in its place.
import { h, figure } from './dom.js';

/** One set of tables (a format's): its caption, notes, and each table under its heading. */
export function printedTableSet(set, { figureCell = printedFigure, headingLevel = 'h3' } = {}) {
  return h('div', { class: 'table-set', 'data-format': set.format },
    set.caption ? h('p', { class: 'caption' }, set.caption) : null,
    set.notes?.length ? h('ul', { class: 'notes' }, set.notes.map(note => h('li', {}, note))) : null,
    set.tables.map(table => printedTable(table, figureCell, headingLevel)));
}

let printedCount = 0;

function printedTable(table, figureCell, headingLevel) {
  const headingId = `printed-table-${++printedCount}`;
  const header = table.rows.filter(row => row.kind === 'header');
  const body = table.rows.filter(row => row.kind !== 'header');
  return h('section', { class: 'printed', 'aria-labelledby': headingId },
    h(headingLevel, { id: headingId }, table.heading),
    h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': headingId },
      h('table', { class: 'national', 'data-table': table.number },
        header.length ? h('thead', {}, header.map(row => h('tr', {}, row.cells.map(headingCell)))) : null,
        h('tbody', {}, body.map(row => h('tr', { class: `row-${row.kind}` }, row.cells.map(cell => bodyCell(row, cell, figureCell))))))));
}

function headingCell(cell) {
  return h('th', { scope: cell.columnSpan > 1 ? 'colgroup' : 'col', ...spans(cell) }, cell.text);
}

function bodyCell(row, cell, figureCell) {
  if (cell.cell) return figureCell(cell);
  if (row.kind === 'caption') return h('th', { scope: 'colgroup', class: 'block', ...spans(cell) }, cell.text);
  return h('th', { scope: 'row', ...spans(cell) }, cell.text);
}

/** A figure as printed: the value, its pointer in data-cell (the same as the API's). */
export function printedFigure(cell) {
  return h('td', { 'data-cell': cell.cell, title: cell.unit ? `单位：${cell.unit}` : null, ...spans(cell) }, figure(cell.value));
}

export function spans(cell) {
  return {
    rowspan: cell.rowSpan > 1 ? cell.rowSpan : null,
    colspan: cell.columnSpan > 1 ? cell.columnSpan : null,
  };
}
