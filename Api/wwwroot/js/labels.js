// The national format's printed words for the rollups' member names (GET /api/v1/rollups/*), for chart legends
// and their data tables. The tables themselves are printed from the API's own labels (printed-tables.js).

/** Table 三's outcome rows （一）…（六）, in printed order. */
export const outcomes = [
  ['disclosed', '（一）予以公开'],
  ['partiallyDisclosed', '（二）部分公开'],
  ['withheld', '（三）不予公开'],
  ['unableToProvide', '（四）无法提供'],
  ['notProcessed', '（五）不予处理'],
  ['otherHandling', '（六）其他处理'],
];

export const newlyReceived = '一、本年新收政府信息公开申请数量';
export const resultsTotal = '（七）总计';
export const disclosureRate = '公开率（（一）+（二））÷（七）';

/** Table 四's three columns of cases. */
export const cases = [
  ['review', '行政复议'],
  ['litigationDirect', '行政诉讼（未经复议直接起诉）'],
  ['litigationAfterReview', '行政诉讼（复议后起诉）'],
];
export const allCasesCorrectionRate = '复议、诉讼合计纠错率';

/** Division levels as the registry names them. */
export const levels = { province: '省级', city: '地级', county: '县级', township: '乡级' };

/** The level one below each level, as a rollup's groupBy names it. */
export const childLevel = { country: 'province', province: 'city', city: 'county', county: 'township' };

/** The figure of an outcome row: its own total, or the sum of its sub-rows' totals (（三）, （四）, （五）). */
export function outcomeTotal(results, name) {
  const row = results[name];
  if (typeof row.total === 'number') return row.total;
  return Object.values(row).reduce((sum, subRow) => sum + subRow.total, 0);
}
