// A chart with its numbers one click away: the ECharts drawing, a caption saying how many reports it sums and how
// many of them are flagged, the same numbers as a table (in a <details>), and the API's CSV of them.
import { h } from './dom.js';

// ECharts (the largest script of the page) runs while the page waits for its data, not before the page's own code
// runs: a static import would hold back every request until it had loaded.
const echartsModule = import('./echarts.js').then(module => module.echarts);
const drawing = new Set();

const palette = ['#1f5fa8', '#2e8540', '#b35c00', '#7a3e9d', '#a8323e', '#4d6b7a', '#8a7300'];

/**
 * figure: { id, title, reports, flagged, option (ECharts), table: { head: [..], rows: [[label, ...values]] },
 * csv (the API URL of the same numbers), onClick(params) }. Answers the <figure>; the chart is drawn once the
 * figure is in the page (ECharts needs its size).
 */
export function chartFigure({ id, title, reports, flagged, option, table, csv, onClick }) {
  const canvas = h('div', { class: 'chart', id: `${id}-chart` });
  const figure = h('figure', { class: 'chart-figure', id, 'aria-labelledby': `${id}-title` },
    h('figcaption', {},
      h('h3', { id: `${id}-title` }, title),
      h('p', { class: 'sums', 'data-reports': reports, 'data-flagged': flagged },
        `汇总 ${reports} 份报告，其中 ${flagged} 份已标记`)),
    canvas,
    h('details', { class: 'numbers' },
      h('summary', {}, '查看数据表'),
      dataTable(title, table)),
    csv ? h('p', { class: 'downloads' }, h('a', { href: csv, download: '' }, '下载 CSV（同一数据，来自 API）')) : null);

  const drawn = echartsModule.then(async echarts => {
    await nextFrame();
    draw(echarts, canvas, option, onClick);
  });
  drawing.add(drawn);
  drawn.finally(() => drawing.delete(drawn));
  return figure;
}

// The charts waiting for ECharts are drawn together in one frame, once the panels around them are in the page, so
// that the page is laid out once for all of them rather than once a chart.
let frame = null;
function nextFrame() {
  frame ??= new Promise(resolve => requestAnimationFrame(() => { frame = null; resolve(); }));
  return frame;
}

/** Settles once every chart made so far is drawn (or has failed to be). */
export async function chartsDrawn() {
  await Promise.allSettled([...drawing]);
}

function draw(echarts, canvas, option, onClick) {
  const chart = echarts.init(canvas, null, { renderer: 'canvas', locale: 'ZH' });
  chart.setOption({
    color: palette,
    // The accessible description ECharts writes on the chart's element; tooltips drawn on the canvas, not as
    // HTML, which the page's Content-Security-Policy (no inline style) would not allow.
    aria: { enabled: true },
    tooltip: { renderMode: 'richText', trigger: 'axis' },
    animation: false,
    grid: { left: 56, right: 24, top: 48, bottom: 64, containLabel: true },
    ...option,
  });
  if (onClick) chart.on('click', onClick);
  // An observer is told the size once when it starts observing: the chart was just drawn at that size.
  let drawnAt = `${chart.getWidth()}x${chart.getHeight()}`;
  new ResizeObserver(([entry]) => {
    const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
    if (size === drawnAt) return;
    drawnAt = size;
    chart.resize();
  }).observe(canvas);
}

function dataTable(title, { head, rows }) {
  return h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': `${title}：数据表` },
    h('table', { class: 'data' },
      h('caption', { class: 'visually-hidden' }, title),
      h('thead', {}, h('tr', {}, head.map((text, i) => h('th', { scope: 'col', class: i ? 'num' : null }, text)))),
      h('tbody', {}, rows.map(([label, ...values]) =>
        h('tr', {}, h('th', { scope: 'row' }, label), values.map(value => h('td', { class: 'num' }, value)))))));
}
