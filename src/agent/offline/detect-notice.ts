/** Words that mark a procurement notice; three of them in a long text mean it was pasted to be parsed. */
const MARKERS =
  /招标公告|采购公告|中标公告|成交公告|结果公告|更正公告|采购意向|项目编号|合同编号|中标结果|中标价|中标金额|成交金额|公示时间|候选人公示|项目名称|预算金额|采购预算|采购人|招标人|代理机构|投标截止|开标时间|最高限价|控制价|中标人|中标候选人|成交供应商|磋商|询价|采购需求|响应文件|投标文件|标段|包号|contract notice|tender notice|invitation to tender|notice of award|contract award|contracting authority|deadline for receipt|time limit for receipt|estimated (total )?value|\bcpv\b|\blot \d|reference number|closing date|procurement procedure/gi;

const ZH_PREFIX =
  /^(请|帮我|麻烦)?\s*(解析|分析|提取|读一下|看一下|看看)(一下)?\s*(这个|这条|这份|这篇|以下|下面的?)?\s*(公告|标讯|招标公告|采购公告|中标公告|招标信息|招标)\s*[:：]?\s*/;
const EN_PREFIX =
  /^(please\s+)?(parse|analy[sz]e|extract|read)\s+(this|the following|the)?\s*(notice|tender|announcement|tender notice|contract notice)\s*[:-]?\s*/i;

const MIN_LENGTH = 80;

/**
 * The notice text when the message is a pasted notice ("解析这个公告：…" or a long text full of notice
 * words), else null. The text is data for the parser: lines inside it are never read as commands.
 */
export function detectNotice(message: string): string | null {
  const trimmed = message.trim();
  const prefix = trimmed.match(ZH_PREFIX) ?? trimmed.match(EN_PREFIX);
  if (prefix) {
    // "解析这个公告：" before text with no notice word at all is a wrapper around something else.
    const rest = trimmed.slice(prefix[0].length).trim();
    if (rest.length >= 20 && markerCount(rest) >= 1) return rest;
  }
  if (trimmed.length < MIN_LENGTH) return null;
  return markerCount(trimmed) >= 3 ? trimmed : null;
}

function markerCount(text: string): number {
  return new Set((text.match(MARKERS) ?? []).map((m) => m.toLowerCase())).size;
}
