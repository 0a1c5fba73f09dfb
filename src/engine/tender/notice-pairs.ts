import { labelKey, stripNumbering } from "./normalise-text";

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
  // nor is "意见反馈截止时间": a word naming what closes belongs to the label
  if (
    /^(项目|采购|招标|代理|机构|单位|中标|成交|供应商|监督|质疑|投诉|本项目|签订合同|联系)|[及和或、/]$/.test(prefix) ||
    /(反馈|递交|提交|报名|投标|响应|获取|报价|申请|文件|意见|缴纳|缴交|交纳|支付|购买|下载|质疑|答疑|公示|保证金|开标)$/.test(
      prefix,
    )
  )
    return start;
  return start + m.index;
}

/** `label: value` pairs inside one line or cell; several may share a line ("联系人:来先生 联系电话:0570-7024402"). */
export function colonPairs(text: string): { label: string; value: string; start: number }[] {
  const found: { label: string; start: number; colon: number }[] = [];
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    if (/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    // "9 时 : 30 分" is a time typeset with spaces, not a label
    // ("地点:2026年…" is a label: its 点 follows no digit)
    if (/\d ?([时点] ?)?$/.test(text.slice(Math.max(0, i - 4), i)) && /^ ?\d/.test(text.slice(i + 1, i + 3))) continue;
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
// compared on the label key (numbering, spaces and bracketed notes removed: "中标（成交）金额（元）" -> "中标金额")
const STANDALONE_LABEL =
  /^((采购|招标)?(项目|工程)名称((及|和|、)(项目)?编号)?|(中标|成交)(供应商|人)名称、.{2,20}|(采购|招标)?项目(编号|代码)|(招标|采购|院内|标段)编号|(采购|招标)(人|单位)(名称)?|建设单位|(采购|招标)?代理机构(名称)?|预算金额|采购预算|最高限价|招标控制价|(中标|成交)(供应商|人|单位)(名称)?|(中标|成交)(金额|价|价格)|投标截止时间|开标时间|项目联系人|(项目)?联系电话)$/;

const isStandalone = (line: string) => STANDALONE_LABEL.test(labelKey(line));

/** A label alone on its line, its value on the next ("项目编号" then "ABC-123"): one-cell-per-line tables. */
export function standaloneLabel(line: string, next: string | undefined): boolean {
  if (!next || next.includes("|") || next.includes(":") || next.length > 100) return false;
  // a label keeps its brackets short ("(元)", "(成交)"); a longer bracket is a sentence
  if (/\([^)]{7,}\)/.test(line) || !isStandalone(line)) return false;
  return !isStandalone(next);
}

/** True when `next` is the value of a field label left empty on its own line. */
export function valueLine(label: string, next: string | undefined): boolean {
  if (!next || next.includes("|") || next.includes(":") || next.length > 60) return false;
  return isStandalone(label) && !isStandalone(next);
}

// labels that appear as "label value" without a colon, in form-like sentences
const SPACED_LABEL = /^(供应商名称|供应商地址|中标金额|成交金额|中标\(成交\)金额|中标供应商|成交供应商)$/;

/** "中标供应商名称 广东某某有限公司 法人代表 …": a known label and its value separated by a space. */
export function spacedPair(line: string): { label: string; value: string } | null {
  const m = /^(\S{2,12}?)\s+(\S+)/.exec(stripNumbering(line));
  return m && (isStandalone(m[1]) || SPACED_LABEL.test(m[1])) ? { label: m[1], value: m[2] } : null;
}

/** "1:供应商名称 X ;供应商地址 Y ;中标(成交)金额 1267500": spaced pairs separated by semicolons. */
export function spacedPairs(line: string): { label: string; value: string }[] {
  if (!/[;；]/.test(line)) return [];
  const out: { label: string; value: string }[] = [];
  for (const part of line.replace(/^\d{1,2}\s*[:、.]\s*/, "").split(/[;；]/)) {
    const p = part.includes(":") ? null : spacedPair(part.trim());
    if (p) out.push(p);
  }
  return out.length >= 2 ? out : [];
}

/**
 * A label naming two fields and its value holding both: "项目名称及编号" + "X(ABC-1)" -> 项目名称 X and
 * 项目编号 ABC-1. Other pairs are returned as they are.
 */
export function splitCombinedPair(label: string, value: string): { label: string; value: string }[] {
  if (!/^(采购)?项目名称(及|和|、)(项目)?编号$/.test(labelKey(label))) return [{ label, value }];
  const m = /^(.*?)\s*\(([A-Za-z0-9][^()]*)\)\s*$/.exec(value.trim());
  if (!m) return [{ label: "项目名称", value }];
  return [
    { label: "项目名称", value: m[1] },
    { label: "项目编号", value: m[2] },
  ];
}
