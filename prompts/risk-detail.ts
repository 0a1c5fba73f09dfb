import { day, money } from "./format";
import type { Lang } from "./labels";

type Risk = { code: string; facts?: Record<string, unknown>; people?: string[] };

const n = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * What a risk is about, in words: who, how many days, how much ("魏玉兰", "93天未联系", "逾期12万元，最长95天").
 * Empty when the risk carries no figures; the risk's label is said anyway.
 */
export function riskDetail(r: Risk, lang: Lang): string {
  const zh = lang === "zh";
  const f = r.facts ?? {};
  const people = (r.people ?? []).slice(0, 3).join(zh ? "、" : ", ");
  switch (r.code) {
    case "competitor_stronger":
    case "main_contact_left":
      return people;
    case "no_touch": {
      const days = n(f.lastTouchDays);
      if (days === null) return zh ? "没有联系记录" : "no contact on record";
      return zh ? `${days}天未联系` : `${days} days since the last contact`;
    }
    case "late_payment": {
      const amount = n(f.overdueUnpaidAmount);
      const days = n(f.maxOverdueDays);
      const onTime = n(f.onTimePct);
      if (!amount) return onTime === null ? "" : zh ? `按时回款${onTime}%` : `${onTime}% paid on time`;
      const due = typeof f.oldestDueAt === "string" ? f.oldestDueAt : null;
      return zh
        ? `逾期未回款${money(amount, lang)}${days ? `，最长逾期${days}天` : ""}${due ? `（最早一笔${day(due, lang)}到期）` : ""}`
        : `${money(amount, lang)} overdue${days ? `, oldest ${days} days` : ""}${due ? ` (oldest due ${day(due, lang)})` : ""}`;
    }
    case "orders_falling": {
      const change = n(f.changePct);
      return change === null ? "" : zh ? `同比${change}%` : `${change}% year on year`;
    }
    case "lost_deal": {
      const amount = n(f.amount);
      return amount ? (zh ? `丢单${money(amount, lang)}` : `${money(amount, lang)} lost`) : "";
    }
    default:
      return "";
  }
}
