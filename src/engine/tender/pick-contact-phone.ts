import type { Entry } from "./notice-lines";

const PHONE =
  /\(0\d{2,3}\)\s*\d{3,4}[-\s]?\d{4,5}|0\d{2,3}\s*[-—–]{0,2}\s*\d{7,8}(?:[-转]\d{1,5})?|\+?\d{2,3}[-\s]\d{3,4}[-\s]\d{4}|1[3-9]\d{9}|(?<!\d)\d{7,8}(?!\d)/g;

const PHONE_KEY = /电话|联系方式|手机|联系人|tel|telephone|方式|联系$|致电/i;
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
export function pickContactPhone(entries: Entry[]): string | null {
  let best: { rank: number; phone: string } | null = null;
  for (const e of entries) {
    const rank = rankOf(e);
    if (rank === null || (best && best.rank <= rank)) continue;
    const phone = findPhones(e.value)[0];
    if (phone) best = { rank, phone };
  }
  return best ? best.phone.replace(/\s*[-—–]+\s*/g, "-") : null;
}
