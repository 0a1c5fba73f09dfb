import type { NoticeType } from "./schema";

const TITLE_RULES: [RegExp, NoticeType][] = [
  [/采购意向|意向公开/, "intention"],
  // a call for comments on the requirements invites no bids
  [/征求意见|意见征询|需求公示|需求论证/, "other"],
  [/更正|澄清|补遗|答疑|(变更|延期|补充|修改)(公告|通知|说明|公示)/, "correction"],
  // a failed or cancelled procedure, a signed contract or an acceptance check names no new winner
  [/^(?!.*(中标|成交)).*(废标|流标|终止|合同公告|验收|开标记录|开标情况|开标一览|开标结果)/, "other"],
  [/中标|成交|结果|候选人|中选|入围公告/, "award"],
  [/招标|采购|磋商|谈判|询价|比选|遴选|竞价|邀请|公告/, "tender"],
];

const SPECIFIC_BODY_RULES: [RegExp, NoticeType][] = [
  [/政府采购意向(?!公开链接)|预计采购时间/, "intention"],
  [/更正事项|更正内容|变更内容|原公告|更正日期|变更日期/, "correction"],
];
const AWARD_MARKS = /(中标|成交)(供应商|人|单位|结果|金额|候选人|\(成交\))|预中标|拟中标/g;
const TENDER_MARKS =
  /欢迎.{0,12}供应商参加|投标时间|投标地点|报名时间|潜在投标人|潜在供应商|投标截止|响应文件.{0,8}截止|递交投标文件|获取招标文件|获取采购文件|投标文件.{0,6}截止|投标人资格|申请人的资格要求/g;

/**
 * Classifies a zh notice from its title first (中标/成交/结果 -> award, 更正/变更 -> correction,
 * 意向 -> intention, 招标/磋商/… -> tender), then from tell-tale body phrases when the title is
 * missing or says nothing.
 */
// a procedure that failed or was stopped names no winner and invites nobody
const FAILED =
  /无供应商报价|无(?:投标人|供应商)(?:投标|响应|报名)|(?:本次|本项目|该项目)(?:采购|招标|竞价|项目)?(?:活动)?(?:予以|作|宣布)?(?:流标|废标|终止|失败)|(?:采购|竞价|招标)失败|(?:终止|流标|废标)公告/;

export function classifyNotice(title: string | null, body: string): NoticeType {
  // a site's category tag above the title ("【意见征询】", "[更正公告]") names the kind when it is specific
  const tag = /^\s*(?:【([^】]{2,12})】|\[([^\]]{2,12})\])/m.exec(body.slice(0, 300));
  const tagged = tag ? TITLE_RULES.find(([re]) => re.test(tag[1] ?? tag[2]))?.[1] : undefined;
  if (tagged && tagged !== "tender" && tagged !== "award") return tagged;
  const rest = title ? body.replace(title, "") : body;
  if (FAILED.test(body) && !(title && /更正|变更|补充/.test(title))) return "other";
  const fromBody = classifyBody(rest);
  if (title) {
    const rule = TITLE_RULES.find(([re]) => re.test(title));
    const byTitle = rule?.[1];
    // the body outranks a title that contradicts it: a 成交公告 title over an invitation to bid
    if (byTitle === "award" && fromBody === "tender" && (rest.match(AWARD_MARKS)?.length ?? 0) === 0) return "tender";
    // a title that is only a project name ("…安保服务采购项目") says nothing about the notice's kind
    const named = /公告|公示|通知|邀请|公开|公布|结果|信息/.test(title);
    if (byTitle === "tender" && !named && fromBody !== "other") return fromBody;
    if (byTitle) return byTitle;
  }
  return fromBody;
}

function classifyBody(body: string): NoticeType {
  for (const [re, type] of SPECIFIC_BODY_RULES) if (re.test(body)) return type;
  // a tender notice mentions the future 中标单位 in passing; count the marks of each kind instead
  const award = body.match(AWARD_MARKS)?.length ?? 0;
  const tender = body.match(TENDER_MARKS)?.length ?? 0;
  if (award === 0 && tender === 0) return "other";
  return award > tender ? "award" : "tender";
}

/** Classifies an English notice (TED heading or Contracts Finder wording). */
export function classifyEnglishNotice(text: string): NoticeType {
  // TED puts the form name on the third line; reading further would meet "Additional information …"
  const head = text.split("\n").slice(0, 5).join("\n");
  if (/corrigendum|additional information|amendment/i.test(head)) return "correction";
  if (/prior information notice|future opportunity|planning/i.test(head)) return "intention";
  if (/contract award notice|award notice|voluntary ex ante/i.test(head)) return "award";
  if (/contract notice|invitation to tender|request for (?:proposals|quotations?)|tender notice/i.test(head))
    return "tender";
  return "other";
}
