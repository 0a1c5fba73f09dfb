import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts } from "../src/db/schema";
import { demoAccountId } from "../src/db/seed/build-demo-data";
import { userId } from "../src/db/seed/company";
import type { Deps } from "../src/deps";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";

// The hard situations of issue 10, over HTTP on the demo data (hand-built in src/db/seed/hard-situations.ts, so the
// expected facts below are the ones written there: 14 months without an order, 977,200 unpaid for 182 days …).
describe("the hard situations over HTTP, on the demo data", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  const get = async (path: string, key = DEMO_KEYS.rep1) => {
    const res = await call("GET", path, key);
    expect(res.status).toBe(200);
    return res.json();
  };
  const score = (key: string) => get(`/api/accounts/${demoAccountId(key)}/score`);

  beforeAll(async () => {
    deps = await createDemoDeps();
    call = testApp(deps).call;
  });
  afterAll(() => deps.close());

  it("calls the key account that lost its last deal to a competitor lost, and wins it back", async () => {
    const s = await score("hs-lost");
    expect([s.lifecycle, s.segment.strategy, s.lifecycleReason.code]).toEqual([
      "lost",
      "winback",
      "lost_no_order_since",
    ]);
    expect(s.lifecycleReason.facts).toMatchObject({
      competitor: "迈康医疗",
      deal: "心内科监护系统换代",
      daysSinceOrder: 425,
    });
    expect(s.lifecycleReason.zh).toContain("迈康医疗");
    expect(s.segment.reason).toContain("competitor");
  });

  it("calls the hospital that stopped buying 13 months ago and that nobody touched for 7 dormant", async () => {
    const s = await score("hs-dormant");
    expect([s.lifecycle, s.lifecycleReason.code]).toEqual(["dormant", "no_order_no_touch"]);
    expect(s.lifecycleReason.facts).toMatchObject({ daysSinceOrder: 395, daysSinceTouch: 215 });
  });

  it("raises a high risk when the technical evaluator left, and shows the unmet decision maker's stance as unknown", async () => {
    const s = await score("hs-left");
    const left = s.risks.find((r: { code: string }) => r.code === "main_contact_left");
    expect(left).toMatchObject({ severity: "high", facts: { roles: ["technical_evaluator"], strongestTie: true } });
    const map = await get(`/api/accounts/${demoAccountId("hs-left")}/power-map`);
    const dm = map.contacts.find((c: { name: string }) => c.name === "姚振华");
    expect([dm.attitude, dm.statedAttitude, dm.met]).toEqual([null, "supporter", false]);
    expect(map.analysis.champions).not.toContain(dm.id);
    expect(map.analysis.currentContacts).toBe(3);
  });

  it("lifts the churn level of the account owing 977,200 for 182 days, lists it at risk and in the briefing", async () => {
    const s = await score("hs-owed");
    const late = s.risks.find((r: { code: string }) => r.code === "late_payment");
    expect(late).toMatchObject({ severity: "high", facts: { overdueUnpaidAmount: 977_200, maxOverdueDays: 182 } });
    expect(late.facts.aging).toEqual({ "1-30": 0, "31-90": 0, "91-180": 0, "180+": 977_200 });
    expect(s.churn.level).not.toBe("low");
    if (s.churn.score < 30)
      expect(s.churn.floor).toMatchObject({ code: "high_severity_signal", signal: "late_payment" });
    const chat = await call("POST", "/api/chat", DEMO_KEYS.rep1, { message: "哪些客户有流失风险？" });
    const body = await chat.json();
    const atRisk = body.toolCalls.find((t: { name: string }) => t.name === "at_risk_accounts");
    const result = atRisk.result.data ?? atRisk.result;
    expect(result.items.map((i: { id: string }) => i.id)).toContain(demoAccountId("hs-owed"));
    const html = await (await call("GET", "/api/briefings/preview", DEMO_KEYS.rep1)).text();
    expect(html).toContain("舟山市普陀医院");
  });

  it("keeps the branch GM's reporting line to the group's vice-president", async () => {
    const map = await get(`/api/accounts/${demoAccountId("hs-dk-dh")}/power-map`);
    const gm = map.contacts.find((c: { name: string }) => c.name === "王立新");
    expect(gm.reportsToId).toBeTruthy();
  });

  it("shows the branches' chains in the group's power map: the 定海 GM under the group's vice-president", async () => {
    const map = await get(`/api/accounts/${demoAccountId("hs-dk-group")}/power-map`);
    const gm = map.contacts.find((c: { name: string }) => c.name === "王立新");
    expect(gm.accountId).toBe(demoAccountId("hs-dk-dh"));
    const vp = map.contacts.find((c: { id: string }) => c.id === gm.reportsToId);
    expect(vp.accountId).toBe(demoAccountId("hs-dk-group"));
    expect(map.edges).toContainEqual({ from: gm.id, to: vp.id, kind: "reports_to" });
    // A branch's own map stays the branch's people.
    const branch = await get(`/api/accounts/${demoAccountId("hs-dk-dh")}/power-map`);
    for (const c of branch.contacts) expect(c.accountId).toBe(demoAccountId("hs-dk-dh"));
  });

  it("rolls the group up in its 360 view, beside each member's own figures, counting only what the caller sees", async () => {
    const view = await get(`/api/accounts/${demoAccountId("hs-dk-group")}`);
    // Hand-summed from hard-situations.ts: head office 4 x 120,000, 定海 6 x 150,000, 岱山 3 x 90,000 in the last year;
    // 4 x 110,000, 6 x 140,000 and 2 x 60,000 the year before.
    expect([view.group.revenue12m, view.group.revenuePrev12m]).toEqual([1_650_000, 1_400_000]);
    expect(view.group.members.map((m: { name: string }) => m.name)).toEqual([
      "东海康宁医疗集团定海医院",
      "东海康宁医疗集团",
      "东海康宁医疗集团岱山医院",
    ]);
    for (const m of view.group.members) expect(m.total).toBeGreaterThan(0);
    expect((await get(`/api/accounts/${demoAccountId("hs-dk-dh")}`)).group).toBeNull();
    // A branch owned by someone else drops out of rep1's roll-up, without a trace.
    await deps.db
      .update(accounts)
      .set({ ownerId: userId("rep2") })
      .where(eq(accounts.id, demoAccountId("hs-dk-ds")));
    const mine = await get(`/api/accounts/${demoAccountId("hs-dk-group")}`);
    expect([mine.group.members.length, mine.group.revenue12m]).toEqual([2, 1_380_000]);
    expect(JSON.stringify(mine.group)).not.toContain("岱山");
  });

  it("answers how the hospitals under a group are doing with every member, in zh and en", async () => {
    for (const message of ["华东医疗集团旗下各医院的情况", "how are the hospitals under 华东医疗集团 doing"]) {
      const res = await call("POST", "/api/chat", DEMO_KEYS.admin, { message });
      const body = await res.json();
      const group = body.toolCalls.find((t: { name: string }) => t.name === "group_overview");
      expect(group, message).toBeTruthy();
      const result = group.result.data ?? group.result;
      const kids = await deps.db
        .select({ id: accounts.id, name: accounts.name })
        .from(accounts)
        .where(eq(accounts.parentId, demoAccountId("hd-group")));
      expect(kids.length).toBeGreaterThan(1);
      for (const k of kids) {
        expect(result.members.map((m: { accountId: string }) => m.accountId)).toContain(k.id);
        expect(body.reply.text).toContain(k.name);
      }
      expect(body.reply.text).not.toMatch(/[a-z]+_[a-z]+/); // codes stay in JSON
    }
  });
});
