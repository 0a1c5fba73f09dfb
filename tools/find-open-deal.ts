import { asc, eq } from "drizzle-orm";
import type { Executor } from "../src/db/client";
import { findVisibleAccount } from "../src/db/queries/accounts";
import type { User } from "../src/db/queries/users";
import { opportunities } from "../src/db/schema";

export type DealRow = typeof opportunities.$inferSelect;

/** One account's deals, when the user may see the account (null otherwise: "not yours" reads like "missing"). */
export async function dealsOfVisibleAccount(
  db: Executor,
  user: User,
  accountId: string,
): Promise<{ accountName: string; deals: DealRow[] } | null> {
  const account = await findVisibleAccount(db, user, accountId);
  if (!account) return null;
  const deals = await db
    .select()
    .from(opportunities)
    .where(eq(opportunities.accountId, accountId))
    .orderBy(asc(opportunities.name));
  return { accountName: account.name, deals };
}

export type DealPick =
  | { kind: "one"; deal: DealRow }
  | { kind: "closed"; deal: DealRow }
  | { kind: "missing" }
  | { kind: "none_open" }
  | { kind: "several"; deals: DealRow[] };

/**
 * Which deal a change is about: the one named by id, else the open ones whose name holds the hint ("DR", "内镜"),
 * else the account's only open deal, else the only one an amount said to go down (or up) can be. Several that fit
 * are asked back, never guessed; a hint that fits none asks among all the open deals.
 */
export function pickDeal(
  deals: DealRow[],
  by: { opportunityId?: string; dealHint?: string; amount?: number; amountChange?: "down" | "up" },
): DealPick {
  if (by.opportunityId) {
    const deal = deals.find((d) => d.id === by.opportunityId);
    if (!deal) return { kind: "missing" };
    return deal.status === "open" ? { kind: "one", deal } : { kind: "closed", deal };
  }
  const open = deals.filter((d) => d.status === "open");
  if (!open.length) return { kind: "none_open" };
  const hint = by.dealHint?.trim().toLowerCase();
  const fits = hint ? open.filter((d) => fitsHint(d.name, hint)) : open;
  if (fits.length === 1) return { kind: "one", deal: fits[0] };
  // The only open deal, though the words fit it loosely: the confirm card names it, so nothing is written unseen.
  if (open.length === 1) return { kind: "one", deal: open[0] };
  const candidates = fits.length ? fits : open;
  // "金额降到240万" of two deals, one of 280万 and one of 120万: only the first can come down to it.
  const { amount, amountChange } = by;
  if (amount !== undefined && amountChange) {
    const can = candidates.filter((d) =>
      d.amount === null ? false : amountChange === "down" ? d.amount > amount : d.amount < amount,
    );
    if (can.length === 1) return { kind: "one", deal: can[0] };
  }
  return { kind: "several", deals: candidates };
}

/** Words around a deal's name that say nothing of which deal: 那个, 这单, 的, "the … deal". */
const FILLER = /那个|这个|那笔|这笔|那单|这单|单子|项目|商机|合同|那|这|的|\b(the|a|an|deal|project|opp)\b/g;

/**
 * "DR 设备" fits "第一医院 DR 设备更新"; "the dr upgrade" fits by its content words; "那个托盘" fits "星沙云仓蜂窝纸托盘"
 * by what is left once the filler words are gone.
 */
function fitsHint(name: string, hint: string): boolean {
  const n = name.toLowerCase();
  if (n.includes(hint)) return true;
  const words = hint
    .replace(FILLER, " ")
    .split(/[\s,，、]+/)
    .filter((w) => w.length > 1);
  // "烘干机" said of "烘干中心8台": a Chinese word of three characters or more fits by its first two.
  return (
    words.length > 0 &&
    words.every((w) => n.includes(w) || (/^[\u4e00-\u9fff]{3,}$/.test(w) && n.includes(w.slice(0, 2))))
  );
}
