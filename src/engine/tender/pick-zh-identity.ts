import { cleanOrgName, looksLikeOrg } from "./clean-org-name";
import { cleanValue, labelKey } from "./normalise-text";
import type { ColumnTable, Entry } from "./notice-lines";
import { readCode } from "./read-code";

const NAME_KEYS = /^(原公告的?)?(采购|招标)?(项目|工程)名称$|^采购项目$|^项目名$/;
const NAME_FALLBACK_KEYS = /^(标段|标项|包件)名称$/;
const NUMBER_KEYS =
  /^(原公告的?)?(采购|招标)?项目(编号|号|编码)$|^(招标|采购|项目招标|招标公告|招标项目|采购计划|竞价|询价|磋商|谈判|比选|交易|工程|采购项目)编号$/;
const NUMBER_FALLBACK_KEYS = /^(招标文件|采购文件|合同)编号$/;
// a site's own numbering ("院内编号", "标段编号", "采购计划编号") when no project number is labelled;
// numbers of people, firms and certificates are not the project's
const NUMBER_LAST_KEYS = /^(院内|标段|标包|包件|计划|采购计划|备案|交易|公告)?(编号|编码|代码)$/;
// the procurement method and notice words a title appends to the project name, as data
const METHOD_WORDS =
  "公开招标|邀请招标|竞争性磋商|竞争性谈判|单一来源采购|单一来源|询价采购|询价|比选|遴选|电子竞价|网上竞价|竞价|招标|磋商|谈判|(?:随机抽取|抽签|摇号)?(?:法)?发包|随机抽取|抽签|摇号|比价|议价";
const NOTICE_SUFFIX = new RegExp(
  `(${METHOD_WORDS})?(的)?(补充|更正|变更|澄清|延期|终止|流标|废标|(?:采购|招标|竞价)?失败|(?:采购)?需求(?:征求意见|意见征询|公示)|征求意见|意见征询)(通知|公告|公示)$|(的)?(院内)?(${METHOD_WORDS})?(采购)?(中标|成交|中标\\(成交\\)|预中标|拟中标)?(结果)?(候选人)?(的)?(公告|公示|邀请书|邀请函|邀请)+$|(的)?(开标记录表?|开标情况(一览表)?|开标结果)(公告|公示)?$`,
);

/** Drops notice words a site appended to the project name ("…采购成交结果公告" -> "…采购"). */
export function stripNoticeSuffix(name: string): string {
  const stripped = name.replace(/(中标|成交|中标\(成交\)|预中标)(结果)?(公告|公示)$/, "");
  return stripped.length >= 4 ? stripped : name;
}

/** Identity cells of a table listing exactly one purchase ("采购人 | 项目名称 | 项目编号 | 中标供应商"). */
export type RowFacts = { name?: string; number?: string; buyer?: string };

export function oneRowFacts(tables: ColumnTable[]): RowFacts {
  const cell = (re: RegExp) => {
    const hits = tables.flatMap((t) => {
      const col = t.header.findIndex((h) => re.test(labelKey(h)));
      return col < 0 ? [] : t.rows.map((r) => r[col]?.trim()).filter(Boolean);
    });
    return hits.length === 1 ? hits[0] : undefined;
  };
  return {
    name: cell(/^(采购)?项目名称$/),
    number: cell(/^(采购)?项目编号$/),
    buyer: cell(/^(采购人|采购单位|招标人)(名称)?$/),
  };
}

/** Project name from a 项目名称 label, else from the title with agency prefix and notice words removed. */
export function pickProjectName(entries: Entry[], title: string | null, text = "", row: RowFacts = {}): string | null {
  const hit =
    entries.find((e) => NAME_KEYS.test(e.key) && cleanValue(e.value)) ??
    entries.find((e) => NAME_FALLBACK_KEYS.test(e.key) && cleanValue(e.value));
  // "X(项目编号:Y)" or "X 项目编号:Y": the number written into the name's value is not part of it
  if (hit)
    return stripNoticeSuffix(
      cleanValue(
        hit.value.replace(/\s+(?=[\u4e00-\u9fa5]{2,8}:).*$/, "").replace(/\((?:项目|采购|招标)?编号:[^)]*\)$/, ""),
      ),
    );
  if (row.name) return row.name;
  // "就XX项目(项目编号:…)组织采购": the template appends 项目 to the name
  const prose = /(?:就|对)\s*([^,，。;:\s]{4,60}?)\s*(?:项目)?\s*\((?:项目编号|采购编号|招标编号)/.exec(text);
  if (prose) return stripNoticeSuffix(prose[1]);
  // the national template's first sentence: "本招标项目X(标段)?已由…批准"
  const approved = /本招标项目\s*([^,，。;:\s]{4,80}?)\s*已由/.exec(text);
  if (approved) return approved[1];
  const fromTitle = title ? nameFromTitle(title) : null;
  // the body confirms a name the title glued to 采购 ("…设备采购项目招标，招标编号"): keep 采购
  if (fromTitle && title?.includes(`${fromTitle}采购`) && text.includes(`${fromTitle}采购项目`))
    return `${fromTitle}采购`;
  return fromTitle;
}

