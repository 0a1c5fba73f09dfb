import { addDays, addMonths } from "./dates";
import { findDateTime } from "./parse-date-time";
import type { ParsedNotice } from "./schema";

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * When the awarded contract ends: an explicit end date (OCDS/TED, or "…至2022年6月30日"), else
 * the start plus a printed duration ("服务期1年", "三年", "60日历天", "12个月"), else the end of a
 * service year named in the project ("2021年度…服务"). Null when the notice says nothing.
 */
export function contractEnd(notice: ParsedNotice, start: string): string | null {
  if (notice.contractEnd) return notice.contractEnd.slice(0, 10);
  const period = notice.contractPeriod ?? "";
  const range = /至\s*(.+)$/.exec(period);
  const until = range ? findDateTime(range[1]) : null;
  if (until) return until.date;
  const m = /(\d{1,3}|[一二两三四五六七八九十])\s*(年|个月|月|日历天|天|日)/.exec(period);
  if (m) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : CN[m[1]];
    if (m[2] === "年") return addDays(addMonths(start, 12 * n), -1);
    if (/月/.test(m[2])) return addDays(addMonths(start, n), -1);
    return addDays(start, n);
  }
  const year = /(?:20\d{2}\s*-\s*)?(20\d{2})\s*年度?.*服务/.exec(notice.projectName ?? "");
  return year ? `${year[1]}-12-31` : null;
}
