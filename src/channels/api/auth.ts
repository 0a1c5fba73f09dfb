import type { MiddlewareHandler } from "hono";
import { findUserByBearer, type User } from "../../db/queries/users";
import { buildUsers } from "../../db/seed/company";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";

/** The demo users' keys are public (they are in the source): on a real installation they open nothing. */
const PUBLIC_DEMO_KEYS = new Set(buildUsers().map((u) => u.apiKey));

export type AuthVars = { user: User; requestId: string };

/** Every /api/* request carries `Authorization: Bearer <key>`; the key names one user. */
export function requireUser(deps: Deps): MiddlewareHandler<{ Variables: AuthVars }> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError("unauthorized", "Missing bearer key: send 'Authorization: Bearer <key>'.");
    if (deps.env.FURROW_API_KEY && PUBLIC_DEMO_KEYS.has(match[1]))
      throw new AppError(
        "unauthorized",
        "Demo keys do not work on an installation with FURROW_API_KEY set: use a key issued for you.",
      );
    const user = await findUserByBearer(deps.db, match[1], deps.clock.now());
    if (!user) throw new AppError("unauthorized", "Unknown, revoked or expired key.");
    c.set("user", user);
    await next();
  };
}