/** "X公司关于Y的竞争性磋商公告" -> "Y"; "Y中标结果公告" -> "Y". */
export function nameFromTitle(title: string): string | null {
  // "…招标公告(招标编号:ZTED-WZ-2026-0192)": an identifier in brackets after the notice words
  let name = title.replace(/\((?:招标|采购|项目)?(?:编号|项目编号)?:?\s*[A-Za-z0-9\-_[\]]{4,}\)$/, "");
  // "…更正公告(一)", "…补充通知(二)": the notice's own sequence number after its notice word
  name = name.replace(
    /(公告|通知|公示)\((?:[一二三四五六七八九十]{1,3}|\d{1,2}|第[一二三四五六七八九十\d]{1,3}次)\)$/,
    "$1",
  );
  name = name.replace(/^(.{2,40}?)?(关于|就(?!业))(?=.{4})/, "");
  name = name.replace(/\([A-Za-z0-9\-_,[\]]+\)(?=[^)]*$)/, "");
  const stripped = name.replace(NOTICE_SUFFIX, "").replace(/(的)$/, "");
  return stripped.length >= 2 ? stripped : null;
}

/** Project number from 项目编号/招标编号 labels, else 招标文件编号/合同编号. */
export function pickProjectNumber(entries: Entry[], head: string[] = [], row: RowFacts = {}): string | null {
  for (const keys of [NUMBER_KEYS, NUMBER_FALLBACK_KEYS, NUMBER_LAST_KEYS]) {
    for (const e of entries) {
      if (!keys.test(e.key)) continue;
      const code = readCode(e.value.trim());
      if (code) return code;
    }
  }
  if (row.number) return readCode(row.number);
  // last resort: "…成交结果公告(CJDX-2026-TP-088)", an unlabelled code in brackets closing a heading line
  for (const line of head) {
    const code = /\(([A-Za-z0-9][A-Za-z0-9\-_[\]]{5,})\)$/.exec(line.trim())?.[1];
    if (code && /\d/.test(code) && /[A-Za-z-]/.test(code)) return code;
  }
  return null;
}

const BUYER_KEYS =
  /^(本项目)?(采购人|招标人|采购单位|招标单位|招标采购人|采购人单位|建设单位|业主单位|项目业主|项目单位|采购方|采购执行方|发包人|发包单位|发包方|项目法人|项目法人单位|招标方|业主)(名称|全称)?$/;
const AGENCY_KEYS = /^(采购|招标)?代理(机构|单位|公司|人)?(名称|全称)?$|^(集中)?(招标)?(采购)?机构(名称|全称)?$/;

function firstOrg(entries: Entry[], keys: RegExp, section: Entry["section"]): string | null {
  for (const e of entries) {
    const named = keys.test(e.key) || (e.key === "名称" && e.section === section);
    if (!named) continue;
    const name = cleanOrgName(e.value);
    if (name) return name;
  }
  return null;
}

/** "招标人为X,招标代理机构为Y。" written as a sentence. */
function stated(text: string, lead: RegExp): string | null {
  const m = new RegExp(`${lead.source}\\s*([^,，。;；\\s]{4,40})`).exec(text);
  const name = m ? cleanOrgName(m[1]) : null;
  return looksLikeOrg(name) ? name : null;
}

/** "受X(的)?委托" names the buyer; the organisation acting on it is the agency. */
function entrusted(text: string): { buyer: string | null; agency: string | null } {
  const at = text.indexOf("委托");
  if (at < 0) return { buyer: null, agency: null };
  // only the paragraph around the first 委托 can hold the sentence
  const start = Math.max(0, text.lastIndexOf("\n", at) + 1);
  const end = text.indexOf("\n", at);
  text = text.slice(start, end < 0 ? undefined : end);
  const m =
    /(?:^|[\n,，。])\s*([^\s,，。:]{4,40}?)?受([^\s,，。:]{2,40}?)的?委托[,，]?\s*([^\s,，。:]{4,40}?)?(?=于|对|就|,|，|$)/m.exec(
      text,
    );
  if (!m) return { buyer: null, agency: null };
  const buyer = /采购人$/.test(m[2]) ? null : cleanOrgName(m[2]);
  const agencyRaw = looksLikeOrg(m[1]) ? m[1] : m[3] && looksLikeOrg(m[3]) ? m[3] : null;
  return { buyer: looksLikeOrg(buyer) ? buyer : null, agency: cleanOrgName(agencyRaw) };
}

