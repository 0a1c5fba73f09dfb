import type { Money } from "../types";
import { alignRows } from "./align-row";
import { cleanOrgName, looksLikeOrg } from "./clean-org-name";
import { labelKey, labelUnit } from "./normalise-text";
import type { ColumnTable, Entry } from "./notice-lines";
import { amountOf, amountsInProse, COMBINED_WINNER_KEY, combinedAmounts, itemTotal } from "./pick-zh-award-amounts";
import type { Lot } from "./schema";

export type AwardPick = { winners: string[]; amounts: Money[]; total: Money | null; lots: Lot[] };

const WINNER_KEY =
  /^(中选)?(中标|成交|预中标|拟中标|预成交|拟成交|中选)(供应商|供货商|单位|人|结果|候选供应商)(名称)?$/;
const TOTAL_KEY = /^总(中标|成交)(总)?(金额|价)|^(中标|成交)总(金额|价)/;
const AMOUNT_KEY =
  /^(中标|成交|中选|预中标|拟中标|预成交|拟成交)(供应商|供货商)?(金额|价格|价|报价|总价)(为)?$|^成交价格?$/;
const CANDIDATE_KEY = /^(推荐)?第一(中标|成交)?候选(人|供应商)$|^第一名$|^排名第一$/;
const OFFER_KEY = /^(投标|响应)?报价$/;

const WINNER_COL = /(中标|成交|预中标|拟中标|中选)(供应商|供货商|单位|人)(名称)?$|^中标供应商/;
const RANK_COL = /排序|排名|名次|顺序/;
const BIDDER_COL = /投标人名称|投标人|投标单位|供应商名称|单位名称|候选人(名称)?|候选供应商|候选单位|企业名称/;
const AMOUNT_COL = /金额|报价|价格|总价|(中标|成交|中选)价/;
const LOT_COL = /^(包号|包组|合同包|分包号|标段|标项|包)$/;

function orgOf(value: string | undefined): string | null {
  const name = cleanOrgName(value);
  return looksLikeOrg(name) && !/候选|名称|详见|公告/.test(name) ? name : null;
}

function isFirstRank(cell: string | undefined): boolean {
  return !!cell && (/第一|第1/.test(cell) || cell.trim() === "1");
}

/** The lot a table caption names: "分包号:2" -> "2", "…(一标段)" -> "一标段". */
export function lotOfCaption(caption: string): string | null {
  const labelled = /(?:分包号?|包号|标段号?|标项|合同包|包组)\s*:?\s*([A-Za-z0-9一二三四五六七八九十]{1,4})\s*$/.exec(
    caption,
  );
  if (labelled) return labelled[1];
  return /[(]?((?:第)?[一二三四五六七八九十\d]{1,3}(?:标段|包|标项))[)]?\s*$/.exec(caption)?.[1] ?? null;
}

