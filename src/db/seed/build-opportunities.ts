import type { Opportunity, Order, StageChange } from "../../engine/types";
import type { Clock } from "./dates";
import { LOST_OPPORTUNITIES, OPEN_OPPORTUNITIES } from "./opportunity-specs";
import { createRng, demoId, seedOf } from "./prng";
import { PRODUCTS } from "./products";

const OPEN_PATH = ["lead", "qualified", "solution", "proposal", "negotiation"];

type Ctx = {
  clock: Clock;
  accountIdOf: (key: string) => string;
  ownerOf: (key: string) => string;
  /** A short name for deal titles (the account's first alias). */
  labelOf: (key: string) => string;
  /** The rival present at the account, if any: the one we beat on won deals. */
  rivalOf: (key: string) => string | null;
};

/** Open and lost deals from the specs, plus one won deal per account for its largest order of the last year. */
export function buildOpportunities(ctx: Ctx, ordersByAccount: Map<string, Order[]>): Opportunity[] {
  const { clock } = ctx;
  const open = OPEN_OPPORTUNITIES.map((s, i): Opportunity => {
    const path = OPEN_PATH.slice(0, OPEN_PATH.indexOf(s.stage) + 1);
    return {
      ...base(ctx, `open-${i}`, s.account, s.name, s.sku, s.amount, s.competitor, s.createdDaysAgo),
      stage: s.stage,
      expectedClose: clock.date(-s.closeInDays),
      closedAt: null,
      status: "open",
      stageHistory: history(clock, path, s.createdDaysAgo, Math.max(1, Math.round(s.createdDaysAgo / 5))),
    };
  });
  const lost = LOST_OPPORTUNITIES.map((s, i): Opportunity => {
    const path = OPEN_PATH.slice(0, OPEN_PATH.indexOf(s.reached) + 1);
    return {
      ...base(ctx, `lost-${i}`, s.account, s.name, s.sku, s.amount, s.competitor, s.createdDaysAgo),
      stage: "lost",
      expectedClose: clock.date(s.closedDaysAgo + 5),
      closedAt: clock.at(s.closedDaysAgo, 8),
      status: "lost",
      stageHistory: [
        ...history(clock, path, s.createdDaysAgo, s.closedDaysAgo + 7),
        { stage: "lost", at: clock.at(s.closedDaysAgo, 8) },
      ],
    };
  });
  return [...open, ...lost, ...wonFromOrders(ctx, ordersByAccount)];
}

function wonFromOrders(ctx: Ctx, ordersByAccount: Map<string, Order[]>): Opportunity[] {
  const { clock } = ctx;
  const won: Opportunity[] = [];
  for (const [key, orders] of ordersByAccount) {
    const recent = orders.filter((o) => clock.daysSince(o.orderedAt) <= 365);
    if (recent.length === 0) continue;
    const biggest = recent.reduce((a, b) => (b.amount > a.amount ? b : a));
    const rng = createRng(seedOf(`won:${key}`));
    const closedDaysAgo = clock.daysSince(biggest.orderedAt) + rng.int(2, 6);
    const createdDaysAgo = closedDaysAgo + rng.int(60, 150);
    const product = PRODUCTS.find((p) => p.sku === biggest.productSku);
    won.push({
      ...base(
        ctx,
        `won-${key}`,
        key,
        `${ctx.labelOf(key)}${product?.name ?? "设备"}采购`,
        biggest.productSku ?? "",
        biggest.amount,
        null,
        createdDaysAgo,
      ),
      stage: "won",
      expectedClose: clock.date(closedDaysAgo),
      closedAt: clock.at(closedDaysAgo, 7),
      status: "won",
      stageHistory: [
        ...history(clock, OPEN_PATH, createdDaysAgo, closedDaysAgo + 5),
        { stage: "won", at: clock.at(closedDaysAgo, 7) },
      ],
    });
  }
  return won;
}

function base(
  ctx: Ctx,
  key: string,
  account: string,
  name: string,
  sku: string,
  amount: number,
  competitor: string | null,
  createdDaysAgo: number,
) {
  return {
    id: demoId("opportunity", key),
    accountId: ctx.accountIdOf(account),
    name,
    amount,
    createdAt: ctx.clock.at(createdDaysAgo, 3),
    competitor,
    productSku: sku || null,
    ownerId: ctx.ownerOf(account),
  };
}

/** Stage entries evenly spread from creation to `lastDaysAgo`, the first at creation time. */
function history(clock: Clock, path: string[], createdDaysAgo: number, lastDaysAgo: number): StageChange[] {
  const step = path.length > 1 ? (createdDaysAgo - lastDaysAgo) / (path.length - 1) : 0;
  return path.map((stage, i) => ({
    stage,
    at: i === 0 ? clock.at(createdDaysAgo, 3) : clock.at(Math.round(createdDaysAgo - step * i), 6),
  }));
}
