import { cleanValue, hasNumbering, joinSpacedLabels, labelKey, labelUnit, stripNumbering } from "./normalise-text";
import { recoverCollapsedTable } from "./recover-collapsed-table";

/** Which party a label or phone belongs to, from the heading or label that opened the passage. */
export type Section = "none" | "buyer" | "agency" | "project" | "supervisor" | "award";

/** One `label: value` pair found in a line or a key-value table row. */
export type Entry = {
  label: string;
  key: string;
  unit: string | null;
  value: string;
  section: Section;
  line: number;
  source: "colon" | "cell";
};

/** A table with a header row (`序号 | 中标供应商名称 | 中标金额(万元)`) and its data rows. */
export type ColumnTable = { header: string[]; rows: string[][]; line: number; caption: string };

export type NoticeLines = { lines: string[]; entries: Entry[]; tables: ColumnTable[] };

const BUYER_LABEL =
  /^(本项目)?(采购人|招标人|采购单位|建设单位|业主单位|项目业主|招标采购人|采购人单位|采购执行方|发包人|发包单位|项目法人|招标方|采购方)/;
const LEAD_IN = /如下$|^(现将|现就|特此|兹)/;
const AGENCY_LABEL = /(代理机构|集中采购机构|集中招标采购机构|招标机构|代理单位)/;
const SUPERVISOR_LABEL = /(监督|监管部门|投诉|同级政府采购)/;
const PROJECT_LABEL = /^项目(联系人|联系电话|联系方式)/;
const AWARD_LABEL =
  /^(第[一二三]|推荐第[一二三])?(中标|成交|预中标|拟中标)(\(成交\))?(供应商|单位|人|候选人|结果|信息)|^中标候选人/;