/** Winners, amounts and lots from column tables (中标供应商 columns, or ranked bidder tables). */
function fromTables(tables: ColumnTable[]): { lots: Lot[]; amountsOnly: Money[] } {
  const lots: Lot[] = [];
  const amountsOnly: Money[] = [];
  for (const t of tables) {
    // "中标(选)价(万元)" is matched as "中标价": bracketed notes and units removed
    const h = t.header.map((c) => labelKey(c));
    let rankCol = h.findIndex((c) => RANK_COL.test(c));
    let winCol = h.findIndex((c) => WINNER_COL.test(c));
    // a candidates table ranks its rows even when the rank column is just 序号
    if (rankCol < 0 && winCol < 0 && h.some((c) => /候选/.test(c))) rankCol = h.indexOf("序号");
    // under a "成交结果:" caption, the suppliers listed are the winners
    const underResult = /(中标|成交|中选)(结果|信息|情况|供应商)/.test(t.caption);
    if (winCol < 0 && (rankCol >= 0 || underResult)) winCol = h.findIndex((c) => BIDDER_COL.test(c));
    const amountCol = h.findIndex((c) => AMOUNT_COL.test(c) && !/单价|得分|\//.test(c));
    const lotCol = h.findIndex((c) => LOT_COL.test(c));
    const rows = alignRows(t.header, t.rows);
    const sideways = sidewaysFirst(t);
    if (sideways) {
      lots.push(sideways);
      continue;
    }
    if (winCol < 0) {
      if (amountCol >= 0 && /中标|成交/.test(h[amountCol]))
        for (const r of rows) {
          const m = amountOf(r[amountCol], labelUnit(t.header[amountCol]));
          if (m) amountsOnly.push(m);
        }
      continue;
    }
    for (const r of rows) {
      if (rankCol >= 0 && !isFirstRank(r[rankCol])) continue;
      const winner = orgOf(r[winCol]);
      if (!winner) continue;
      const award = amountCol >= 0 ? amountOf(r[amountCol], labelUnit(t.header[amountCol])) : null;
      const lotName = lotOfCaption(t.caption);
      lots.push({
        lot: lotCol >= 0 ? r[lotCol] || lotName : lotName,
        name: null,
        budget: null,
        winner,
        awardAmount: award,
      });
    }
  }
  return { lots, amountsOnly };
}

const RANK_HEADER = /^第[一二三四五1-5]/;

/**
 * "中标候选人 | 第一中标候选人 | 第二中标候选人" over rows "投标人名称 | A | B" and "投标报价(元) | 1 | 2":
 * each column is a candidate, each row a field; the first-ranked column names the winner.
 */
function sidewaysFirst(t: ColumnTable): Lot | null {
  const h = t.header.map((c) => labelKey(c));
  if (h.length < 2 || !h.slice(1).every((c) => RANK_HEADER.test(c))) return null;
  const col = h.findIndex((c) => /^第[一1]/.test(c));
  if (col < 1) return null;
  const nameRow = t.rows.find((r) => BIDDER_COL.test(labelKey(r[0] ?? "")) || /名称$/.test(labelKey(r[0] ?? "")));
  const winner = orgOf(nameRow?.[col]);
  if (!winner) return null;
  const priceRow = t.rows.find((r) => AMOUNT_COL.test(labelKey(r[0] ?? "")) && !/单价|得分|下浮|费率/.test(r[0]));
  const award = priceRow ? amountOf(priceRow[col], labelUnit(priceRow[0])) : null;
  return { lot: lotOfCaption(t.caption), name: null, budget: null, winner, awardAmount: award };
}

/** "四、中标候选人名单" over "1、X公司 投标报价:…": the first listed candidate. */
function firstListedCandidate(lines: string[]): string[] {
  const at = lines.findIndex(
    (l, i) => i > 0 && /候选人/.test(l) && !/(公示|公告)$/.test(l) && /(候选人|名单|排序|如下):?$/.test(l),
  );
  if (at < 0) return [];
  for (const line of lines.slice(at + 1, at + 4)) {
    const m = /^(?:1|一|第一名?)\s*[、.:)]\s*([^\s,，;；:]{4,40})/.exec(line.trim());
    const org = orgOf(m?.[1]);
    if (org) return [org];
  }
  return [];
}

/** "1、山西迎泽宾馆中标标准间协议价…" lists: the organisation before 中标 on enumerated lines. */
function fromEnumeration(lines: string[]): string[] {
  const found: string[] = [];
  lines.forEach((line, i) => {
    const inline = /^\d{1,3}[、.]\s*(.{4,40}?)[;；]?中标/.exec(line);
    const split = /^\d{1,3}[、.]\s*([^\s:;；,，]{4,40})$/.exec(line);
    const name = inline ? inline[1] : split && /^中标/.test(lines[i + 1] ?? "") ? split[1] : null;
    const org = orgOf(name ?? undefined);
    if (org) found.push(org);
  });
  return found;
}

const PROSE_WINNER = [
  /(?:确定|推荐|选定|评定)\s*([^\s,，。;；:]{4,40}?)\s*为\s*(?:本项目(?:的)?)?(?:第一)?(?:中标|成交|中选)(?:人|单位|供应商|候选人)/g,
  // "确定成交供应商为:X公司,…": a colon may follow 为
  /(?:中标|成交|中选)(?:人|单位|供应商)(?:为|是)\s*:?\s*([^\s,，。;；:]{4,40})/g,
  // "第1包(…):由X公司中标,中标金额为…": the passive form of a per-lot result sentence
  /(?:^|[:,，。;；\s])由\s*([^\s,，。;；:]{4,40}?)\s*(?:中标|成交|中选)/g,
];

