// The national tables 二, 三 and 四 as the API prints them (GET /api/v1/tables, JSON): rows, merged cells and
// labels come from the answer, so this module knows no format. A figure cell is drawn by `figureCell`, which the
// dashboard uses to print the value and the desk to put an input in its place.
import { h, figure } from './dom.js';

/** One set of tables (a format's): its caption, notes, and each table under its heading. */
export function printedTableSet(set, { figureCell = printedFigure, headingLevel = 'h3', caption = true } = {}) {
  return h('div', { class: 'table-set', 'data-format': set.format },
    caption && set.caption ? h('p', { class: 'caption' }, set.caption) : null,
    set.notes?.length ? h('ul', { class: 'notes' }, set.notes.map(note => h('li', {}, note))) : null,
    set.tables.map(table => printedTable(table, figureCell, headingLevel)));
}

let printedCount = 0;

function printedTable(table, figureCell, headingLevel) {
  const headingId = `printed-table-${++printedCount}`;
  // The leading header rows head the table; table 二 repeats headings before each of its blocks, in place.
  const header = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  const columns = columnLabeller();
  header.forEach(columns);
  const rowLabels = rowLabeller();
  return h('section', { class: 'printed', 'aria-labelledby': headingId },
    h(headingLevel, { id: headingId }, table.heading),
    h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': headingId },
      h('table', { class: 'national', 'data-table': table.number },
        header.length ? h('thead', {}, header.map(row => h('tr', {}, row.cells.map(headingCell)))) : null,
        h('tbody', {}, body.map(row => {
          if (row.kind === 'header') {
            columns(row);
            return h('tr', { class: 'row-header' }, row.cells.map(headingCell));
          }
          const label = rowLabels(row);
          return h('tr', { class: `row-${row.kind}` }, row.cells.map(cell =>
            bodyCell(row, cell, c => figureCell(c, { table: table.number, row: label, column: columns.of(c.column) }))));
        })))));
}

/**
 * Fed the header rows in order, it knows each figure column's headings, outer to inner (申请人情况 · 法人或其他组织 ·
 * 商业企业); a header row after other rows starts a new block's headings.
 */
function columnLabeller() {
  let labels = new Map();
  let inHeader = false;
  const feed = row => {
    if (!inHeader) labels = new Map();
    inHeader = true;
    for (const cell of row.cells) {
      for (let c = cell.column; c < cell.column + cell.columnSpan; c++) labels.set(c, [...(labels.get(c) ?? []), cell.text]);
    }
  };
  feed.of = column => {
    inHeader = false;
    return (labels.get(column) ?? []).join(' · ');
  };
  return feed;
}

/** A function that, row after row, answers the row's labels, including those merged down from rows above. */
function rowLabeller() {
  let spanning = [];
  return row => {
    const own = row.kind === 'body' ? row.cells.filter(cell => !cell.cell) : [];
    const labels = [...spanning.map(s => s.text), ...own.map(cell => cell.text)];
    spanning = [
      ...spanning.map(s => ({ ...s, rows: s.rows - 1 })),
      ...own.map(cell => ({ text: cell.text, rows: cell.rowSpan - 1 })),
    ].filter(s => s.rows > 0);
    return labels.join(' · ');
  };
}

function headingCell(cell) {
  return h('th', { scope: cell.columnSpan > 1 ? 'colgroup' : 'col', ...spans(cell) }, cell.text);
}

function bodyCell(row, cell, figureCell) {
  if (cell.cell) return figureCell(cell);
  if (row.kind === 'caption') return h('th', { scope: 'colgroup', class: 'block', ...spans(cell) }, cell.text);
  return h('th', { scope: 'row', ...spans(cell) }, cell.text);
}

/** A figure as printed: the value, its pointer in data-cell (the same as the API's). `labels` (its table, row and column) are for a renderer that needs them. */
export function printedFigure(cell) {
  return h('td', { 'data-cell': cell.cell, title: cell.unit ? `单位：${cell.unit}` : null, ...spans(cell) }, figure(cell.value));
}

export function spans(cell) {
  return {
    rowspan: cell.rowSpan > 1 ? cell.rowSpan : null,
    colspan: cell.columnSpan > 1 ? cell.columnSpan : null,
  };
}
