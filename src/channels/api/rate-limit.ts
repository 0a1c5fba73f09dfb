/**
 * A fixed-window counter per key (per instance): `take` answers whether one more request fits in the current
 * window and, when not, how many seconds until it does. Memory is bounded: a window roll forgets the old counts.
 */
export function createRateLimiter(opts: { limit: number; windowMs: number }) {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    take(key: string, nowMs: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
      if (nowMs - windowStart >= opts.windowMs) {
        windowStart = nowMs - (nowMs % opts.windowMs);
        counts = new Map();
      }
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n <= opts.limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + opts.windowMs - nowMs) / 1000)) };
    },
  };
}
