import type { MiddlewareHandler } from "hono";
import type { User } from "../../db/queries/users";
import { AppError } from "../../errors";
import { createRateLimiter } from "./rate-limit";

/** Requests per key (user) per minute, after authentication: beyond it 429 with Retry-After. */
export function limitRate(perMinute: number): MiddlewareHandler<{ Variables: { user: User } }> {
  const limiter = createRateLimiter({ limit: perMinute, windowMs: 60_000 });
  return async (c, next) => {
    const taken = limiter.take(c.get("user").id, Date.now());
    if (!taken.ok)
      throw new AppError("busy", `More than ${perMinute} requests a minute with this key; slow down.`, undefined, {
        retryAfterSeconds: taken.retryAfterSeconds,
      });
    await next();
  };
}
