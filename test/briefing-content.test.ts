import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { CHROMIUM, hasChromiumFor } from "./browser";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";

const hasChromium = hasChromiumFor("the briefing screenshots");
const artifacts = join(fileURLToPath(new URL("..", import.meta.url)), "test/artifacts");

/**
 * The briefing's content for the demo rep (李伟) and manager (陈敏) at TEST_NOW, checked against facts read straight
 * from the database here, not from the briefing code: the S-tier account's DR tender, the deals that moved and the
 * people who left this week, each tender once, readable dates, the owner on every line of the manager's copy.
 */
describe("the weekly briefing's content", () => {
  let deps: Deps;
  let call: ReturnType<typeof testApp>["call"];
  const rows = async <T>(q: ReturnType<typeof sql>) => ((await deps.db.execute(q)) as unknown as { rows: T[] }).rows;
  const preview = async (key: string, query = "") => {
    const res = await call("GET", `/api/briefings/preview?${query}`, key);
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    deps = await createDemoDeps();
    call = testApp(deps).call;
  }, 120_000);
  afterAll(async () => deps.close());

  it("gives the rep the tenders due within 30 days (the S-tier account's DR tender), each once, dates readable", async () => {
    const text = await preview(DEMO_KEYS.rep1, "format=text");
    const dueSoon = await rows<{ project: string; deadline: string }>(sql`
      select distinct n.latest->>'projectName' as project, n.latest->>'deadline' as deadline
      from tender_matches m join tenders n on n.id = m.tender_id join accounts a on a.id = m.account_id
      join users u on u.id = a.owner_id
      where u.email like 'li.wei@%' and a.tier = 'S' and m.kind = 'open_tender'
        and (n.latest->>'deadline')::date between date '2026-11-22' and date '2026-12-22'`);
    const dr = dueSoon.find((t) => t.project.includes("(DR)"));
    expect(dr?.deadline.slice(0, 10)).toBe("2026-12-10");
    for (const t of dueSoon) expect(text.split(t.project).length - 1).toBe(1);
    expect(text).toContain("12月10日（周四） 09:30 截止（还有 18 天）");
    // A person never reads an ISO date or time.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?(?![^\n]*account=)/);
  });

  it("lists the deals that advanced and the people who left in the last week, from the stored history", async () => {
    const text = await preview(DEMO_KEYS.rep1, "format=text");
    const advanced = await rows<{ name: string }>(sql`
      select o.name from opportunities o join accounts a on a.id = o.account_id join users u on u.id = a.owner_id
      where u.email like 'li.wei@%' and o.status = 'open' and exists (
        select 1 from jsonb_array_elements(o.stage_history) h
        where (h->>'at')::timestamptz > timestamptz '2026-11-15T02:00:00Z' and (h->>'at')::timestamptz <= timestamptz '2026-11-22T02:00:00Z'
          and h->>'stage' <> o.stage_history->0->>'stage')`);
    expect(advanced.length).toBeGreaterThan(0);
    for (const d of advanced) expect(text).toContain(d.name);
    const left = await rows<{ name: string }>(sql`
      select c.name from contacts c join accounts a on a.id = c.account_id join users u on u.id = a.owner_id
      where u.email like 'li.wei@%' and c.left_company and c.updated_at > timestamptz '2026-11-15T02:00:00Z'`);
    for (const p of left) expect(text).toContain(p.name);
    expect(text).toMatch(/… 另有 \d+ 项/);
    expect(text).toContain("PUT /api/me/briefing");
  });

  it("gives the manager every line with its owner, each tender once, and the per-rep roll-up", async () => {
    const text = await preview(DEMO_KEYS.manager, "format=text&lang=en");
    const reps = await rows<{ name: string }>(sql`select name from users where team = '华东' and role = 'rep'`);
    const body = text.slice(text.indexOf("## This week's priorities"), text.indexOf("## Pipeline and attainment"));
    const lines = body.split("\n").filter((l) => l.startsWith("- "));
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) expect(reps.some((r) => l.includes(` · ${r.name}`))).toBe(true);
    const projects = lines.map((l) => l.slice(2, l.indexOf(":"))).filter((p) => /项目|Procurement/.test(p));
    expect(new Set(projects).size).toBe(projects.length);
    const ct = projects.filter((p) => p.includes("CT"));
    expect(ct).toHaveLength(1);
    for (const r of reps) expect(text).toMatch(new RegExp(`^- ${r.name}: Open deals`, "m"));
  });

  it("lets the user see and change their settings, and keeps others' briefings private", async () => {
    expect(await (await call("GET", "/api/me/briefing", DEMO_KEYS.rep1)).json()).toMatchObject({
      channel: "email",
      enabled: true,
      weekday: null,
      nextDue: "2026-11-16T00:00:00.000Z",
    });
    const put = await call("PUT", "/api/me/briefing", DEMO_KEYS.rep1, { channel: "teams", weekday: 5, time: "17:00" });
    expect(await put.json()).toMatchObject({
      channel: "teams",
      weekday: 5,
      time: "17:00",
      nextDue: "2026-11-20T09:00:00.000Z",
    });
    const bad = await call("PUT", "/api/me/briefing", DEMO_KEYS.rep1, { time: "25:00" });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(await bad.json())).toContain("HH:mm");
    const [zhang] = await rows<{ id: string }>(sql`select id from users where email like 'zhang.jing@%'`);
    expect((await call("GET", `/api/briefings/preview?userId=${zhang.id}`, DEMO_KEYS.rep1)).status).toBe(404);
    expect((await call("GET", `/api/briefings/preview?userId=${zhang.id}`, DEMO_KEYS.admin)).status).toBe(200);
  });

  it.skipIf(!hasChromium)(
    "renders at phone and desktop widths in both languages (screenshots in test/artifacts)",
    async () => {
      await mkdir(artifacts, { recursive: true });
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
      try {
        for (const lang of ["zh", "en"] as const)
          for (const width of [375, 800]) {
            const html = await preview(DEMO_KEYS.manager, `lang=${lang}`);
            const page = await browser.newPage({ viewport: { width, height: 900 } });
            await page.setContent(html);
            // Nothing may run off the side at phone width: the layout has to reflow.
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow).toBeLessThanOrEqual(0);
            await page.screenshot({ path: join(artifacts, `briefing-${lang}-${width}.png`), fullPage: true });
            await page.close();
          }
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});
