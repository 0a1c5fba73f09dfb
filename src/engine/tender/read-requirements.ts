// What a bidder must have to take part (资格要求, qualifications): the project's own conditions, without the
// boilerplate every notice repeats (政府采购法第二十二条, 信用中国, 联合体 …). "南粤那个标有啥硬性门槛" is answered
// from these. Read from the section under a qualification heading, or a labelled line, item by item.

const MAX_ITEMS = 5;
const MAX_CHARS = 100;

/** A line that opens the qualification section (二、申请人的资格要求：, 中介机构资格要求：1、…, Qualifications:). */
const HEADING_ZH =
  /^[\s（(一二三四五六七八九十\d、.．)）]{0,6}[\p{Script=Han}]{0,8}(资格要求|资格条件|资质要求|资格条件要求|特定资格要求|资格审查要求)[:：]?/u;
const HEADING_EN =
  /^\s*(?:[\dIVX]+[.)]\s*)?(qualifications?|eligibility(?: requirements| criteria)?|minimum (?:qualifications|requirements)|bidder(?:'s)? (?:qualifications|requirements)|pre-?qualification(?: requirements)?)\s*[:.-]?\s*/i;
/** The next top-level heading ends the section (三、获取招标文件, 四、…, "Bid documents"). */
const NEXT_HEADING =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+[章条部分]|[（(][一二三四五六七八九十]+[)）])|^\s*(?:\d{1,2}\s*[、.．]?\s*)?[\p{Script=Han}]{2,12}[:：]?\s*$|^\s*[\p{Script=Han}]{0,6}(?:方式|费用|时间|地点|联系人?|电话|日期|截止)[:：]/u;
const NEXT_HEADING_EN =
  /^\s*(?:[\dIVX]+[.)]\s*)?(?:bid documents?|submission|deadline|contact|pre-?bid|opening|how to|documents?|questions|award)\b/i;
/** Items: 1、 1. (1) ① a) - • at the start or after a stop. */
const ITEM_MARK =
  /(?:^|[；;。\n]\s*)(?:\d{1,2}\s*[、.．)）](?!\d)|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[a-h][.)]\s|[-•·]\s)/g;

/** Conditions every notice repeats: dropped unless the item also names something specific. */
const BOILERPLATE =
  /政府采购法|第二十二条|信用中国|失信|重大违法|违法记录|联合体|政府采购政策|中小企业|监狱企业|残疾人|单位负责人|直接控股|管理关系|不得参加|商业贿赂|独立承担民事责任|良好的商业信誉|财务会计制度|依法缴纳|社会保障资金|专业技术能力|法律、行政法规|境内注册|独立法人|营业执照|承认并承诺|无不良记录|前三年内|debarred|suspended|excluded|equal opportunity|non-?collusion|conflict of interest|registered (?:to do business|in)|good standing|licensed to do business/i;
const SPECIFIC =
  /资质|业绩|证书|认证|等级|信创|国产|注册.{0,4}师|制造商|授权|许可证|案例|同类|ISO|CMMI|三级|甲级|乙级|experience|certif|licen[cs]e[ds]? (?:as|in)|ISO|accredit|bond|insurance|similar (?:projects|contracts|work)/i;

/**
 * "Bidders must be prequalified.", "Contractors shall hold a valid Class A licence.": a condition in prose, the
 * sentence around these words. Found first, then widened to its sentence: linear in the notice's length (a pattern
 * that scanned each sentence from every start was quadratic, 17 s on one 120k-character line).
 */
const MUST_EN =
  /\b(?:bidders|tenderers|offerors|proposers|respondents|contractors|firms|suppliers|vendors)\s+(?:must|shall|are required to)\s+(?:be|have|hold|possess|demonstrate|provide evidence)\b/gi;
const SENTENCE_END = /[.!?\n]/;

export function readRequirements(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const m of text.matchAll(MUST_EN)) {
    if (out.length >= MAX_ITEMS) break;
    const item = clip(sentenceAround(text, m.index, m.index + m[0].length).replace(/\s+/g, " "));
    if (!out.includes(item)) out.push(item);
  }
  for (let i = 0; i < lines.length && out.length < MAX_ITEMS; i++) {
    const heading = lines[i].match(HEADING_ZH) ?? lines[i].match(HEADING_EN);
    if (!heading) continue;
    const english = !HEADING_ZH.test(lines[i]);
    // "投标人资格要求及审查方式：…": the rest of the heading is no item.
    const rest = lines[i].slice((heading.index ?? 0) + heading[0].length).replace(/^[及和与][^:：]{0,12}[:：]?/, "");
    const body = [rest];
    for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
      const line = lines[j];
      if (NEXT_HEADING.test(line) || (english && NEXT_HEADING_EN.test(line))) break;
      if (HEADING_ZH.test(line) || HEADING_EN.test(line)) break;
      body.push(line);
    }
    for (const item of splitItems(body.join("\n"))) {
      if (out.length >= MAX_ITEMS) break;
      if (BOILERPLATE.test(item) && !SPECIFIC.test(item)) continue;
      if (!out.includes(item)) out.push(item);
    }
  }
  return out;
}

function splitItems(section: string): string[] {
  const marked = section.replace(ITEM_MARK, (m) => `${/^[；;。]/.test(m) ? m[0] : ""}\u0000`);
  return marked
    .split("\u0000")
    .flatMap((part) => part.split(/\n/))
    .map((s) =>
      s
        .replace(/^[\s：:；;，,]+|[\s；;，,。.]+$/g, "")
        .replace(/^\d{1,2}(?:\.\d{1,2})+\s*/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(
      (s) =>
        s.length >= 4 &&
        !/^(以下条件|具备以下条件|还必须具备以下条件)[:：]?$|^详见|^see (the )?(bid|tender|rfp)/i.test(s),
    )
    .map(clip);
}

/** The sentence a match stands in, without its stop: back to the last stop before it, on to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to).trim();
}

function clip(item: string): string {
  return item.length > MAX_CHARS ? `${item.slice(0, MAX_CHARS - 1)}…` : item;
}
