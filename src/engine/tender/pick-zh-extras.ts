import { alignRows } from "./align-row";
import { cleanValue, labelUnit } from "./normalise-text";
import type { ColumnTable, Entry } from "./notice-lines";
import { findDateTime } from "./parse-date-time";
import { parseMoney } from "./parse-money";
import type { Lot, ParsedNotice } from "./schema";

const ITEM_COL = /标的名称|货物名称|采购标的|分包内容|采购项目名称|成交标的名称|中标标的名称|^名称$|品目名称/;
const METHOD_KEY = /^(采购|招标|招标采购)方式$/;
const PERIOD_KEY = /合同履约期限|合同履行期限|服务期限?|计划工期|^工期$|合同期限|履约期限|交货期/;
const REGION_KEY = /^(行政区域|地区|所属地区|项目所在地区|建设地点)$/;

function items(tables: ColumnTable[], entries: Entry[]): string[] {
  const out: string[] = [];
  for (const t of tables) {
    const col = t.header.findIndex((h) => ITEM_COL.test(h.replace(/\s/g, "")));
    if (col < 0) continue;
    for (const row of alignRows(t.header, t.rows)) {
      const v = cleanValue(row[col] ?? "");
      if (v && v !== "/" && !out.includes(v)) out.push(v);
    }
  }
  for (const e of entries)
    if (/^标项名称$/.test(e.key) && e.value && !out.includes(e.value)) out.push(cleanValue(e.value));
  return out;
}

/** Lots of a tender or intention: rows of a table that carries per-row budgets. */
function budgetLots(tables: ColumnTable[]): Lot[] {
  for (const t of tables) {
    const budgetCol = t.header.findIndex((h) => /预算/.test(h) && !/品目号预算/.test(h));
    const nameCol = t.header.findIndex((h) => ITEM_COL.test(h.replace(/\s/g, "")));
    if (budgetCol < 0) continue;
    return alignRows(t.header, t.rows).map((r) => ({
      lot: r[0] && /^\d+$/.test(r[0]) ? r[0] : null,
      name: nameCol >= 0 ? cleanValue(r[nameCol] ?? "") || null : null,
      budget: parseMoney(r[budgetCol], { unit: labelUnit(t.header[budgetCol]) }),
      winner: null,
      awardAmount: null,
    }));
  }
  return [];
}

function expectedMonth(tables: ColumnTable[]): string | null {
  const months: string[] = [];
  for (const t of tables) {
    const col = t.header.findIndex((h) => /预计采购时间|采购时间/.test(h));
    if (col < 0) continue;
    for (const r of t.rows) {
      const m = /(\d{4})\D{1,2}(\d{1,2})/.exec(r[col] ?? "");
      if (m) months.push(`${m[1]}-${m[2].padStart(2, "0")}`);
    }
  }
  return months.sort()[0] ?? null;
}

function regionOf(entries: Entry[], notice: ParsedNotice): string | null {
  const labelled = entries.find((e) => REGION_KEY.test(e.key) && e.value);
  const source = [notice.buyer ?? "", labelled?.value ?? ""].join(" ").replace(/^中共/, "");
  const m =
    /((?:[\u4e00-\u9fa5]{2,3}(?:省|自治区)|北京市|上海市|天津市|重庆市)?(?:[\u4e00-\u9fa5]{2,4}?(?:市|自治州|地区|盟))?(?:[\u4e00-\u9fa5]{1,4}?(?:区|县|旗))?)/.exec(
      source,
    );
  return m && m[1].length >= 2 ? m[1] : labelled ? cleanValue(labelled.value) : null;
}

/** Optional extras: items, lots of tenders/intentions, method, contract period, expected month, region. */
export function pickExtras(
  entries: Entry[],
  tables: ColumnTable[],
  notice: ParsedNotice,
  title: string | null,
): Partial<ParsedNotice> {
  const extras: Partial<ParsedNotice> = { items: items(tables, entries) };
  if (notice.lots.length === 0) extras.lots = budgetLots(tables);
  extras.procurementMethod = cleanValue(entries.find((e) => METHOD_KEY.test(e.key))?.value ?? "") || null;
  extras.contractPeriod = cleanValue(entries.find((e) => PERIOD_KEY.test(e.key))?.value ?? "") || null;
  extras.expectedPurchaseMonth = expectedMonth(tables);
  if (!extras.expectedPurchaseMonth && notice.type === "intention" && title) {
    const t = findDateTime(title.replace(/\(至\).*/, ""));
    extras.expectedPurchaseMonth = t ? t.date.slice(0, 7) : null;
  }
  extras.region = regionOf(entries, notice);
  return extras;
}
