import type { MiddlewareHandler } from "hono";
import type { Deps } from "../../deps";
import { findUserByKey, type User } from "../../db/queries/users";
import { AppError } from "../../errors";

export type AuthVars = { user: User; requestId: string };

/** Every /api/* request carries `Authorization: Bearer <key>`; the key names one user. */
export function requireUser(deps: Deps): MiddlewareHandler<{ Variables: AuthVars }> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError("unauthorized", "Missing bearer key: send 'Authorization: Bearer <key>'.");
    const user = await findUserByKey(deps.db, match[1]);
    if (!user) throw new AppError("unauthorized", "Unknown or revoked API key.");
    c.set("user", user);
    await next();
  };
}
