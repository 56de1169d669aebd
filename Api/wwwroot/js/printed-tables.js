// The national tables 二, 三 and 四 as the API prints them (GET /api/v1/tables, JSON): rows, merged cells and
// labels come from the answer, so this module knows no format. A figure cell is drawn by `figureCell`, which the
// dashboard uses to print the value and the desk to put an input in its place.
import { h, figure } from './dom.js';

/** One set of tables (a format's): its caption, notes, and each table under its heading. */
export function printedTableSet(set, { figureCell = printedFigure, headingLevel = 'h3', caption = true } = {}) {
  return h('div', { class: 'table-set', 'data-format': set.format },
    caption && set.caption ? h('p', { class: 'caption' }, set.caption) : null,
    set.notes?.length ? h('ul', { class: 'notes' }, set.notes.map(note => h('li', {}, note))) : null,
    set.tables.map(table => printedTable(set.format, table, figureCell, headingLevel)));
}

let printedCount = 0;

function printedTable(format, table, figureCell, headingLevel) {
  const headingId = `printed-table-${++printedCount}`;
  // The leading header rows head the table; table 二 repeats headings before each of its blocks, in place.
  const header = table.rows.slice(0, table.headerRows);
  return h('section', { class: 'printed', 'aria-labelledby': headingId },
    h(headingLevel, { id: headingId }, table.heading),
    h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': headingId },
      h('table', { class: 'national', 'data-table': table.number },
        header.length ? h('thead', {}, header.map(row => h('tr', {}, row.cells.map(headingCell)))) : null,
        h('tbody', {}, Array.from(bodyRows(table), ({ row, label, columnOf }) => row.kind === 'header'
          ? h('tr', { class: 'row-header' }, row.cells.map(headingCell))
          : h('tr', { class: `row-${row.kind}` }, row.cells.map(cell =>
            bodyCell(row, cell, c => figureCell(c, { format, table: table.number, row: label, column: columnOf(c.column) })))))))));
}

/**
 * The table's body rows in order, each with its row's labels (merged down from rows above) and `columnOf(column)`, the
 * labels of a column as the header rows above it print them. Read each row before the next: a header row inside the
 * body (table 二's blocks) starts new column labels.
 */
function* bodyRows(table) {
  const columns = columnLabeller();
  table.rows.slice(0, table.headerRows).forEach(columns);
  const rowLabels = rowLabeller();
  for (const row of table.rows.slice(table.headerRows)) {
    if (row.kind === 'header') {
      columns(row);
      yield { row };
    } else {
      yield { row, label: rowLabels(row), columnOf: columns.of };
    }
  }
}

/** Where a figure is printed, as a person names it: 表三 一、本年新收政府信息公开申请数量 · 申请人情况 · 总计. */
export function placeName({ table, row, column }) {
  return `表${table} ${row}${column ? ` · ${column}` : ''}`;
}

/** The id of the printed figure of `pointer` in the tables of `format` (its <td>), for a link to it. */
export function cellId(format, pointer) {
  return `cell-${format}${pointer.replaceAll('/', '-')}`;
}

/** Every figure of `sets` (the API's printed tables): pointer → { name (placeName), id (cellId) }; the first set's when several print it. */
export function cellPlaces(sets) {
  const places = new Map();
  for (const set of sets) {
    for (const table of set.tables) {
      for (const { row, label, columnOf } of bodyRows(table)) {
        if (row.kind === 'header') continue;
        for (const cell of row.cells.filter(c => c.cell && !places.has(c.cell))) {
          places.set(cell.cell, {
            name: placeName({ table: table.number, row: label, column: columnOf(cell.column) }),
            id: cellId(set.format, cell.cell),
          });
        }
      }
    }
  }
  return places;
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

/**
 * A figure as printed: the value, its pointer in data-cell (the same as the API's) and its id (cellId), which links
 * to it. `labels` (its format, table, row and column) are for a renderer that needs them.
 */
export function printedFigure(cell, labels) {
  return h('td', { id: cellId(labels.format, cell.cell), 'data-cell': cell.cell, title: cell.unit ? `单位：${cell.unit}` : null, ...spans(cell) },
    figure(cell.value));
}

export function spans(cell) {
  return {
    rowspan: cell.rowSpan > 1 ? cell.rowSpan : null,
    colspan: cell.columnSpan > 1 ? cell.columnSpan : null,
  };
}
