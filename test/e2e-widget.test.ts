/**
 * End to end: the real server (src/main.ts, embedded database holding the demo data a first boot seeds, offline mode)
 * and the built widget (dist/web/widget.js) in headless Chromium. Asks for an account plan in Chinese and a
 * power map in English through the widget's input, checks the streamed replies and their cards, and checks
 * that /docs lists every /api/* operation of the contract with its schemas.
 * Needs Debian's `chromium` (apt-get install -y chromium); skipped loudly without it, and fails under CI.
 * Screenshots land in test/artifacts/e2e-*.png.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, ensureWidgetBuilt, hasChromiumFor } from "./browser";
import { type RunningServer, removeTempDataDirs, seededDataDir, startServer } from "./server";

const hasChromium = hasChromiumFor("the e2e widget test");

const root = fileURLToPath(new URL("..", import.meta.url));
const artifacts = join(root, "test/artifacts");

const Q_PLAN = "华东医疗集团的客户计划";
const ACCOUNT_ZH = "华东医疗集团有限公司";
const Q_EN = "Who should I meet next at East China Medical Group First Hospital?";

/** Every /api/* operation of docs/CONTRACT.md, as the OpenAPI document names it. */
const CONTRACT_OPS: [method: "get" | "post", path: string][] = [
  ["get", "/api/accounts"],
  ["get", "/api/accounts/{id}"],
  ["get", "/api/accounts/{id}/score"],
  ["get", "/api/accounts/{id}/power-map"],
  ["post", "/api/accounts/{id}/plan"],
  ["get", "/api/accounts/{id}/plan"],
  ["post", "/api/tenders/parse"],
  ["post", "/api/tenders"],
  ["get", "/api/tenders/matches"],
  ["post", "/api/import/{entity}"],
  ["post", "/api/chat"],
  ["post", "/api/chat/stream"],
  ["get", "/api/briefings/preview"],
];

type SseEvent = { event: string; data: unknown };
type Card = { kind: string; accountName?: string; data: Record<string, unknown> };
type Done = { threadId: string; reply: { text: string; language: "zh" | "en"; cards: Card[] } };

function parseSse(body: string): SseEvent[] {
  return body
    .split(/\n\n+/)
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? "message";
      const data = [...block.matchAll(/^data: ?(.*)$/gm)].map((m) => m[1]).join("\n");
      return { event, data: data ? JSON.parse(data) : null };
    });
}

// Windows-1252's characters for the bytes 0x80-0x9f (the rest of 0x00-0xff map to themselves).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * The SSE body as text. SSE is UTF-8 by definition and the browser reads it so, but the server sends
 * `text/event-stream` without a charset and Chromium's DevTools protocol hands Playwright the body decoded
 * as Windows-1252: undo that when every character fits in one Windows-1252 byte.
 */
