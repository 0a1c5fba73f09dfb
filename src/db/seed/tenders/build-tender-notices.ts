import type { Clock } from "../dates";
import type { TenderNoticeSeed } from "../demo-data-schema";
import { openNotices } from "./open-notices";
import { resultNotices } from "./result-notices";

/**
 * 30 notices relative to now: 13 open tenders (one in English, one carrying a prompt-injection line),
 * 2 corrections, 6 procurement intentions and 9 award notices (two with a service period ending soon).
 */
export function buildTenderNotices(clock: Clock): TenderNoticeSeed[] {
  const d = { date: clock.date, at: clock.at };
  return [...openNotices(d), ...resultNotices(d)].map((n) => ({
    text: n.text,
    url: `https://ccgp-demo.example.cn/notice/${n.slug}.html`,
    publishedAt: n.publishedAt,
  }));
}
