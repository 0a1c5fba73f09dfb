import type { Money } from "../types";
import { labelKey, labelUnit } from "./normalise-text";
import type { ColumnTable, Entry } from "./notice-lines";
import { findDateTime, parseDateTime, windowEnd } from "./parse-date-time";
import { parseMoney, roundCents } from "./parse-money";

const BUDGET_KEYS =
  /^(本项目|本次)?(采购|招标)?(项目|包|标项|合同包)?(财政)?预算(金额|资金|总金额|总额|价|金额合计|总价)?$|^(采购项目|项目)预算金额$/;
// other names for the money a buyer sets aside; read only when no 预算 label is printed
const BUDGET_VARIANT_KEYS =
  /^(项目|工程)?(预算造价|估算价|估算金额|投资估算|审核预算价|审定预算价|预算价|采购金额|采购资金|总投资|项目总投资|服务费用|合同估算价)$/;
const MAX_PRICE_KEYS = /最高限价|控制价|最高投标限价|拦标价|最高限额/;

function moneyOf(e: Entry): Money | null {
  const m = parseMoney(e.value, { unit: e.unit });
  return m && m.amount > 0 ? m : null;
}

/** Budget from a 预算金额 label, else the sum of a budget column (合同包预算 over 品目预算). */
export function pickBudget(entries: Entry[], tables: ColumnTable[], text = ""): Money | null {
  for (const keys of [BUDGET_KEYS, BUDGET_VARIANT_KEYS])
    for (const e of entries) if (keys.test(e.key) && !/保证金|代理/.test(e.key) && moneyOf(e)) return moneyOf(e);
  for (const pattern of [/合同包预算|包预算/, /预算/]) {
    for (const t of tables) {
      const col = t.header.findIndex((h) => pattern.test(h) && !/保证金/.test(h));
      if (col < 0) continue;
      const sum = sumColumn(t, col);
      if (sum) return sum;
    }
  }
  // "本项目预算造价为人民币186.40万元", "总投资约1.2亿元": any budget name in a sentence
  return amountInProse(text, /(?:预算|估算|总投资)(?:金额|资金|造价|价|总额|总价)?(?:约?为|是|约|共计|合计)/);
}

function sumColumn(t: ColumnTable, col: number): Money | null {
  const unit = labelUnit(t.header[col]);
  let total = 0;
  let currency = "CNY";
  // a package's budget repeated on each of its item rows counts once
  const grouped = /^(合同包|包号|包组|标段|标项|分包)$/.test(t.header[0]?.replace(/\s/g, "") ?? "") && col > 0;
  const seen = new Set<string>();
  for (const row of t.rows) {
    if (grouped) {
      if (seen.has(row[0])) continue;
      seen.add(row[0]);
    }
    const m = parseMoney(row[col], { unit });
    if (!m) continue;
    total += m.amount;
    currency = m.currency;
  }
  return total > 0 ? { amount: roundCents(total), currency } : null;
}

/**
 * A bare 价格/金额 field whose unit is stated ("价格: 121.5 价格单位: 万元"): in a notice that awards
 * nothing, the money the buyer names is its budget. Read only when no budget label is printed.
 */
export function pickPricedBudget(entries: Entry[]): Money | null {
  for (const e of entries)
    if (/^(价格|金额|总价|采购金额)$/.test(e.key) && e.unit && !/supervisor|award/.test(e.section) && moneyOf(e))
      return moneyOf(e);
  return null;
}

/** Ceiling price (最高限价/控制价) from its label. */
export function pickMaxPrice(entries: Entry[], tables: ColumnTable[] = [], text = ""): Money | null {
  for (const e of entries) if (MAX_PRICE_KEYS.test(e.key) && !/下浮|比例/.test(e.key) && moneyOf(e)) return moneyOf(e);
  for (const t of tables) {
    const col = t.header.findIndex((h) => MAX_PRICE_KEYS.test(h));
    const sum = col >= 0 ? sumColumn(t, col) : null;
    if (sum) return sum;
  }
  return amountInProse(text, /(?:最高限价|控制价|最高投标限价|拦标价)(?:为|是)/);
}

/** "招标控制价为1234.56万元" written as a sentence. */
function amountInProse(text: string, lead: RegExp): Money | null {
  const m = new RegExp(
    `${lead.source}\\s*(?:人民币)?\\s*([\\d,.]+\\s*(?:万元|亿元|元|万)|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整]{2,})`,
  ).exec(text);
  const money = m ? parseMoney(m[1]) : null;
  return money && money.amount > 0 ? money : null;
}

const DEADLINE_KEY =
  /(投标|响应|应答|申请|递交|提交|报价|文件).{0,10}截止|^截止时间|^(投标|递交)截止|^开标时间及投标截止/;
const NOT_DEADLINE = /报名|获取|购买|保证金|质疑|公示|答疑|澄清|下载|开始|意见|反馈/;
const CORRECTED =
  /(现|更正后|变更后|更改后|调整后|更正为|变更为|调整为|改为|修改为|更改为|调整至|延期至|延长至|推迟至|顺延至|延期到|推迟到)/g;

/**
 * Bid deadline. A correction's new deadline (the clause saying 现/更正为/延期至 about 截止) wins;
 * then a 截止时间 label; then the "于<time>前递交" sentence of the notice summary.
 */