function sseText(body: Buffer): string {
  const text = body.toString("utf8");
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(ch);
    if (high >= 0) bytes.push(0x80 + high);
    else if (code <= 0xff) bytes.push(code);
    else return text;
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Types a question into the widget's input, sends it with Enter and resolves with the parsed SSE turn. */
async function ask(page: Page, question: string): Promise<{ events: SseEvent[]; done: Done }> {
  const response = page.waitForResponse(
    (r) => r.url().endsWith("/api/chat/stream") && r.request().method() === "POST",
    { timeout: 30_000 },
  );
  response.catch(() => {}); // awaited below; do not leave it unhandled when typing fails first
  const input = page.locator("textarea");
  await input.fill(question);
  await input.press("Enter");
  const res = await response;
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/event-stream");
  const events = parseSse(sseText(await res.body()));
  const done = events.find((e) => e.event === "done")?.data as Done | undefined;
  if (!done) throw new Error(`no done event in ${JSON.stringify(events).slice(0, 500)}`);
  // The widget has drawn the whole answer: the question is the last user message and the answer after it is done.
  await page.locator("li.msg-user .bubble").last().filter({ hasText: question }).waitFor({ timeout: 10_000 });
  const answer = page.locator("li.msg-user ~ li.msg-assistant").last();
  await expect.poll(() => answer.getAttribute("aria-busy", { timeout: 10_000 }), { timeout: 30_000 }).toBe("false");
  return { events, done };
}

describe.skipIf(!hasChromium)("Furrow end to end: the real server, the built widget, Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let planAnswered = false;

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    ensureWidgetBuilt();
    [server, browser] = await Promise.all([
      seededDataDir("furrow-e2e-widget-").then((dir) => startServer({ DATA_DIR: dir }, 90_000)),
      chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      }),
    ]);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeTempDataDirs();
  });

  it("answers a Chinese account-plan question with the plan as a dated checklist", async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    page.on("pageerror", (e) => errors.push(String(e)));
    // The browser's own favicon.ico request is the only 404 expected.
    page.on("console", (m) => m.type() === "error" && !m.text().includes("404") && errors.push(m.text()));
    await page.goto(`${server.url}/`);
    // Seeded demo data means a demo user (rep1 李伟): the page embeds the widget with a short-lived token.
    expect(
      await page.locator('script[src$="/widget.js"][data-token]').count(),
      "the demo page embeds the widget with a demo token (is the demo user recorded when the demo data is seeded?)",
    ).toBe(1);
    await page.getByRole("dialog", { name: "Furrow 大客户助手" }).waitFor();
    // The demo page offers the question it is about to be asked, and the widget holds a demo token.
    expect(await page.locator(`main [data-furrow-ask="${Q_PLAN}"]`).count()).toBe(1);
    await page.screenshot({ path: join(artifacts, "e2e-demo-page.png") });

    const { events, done } = await ask(page, Q_PLAN);
    // Streamed: several token events before the cards and the final answer.
    const kinds = events.map((e) => e.event);
    expect(kinds.filter((k) => k === "token").length).toBeGreaterThan(1);
    expect(kinds.indexOf("token")).toBeLessThan(kinds.indexOf("done"));
    expect(kinds.at(-1)).toBe("done");
    expect(done.reply.language).toBe("zh");

    const reply = page.locator("[data-testid=reply-text]").last();
    expect(await reply.textContent()).toContain(ACCOUNT_ZH);
    expect(await page.locator("li.msg-user .bubble").last().textContent()).toBe(Q_PLAN);

    const planCard = done.reply.cards.find((c) => c.kind === "plan");
    expect(planCard?.accountName).toBe(ACCOUNT_ZH);
    const actions = (planCard?.data.actions ?? []) as { title: string; due: string }[];
    expect(actions.length).toBeGreaterThan(0);

    const card = page.locator('[data-card="plan"]').last();
    await card.waitFor();
    expect(await card.textContent()).toContain(ACCOUNT_ZH);
    const items = card.locator("[data-testid=plan-checklist] li[data-action]");
    expect(await items.count()).toBe(actions.length);
    const rows = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        title: li.querySelector(".action-title")?.textContent?.trim() ?? "",
        datetime: li.querySelector("time.action-due")?.getAttribute("datetime") ?? "",
        shown: li.querySelector("time.action-due")?.textContent ?? "",
        box: !!li.querySelector("svg.check"),
      })),
    );
    // Due days in Chinese words, the year only when it is not the browser's current year: 12月15日 / 2027年1月5日.
    const thisYear = await page.evaluate(() => new Date().getFullYear());
    for (const row of rows) {
      expect(row.title).not.toBe("");
      expect(row.datetime).toMatch(/^\d{4}-\d{2}-\d{2}/);
      const [y, m, d] = row.datetime.slice(0, 10).split("-").map(Number);
      expect(row.shown).toContain(`${y === thisYear ? "" : `${y}年`}${m}月${d}日`);
      expect(row.shown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(row.box).toBe(true);
    }
    // Sorted by date, and the same actions the server planned.
    const dates = rows.map((r) => r.datetime);
    expect(dates).toEqual([...dates].sort());
    expect(rows.map((r) => r.title).sort()).toEqual(actions.map((a) => a.title).sort());

    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "e2e-plan-zh.png") });
    expect(errors).toEqual([]);
    planAnswered = true;
  });

  it("answers an English power-map question in English with the reporting lines drawn", async () => {
    // The same conversation, continued in English.
    expect(planAnswered, "the Chinese turn before this one failed").toBe(true);
    const { done } = await ask(page, Q_EN);
    expect(done.reply.language).toBe("en");
    const reply = page.locator("[data-testid=reply-text]").last();
    const text = (await reply.textContent()) ?? "";
    // English prose (contact and account names stay Chinese): mostly Latin letters, English key words.
    expect(text).toMatch(/power map/i);
    expect(text).toMatch(/\bNext\b/);
    const latin = (text.match(/[A-Za-z]/g) ?? []).length;
    const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
    expect(latin).toBeGreaterThan(han * 2);

    const pm = done.reply.cards.find((c) => c.kind === "powerMap");
    expect(pm).toBeDefined();
    const contacts = pm!.data.contacts as { id: string; name: string }[];
    const ids = new Set(contacts.map((c) => c.id));
    const edges = (pm!.data.edges as { from: string; to: string; kind: string }[]).filter(
      (e) => ids.has(e.from) && ids.has(e.to),
    );
    expect(contacts.length).toBeGreaterThan(1);
    expect(edges.length).toBeGreaterThan(0);

    const card = page.locator('[data-card="powerMap"]').last();
    await card.waitFor();
    // The card follows the reply's language even though the demo page's chrome is Chinese.
    expect(await card.textContent()).toContain("Power map");
    const graph = card.locator("[data-testid=power-map-graph]");
    const nodes = await graph
      .locator("g[data-contact-id]")
      .evaluateAll((gs) => gs.map((g) => ({ id: g.getAttribute("data-contact-id"), text: g.textContent ?? "" })));
    expect(nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    for (const c of contacts) expect(nodes.find((n) => n.id === c.id)?.text).toContain(c.name);
    const drawn = await graph.locator("path.pm-link").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-edge")));
    // One line per reporting relation (a contact keeps one manager in the tree).
    const managers = new Map<string, string>();
    for (const e of [...edges].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1)))
      if (!managers.has(e.from)) managers.set(e.from, e.to);
    expect(drawn.sort()).toEqual([...managers].map(([from, to]) => `${from}->${to}`).sort());
    // Managers sit above their reports.
    const y = async (id: string) =>
      Number(
        /translate\([\d.]+ ([\d.]+)\)/.exec(
          (await graph.locator(`g[data-contact-id="${id}"]`).getAttribute("transform")) ?? "",
        )?.[1],
      );
    const [from, to] = [...managers][0];
    expect(await y(to)).toBeLessThan(await y(from));

    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "e2e-power-map-en.png") });
    // Whole cards, for people to look at: the wide panel on a very tall screen shows them unclipped.
    await page.getByRole("button", { name: "放大" }).click();
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page
      .locator('[data-card="plan"]')
      .last()
      .screenshot({ path: join(artifacts, "e2e-card-plan.png") });
    await card.screenshot({ path: join(artifacts, "e2e-card-powerMap.png") });
    await page.getByRole("button", { name: "缩小" }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it("works on a phone from the English demo page through window.Furrow.ask", async () => {
    const phone = await browser.newPage({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    phone.on("pageerror", (e) => errors.push(String(e)));
    await phone.goto(`${server.url}/?lang=en`);
    const dialog = phone.getByRole("dialog", { name: "Furrow account copilot" });
    await dialog.waitFor();
    // The whole screen, once the panel's opening animation has settled.
    await expect
      .poll(async () => {
        const box = (await dialog.boundingBox())!;
        return [box.x, box.y, box.width, box.height].map(Math.round);
      })
      .toEqual([0, 0, 375, 667]);
    const response = phone.waitForResponse((r) => r.url().endsWith("/api/chat/stream"), { timeout: 30_000 });
    await phone.evaluate((q) => window.Furrow!.ask(q), Q_EN);
    expect((await response).status()).toBe(200);
    const card = phone.locator('li.msg-assistant[aria-busy="false"] [data-card="powerMap"]');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator("[data-testid=power-map-graph] g[data-contact-id]").count()).toBeGreaterThan(1);
    // The chat never scrolls sideways (a wide power map scrolls inside its own card).
    const overflow = await phone.evaluate(() => {
      const messages = document.querySelector("[data-furrow-widget]")!.shadowRoot!.querySelector(".messages")!;
      return messages.scrollWidth - messages.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await card.locator("[data-testid=power-map-graph]").scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(artifacts, "e2e-phone-power-map.png") });
    await phone.close();
    expect(errors).toEqual([]);
  });

  it("opens on the account a briefing link names (/?lang=en&account=<id>) and asks about it in English", async () => {
    const list = await fetch(`${server.url}/api/accounts?q=${encodeURIComponent(ACCOUNT_ZH)}`, {
      headers: { authorization: "Bearer demo-rep-1-key" },
    });
    const id = ((await list.json()) as { items: { id: string; name: string }[] }).items.find(
      (a) => a.name === ACCOUNT_ZH,
    )?.id;
    expect(id).toBeTruthy();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => errors.push(String(e)));
    const response = page.waitForResponse((r) => r.url().endsWith("/api/chat/stream"), { timeout: 30_000 });
    await page.goto(`${server.url}/?lang=en&account=${encodeURIComponent(id!)}`);
    const done = parseSse(sseText(await (await response).body())).find((e) => e.event === "done")?.data as Done;
    expect(done.reply.language).toBe("en");
    expect(done.reply.text).toContain(ACCOUNT_ZH);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("shows a name it cannot find as a question with buttons, and a button asks again for the account picked", async () => {
    const zh = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    zh.on("pageerror", (e) => errors.push(String(e)));
    await zh.goto(`${server.url}/`);
    await zh.getByRole("dialog", { name: "Furrow 大客户助手" }).waitFor();
    // 宁波甬江第二医院 is none of rep1's accounts; the closest is 宁波市甬江人民医院 (demo seed).
    const { done } = await ask(zh, "宁波甬江第二医院的评分");
    expect(done.reply.cards.map((c) => c.kind)).toContain("choices");
    const button = zh.locator("[data-card=choices] button", { hasText: "宁波市甬江人民医院" });
    await button.waitFor({ timeout: 10_000 });
    const next = zh.waitForResponse((r) => r.url().endsWith("/api/chat/stream") && r.request().method() === "POST");
    await button.click();
    const picked = parseSse(sseText(await (await next).body())).find((e) => e.event === "done")?.data as
      | { toolCalls: { name: string }[] }
      | undefined;
    expect(picked?.toolCalls.map((c) => c.name)).toEqual(["explain_score"]);
    // Nothing a person reads is a code: no snake_case codes, tool names or nine-box codes on the page.
    await expect.poll(() => zh.locator("li.msg-assistant").last().getAttribute("aria-busy")).toBe("false");
    const shown = await zh.locator(".message-list").textContent();
    expect(shown).not.toMatch(/\b[a-z]+_[a-z_]+\b|\bmid-high\b|\d{4}-\d{2}-\d{2}T\d{2}/);
    await zh.close();
  });

  it("documents every /api/* operation of the contract with its schemas at /docs", async () => {
    const docs = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const res = await docs.goto(`${server.url}/docs`);
    expect(res?.status()).toBe(200);
    const ops = await docs.locator("section.op").evaluateAll((sections) =>
      sections.map((s) => {
        const h4s = [...s.querySelectorAll("h4")];
        const requestBody = h4s.find((h) => h.textContent?.startsWith("Request body"));
        const ok = [...s.querySelectorAll("details")].find((d) =>
          /^2\d\d$/.test(d.querySelector("summary b")?.textContent ?? ""),
        );
        return {
          id: s.id,
          params: [...s.querySelectorAll("li code")].map((c) => c.textContent),
          requestSchema: (() => {
            let el = requestBody?.nextElementSibling;
            if (el?.matches(".ref")) el = el.nextElementSibling;
            return el?.tagName === "PRE" && (el.textContent ?? "").length > 2;
          })(),
          responseSchema: !!ok?.querySelector("pre"),
        };
      }),
    );
    const nav = await docs.locator("nav a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const [method, path] of CONTRACT_OPS) {
      const id = `${method}-${path}`;
      expect(nav, id).toContain(`#${id}`);
      const op = ops.find((o) => o.id === id);
      expect(op, id).toBeDefined();
      expect(op!.responseSchema, `${id} response schema`).toBe(true);
      if (method === "post") expect(op!.requestSchema, `${id} request schema`).toBe(true);
      for (const p of path.match(/\{(\w+)\}/g) ?? []) expect(op!.params, `${id} ${p}`).toContain(p.slice(1, -1));
    }
    await docs.screenshot({ path: join(artifacts, "e2e-docs.png") });
    await docs.close();
  });
});
