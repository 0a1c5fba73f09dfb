import { and, desc, eq, lt, notInArray } from "drizzle-orm";
import { createRateLimiter } from "../channels/api/rate-limit";
import type { DemoInfo } from "../channels/web/routes";
import { issueToken } from "../db/queries/users";
import { accessTokens, settings } from "../db/schema";
import type { Deps } from "../deps";
import { AppError } from "../errors";
import { LIMITS } from "../limits";

/** Questions the demo page offers, about the demo user's own accounts. */
export const DEMO_SUGGESTIONS = {
  zh: [
    "华东医疗集团的客户计划",
    "华东一院的决策人是谁？下一步该找谁？",
    "哪些客户有流失风险？",
    "最近有什么招标机会？",
    "为什么华东医疗集团是S级？",
    "本季度的销售预测",
  ],
  en: [
    "Show the account plan for East China Medical Group",
    "Who should I meet next at East China Medical Group First Hospital?",
    "Which accounts are slipping?",
    "Any tenders for my accounts?",
    "Compare East China Medical Group and 甬江医院",
    "Forecast for this quarter",
  ],
};

/**
 * The demo page's access: a short-lived token for the demo user, when the demo data set was seeded and this is not
 * a real installation (FURROW_API_KEY unset: a real one never hands out tokens to anonymous visitors). Tokens are
 * rate-limited and bounded: at most LIMITS.demoTokensLive exist at once (the oldest go first).
 */
export function demoAccess(deps: Deps): () => Promise<DemoInfo | null> {
  const limiter = createRateLimiter({ limit: LIMITS.demoTokensPerMinute, windowMs: 60_000 });
  return async () => {
    if (deps.env.FURROW_API_KEY) return null;
    const [row] = await deps.db.select().from(settings).where(eq(settings.key, "demo"));
    const userId = (row?.value as { userId?: string } | undefined)?.userId;
    if (!userId) return null;
    const taken = limiter.take("demo", Date.now());
    if (!taken.ok)
      throw new AppError("busy", "Too many demo visits right now; try again shortly.", undefined, {
        retryAfterSeconds: taken.retryAfterSeconds,
      });
    const now = deps.clock.now();
    await deps.db.delete(accessTokens).where(lt(accessTokens.expiresAt, now.toISOString()));
    const { token } = await issueToken(deps.db, userId, now, LIMITS.demoTokenTtlSeconds);
    const newest = deps.db
      .select({ h: accessTokens.tokenHash })
      .from(accessTokens)
      .where(eq(accessTokens.userId, userId))
      .orderBy(desc(accessTokens.expiresAt), desc(accessTokens.tokenHash))
      .limit(LIMITS.demoTokensLive);
    await deps.db
      .delete(accessTokens)
      .where(and(eq(accessTokens.userId, userId), notInArray(accessTokens.tokenHash, newest)));
    return { token, suggestions: DEMO_SUGGESTIONS };
  };
}
