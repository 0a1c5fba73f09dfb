/** One event in an account's timeline (客户动态); kind-specific fields ride along. */
export type TimelineEvent = { at: string; kind: string; id: string; [field: string]: unknown };

export type TimelinePage = { items: TimelineEvent[]; next?: string };

/** A date (`YYYY-MM-DD`) counts as the start of its day, so all events compare as full UTC timestamps. */
export function timelineInstant(at: string): string {
  if (at.length === 10) return `${at}T00:00:00.000Z`;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms).toISOString();
}

function compare(a: TimelineEvent, b: TimelineEvent): number {
  // Newest first; kind and id break ties so pages never overlap or skip.
  return a.at < b.at
    ? 1
    : a.at > b.at
      ? -1
      : a.kind < b.kind
        ? -1
        : a.kind > b.kind
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0;
}

/** The opaque cursor of an event: where the next page starts after it. */
export function encodeCursor(e: TimelineEvent): string {
  return Buffer.from(JSON.stringify([e.at, e.kind, e.id]), "utf8").toString("base64url");
}

/** The decoded cursor, or null when it is not one this function made. */
export function decodeCursor(cursor: string): TimelineEvent | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === "string")) return null;
    return { at: v[0], kind: v[1], id: v[2] };
  } catch {
    return null;
  }
}

/**
 * Orders events newest first (then kind, id), keeps those after the cursor and returns one page with the cursor
 * of its last event when more follow. Timestamps are normalised to ISO UTC. Pure.
 */
export function pageTimeline(
  events: TimelineEvent[],
  opts: { limit: number; after?: TimelineEvent | null },
): TimelinePage {
  const sorted = events.map((e) => ({ ...e, at: timelineInstant(e.at) })).sort(compare);
  const start = opts.after ? sorted.findIndex((e) => compare(e, opts.after as TimelineEvent) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const items = rest.slice(0, opts.limit);
  return rest.length > opts.limit ? { items, next: encodeCursor(items[items.length - 1]) } : { items };
}