export function pickDeadline(entries: Entry[], text: string, year?: number, tables: ColumnTable[] = []): string | null {
  const changed = changedDeadline(tables, year);
  if (changed) return changed;
  // clauses end at sentence marks and at enumerations ("1、原…为…", "2、现更正…为…"); "现更正为:" with
  // its value on the next line is one clause, and it continues the 截止 clause just before it
  const joined = text.replace(/((?:更正|变更|调整|修改|更改)(?:后|为)|改为)\s*:?\s*\n/g, "$1 ");
  let previous = "";
  for (const clause of joined.split(/[\n。;]|\s(?=\d{1,2}、)/)) {
    const continues = /截止/.test(previous) && /^\s*(现|更正后|变更后|调整后)/.test(clause);
    previous = clause;
    if (!(/截止|递交|提交/.test(clause) || continues) || /保证金/.test(clause)) continue;
    // "现将截止时间由<old>变更为<new>": the last marker followed by a time holds the new value
    const marks = [...clause.matchAll(CORRECTED)].map((m) => m.index ?? 0).reverse();
    for (const at of marks) {
      const t = findDateTime(clause.slice(at), year);
      if (t?.time) return `${t.date}T${t.time}`;
    }
  }
  for (const e of entries) {
    // "开标时间(投标截止时间)": the bracketed note names the deadline too
    const label = e.label.replace(/\s/g, "");
    if (!(DEADLINE_KEY.test(e.key) || DEADLINE_KEY.test(label)) || NOT_DEADLINE.test(e.key)) continue;
    const t = parseDateTime(e.value, year);
    if (t) return t;
  }
  // a window ("投标时间:7月9—11日8:30—16:00") or an electronic selection ("选取时间") closes at its end
  for (const e of entries) {
    if (!WINDOW_KEY.test(e.key)) continue;
    const t = windowEnd(e.value, year);
    if (t) return t;
  }
  // "投标文件递交时间及地点:2026年10月20日下午14:30前递交至…": a hand-in time that ends with 前 closes the window
  for (const e of entries) {
    if (!HAND_IN_KEY.test(e.key) || NOT_DEADLINE.test(e.key)) continue;
    const t = findDateTime(e.value, year);
    if (t?.time && /^\s*(\(北京时间\))?\s*(之)?前/.test(e.value.slice(t.index + t.length)))
      return `${t.date}T${t.time}`;
  }
  const underHeading = deadlineUnderHeading(text, year);
  if (underHeading) return underHeading;
  const prose = /于\s*([^,，。;]{6,40}?)\s*(?:\(北京时间\))?\s*前(?:递交|提交|上传|将)/.exec(text);
  const fromProse = prose ? parseDateTime(prose[1], year) : null;
  return fromProse ?? deadlineInProse(text, year);
}

/** "变更事项 | 原公告内容 | 变更后内容" with a 投标截止时间 row: the new value is in the changed column. */
function changedDeadline(tables: ColumnTable[], year?: number): string | null {
  for (const t of tables) {
    const col = t.header.findIndex((h) => /^(变更|更正|调整|修改|更改)后|^现/.test(labelKey(h)));
    if (col < 1) continue;
    for (const row of t.rows) {
      if (!/截止/.test(row[0] ?? "") || NOT_DEADLINE.test(row[0])) continue;
      const t2 = parseDateTime(row[col], year);
      if (t2) return t2;
    }
  }
  return null;
}

/** A heading "四、提交投标文件截止时间、开标时间和地点" with the time on the next line. */
function deadlineUnderHeading(text: string, year?: number): string | null {
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/截止时间/.test(lines[i]) || lines[i].includes(":") || NOT_DEADLINE.test(lines[i])) continue;
    const t = findDateTime(lines[i + 1], year);
    if (t?.time && t.index <= 2) return `${t.date}T${t.time}`;
  }
  return null;
}

/** "投标文件递交的截止时间为2021年…" written as a sentence rather than a label. */
function deadlineInProse(text: string, year?: number): string | null {
  for (let at = text.indexOf("截止"); at >= 0; at = text.indexOf("截止", at + 2)) {
    const before = text.slice(Math.max(0, at - 12), at);
    if (!/投标|响应|递交|提交|文件|报价/.test(before) || NOT_DEADLINE.test(before)) continue;
    const t = findDateTime(text.slice(at, at + 40), year);
    if (t?.time) return `${t.date}T${t.time}`;
  }
  return null;
}

const HAND_IN_KEY = /(递交|提交|送达|投递|接收).{0,4}(时间|期限)/;

const WINDOW_KEY =
  /^(投标|递交|提交|受理|接收)(投标)?(文件|响应文件)?(时间|期限)$|^(选取|抽签|摇号|随机抽取|抽取)时间$/;

const OPENING_KEY = /^(开标|开启|响应文件开启|磋商|谈判|比选)(时间|日期)/;

/** Opening time (开标时间/开启时间). */
export function pickOpeningTime(entries: Entry[], year?: number): string | null {
  for (const e of entries) {
    if (!OPENING_KEY.test(labelKey(e.key)) || /地点$/.test(e.key)) continue;
    const t = parseDateTime(e.value, year);
    if (t) return t;
  }
  return null;
}

const PUBLISH_KEY = /^(信息)?(发布|公告|公示|发稿)(时间|日期)$/;

/** Publication date from 发布时间/公告日期, else a bare date line at the top. */
export function pickPublishDate(entries: Entry[], lines: string[]): string | null {
  for (const e of entries) {
    if (!PUBLISH_KEY.test(e.key)) continue;
    const t = findDateTime(e.value);
    if (t) return t.date;
  }
  for (const line of lines.slice(0, 4)) {
    const m = /^(\d{4})[-年/](\d{1,2})[-月/](\d{1,2})日?$/.exec(line.trim());
    if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  }
  return null;
}
