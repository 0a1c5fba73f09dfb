import type { Entry } from "./notice-lines";

const PHONE =
  /\(0\d{2,3}\)\s*\d{3,4}[-\s]?\d{4,5}|0\d{2,3}\s*[-—–]{0,2}\s*\d{7,8}(?:[-转]\d{1,5})?|\+?\d{2,3}[-\s]\d{3,4}[-\s]\d{4}|1[3-9]\d{9}|(?<!\d)\d{7,8}(?!\d)/g;

const PHONE_KEY = /电话|联系方式|手机|联系人|经办人|tel|telephone|方式|联系$|致电/i;
// a contact line no party heading claims comes last: it is usually the notice's general contact
// a plain contact line still inside the winners' part (after per-lot blocks) is read only when nothing else is
const SECTION_RANK: Partial<Record<Entry["section"], number>> = { project: 0, agency: 1, buyer: 2, none: 3, award: 4 };

/** Phone numbers written in a value, in order ("0577-68807257、17395770925" -> both). */
export function findPhones(value: string): string[] {
  return (
    [...value.matchAll(PHONE)]
      // a price is never a phone: digits with decimals, a currency sign or a money unit around them
      .filter((m) => !isMoney(value, m.index ?? 0, m[0].length))
      .map((m) => m[0].trim())
      .filter((p) => p.replace(/\D/g, "").length >= 7 && !/^[48]00/.test(p.replace(/\D/g, "")))
  );
}

function isMoney(value: string, at: number, length: number): boolean {
  const before = value.slice(Math.max(0, at - 2), at);
  const after = value.slice(at + length, at + length + 3);
  return /[¥￥$]\s*$/.test(before) || /^(\.\d|\s*(万|元|亿))/.test(after) || /^[,，]\d{3}/.test(after);
}

function rankOf(e: Entry): number | null {
  const section = SECTION_RANK[e.section];
  if (section === undefined || !PHONE_KEY.test(e.key)) return null;
  if (/传真/.test(e.key) && !/电话/.test(e.key)) return null;
  if (/监督|投诉|项目经理|负责人$|CA|热线|技术支持|平台|系统|交易中心/.test(e.key)) return null;
  // the winner's own phone is never the contact
  if (e.section === "award" && !/^(联系人|联系电话|电话|联系方式)$/.test(e.key)) return null;
  const within = /质疑/.test(e.key) ? 5 : /电话|联系方式|手机|方式|tel/i.test(e.key) ? 0 : 2;
  return section * 10 + within;
}

/**
 * The phone to call about the project: the 项目联系人 section's, else the agency's, else the
 * buyer's; within one party a phone under 电话/联系方式 beats one written after a contact name,
 * and complaint (质疑) lines come last. Supervisors' and winners' phones are never used.
 */
export function pickContactPhone(entries: Entry[], text = ""): string | null {
  let best: { rank: number; phone: string } | null = null;
  for (const e of entries) {
    const rank = rankOf(e);
    if (rank === null || (best && best.rank <= rank)) continue;
    const phone = findPhones(e.value)[0];
    if (phone) best = { rank, phone };
  }
  const phone = best?.phone ?? phoneInProse(text);
  return phone ? phone.replace(/\s*[-—–]+\s*/g, "-") : null;
}

// "请致电项目联系人陈工(电话0898-…)": a phone cue in a sentence, the number within a few characters after it
const PROSE_CUE = /(?:电话|致电|联系方式)[^\d\n]{0,12}/g;

/**
 * Last resort, when no labelled line gives a phone: the first phone of a sentence that tells whom to call about the
 * project (致电, 联系人, 咨询, 疑问), never an objection or supervision line's.
 */
function phoneInProse(text: string): string | null {
  for (const m of text.matchAll(PROSE_CUE)) {
    const at = m.index ?? 0;
    // objections, complaints and supervision are not the contact for the project ("如有异议请向院纪委反映(电话:…)")
    const clause =
      text
        .slice(Math.max(0, at - 30), at + m[0].length)
        .split(/[。;\n]/)
        .at(-1) ?? "";
    if (/监督|投诉|质疑|异议|纪委|纪检|举报|传真/.test(clause) || !/致电|联系人|咨询|疑问/.test(clause)) continue;
    const phone = findPhones(text.slice(at + m[0].length, at + m[0].length + 24))[0];
    if (phone) return phone;
  }
  return null;
}