/** Section a label switches to, e.g. "采购代理机构名称" -> agency; null when it does not switch. */
export function labelSection(key: string, current: Section): Section | null {
  // "现将成交结果公布如下:" introduces what follows; it names no party
  if (LEAD_IN.test(key)) return null;
  // an objection contact ("如有异议请联系:") closes the winners' part: its phone is the notice's
  if (/异议|质疑/.test(key) && current === "award") return "none";
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

const ORG_SUFFIX =
  /(公司|集团|医院|学院|大学|中学|小学|学校|中心|研究院|设计院|研究所|事务所|局|委员会|办公室|办事处|政府|大队|支队|站|社|厂|店|馆|宾馆|饭店|大厦|银行|协会|股份|院)$/;

/** True for a short table cell that reads as a label ("招标人", "中标价(万元)"), not a name or a number. */
export function isLabelCell(cell: string): boolean {
  const key = labelKey(cell);
  // long cells are names or values, unless they end like a label ("招标人或招标代理机构联系电话")
  if (key.length < 2 || key.length > 20) return false;
  if (key.length > 14 && !/(电话|联系方式|名称|编号|金额|时间|日期|地址)$/.test(key)) return false;
  if (/\d/.test(key) || /[,，。;；:]/.test(key)) return false;
  // an amount in Chinese numerals is a value ("壹佰万元整")
  if (/[壹贰叁肆伍陆柒捌玖]|元整?$/.test(key)) return false;
  if (ORG_SUFFIX.test(key)) return false;
  return /[\u4e00-\u9fa5]/.test(key);
}

const COLUMN_WORD =
  /^(序号|编号|包号|包组|分包|合同包|标项|标段|品目|采购|项目|主要|中标|成交|预中标|拟中标|投标|供应商|名称|货物|金额|报价|价格|数量|单位|单价|地址|规格|型号|品牌|备注|排序|排名|名次|推荐|评审|综合|得分|服务|技术|其他|允许|预算|保证金|拟面向|预计|废标|商务|工期|施工|执业|标的|明细|描述)/;

const COLUMN_END = /(保证金|金额|预算|报价|名称|地址|得分|数量|单价|备注|要求|编号|时间|型号|内容|情况|概况)$/;

/** A header row: every cell is a column name. */
export function isHeaderRow(cells: string[]): boolean {
  return (
    cells.length >= 2 &&
    cells.every((c) => {
      const key = labelKey(c);
      return (COLUMN_WORD.test(key) || COLUMN_END.test(key)) && !/\d{3}/.test(c);
    })
  );
}

/** Splits `a | b | c`; a cell like `[1-1 城市规划和设计服务 1项 3520000 否]` is a flattened inner row. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  // "| a | b |" (markdown-like) has no empty first and last cells
  for (const raw of line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|")) {
    const cell = raw.trim();
    // several inner rows "[1-1 …] [1-2 …]": the first keeps the outer columns aligned
    const inner = /^\[([^\]]*)\](?:\s*\[[^\]]*\])*$/.exec(cell);
    if (inner) cells.push(...inner[1].trim().split(/\s+/));
    else cells.push(cell);
  }
  return cells;
}

const PHONE_CELL = /^[\d\s()\-—–+/转]{7,}$/;

type State = { section: Section; entries: Entry[]; line: number };

function push(state: State, label: string, value: string, source: Entry["source"]): void {
  const key = labelKey(label);
  if (!key) return;
  const next = labelSection(key, state.section);
  if (next) state.section = next;
  state.entries.push({
    label,
    key,
    unit: labelUnit(label),
    value: cleanValue(value),
    section: state.section,
    line: state.line,
    source,
  });
}

/** Start index of the label that ends just before `colon`, skipping bracketed notes. */
function labelStart(text: string, colon: number): number {
  let i = colon - 1;
  while (i >= 0 && text[i] === " ") i--;
  let depth = 0;
  for (; i >= 0; i--) {
    const ch = text[i];
    if (ch === ")") depth++;
    else if (ch === "(" && depth > 0) depth--;
    else if (depth === 0 && /[\s,，;；。|("“”:]/.test(ch)) break;
  }
  return i + 1;
}

// labels often glued to the previous value without a space ("薛华峰联系电话:", "XX项目编号:")
const GLUED_LABEL =
  /(项目编号|项目名称|联系电话|联系方式|联系人|电话|传真|地址|邮编|手机|项目联系人|采购人|代理机构|预算金额|最高限价|开标时间|截止时间)$/;

function splitGluedLabel(text: string, start: number, colon: number): number {
  const label = text.slice(start, colon).trim();
  const m = GLUED_LABEL.exec(label);
  if (!m || m.index === 0 || /[(（]/.test(label)) return start;
  const prefix = label.slice(0, m.index);
  // "采购人联系电话" is one label; only a name or number before it is a glued value
  if (/^(项目|采购|招标|代理|机构|单位|中标|成交|供应商|监督|质疑|投诉|本项目|签订合同|联系)|[及和或、/]$/.test(prefix))
    return start;
  return start + m.index;
}

/** `label: value` pairs inside one line or cell; several may share a line ("联系人:来先生 联系电话:0570-7024402"). */
export function colonPairs(text: string): { label: string; value: string; start: number }[] {
  const found: { label: string; start: number; colon: number }[] = [];
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    if (/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    // "9 时 : 30 分" is a time typeset with spaces, not a label
    if (/[\d时点] ?$/.test(text.slice(Math.max(0, i - 2), i)) && /^ ?\d/.test(text.slice(i + 1, i + 3))) continue;
    if (text.startsWith("//", i + 1)) continue;
    const start = splitGluedLabel(text, labelStart(text, i), i);
    const label = text.slice(start, i).trim();
    if (!/[\u4e00-\u9fa5A-Za-z]/.test(label) || label.length > 25) continue;
    if (found.length && start < found[found.length - 1].colon) continue;
    found.push({ label, start, colon: i });
  }
  return found.map((f, k) => ({
    label: f.label,
    start: f.start,
    value: text.slice(f.colon + 1, k + 1 < found.length ? found[k + 1].start : text.length),
  }));
}

function rowEntries(state: State, cells: string[]): void {
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    if (cell.includes(":") && colonPairs(cell).length) {
      for (const p of colonPairs(cell)) push(state, p.label, p.value, "colon");
    } else if (isLabelCell(cell) && j + 1 < cells.length && !isLabelCell(cells[j + 1])) {
      push(state, cell, cells[j + 1], "cell");
      j++;
    } else if (PHONE_CELL.test(cell) && /\d{7}/.test(cell.replace(/\D/g, ""))) {
      push(state, "电话", cell, "cell");
    }
  }
}

const STANDALONE_LABEL =
  /^(项目名称|采购项目名称|工程名称|项目编号|采购项目编号|招标编号|采购编号|采购人|采购人名称|采购单位|招标人|采购代理机构|代理机构|招标代理机构|预算金额|采购预算|最高限价|招标控制价|中标供应商|中标供应商名称|成交供应商|成交供应商名称|中标人|中标单位|中标金额|成交金额|中标价|中标价格|投标截止时间|开标时间|项目联系人|项目联系电话|联系电话)(\([^)]*\))?$/;

/** A label alone on its line, its value on the next ("项目编号" then "ABC-123"): one-cell-per-line tables. */
function standaloneLabel(line: string, next: string | undefined): boolean {
  if (!next || next.includes("|") || next.includes(":") || next.length > 60) return false;
  const label = stripNumbering(line).replace(/\s/g, "");
  if (!STANDALONE_LABEL.test(label)) return false;
  return !STANDALONE_LABEL.test(stripNumbering(next).replace(/\s/g, ""));
}

/** True when `next` is the value of a field label left empty on its own line. */
function valueLine(label: string, next: string | undefined): boolean {
  if (!next || next.includes("|") || next.includes(":") || next.length > 60) return false;
  return STANDALONE_LABEL.test(labelKey(label)) && !STANDALONE_LABEL.test(labelKey(next));
}

// labels that appear as "label value" without a colon, in form-like sentences
const SPACED_LABEL = /^(供应商名称|供应商地址|中标金额|成交金额|中标\(成交\)金额|中标供应商|成交供应商)$/;

/** "中标供应商名称 广东某某有限公司 法人代表 …": a known label and its value separated by a space. */
function spacedPair(line: string): { label: string; value: string } | null {
  const m = /^(\S{2,12}?)\s+(\S+)/.exec(stripNumbering(line));
  return m && (STANDALONE_LABEL.test(m[1]) || SPACED_LABEL.test(m[1])) ? { label: m[1], value: m[2] } : null;
}

/** "1:供应商名称 X ;供应商地址 Y ;中标(成交)金额 1267500": spaced pairs separated by semicolons. */
function spacedPairs(line: string): { label: string; value: string }[] {
  if (!/[;；]/.test(line)) return [];
  const out: { label: string; value: string }[] = [];
  for (const part of line.replace(/^\d{1,2}\s*[:、.]\s*/, "").split(/[;；]/)) {
    const p = part.includes(":") ? null : spacedPair(part.trim());
    if (p) out.push(p);
  }
  return out.length >= 2 ? out : [];
}

/**
 * Reads a normalised notice into lines, `label: value` entries tagged with the party section they
 * appear in, and column tables. Every later rule works on this one pass.
 */
export function readNoticeLines(text: string): NoticeLines {
  const lines = text.split("\n").map((l) => joinSpacedLabels(l.trim()));
  const state: State = { section: "none", entries: [], line: 0 };
  const tables: ColumnTable[] = [];
  let table: ColumnTable | null = null;
  let caption = "";
  let skip = -1;
  lines.forEach((line, i) => {
    if (i === skip) return;
    state.line = i;
    if (hasNumbering(line)) state.section = "none";
    if (line.includes("|")) {
      const cells = splitRow(line);
      const recovered = table || isHeaderRow(cells) ? null : recoverCollapsedTable(cells);
      if (isHeaderRow(cells)) {
        table = { header: cells, rows: [], line: i, caption };
        tables.push(table);
      } else if (table) table.rows.push(cells);
      else if (recovered) {
        // the text around the rebuilt table still carries labels ("(招标编号:…) 受…委托 …")
        for (const p of colonPairs(recovered.caption)) push(state, p.label, p.value, "colon");
        const heading = headingSection(stripNumbering(recovered.caption.replace(/^.*\s/, "").replace(/:$/, "")));
        if (heading) state.section = heading;
        tables.push({ header: recovered.header, rows: recovered.rows, line: i, caption: recovered.caption });
        const tail = recovered.rows.at(-1)?.at(-1) ?? "";
        for (const p of colonPairs(tail)) push(state, p.label, p.value, "colon");
      } else rowEntries(state, cells);
      return;
    }
    table = null;
    if (standaloneLabel(line, lines[i + 1])) {
      push(state, stripNumbering(line), lines[i + 1], "cell");
      skip = i + 1;
      return;
    }
    const pairs = colonPairs(line);
    // "一、项目编号(或招标编号…):" with the value alone on the next line
    const bare = pairs.length === 0 && line.endsWith(":") ? line.slice(0, -1) : null;
    const empty = pairs.length === 1 && cleanValue(pairs[0].value) === "" ? pairs[0].label : bare;
    if (empty && valueLine(empty, lines[i + 1])) {
      push(state, empty, lines[i + 1], "colon");
      skip = i + 1;
      return;
    }
    const many = spacedPairs(line);
    // a line naming a supplier and an award amount states the award, whatever numbering it has
    if (many.some((p) => /金额/.test(p.label)) && many.some((p) => /供应商/.test(p.label))) state.section = "award";
    for (const p of many) push(state, p.label, p.value, "cell");
    // "1.采购人信息 名称:某某局": a heading in front of the first label still opens its section
    const prefix = pairs.length ? line.slice(0, pairs[0].start).trim() : "";
    const inline = prefix ? headingSection(stripNumbering(prefix)) : null;
    if (inline) state.section = inline;
    if (pairs.length === 0 || (pairs.length === 1 && cleanValue(pairs[0].value) === "")) {
      const heading = headingSection(stripNumbering(line));
      if (heading) state.section = heading;
      const spaced = pairs.length === 0 && !many.length ? spacedPair(line) : null;
      if (spaced) push(state, spaced.label, spaced.value, "cell");
    }
    for (const p of pairs) push(state, p.label, p.value, "colon");
    // a short line before a table names it ("分包号:2", "…(一标段)")
    if (line.length <= 40) caption = line;
  });
  applyUnitFields(state.entries);
  return { lines, entries: state.entries, tables };
}

/** "价格: 121.5 价格单位: 万元": a unit given as its own field applies to the amount just before it. */
function applyUnitFields(entries: Entry[]): void {
  entries.forEach((e, i) => {
    if (!/单位$/.test(e.key) || !/^(万元|元|亿元|万|人民币万元|人民币元)$/.test(e.value.trim())) return;
    const target = entries
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((p) => !p.unit && e.line - p.line <= 2 && /^[\d,.\s]+$/.test(p.value.trim()));
    if (target) target.unit = e.value.trim();
  });
}
