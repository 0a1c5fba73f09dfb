import type { Book } from "./plan-asks";

// Which views an account heading a group gets: its own, the group's as a whole, or both.

/** 旗下各医院的情况 / how are the hospitals under X doing: the group as a whole (group_overview), not one account. */
const GROUP_ROLL_UP =
  /(旗下|下属|下面|底下|名下|集团内|集团里)的?(各|每|所有|全部|那?几|哪些)|(连同|包括|加上|带上|和)(旗下|下属|下面|底下)的?(厂|工厂|公司|子公司|分公司|成员|医院)|(连|连同|包括|加上|带上|含)上?(旗下|下属|下面|底下)?的?(子公司|分公司|下属公司|下属单位|成员单位)|\b(including|with|plus) (its |the |their )?(subsidiaries|branches|member companies|group companies)\b|\b(companies|plants|factories|entities|members|units|businesses)\b.{0,16}\b(under|beneath|below)\b|(旗下|下属|下面|名下).{0,8}(情况|怎么样|咋样|表现|如何)|(各|每|几)家(医院|分院|子公司|分公司|成员)|\b(hospitals|branches|subsidiaries|members)\b.{0,60}\b(doing|status|performing|look)\b|\b(each|every|all) (of its )?(hospitals?|branch(es)?|subsidiar(y|ies))\b|\bgroup[- ](overview|summary|roll-?up|level|wide)\b|\b(members|subsidiaries|branches|member companies) (of|under)\b|\b(whole|entire) group\b|\band (all )?its (hospitals|branches|subsidiaries|members|member companies|plants|units|companies)\b|\bacross the group\b|整个集团|集团(整体|层面|汇总|总体)|(?<![第\d一二三四五六七八九十])(子公司|分公司|成员单位|成员企业|下属企业|下属单位).{0,4}(有哪些|都有哪|有几|都是|列一下|情况)|(有哪些|哪几家|有几家|几个)(子公司|分公司|成员单位|成员企业)|集团.{0,12}(加起来|合计|一共|总共|加总)|\b(subsidiaries|sister companies|member companies|group companies)\b|\b(group|combined)\b.{0,20}\b(total|in total|altogether)\b/i;

/** "北溟集团整体咋样", "X overall", "Songhu as a whole": the whole of a group asked for in so many words. */
const WHOLE_SAID =
  /整体|总体|全貌|全局|总的(情况|来看|来说)|合起来|一起(看|算)|汇总|加起来|各家|那几家|这几家|\boverall\b|\bbig picture\b|\bconsolidated\b|\bas a whole\b/i;

/** Words of a group's shape or of a list ("那几家的单子": 几家, 单子): read from the question, they are no topic of notes. */
const GROUP_WORDS =
  /^(几家|各家|那几家|这几家|下面|底下|旗下|下属|单位|成员|一起|整体|总体|汇总|单子|项目|商机|情况|plants?|members?|units?|subsidiaries|deals?|overall)$/i;

/** The members asked about with the group ("旗下各医院的情况", "including subsidiaries"). */
export function rollUpSaid(book: Book): boolean {
  return GROUP_ROLL_UP.test(book.message ?? "");
}

/**
 * The views an overview of `accountId` gets. The group as a whole when its members are asked about or the whole is
 * said (整体, overall); both the head's own view and the group's when the group's head is named alone ("北溟集团最近怎么
 * 样": the demo's writers meant the head, others the group); the account's own for a member, or a topic of its notes.
 */
export function groupViews(book: Book, accountId: string, about: string[] | undefined): "group" | "both" | "own" {
  if (rollUpSaid(book)) return "group";
  const heads = book.accounts.some((a) => a.parentId === accountId);
  const topic = (about ?? []).some((w) => !GROUP_WORDS.test(w));
  if (!heads || topic) return "own";
  return WHOLE_SAID.test(book.message ?? "") ? "group" : "both";
}
