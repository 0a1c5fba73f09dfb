import { describe, expect, it } from "vitest";
import { STAGES } from "../../engine/types";
import { ACCOUNT_SPECS, buildDemoData, demoAccountId } from "./build-demo-data";
import { DemoDataSchema } from "./demo-data-schema";
import { INJECTION_LINE } from "./tenders/open-notices";

const NOW = "2026-11-22T18:00:00.000Z";
const data = buildDemoData(NOW);
const DAY = 86_400_000;
const nowMs = Date.parse(NOW);
const daysAgo = (iso: string) => (nowMs - Date.parse(iso)) / DAY;
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const accounts = byId(data.accounts);
const contacts = byId(data.contacts);
const users = byId(data.users);
const skus = new Set(data.products.map((p) => p.sku));
const competitorNames = new Set(data.competitors.map((c) => c.name));
const ordersOf = (accountId: string) => data.orders.filter((o) => o.accountId === accountId);
const revenue = (accountId: string, fromDays: number, toDays: number) =>
  ordersOf(accountId)
    .filter((o) => daysAgo(o.orderedAt) >= fromDays && daysAgo(o.orderedAt) < toDays)
    .reduce((s, o) => s + o.amount, 0);

describe("buildDemoData", () => {
  it("gives identical data for the same now", () => {
    const again = buildDemoData(NOW);
    expect(again).toEqual(data);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it("keeps ids stable and moves dates along with now", () => {
    const later = buildDemoData("2027-03-01T08:00:00.000Z");
    expect(later.accounts.map((a) => a.id)).toEqual(data.accounts.map((a) => a.id));
    expect(later.contacts.map((c) => c.id)).toEqual(data.contacts.map((c) => c.id));
    expect(later.orders[0].orderedAt > data.orders[0].orderedAt).toBe(true);
  });

  it("matches its schema", () => {
    expect(() => DemoDataSchema.parse(data)).not.toThrow();
  });

  it.each(["2025-01-01", "2026-02-28T23:59:59.000Z", "2027-07-15T00:00:00.000Z"])(
    "stays valid and in the past for now = %s",
    (now) => {
      const other = buildDemoData(now);
      expect(() => DemoDataSchema.parse(other)).not.toThrow();
      const limit = Date.parse(now);
      for (const i of other.interactions) expect(Date.parse(i.occurredAt)).toBeLessThanOrEqual(limit);
      for (const o of other.opportunities) expect(Date.parse(o.stageHistory.at(-1)!.at)).toBeLessThanOrEqual(limit);
      for (const n of other.tenderNotices) expect(Buffer.byteLength(n.text)).toBeGreaterThanOrEqual(1024);
    },
  );

  it("has the expected sizes", () => {
    expect(data.accounts.length).toBeGreaterThanOrEqual(35);
    // 40 generated accounts plus the 7 hard situations of issue 10 (hard-situations.ts).
    expect(data.accounts.length).toBeLessThanOrEqual(50);
    expect(data.contacts.length).toBeGreaterThanOrEqual(150);
    expect(data.tenderNotices).toHaveLength(30);
    expect(data.competitors).toHaveLength(3);
    expect(data.products.length).toBeGreaterThanOrEqual(12);
  });

  it("has one admin, one 华东 manager and reps in two teams with unique demo keys", () => {
    const roles = data.users.map((u) => u.role);
    expect(roles.filter((r) => r === "admin")).toHaveLength(1);
    expect(data.users.filter((u) => u.role === "manager").map((u) => u.team)).toEqual(["华东"]);
    const reps = data.users.filter((u) => u.role === "rep");
    expect(reps.length).toBeGreaterThanOrEqual(3);
    expect(new Set(reps.map((u) => u.team))).toEqual(new Set(["华东", "华北"]));
    expect(new Set(data.users.map((u) => u.apiKey)).size).toBe(data.users.length);
    for (const u of data.users) expect(u.apiKey).toMatch(/^demo-/);
  });
});

describe("referential integrity", () => {
  it("has unique ids everywhere", () => {
    const all = [data.accounts, data.contacts, data.orders, data.opportunities, data.interactions, data.riskRecords];
    for (const rows of all) expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it("links accounts to existing parents and reps, children to a rep of the parent's team", () => {
    for (const a of data.accounts) {
      expect(users.get(a.ownerId)?.role).toBe("rep");
      if (a.parentId) {
        const parent = accounts.get(a.parentId);
        expect(parent).toBeDefined();
        expect(users.get(a.ownerId)?.team).toBe(users.get(parent!.ownerId)?.team);
      }
    }
    expect(data.accounts.filter((a) => data.accounts.some((c) => c.parentId === a.id)).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it("keeps reporting lines inside one group tree and free of cycles", () => {
    const rootOf = (id: string): string => {
      const parent = accounts.get(id)?.parentId;
      return parent ? rootOf(parent) : id;
    };
    for (const c of data.contacts) {
      expect(accounts.has(c.accountId)).toBe(true);
      const seen = new Set<string>([c.id]);
      let boss = c.reportsToId;
      while (boss) {
        const b = contacts.get(boss);
        expect(rootOf(b?.accountId ?? "")).toBe(rootOf(c.accountId));
        expect(seen.has(boss)).toBe(false);
        seen.add(boss);
        boss = b!.reportsToId;
      }
    }
  });

  it("points orders, deals, interactions and risks at existing rows and catalogue products", () => {
    for (const o of data.orders) {
      expect(accounts.has(o.accountId)).toBe(true);
      expect(skus.has(o.productSku!)).toBe(true);
    }
    for (const o of data.opportunities) {
      expect(accounts.has(o.accountId)).toBe(true);
      expect(skus.has(o.productSku!)).toBe(true);
      expect(o.ownerId).toBe(accounts.get(o.accountId)!.ownerId);
      if (o.competitor) expect(competitorNames.has(o.competitor)).toBe(true);
    }
    for (const i of data.interactions) {
      expect(accounts.has(i.accountId)).toBe(true);
      if (i.contactId) expect(contacts.get(i.contactId)?.accountId).toBe(i.accountId);
    }
    for (const r of data.riskRecords) expect(accounts.has(r.accountId)).toBe(true);
  });

  it("names only the three competitors on contacts", () => {
    for (const c of data.contacts) {
      if (c.competitor) expect(competitorNames.has(c.competitor)).toBe(true);
      expect(c.competitorStrength === null).toBe(c.competitor === null);
    }
  });
});

describe("profiles", () => {
  it("has exactly one single-threaded account", () => {
    const counts = data.accounts.map((a) => data.contacts.filter((c) => c.accountId === a.id).length);
    expect(counts.filter((n) => n === 1)).toHaveLength(1);
    expect(counts.every((n) => n >= 1 && n <= 8)).toBe(true);
  });

  it("has two accounts whose decision maker favours a competitor while someone below is ours", () => {
    const crossThreaded = data.accounts.filter((a) => {
      const people = data.contacts.filter((c) => c.accountId === a.id && !c.leftCompany);
      const dm = people.find((c) => c.role === "decision_maker");
      if (!dm || (dm.competitorStrength ?? 0) <= (dm.ourStrength ?? 0) || dm.attitude === "supporter") return false;
      return people.some((c) => c.ourStrength! >= 4 && c.attitude === "supporter" && reportsUpTo(c.id, dm.id));
    });
    expect(crossThreaded.length).toBeGreaterThanOrEqual(2);
  });

  it("has a decision maker with high influence who left", () => {
    const left = data.contacts.filter((c) => c.leftCompany && c.role === "decision_maker" && c.influence! >= 4);
    expect(left.length).toBeGreaterThanOrEqual(1);
  });

  it("spreads contribution: very large, prospects, and sharp decliners with risk records", () => {
    const r12 = (id: string) => revenue(id, 0, 365);
    const prior = (id: string) => revenue(id, 365, 730);
    expect(data.accounts.filter((a) => r12(a.id) > 5_000_000).length).toBeGreaterThanOrEqual(3);
    expect(data.accounts.filter((a) => ordersOf(a.id).length === 0).length).toBeGreaterThanOrEqual(3);
    const fallers = data.accounts.filter((a) => prior(a.id) > 0 && r12(a.id) < prior(a.id) * 0.6);
    expect(fallers.length).toBeGreaterThanOrEqual(2);
    expect(fallers.filter((a) => data.riskRecords.some((r) => r.accountId === a.id)).length).toBeGreaterThanOrEqual(2);
  });

  it("covers every lifecycle stage by first order date", () => {
    const firsts = data.accounts.map((a) => Math.max(...ordersOf(a.id).map((o) => daysAgo(o.orderedAt)), -1));
    expect(firsts.some((d) => d >= 0 && d < 90)).toBe(true);
    expect(firsts.some((d) => d >= 90 && d < 365)).toBe(true);
    expect(firsts.some((d) => d >= 365 && d < 1095)).toBe(true);
    expect(firsts.some((d) => d >= 1095)).toBe(true);
  });

  it("places each account's first order exactly where its profile says", () => {
    for (const s of ACCOUNT_SPECS) {
      const first = Math.max(...ordersOf(demoAccountId(s.key)).map((o) => daysAgo(o.orderedAt.slice(0, 10))));
      if (s.orders) expect(Math.round(first - 0.75)).toBe(s.orders.firstDaysAgo);
    }
  });

  it("has realistic orders: amounts 5万-800万, margins 0.15-0.45, some late and some overdue", () => {
    for (const o of data.orders) {
      expect(o.amount).toBeGreaterThanOrEqual(50_000);
      expect(o.amount).toBeLessThanOrEqual(8_000_000);
      expect(o.margin).toBeGreaterThanOrEqual(0.15);
      expect(o.margin).toBeLessThanOrEqual(0.45);
      expect(o.dueAt! > o.orderedAt).toBe(true);
    }
    expect(data.orders.filter((o) => o.paidAt && o.paidAt > o.dueAt!).length).toBeGreaterThanOrEqual(5);
    expect(data.orders.filter((o) => !o.paidAt && daysAgo(o.dueAt!) > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("has neglected accounts (no touch for 90+ days) and recently touched ones", () => {
    const lastTouch = (id: string) =>
      Math.min(...data.interactions.filter((i) => i.accountId === id).map((i) => daysAgo(i.occurredAt)));
    expect(data.accounts.filter((a) => lastTouch(a.id) >= 90).length).toBeGreaterThanOrEqual(3);
    expect(data.accounts.filter((a) => lastTouch(a.id) <= 14).length).toBeGreaterThanOrEqual(10);
  });

  it("sets each contact's lastContactAt to their latest interaction", () => {
    for (const c of data.contacts) {
      const mine = data.interactions.filter((i) => i.contactId === c.id).map((i) => i.occurredAt);
      expect(c.lastContactAt).toBe(mine.length ? mine.sort().at(-1) : null);
    }
  });

  it("has every pipeline stage, won and lost deals with closedAt and a consistent history", () => {
    const open = data.opportunities.filter((o) => o.status === "open");
    for (const stage of STAGES.slice(0, 5)) expect(open.some((o) => o.stage === stage)).toBe(true);
    expect(data.opportunities.some((o) => o.status === "won")).toBe(true);
    expect(data.opportunities.some((o) => o.status === "lost")).toBe(true);
    for (const o of data.opportunities) {
      expect(o.stageHistory.at(-1)!.stage).toBe(o.stage);
      expect(o.stageHistory[0].at).toBe(o.createdAt);
      const times = o.stageHistory.map((h) => h.at);
      expect([...times].sort()).toEqual(times);
      expect(o.closedAt === null).toBe(o.status === "open");
      if (o.status !== "open") expect(o.stage).toBe(o.status);
    }
  });

  it("puts nothing that happened after now", () => {
    const past = [
      ...data.orders.flatMap((o) => [o.orderedAt, o.paidAt]),
      ...data.interactions.map((i) => i.occurredAt),
      ...data.contacts.map((c) => c.lastContactAt),
      ...data.opportunities.flatMap((o) => [o.createdAt, o.closedAt, ...o.stageHistory.map((h) => h.at)]),
      ...data.riskRecords.map((r) => r.occurredAt),
      ...data.tenderNotices.map((n) => n.publishedAt),
    ].filter((x): x is string => x !== null);
    for (const t of past) expect(Date.parse(t)).toBeLessThanOrEqual(nowMs);
  });
});

describe("tender notices", () => {
  const texts = data.tenderNotices.map((n) => n.text);

  it("are non-empty and 1-8 KB each", () => {
    for (const t of texts) {
      const bytes = Buffer.byteLength(t, "utf8");
      expect(bytes).toBeGreaterThanOrEqual(1024);
      expect(bytes).toBeLessThanOrEqual(8192);
    }
  });

  it("mix open tenders with deadlines after now, intentions, awards and corrections", () => {
    const today = NOW.slice(0, 10);
    const deadlines = texts.flatMap((t) => {
      const zh = t.match(/提交投标文件截止时间：(\d{4})年(\d{2})月(\d{2})日/);
      const dash = t.match(/响应文件递交截止时间及地点：(\d{4}-\d{2}-\d{2})/);
      if (t.includes("更正公告")) return [];
      return zh ? [`${zh[1]}-${zh[2]}-${zh[3]}`] : dash ? [dash[1]] : [];
    });
    expect(deadlines.length).toBeGreaterThanOrEqual(12);
    for (const d of deadlines) expect(d > today).toBe(true);
    expect(texts.filter((t) => t.includes("政府采购意向"))).toHaveLength(6);
    expect(texts.filter((t) => /中标|成交/.test(t.split("\n")[0])).length).toBeGreaterThanOrEqual(7);
    expect(texts.filter((t) => t.split("\n")[0].endsWith("更正公告"))).toHaveLength(2);
  });

  it("corrects open tenders under the same project numbers", () => {
    for (const c of texts.filter((t) => t.split("\n")[0].endsWith("更正公告"))) {
      const number = c.match(/原公告的采购项目编号：(\S+)/)![1];
      expect(texts.some((t) => t !== c && t.includes(`项目编号：${number}`))).toBe(true);
    }
  });

  it("awards some to competitors and some to us, two with a service period ending soon", () => {
    const awards = texts.filter((t) => /中标|成交/.test(t.split("\n")[0]));
    const legal = data.competitors.map((c) => c.aliases[0]);
    expect(
      awards.filter((t) => legal.some((n) => t.includes(`| ${n}`) || t.includes(`名称 ${n}`))).length,
    ).toBeGreaterThanOrEqual(4);
    expect(
      awards.filter((t) => t.includes(`| ${data.company.name} |`) || t.includes(`名称 ${data.company.name}`)).length,
    ).toBe(2);
    const ends = awards.flatMap((t) => [
      ...t.matchAll(/服务期限：自\d{4}年\d{2}月\d{2}日至(\d{4})年(\d{2})月(\d{2})日/g),
    ]);
    const soon = ends.filter((m) => {
      const left = -daysAgo(`${m[1]}-${m[2]}-${m[3]}`);
      return left > 0 && left <= 183;
    });
    expect(soon.length).toBeGreaterThanOrEqual(2);
  });

  it("carries one prompt-injection line as plain data", () => {
    expect(texts.filter((t) => t.includes(INJECTION_LINE))).toHaveLength(1);
  });

  it("names demo accounts (or their 院区) as most buyers", () => {
    const names = data.accounts.map((a) => a.name);
    const forAccounts = texts.filter((t) => names.some((n) => t.includes(n)));
    expect(forAccounts.length).toBeGreaterThanOrEqual(25);
  });
});

function reportsUpTo(contactId: string, bossId: string): boolean {
  let cur = contacts.get(contactId)?.reportsToId ?? null;
  while (cur) {
    if (cur === bossId) return true;
    cur = contacts.get(cur)?.reportsToId ?? null;
  }
  return false;
}
