import type { Clock } from "../dates";
import type { TenderNoticeSeed } from "../demo-data-schema";
import { correctionNotices } from "./correction-notices";
import type { NoticeLabel, RenderedNotice } from "./notice-types";
import { openNotices } from "./open-notices";
import { resultNotices } from "./result-notices";

function renderAll(clock: Clock): RenderedNotice[] {
  const d = { date: clock.date, at: clock.at };
  return [...openNotices(d), ...correctionNotices(d), ...resultNotices(d)];
}

/**
 * 30 notices relative to now: 13 open tenders (one in English, one carrying a prompt-injection line),
 * 2 corrections, 6 procurement intentions and 9 award notices (two with a service period ending soon).
 */
export function buildTenderNotices(clock: Clock): TenderNoticeSeed[] {
  return renderAll(clock).map((n) => ({
    text: n.text,
    url: `https://ccgp-demo.example.cn/notice/${n.slug}.html`,
    publishedAt: n.publishedAt,
  }));
}

/** What each notice of `buildTenderNotices` (same order, same `now`) is meant to parse and match to. */
export function buildTenderNoticeLabels(clock: Clock): (NoticeLabel & { url: string })[] {
  return renderAll(clock).map((n) => ({ ...n.label, url: `https://ccgp-demo.example.cn/notice/${n.slug}.html` }));
}
