import { describe, expect, it } from "vitest";
import { computeAttainment } from "./compute-attainment";
import { planProgress } from "./plan-progress";

describe("planProgress", () => {
  it("counts actions done on time and late, open and overdue, dropped, and revenue objectives against won deals", () => {
    const revenue = { ...computeAttainment([], "2026-11-22", 1_000_000), won: 250_000 };
    const p = planProgress(
      [
        { id: "o1", code: "revenue_growth", metric: "revenue", target: 1_000_000 },
        { id: "o2", code: "role_coverage", metric: "role_coverage", target: 0.8 },
      ],
      [
        { id: "a", status: "done", due: "2026-11-10", completedAt: "2026-11-09" },
        { id: "b", status: "done", due: "2026-11-10", completedAt: "2026-11-12" },
        { id: "c", status: "open", due: "2026-11-20", completedAt: null },
        { id: "d", status: "open", due: "2026-11-30", completedAt: null },
        { id: "e", status: "dropped", due: "2026-11-01", completedAt: null },
      ],
      revenue,
      "2026-11-22T02:00:00Z",
    );
    expect(p.actions).toEqual({ total: 5, done: 2, doneLate: 1, open: 2, overdue: 1, dropped: 1 });
    expect(p.objectives.map((o) => [o.id, o.current, o.progress])).toEqual([
      ["o1", 250_000, 0.25],
      ["o2", null, null],
    ]);
  });
});
