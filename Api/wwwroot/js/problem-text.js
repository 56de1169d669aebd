// What a problem, a violation or a warning says, in Chinese: the rule, where, what was expected and what was found.
// The API's own detail is in English; its code, rule, expected and actual values are what these sentences use.
import { outlierRules, kindLabel } from './labels.js';

/** The identity rules as the national format's notes state them. */
export const rules = {
  A1: '第一项加第二项之和，等于第三项加第四项之和（本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理）',
  A2: '（七）总计等于（一）至（六）之和',
  A3: '总计等于各类申请人之和',
  R1: '总计等于结果维持、结果纠正、其他结果、尚未审结之和',
};

const codes = {
  'identity-violated': '不符合勾稽关系',
  'negative-count': '数量不能为负数',
  'not-whole-number': '应为整数',
  'not-a-whole-number': '应为整数',
  'too-many-decimals': '金额最多 6 位小数（万元，精确到分）',
  'out-of-range': '数值超出范围',
  'missing-member': '缺少此项',
  'unknown-member': '不认识的项目',
  'wrong-type': '应为数字',
  'year-out-of-range': '年度不在 2008 年至今年之间',
  'unknown-township': '登记表中没有这个乡镇',
  'publication-date-out-of-range': '发布日期应在报告年度结束之后、今天或之前',
  'does-not-match-path': '与地址中的乡镇或年度不一致',
  'reason-required': '请写明理由',
};

/** One error of a problem or of /reports/validate: { pointer, code, rule, expected, actual, detail }. */
export function errorText(error) {
  if (error.rule) {
    return `规则 ${error.rule}：${rules[error.rule] ?? ''}。此格应为 ${error.expected}，现为 ${error.actual}。`;
  }
  return `${codes[error.code] ?? error.code}${error.detail ? `（${error.detail}）` : ''}`;
}

/** A cell as a finding names it: where the tables print it (`places`, from printed-tables.js cellPlaces), else its pointer. */
function cellName(pointer, places) {
  return places.get(pointer)?.name ?? pointer;
}

/** A stored violation (acknowledged): { rule, pointer, expected, actual }, its cell named from `places`. */
export function violationText(v, places = new Map()) {
  return `规则 ${v.rule}：${rules[v.rule] ?? ''}。${cellName(v.pointer, places)} 应为 ${v.expected}，报告为 ${v.actual}。`;
}

export const warnings = {
  X1: 'X1 本年“上年项目数”应等于上年报告的“上年项目数”加“本年增/减”',
  X2: 'X2 本年“现行有效件数”应等于上年的“现行有效件数”加本年制发、减本年废止',
  X3: 'X3 本年“上年结转”应等于上年“结转下年度继续办理”',
  X4: 'X4 本年“对外公开总数量”应等于上年的总数量加本年新公开',
  'township-regulations': '乡镇一般不制定规章',
  'layout-mismatch': '年度与格式不一致',
};

/** A warning or an outlier ({ code, message, pointer }): its rule in Chinese, its cell named from `places`, then the API's message. */
export function findingText(f, places = new Map()) {
  const rule = warnings[f.code] ?? outlierRules[f.code] ?? f.code;
  return `${rule}${f.pointer ? `，位置：${cellName(f.pointer, places)}` : ''}：${f.message}`;
}

/**
 * Every finding of a stored report — its acknowledged violations, warnings and outliers — as { code, pointer, text },
 * each naming its cell from `places`.
 */
export function storedFindings(stored, places = new Map()) {
  return [
    ...stored.violations.map(v => ({ code: v.rule, pointer: v.pointer, text: violationText(v, places) })),
    ...stored.warnings.map(w => ({ code: w.code, pointer: w.pointer ?? '', text: findingText(w, places) })),
    ...(stored.outliers ?? []).map(o => ({ code: o.code, pointer: o.pointer ?? '', text: findingText(o, places) })),
  ];
}

/** What a refused request means, in Chinese: the problem types of the review, the lock and explanations; else the title. */
export function answerText(error) {
  const problem = error.problem ?? {};
  const type = (problem.type ?? '').replace(/^.*\/problems\//, '');
  const first = problem.errors?.[0];
  switch (type) {
    case 'report-locked':
      return '报告已由县级审核通过并锁定，不能再报送新版本：如需更正，请联系县级管理员解锁。';
    case 'stale-revision':
      return `审核的不是当前版本：当前为第 ${first?.expected ?? '?'} 版，请重新打开报告后再审核。`;
    case 'review-state-conflict':
      return `报告当前的审核状态不允许这样操作（${problem.detail ?? ''}）。`;
    case 'unexplained-findings':
      return `有 ${problem.errors?.length ?? 0} 条提示或异常尚未说明：请乡镇说明，或勾选“仍然通过”并写明理由。`;
    case 'unknown-finding':
      return '没有这条提示或异常（报告可能已更新），请重新打开报告。';
    case 'not-found':
      return '没有找到这份报告（可能尚未报送或已撤回）。';
    case 'malformed-request':
      if (problem.errors?.some(e => e.code === 'reason-required')) return '请写明理由。';
      return `请求有误：${(problem.errors ?? []).map(e => errorText(e)).join('；') || problem.title}`;
  }
  if (problem.errors?.some(e => e.code === 'reason-required')) return '请写明理由。';
  if (error.status === 401) return '密钥无效、已被撤销或未输入。';
  if (error.status === 403) return '这个密钥无权进行此操作。';
  if (error.status === 429) return '操作太频繁，请稍后再试。';
  return error.status ? `出错了（${error.status}）：${problem.title ?? error.message}` : `出错了：${error.message}`;
}

/** One item of the quality worklist: its kind and rule in Chinese, then the API's message (with the values involved). */
export function itemText(item) {
  if (item.kind === 'missing') return kindLabel(item.kind);
  const rule = outlierRules[item.code] ?? warnings[item.code] ?? item.code;
  return `${kindLabel(item.kind)} · ${rule}：${item.message}`;
}
