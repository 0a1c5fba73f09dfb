import { labelKey } from "./normalise-text";

/** Which party a label or phone belongs to, from the heading or label that opened the passage. */
export type Section = "none" | "buyer" | "agency" | "project" | "supervisor" | "award";

const BUYER_LABEL =
  /^(本项目)?(采购人|招标人|采购单位|建设单位|业主单位|项目业主|招标采购人|采购人单位|采购执行方|发包人|发包单位|项目法人|招标方|采购方|业主$)/;
const LEAD_IN = /如下$|^(现将|现就|特此|兹)/;
const AGENCY_LABEL = /(代理机构|集中采购机构|集中招标采购机构|招标机构|代理单位|^(招标|采购)代理)/;
const SUPERVISOR_LABEL = /(监督|监管部门|投诉|同级政府采购)/;
const PROJECT_LABEL = /^项目(联系人|联系电话|联系方式)/;
const AWARD_LABEL =
  /^(第[一二三]|推荐第[一二三])?(中标|成交|预中标|拟中标)(\(成交\))?(供应商|单位|人|候选人|结果|信息)|^中标候选人/;

const AFTER_AWARD = /^(公告|公示)(期限|期|时间)|评审专家|评标委员会|(询价|磋商|谈判|评审)小组/;

/** Section a label switches to, e.g. "采购代理机构名称" -> agency; null when it does not switch. */
export function labelSection(key: string, current: Section): Section | null {
  // "现将成交结果公布如下:" introduces what follows; it names no party
  if (LEAD_IN.test(key)) return null;
  // an objection contact ("如有异议请联系:") closes the winners' part: its phone is the notice's
  if (/异议|质疑/.test(key) && current === "award") return "none";
  // the notice period and the evaluators follow the winners' part and close it
  if (current === "award" && AFTER_AWARD.test(key)) return "none";
  if (SUPERVISOR_LABEL.test(key)) return "supervisor";
  if (AGENCY_LABEL.test(key)) return "agency";
  if (BUYER_LABEL.test(key)) return "buyer";
  if (AWARD_LABEL.test(key)) return "award";
  if (PROJECT_LABEL.test(key) && (current === "none" || current === "award")) return "project";
  return null;
}

/** Section a heading line opens ("1.采购人信息", "三、采购代理机构信息", "3.项目联系方式"). */
export function headingSection(line: string): Section | null {
  const key = labelKey(line);
  if (/监督|监管|投诉/.test(key)) return "supervisor";
  if (/代理机构/.test(key)) return "agency";
  if (/^(采购人|采购单位|招标人)(信息|联系方式)?$/.test(key)) return "buyer";
  if (/^项目(信息|联系方式|联系人)$/.test(key)) return "project";
  if (/(中标|成交).{0,6}(信息|结果)|^(中标|成交)供应商/.test(key)) return "award";
  return null;
}
