// Award amounts written outside the usual labels and tables: in sentences, in a combined
// "名称、地址、金额" value, or only as an item list's total.
import type { Money } from "../types";
import { labelKey, labelUnit } from "./normalise-text";
import { splitRow } from "./notice-cells";
import type { Entry } from "./notice-lines";
import { parseMoney } from "./parse-money";

export const COMBINED_WINNER_KEY = /^(中标|成交)(供应商|人)名称、/;

export function amountOf(cell: string | undefined, unit: string | null): Money | null {
  const m = parseMoney(cell, { unit });
  return m && m.amount > 0 ? m : null;
}

const PROSE_AMOUNT =
  /(?:中标|成交|中选)(?:价|金额|价格|报价|总价)(?:\(([^)]*)\))?(?:为|是)\s*(?:人民币)?\s*([\d,.]+\s*(?:万元|元|万)?|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]{2,})/g;

/** "中标价为123.5万元" written in a sentence. */
export function amountsInProse(lines: string[]): Money[] {
  const out: Money[] = [];
  for (const line of lines)
    for (const m of line.matchAll(PROSE_AMOUNT)) {
      const money = amountOf(m[2], m[1] ? labelUnit(`(${m[1]})`) : null);
      if (money) out.push(money);
    }
  return out;
}

/**
 * The sum of an item list's 总价/小计 column ("序号 | 标的名称 | … | 总价(元)" and its rows), read from the
 * lines: such a list is often not a recognised table.
 */
export function itemTotal(lines: string[]): Money[] {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes("|")) continue;
    const head = splitRow(lines[i]);
    const col = head.findIndex((c) => /^(总价|小计|总金额)$/.test(labelKey(c)));
    if (col < 0 || head.length < 3) continue;
    let sum = 0;
    for (let j = i + 1; j < lines.length && lines[j].includes("|"); j++) {
      const row = splitRow(lines[j]);
      if (row.length === head.length) sum += amountOf(row[col], labelUnit(head[col]))?.amount ?? 0;
    }
    if (sum > 0) return [{ amount: Math.round(sum * 100) / 100, currency: "CNY" }];
  }
  return [];
}

/** "中标供应商名称、地址、中标金额: X公司,地址,人民币…元": the amount is the value's money part. */
export function combinedAmounts(entries: Entry[], lines: string[]): Money[] {
  const out: Money[] = [];
  for (const e of entries) {
    if (!COMBINED_WINNER_KEY.test(e.key) || !/金额|价/.test(e.key)) continue;
    // a comma inside a figure ("428,000.00") does not separate the parts
    const parts = (e.value || lines[e.line + 1] || "").split(/[,，;；](?!\d{3})/).slice(1);
    const money = parts.map((p) => (/元|¥|￥|\d{4}/.test(p) ? amountOf(p, null) : null)).find(Boolean);
    if (money) out.push(money);
  }
  return out.slice(0, 1);
}
