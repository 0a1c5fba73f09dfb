import { describe, expect, it } from "vitest";
import { decodeCursor, pageTimeline, type TimelineEvent } from "./page-timeline";

const events: TimelineEvent[] = [
  { at: "2026-11-01", kind: "order", id: "o1" },
  { at: "2026-11-19T04:15:00Z", kind: "interaction", id: "i2" },
  { at: "2026-11-19T04:15:00Z", kind: "interaction", id: "i1" },
  { at: "2026-10-02T08:00:00+08:00", kind: "risk_record", id: "r1" },
  { at: "2026-11-05", kind: "deal_stage", id: "d1" },
];

describe("pageTimeline", () => {
  it("orders events newest first, ties by kind then id, with timestamps in UTC", () => {
    const page = pageTimeline(events, { limit: 10 });
    expect(page.items.map((e) => [e.id, e.at])).toEqual([
      ["i1", "2026-11-19T04:15:00.000Z"],
      ["i2", "2026-11-19T04:15:00.000Z"],
      ["d1", "2026-11-05T00:00:00.000Z"],
      ["o1", "2026-11-01T00:00:00.000Z"],
      ["r1", "2026-10-02T00:00:00.000Z"],
    ]);
    expect(page.next).toBeUndefined();
  });

  it("walks all events in pages without overlap or gap", () => {
    const seen: string[] = [];
    let after = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = pageTimeline(events, { limit: 2, after });
      seen.push(...page.items.map((e) => e.id));
      if (!page.next) break;
      after = decodeCursor(page.next);
    }
    expect(seen).toEqual(["i1", "i2", "d1", "o1", "r1"]);
  });

  it("rejects a cursor it did not make", () => {
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"))).toBeNull();
  });
});
