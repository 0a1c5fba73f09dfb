import type { MiddlewareHandler } from "hono";
import { findUserByBearer, type User } from "../../db/queries/users";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";

export type AuthVars = { user: User; requestId: string };

/** Every /api/* request carries `Authorization: Bearer <key>`; the key names one user. */
export function requireUser(deps: Deps): MiddlewareHandler<{ Variables: AuthVars }> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError("unauthorized", "Missing bearer key: send 'Authorization: Bearer <key>'.");
    const user = await findUserByBearer(deps.db, match[1], deps.clock.now());
    if (!user) throw new AppError("unauthorized", "Unknown, revoked or expired key.");
    c.set("user", user);
    await next();
  };
}
