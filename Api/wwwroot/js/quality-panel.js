// The quality worklist of the area (GET /api/v1/quality): its counts per kind as a chart, with the numbers one click
// away, and the townships at the top of it, each leading to its report. Kinds are an open list: one this page does
// not know is drawn under its own name.
import { getJson, url } from './api.js';
import { h, show, figure, notice } from './dom.js';
import { chartFigure } from './chart-figure.js';
import { kindLabel, levelOf } from './labels.js';
import { itemText } from './problem-text.js';

const top = 10;

/** The worklist is a county's (or a township's): a wider area asks for the county first. */
export async function qualityPanel(element, area, year, reportHref) {
  const title = h('h2', { id: 'quality-title' }, `${year} 年度质量待办`);
  element.classList.remove('pending');
  if (!['county', 'township'].includes(levelOf(area))) {
    show(element, title, notice('质量待办按县列出：请选择一个县（或乡镇）。'));
    return;
  }
  show(element, title, notice('正在读取…'));
  try {
    const q = await getJson('/api/v1/quality', { area, year, limit: top });
    const flagged = q.totals.find(t => t.kind === 'violation')?.townships ?? 0;
    show(element,
      title,
      h('p', {}, `应报 ${figure(q.expected)} 个乡镇，已报 ${figure(q.submitted)} 份；需要关注的 ${figure(q.listed)} 个，没有问题的 ${figure(q.clean)} 个。`),
      q.totals.length === 0 ? notice('没有需要关注的报告。') : chartFigure({
        id: 'quality-kinds',
        title: '质量待办：各类问题的条数与涉及乡镇数',
        reports: q.submitted,
        flagged,
        option: {
          legend: { top: 0 },
          xAxis: { type: 'category', data: q.totals.map(t => kindLabel(t.kind)) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            { name: '条数', type: 'bar', data: q.totals.map(t => t.items), label: { show: true, position: 'top' } },
            { name: '涉及乡镇', type: 'bar', data: q.totals.map(t => t.townships), label: { show: true, position: 'top' } },
          ],
        },
        table: { head: ['类别', '条数', '涉及乡镇'], rows: q.totals.map(t => [kindLabel(t.kind), figure(t.items), figure(t.townships)]) },
        csv: url('/api/v1/quality', { area, year, format: 'csv' }),
      }),
      q.townships.length ? [
        h('h3', {}, `排在最前的 ${q.townships.length} 个乡镇`),
        h('ol', { class: 'worklist' }, q.townships.map(t => h('li', { 'data-township': t.townshipCode },
          h('a', { href: reportHref(t.townshipCode) }, t.townshipName),
          ' ', h('span', { class: 'muted' }, t.revision ? `第 ${t.revision} 版` : '未报'),
          h('ul', {}, t.items.map(item => h('li', { 'data-kind': item.kind }, itemText(item))))))),
        h('p', {}, h('a', { href: url('/review.html', { area: area.slice(0, 6), year }) }, '到审核台处理全部待办')),
      ] : null);
  } catch (error) {
    show(element, title, notice(`读取失败：${error.message}`, 'error'));
  }
}
