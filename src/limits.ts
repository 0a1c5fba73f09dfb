/**
 * Every input limit in one place: request body sizes per route, field lengths, items per bulk request, and rates.
 * Routes, schemas and middleware read these; change a limit here and the 413/422/429 answers follow.
 */
export const LIMITS = {
  /** Request body bytes, checked before the body is read (413). The longest prefix of the path wins. */
  body: {
    "/api/import/": 200 * 1024 * 1024,
    "/api/tenders/bulk": 50 * 1024 * 1024,
    "/api/tenders": 2 * 1024 * 1024,
    "/api/scorecards": 1024 * 1024,
    "/api/": 256 * 1024,
  } as Record<string, number>,
  field: {
    name: 200,
    aliases: 50,
    alias: 100,
    notice: 500_000,
    message: 100_000,
    summary: 5_000,
    text: 500,
  },
  /** Notices in one POST /api/tenders/bulk. */
  bulkNotices: 2_000,
  /** Requests per key per minute (429 with Retry-After beyond it). */
  requestsPerMinute: 1200,
  /** Demo page: tokens minted per minute across all visitors, and at most this many live at once. */
  demoTokensPerMinute: 30,
  demoTokensLive: 200,
  demoTokenTtlSeconds: 2 * 3600,
} as const;

/** The body limit for a path: the longest configured prefix. */
export function bodyLimitFor(path: string): number {
  let best = "";
  for (const prefix of Object.keys(LIMITS.body))
    if (path.startsWith(prefix) && prefix.length > best.length) best = prefix;
  return best ? LIMITS.body[best] : LIMITS.body["/api/"];
}
