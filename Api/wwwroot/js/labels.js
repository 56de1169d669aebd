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

/** The level of a division code (2, 4, 6 or 9 digits); the country for none. */
export function levelOf(code) {
  return { 2: 'province', 4: 'city', 6: 'county', 9: 'township' }[code?.length] ?? 'country';
}

/** The level one below each level, as a rollup's groupBy names it. */
export const childLevel = { country: 'province', province: 'city', city: 'county', county: 'township' };

/** The figure of an outcome row: its own total, or the sum of its sub-rows' totals (（三）, （四）, （五）). */
export function outcomeTotal(results, name) {
  const row = results[name];
  if (typeof row.total === 'number') return row.total;
  return Object.values(row).reduce((sum, subRow) => sum + subRow.total, 0);
}

/** The county's review states of a report, and the actions of its history, as the county says them. */
export const reviewStates = { submitted: '待审核', accepted: '审核通过', returned: '已退回', withdrawn: '已撤回' };
export const reviewActions = { accepted: '审核通过', returned: '退回', unlocked: '解锁', withdrawn: '撤回', resubmitted: '重新报送' };

/** The quality worklist's kinds of item; an open list: a kind not named here is shown by its own name. */
export const itemKinds = {
  violation: '确认违反勾稽关系',
  missing: '未报',
  outlier: '异常值',
  warning: '提示',
  returned: '已退回未重报',
  unexplained: '未说明的提示',
};
export const kindLabel = kind => itemKinds[kind] ?? kind;

/** The outlier rules (Domain/Quality/OutlierRules.cs), as the county reads them. */
export const outlierRules = {
  O1: 'O1 与本乡镇上年相比变化超过 5 倍',
  O2: 'O2 与本县其他乡镇同年相差悬殊',
  O3: 'O3 各表数字全部为 0，而上年报告不是',
};