/** Buyer and agency from their labels, the 受…委托 sentence, or the title prefix. */
export function pickParties(
  entries: Entry[],
  text: string,
  title: string | null,
  projectName: string | null,
  row: RowFacts = {},
): { buyer: string | null; agency: string | null } {
  const trust = entrusted(text);
  const rowBuyer = cleanOrgName(row.buyer);
  let buyer =
    firstOrg(entries, BUYER_KEYS, "buyer") ??
    stated(text, /(?:招标人|采购人|项目业主|建设单位|发包人|发包单位|项目法人)为/) ??
    trust.buyer ??
    (looksLikeOrg(rowBuyer) ? rowBuyer : null);
  const agency =
    firstOrg(entries, AGENCY_KEYS, "agency") ??
    stated(text, /(?:招标|采购)?代理(?:机构|单位)为/) ??
    trust.agency ??
    actingAgency(text);
  if (!buyer && title) buyer = buyerFromTitle(title, projectName, agency);
  // last resorts, in this order: the signature above the closing date, then the project name's own prefix
  const signed = signature(text.split("\n"));
  if (!buyer && signed[0] && signed[0] !== agency) buyer = signed[0];
  const signedAgency = signed.find((s, i) => i > 0 && AGENCY_LIKE.test(s));
  if (!buyer && projectName) buyer = orgPrefix(projectName);
  return { buyer, agency: agency ?? signedAgency ?? null };
}

/** "X招标有限责任公司对Y进行了竞争性磋商采购": an agency-like organisation opening the summary sentence. */
function actingAgency(text: string): string | null {
  const m =
    /(?:^|\n|受委托[,，]?)\s*([^\s,，。:]{4,40}?(?:公司|中心))(?:受[^,，。\n]{2,40}?委托)?[,，]?\s*(?:对|就)[^\n。]{4,120}?进行/.exec(
      text,
    );
  return m && AGENCY_LIKE.test(m[1]) && looksLikeOrg(m[1]) ? m[1] : null;
}

const AGENCY_LIKE = /招标|代理|咨询|项目管理|造价|采购中心|交易中心/;
const DATE_LINE = /^\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?$/;

/** Organisations signing the notice: name-only lines right above a date line near the end ("X医院\n2026年1月16日"). */
export function signature(lines: string[]): string[] {
  const tail = lines.slice(-15);
  for (let i = tail.length - 1; i > 0; i--) {
    if (!DATE_LINE.test(tail[i].trim())) continue;
    const orgs: string[] = [];
    for (let j = i - 1; j >= 0 && orgs.length < 3; j--) {
      const line = tail[j].trim();
      const name = line.length <= 40 && !/[:|,，。]/.test(line) ? cleanOrgName(line) : null;
      if (!looksLikeOrg(name) || name !== line.replace(/\s/g, "")) break;
      orgs.unshift(name);
    }
    if (orgs.length) return orgs;
  }
  return [];
}

const STRONG_ORG =
  /^(.{4,30}?(?:医院|大学|学院|学校|中学|小学|幼儿园|局|委员会|政府|办事处|管理处|公司|中心|研究院|研究所))(?=.{2})/;

/** "启东市人民医院手术室高效过滤器采购项目" -> "启东市人民医院": the buyer named at the head of its project. */
function orgPrefix(projectName: string): string | null {
  const m = STRONG_ORG.exec(projectName.replace(/^\d{4}年(度)?/, ""));
  return m ? m[1] : null;
}

/** "山东科技大学2026年01月(至)12月政府采购意向" or "<buyer><project name>中标公告" -> the buyer. */
function buyerFromTitle(title: string, projectName: string | null, agency: string | null): string | null {
  const intention = /^(.{4,40}?)\d{4}年.*意向/.exec(title);
  if (intention && looksLikeOrg(intention[1])) return intention[1];
  // "X医院关于Y院内遴选结果的公示": the organisation speaking in the title, unless it is the agency
  const speaker = /^(.{4,40}?)关于/.exec(title)?.[1] ?? null;
  if (looksLikeOrg(speaker) && speaker !== agency && !AGENCY_LIKE.test(speaker)) return speaker;
  if (!projectName) return null;
  const at = title.indexOf(projectName);
  if (at < 4) return null;
  let prefix = title.slice(0, at);
  if (agency && prefix.startsWith(agency)) prefix = prefix.slice(agency.length);
  return looksLikeOrg(prefix) ? prefix : null;
}
