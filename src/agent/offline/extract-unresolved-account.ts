import { isCommonEnglishWord } from "./english-words";

/** Where a name usually sits in a request about one account. */
const ZH_SLOTS = [
  /介绍一下(.+?)(?:的情况|的|吧|[?？。!！,，]|$)/,
  /为什么(.+?)(?:是|被|评|算)/,
  /给(.+?)(?:做|写|制定|加|添加|生成|出|安排)/,
  /对比(.+?)(?:和|与|跟)/,
  /^(?:那|那么)?(.+?)的(?:决策|计划|客户计划|评分|得分|权力|商机|情况|概况|风险|联系人|关键人|招标)/,
  /^那(.+?)呢/,
  /^(?:那个|那家|这个|这家)?(.{2,12}?)(?:那边|这边)?(?:最近|近来|现在|目前)?(?:咋样|怎么样|怎样|如何|啥情况|什么情况|情况如何)/,
];
const EN_SLOT = /\b(?:about|for|at|with|of|compare|is)\s+((?:[A-Z][\w&.-]*)(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.-]*)*)/;
/**
 * A name heading the message, set off by a dash or colon or followed by "status" ("Ocean Star Shipyard Singapore -
 * last contact?", "Yubei Coal status"), or after "how's" ("hows Guangming Cloud doing").
 */
const EN_LEAD = /^((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)*)\s*(?:[-–—:]\s|\s(?:status|update)\b|'s\s)/;
/** A name set off by a dash may go on in lower case ("Cairo East wastewater plant - last contact?"). */
const EN_DASH = /^([A-Z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){1,5})\s*[-–—:]\s/;
const EN_HOW = /\bhow(?:'s| is| are)\s+((?:[A-Z][\w&.-]*)(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.-]*)*)/;
const NOT_A_NAME = /^(它|他们|她们|这家|那家|这个|那个|我|我们|我的|I|It|They|This|That|My|Our|The|Q[1-4])$/;

/** Text that looks like an account name in an account request that named none of the user's accounts. */
export function extractUnresolvedAccount(masked: string): string | undefined {
  for (const re of ZH_SLOTS) {
    const m = masked.match(re);
    const name = m?.[1]?.trim();
    if (name && name.length >= 2 && !name.includes("◆") && !NOT_A_NAME.test(name)) return name;
  }
  for (const re of [EN_SLOT, EN_HOW, EN_LEAD, EN_DASH]) {
    const name = masked.match(re)?.[1]?.replace(/'s$/, "").trim();
    if (!name || name.includes("◆") || NOT_A_NAME.test(name)) continue;
    // One capitalised word heading a sentence is a name only when it is no English word ("Status", "Hi").
    if (re === EN_LEAD && !name.includes(" ") && isCommonEnglishWord(name)) continue;
    return name;
  }
  return undefined;
}
