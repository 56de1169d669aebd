// The area's three tables in the national layout, summed (GET /api/v1/tables), with the API's own downloads.
import { getJson, url } from './api.js';
import { h, show, notice } from './dom.js';
import { printedTableSet } from './printed-tables.js';

export async function areaTables(element, area, year, status = null) {
  const downloads = h('p', { class: 'downloads' },
    h('a', { href: url('/api/v1/tables', { area, year, status, format: 'xlsx' }), download: '' }, '下载 Excel（XLSX）'), ' · ',
    h('a', { href: url('/api/v1/tables', { area, year, status, format: 'html' }) }, '打印版（HTML）'), ' · ',
    'CSV：',
    h('a', { href: url('/api/v1/rollups/proactive', { area, year, status, format: 'csv' }), download: '' }, '表二'), ' ',
    h('a', { href: url('/api/v1/rollups/applications', { area, year, status, format: 'csv' }), download: '' }, '表三'), ' ',
    h('a', { href: url('/api/v1/rollups/review-litigation', { area, year, status, format: 'csv' }), download: '' }, '表四'));
  show(element, h('h2', { id: 'tables-title' }, '统计表'), notice('正在读取…'));
  try {
    const answer = await getJson('/api/v1/tables', { area, year, status });
    show(element,
      h('h2', { id: 'tables-title' }, answer.title),
      downloads,
      answer.formats.length === 0
        ? notice(status ? `${year} 年度没有审核通过的报告。` : `${year} 年度没有已报送的报告。`)
        : answer.formats.map(set => printedTableSet(set)));
  } catch (error) {
    show(element, h('h2', { id: 'tables-title' }, '统计表'), notice(`读取失败：${error.message}`, 'error'));
  }
}
