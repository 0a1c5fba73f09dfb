import { classifyNotice } from "./classify-notice";
import { type ColumnTable, type Entry, readNoticeLines } from "./notice-lines";
import { dropPinyin, toSimplified } from "./notice-script";
import { pickContactPhone } from "./pick-contact-phone";
import { pickTitle } from "./pick-title";
import { pickAward } from "./pick-zh-award";
import { pickExtras } from "./pick-zh-extras";
import { oneRowFacts, pickParties, pickProjectName, pickProjectNumber } from "./pick-zh-identity";
import {
  pickBudget,
  pickDeadline,
  pickMaxPrice,
  pickOpeningTime,
  pickPricedBudget,
  pickPublishDate,
} from "./pick-zh-money-time";
import { emptyNotice, type ParsedNotice } from "./schema";

const NO_BIDDING = /征求意见|意见征询|终止|流标|废标|失败|开标记录|开标情况|合同公告|验收|无供应商报价/;

/** An intention listing one purchase is named after it; a list of several after the notice title. */
function intentionName(tables: ColumnTable[], entries: Entry[], title: string | null): string | null {
  const rows = tables.flatMap((t) => {
    const col = t.header.findIndex((h) => /采购项目名称|项目名称/.test(h));
    return col < 0 ? [] : t.rows.map((r) => r[col]).filter(Boolean);
  });
  // an intention written as label lines names its one purchase with 采购项目名称
  const named = rows.length ? [] : entries.filter((e) => /^(采购)?项目名称$|^采购项目$/.test(e.key) && e.value);
  if (named.length === 1) return named[0].value;
  return rows.length === 1 ? rows[0] : title;
}

/** Parses a normalised Chinese notice (ccgp/province sites, public resource exchanges, crawler rows). */
export function parseZhNotice(normalised: string, publishedAt?: string): ParsedNotice {
  // a 繁體 view and its pinyin aid are read as the plain simplified page
  const text = toSimplified(dropPinyin(normalised));
  const { lines, entries, tables } = readNoticeLines(text);
  const notice = emptyNotice("zh");
  const title = pickTitle(lines);
  notice.type = classifyNotice(title, text);
  const row = oneRowFacts(tables);
  notice.publishDate = pickPublishDate(entries, lines) ?? publishedAt?.slice(0, 10) ?? null;
  // dates written without a year ("8月28日上午九点") take the notice's year
  const year = Number(notice.publishDate?.slice(0, 4) ?? /(20\d{2})\s*年/.exec(text)?.[1]) || undefined;
  notice.projectName =
    notice.type === "intention" ? intentionName(tables, entries, title) : pickProjectName(entries, title, text, row);
  notice.projectNumber = pickProjectNumber(entries, lines.slice(0, 3), row);
  Object.assign(notice, pickParties(entries, text, title, notice.projectName, row));
  notice.budget = pickBudget(entries, tables, text);
  if (!notice.budget && notice.type !== "award") notice.budget = pickPricedBudget(entries);
  notice.maxPrice = pickMaxPrice(entries, tables, text);
  // a failed, stopped or recorded procedure, a contract or a call for comments invites no bids: its dates close nothing
  const closed = notice.type === "other" && NO_BIDDING.test(`${title ?? ""}\n${text.slice(0, 600)}`);
  if (notice.type !== "award" && notice.type !== "intention" && !closed) {
    notice.deadline = pickDeadline(entries, text, year, tables);
    notice.openingTime = pickOpeningTime(entries, year);
  } else if (notice.type === "award") {
    notice.openingTime = pickOpeningTime(entries, year);
  }
  notice.contactPhone = pickContactPhone(entries, text);
  if (notice.type === "award") {
    const award = pickAward(entries, tables, lines);
    notice.winner = award.winners.length === 0 ? null : award.winners.length === 1 ? award.winners[0] : award.winners;
    const amounts = award.total ? [award.total] : award.amounts;
    notice.awardAmount = amounts.length === 0 ? null : amounts.length === 1 ? amounts[0] : amounts;
    notice.lots = award.lots;
    const candidate =
      /候选|预中标|拟中标|预成交/.test(title ?? "") || /候选人公示|预中标|拟中标|推荐第一(中标|成交)?候选/.test(text);
    notice.awardStage = candidate ? "candidate" : "final";
  }
  Object.assign(notice, pickExtras(entries, tables, notice, title));
  return notice;
}
