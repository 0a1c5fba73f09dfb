import { eq, lt } from "drizzle-orm";
import type { DemoInfo } from "../channels/web/routes";
import { issueToken } from "../db/queries/users";
import { accessTokens, settings } from "../db/schema";
import type { Deps } from "../deps";

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

const TOKEN_TTL_SECONDS = 8 * 3600;

/** The demo page's access: a short-lived token for the demo user, when the demo data set was seeded. */
export function demoAccess(deps: Deps): () => Promise<DemoInfo | null> {
  return async () => {
    const [row] = await deps.db.select().from(settings).where(eq(settings.key, "demo"));
    const userId = (row?.value as { userId?: string } | undefined)?.userId;
    if (!userId) return null;
    const now = deps.clock.now();
    await deps.db.delete(accessTokens).where(lt(accessTokens.expiresAt, now.toISOString()));
    const { token } = await issueToken(deps.db, userId, now, TOKEN_TTL_SECONDS);
    return { token, suggestions: DEMO_SUGGESTIONS };
  };
}