/** "经评审，确定X公司为中标人" / "成交供应商为X公司": winners named in sentences, in order. */
function winnersInProse(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines)
    for (const re of PROSE_WINNER)
      for (const m of line.matchAll(re)) {
        const org = orgOf(m[1]);
        if (org) out.push(org);
      }
  return out;
}

function dedupe(names: string[]): string[] {
  return names.filter((n, i) => names.indexOf(n) === i);
}

// "第1包:某某公司" / "二标段中标人:某某公司": a lot's label with its winner as the value
const LOT_WINNER_KEY =
  /^(第[一二三四五六七八九十\d]{1,3}(包|标段|标包|分包|标项)|(包|标段|标项)[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十\d]{1,3}(包|标段))(中标人|中标供应商|成交供应商|中标单位|成交单位)?$/;

function labelWinners(entries: Entry[], lines: string[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const plain =
      WINNER_KEY.test(e.key) || (e.key === "供应商名称" && e.section === "award") || LOT_WINNER_KEY.test(e.key);
    if (plain) {
      const org = orgOf(e.value);
      if (org) out.push(org);
    } else if (COMBINED_WINNER_KEY.test(e.key)) {
      const org = orgOf(e.value || lines[e.line + 1]);
      if (org) out.push(org);
    }
  }
  return out;
}

/**
 * Award facts of a zh notice: winners from 中标/成交供应商 labels and tables (first-ranked rows of
 * ranked tables; first candidates only when nothing else names a winner), the total amount when
 * printed, else amounts aligned with the winners.
 */
export function pickAward(entries: Entry[], tables: ColumnTable[], lines: string[]): AwardPick {
  const total =
    entries
      .filter((e) => TOTAL_KEY.test(e.key))
      .map((e) => amountOf(e.value, e.unit))
      .find(Boolean) ?? null;
  const table = fromTables(tables);
  let winners = dedupe([...labelWinners(entries, lines), ...table.lots.map((l) => l.winner!)]);
  if (winners.length === 0)
    winners = dedupe(
      entries
        .filter((e) => CANDIDATE_KEY.test(e.key))
        .map((e) => orgOf(e.value))
        .filter((n): n is string => !!n),
    );
  if (winners.length === 0) winners = firstListedCandidate(lines);
  if (winners.length === 0) winners = dedupe(fromEnumeration(lines));
  if (winners.length === 0) winners = dedupe(winnersInProse(lines));
  const tableAmounts = table.lots.map((l) => l.awardAmount).filter((m): m is Money => !!m);
  let amounts: Money[] = tableAmounts.length ? tableAmounts : table.amountsOnly;
  if (amounts.length === 0) {
    const labelled = entries.filter((e) => AMOUNT_KEY.test(e.key)).map((e) => amountOf(e.value, e.unit));
    const found = labelled.filter((m): m is Money => !!m);
    amounts = winners.length > 1 ? found.slice(0, winners.length) : found.slice(0, 1);
  }
  if (amounts.length === 0 && winners.length > 0) amounts = combinedAmounts(entries, lines);
  if (amounts.length === 0 && winners.length > 0) {
    // "价格: 121.5 价格单位: 万元" inside the winners' part
    const plain = entries.find(
      (e) =>
        !/buyer|agency|supervisor/.test(e.section) &&
        /^(价格|金额|报价|总价)$/.test(e.key) &&
        amountOf(e.value, e.unit),
    );
    if (plain) amounts = [amountOf(plain.value, plain.unit)!];
  }
  if (amounts.length === 0 && winners.length > 0) amounts = amountsInProse(lines).slice(0, Math.max(1, winners.length));
  if (amounts.length === 0 && winners.length > 0) {
    const offer = entries.find((e) => OFFER_KEY.test(e.key) && amountOf(e.value, e.unit));
    if (offer) amounts = [amountOf(offer.value, offer.unit)!];
  }
  // last: one winner and a "金额汇总:0" placeholder; the item table's total column holds the price
  if (amounts.length === 0 && winners.length === 1) amounts = itemTotal(lines);
  return { winners, amounts, total, lots: table.lots };
}
