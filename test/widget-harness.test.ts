/**
 * The web widget in real headless Chromium against a fake chat endpoint: the demo page, streaming,
 * every card kind as a picture, confirmations, keyboard use, errors, a phone-sized screen and a hostile
 * host page. Needs Debian's `chromium` (apt-get install -y chromium); skipped loudly without it, and fails under CI.
 * Screenshots land in test/artifacts/widget-*.png.
 */
import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ServerType, serve } from "@hono/node-server";
import { Hono } from "hono";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "../src/agent/cards";
import { createWebRoutes } from "../src/channels/web/routes";
import { sampleCards } from "../src/channels/web/sample-cards";
import { CHROMIUM, ensureWidgetBuilt, hasChromiumFor, WIDGET_JS } from "./browser";

const hasChromium = hasChromiumFor("the widget harness");

const root = fileURLToPath(new URL("..", import.meta.url));
const artifacts = join(root, "test/artifacts");
const Q_PLAN = "给华东精密做一份客户计划，并画出权力地图";
const Q_EN = "Show me my key accounts";
const TAIL = "（数据截至今天）";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Bytes in small, odd-sized chunks so events and UTF-8 characters are cut mid-way, as networks do: the streamed
 * tokens `size` bytes at a time, the other events (cards, the final reply) `rest` bytes at a time, cut inside events
 * and characters too. Each chunk waits 2 ms so it arrives on its own: the ~12 KB of cards and reply of the plan
 * question in 7-byte chunks took ~4 s a turn of waiting, in 61-byte ones under half a second.
 */
function chunked(parts: (string | (() => Promise<void>))[], size: number, rest = size): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    async start(ctrl) {
      for (const part of parts) {
        if (typeof part === "function") {
          await part();
          continue;
        }
        const bytes = enc.encode(part);
        const step = part.startsWith("event: token\n") ? size : rest;
        for (let i = 0; i < bytes.length; i += step) {
          ctrl.enqueue(bytes.slice(i, i + step));
          await sleep(2);
        }
      }
      ctrl.close();
    },
  });
}

type Turn = { message?: string; confirm?: string; threadId?: string };

function fakeChat(gate: { wait: () => Promise<void> }, requests: Turn[]) {
  const app = new Hono();
  app.post("/api/chat/stream", async (c) => {
    if (c.req.header("authorization") !== "Bearer demo-token") {
      return c.json({ error: { code: "unauthorized", message: "Missing or wrong key.", requestId: "req-401" } }, 401);
    }
    const body = (await c.req.json()) as Turn;
    requests.push(body);
    const threadId = body.threadId ?? "t-1";
    let parts: (string | (() => Promise<void>))[];
    if (body.confirm) {
      const text = body.confirm === "approve" ? "已保存客户计划第 3 版。" : "好的，不保存。";
      parts = [
        sse("token", { text }),
        sse("done", { threadId, reply: { text, language: "zh", cards: [] }, toolCalls: [] }),
      ];
    } else if (body.message?.includes("error")) {
      parts = [
        sse("token", { text: "Let me" }),
        sse("error", { error: { code: "internal", message: "The model timed out.", requestId: "req-123" } }),
      ];
    } else if (body.message?.includes("华东")) {
      const tokens = [
        "**华东精密**",
        "综合得分 68 分（A 级），",
        "建议采取*客户提升*策略。\n\n",
        '<img src=x onerror="window.__pwned=1">',
        "<script>window.__pwned=2</script>",
        "[详情](javascript:window.__pwned=3)",
      ];
      const cards = sampleCards();
      const text = tokens.join("") + TAIL;
      parts = [
        ...tokens.map((t) => sse("token", { text: t })),
        () => gate.wait(),
        ...cards.map((card) => sse("card", card)),
        sse("done", { threadId, reply: { text, language: "zh", cards }, toolCalls: [] }),
      ];
    } else {
      const cards: Card[] = [
        {
          kind: "accounts",
          data: {
            items: [
              { id: "a1", name: "Northwind Foods", tier: "S", total: 86.4, strategy: "retain" },
              { id: "a2", name: "Contoso Steel", tier: "A", total: 71, strategy: "grow", note: "renewal in May" },
              { id: "a3", name: "Fabrikam Plastics", tier: "B", total: 55.5, strategy: "winback" },
            ],
          },
        },
        {
          kind: "table",
          title: "Orders by quarter",
          data: {
            columns: ["Quarter", "Orders", "Revenue"],
            rows: [
              ["Q1", 12, 1_200_000],
              ["Q2", 9, null],
            ],
          },
        },
        sampleCards()[0],
      ];
      const text = "Here are your **key accounts**, best first:";
      parts = [
        sse("token", { text }),
        ...cards.map((card) => sse("card", card)),
        sse("done", { threadId, reply: { text, language: "en", cards }, toolCalls: [] }),
      ];
    }
    return new Response(body.message?.includes("华东") ? chunked(parts, 7, 61) : chunked(parts, 301), {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
    });
  });
  return app;
}

describe.skipIf(!hasChromium)("the web widget in Chromium", () => {
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  const requests: Turn[] = [];
  const errors: string[] = [];
  let open = () => {};
  const opened = new Promise<void>((r) => (open = r));
  const gate = { wait: () => opened };

  beforeAll(async () => {
    // Today's widget: the run's build (dist/web), rebuilt first when its sources are newer.
    ensureWidgetBuilt();
    await mkdir(artifacts, { recursive: true });
    const app = new Hono();
    app.route("/", fakeChat(gate, requests));
    app.get("/hostile", (c) =>
      c.html(`<!doctype html><html><head><style>
        * { color: red !important; font-size: 40px !important; font-family: serif !important; }
        button { display: none !important; } div { border: 5px solid lime !important; }
      </style></head><body><h1>Host page</h1><script src="/widget.js" data-lang="en" data-title="Ask Furrow"></script></body></html>`),
    );
    app.route(
      "/",
      createWebRoutes({
        distDir: dirname(WIDGET_JS),
        demo: async () => ({
          token: "demo-token",
          suggestions: { zh: [Q_PLAN, "哪些客户有风险？"], en: [Q_EN, "Which accounts are at risk?"] },
        }),
      }),
    );
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
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
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it("opens on the demo page, streams a reply live and draws every card", async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && !m.text().includes("404") && errors.push(m.text()));
    await page.goto(`${base}/?lang=zh`);
    const dialog = page.getByRole("dialog", { name: "Furrow 大客户助手" });
    await dialog.waitFor();
    await page.screenshot({ path: join(artifacts, "widget-demo-page.png") });

    await page.locator(`main [data-furrow-ask="${Q_PLAN}"]`).click();
    // Tokens show before the turn ends (the fake server holds the cards back until the gate opens).
    await page.locator("[data-testid=reply-text]", { hasText: "综合得分 68 分" }).waitFor();
    expect(await page.locator("[data-card]").count()).toBe(0);
    expect(await page.locator("li.msg-user .bubble").first().textContent()).toBe(Q_PLAN);
    await page.screenshot({ path: join(artifacts, "widget-streaming.png") });
    open();

    await page.locator('li.msg-assistant[aria-busy="false"] [data-card="confirm"]').waitFor();
    expect(requests[0]).toEqual({ message: Q_PLAN });

    // The final reply text replaces the streamed tokens, sanitised.
    const reply = page.locator("[data-testid=reply-text]").last();
    expect(await reply.textContent()).toContain(TAIL);
    expect(await reply.locator("strong").first().textContent()).toBe("华东精密");
    const unsafe = await page.evaluate(() => {
      const md = document.querySelector("[data-furrow-widget]")!.shadowRoot!.querySelector("[data-testid=reply-text]")!;
      return {
        scripts: md.querySelectorAll("script").length,
        handlers: md.querySelectorAll("[onerror]").length,
        jsLinks: [...md.querySelectorAll("a")].filter((a) => /^javascript:/i.test(a.getAttribute("href") ?? "")).length,
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      };
    });
    expect(unsafe).toEqual({ scripts: 0, handlers: 0, jsLinks: 0, pwned: null });

    // Score: one bar per dimension, the nine-box cell, risks.
    expect(await page.locator("[data-testid=score-bars] g[data-dimension]").count()).toBe(9);
    expect(await page.locator("[data-testid=nine-box]").getAttribute("data-cell")).toBe("high-mid");
    expect(await page.locator("[data-testid=nine-box] rect.nb-here").getAttribute("data-box")).toBe("high-mid");
    expect(await page.locator("[data-card=score] .risk-high").count()).toBe(1);
    expect(await page.locator("[data-card=score]").textContent()).toContain("客户提升");

    // Power map: one node per contact, reporting lines, who is contested, champion and blocker.
    const graph = page.locator("[data-testid=power-map-graph]");
    expect(await graph.locator("g[data-contact-id]").count()).toBe(7);
    expect(await graph.locator("path.pm-link").count()).toBe(6);
    const contested = await graph
      .locator("g[data-competitor-stronger=true]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-contact-id")));
    expect(contested).toEqual(["c3", "c7"]);
    expect(await graph.locator("g.is-champion").getAttribute("data-contact-id")).toBe("c2");
    expect(await graph.locator("g.is-blocker").getAttribute("data-contact-id")).toBe("c3");
    expect(await graph.locator('g[data-contact-id="c3"]').textContent()).toContain("西门子");
    const [ceo, cto] = await Promise.all(
      ["c1", "c2"].map((id) => graph.locator(`g[data-contact-id="${id}"]`).getAttribute("transform")),
    );
    const y = (tr: string | null) => Number(/translate\([\d.]+ ([\d.]+)\)/.exec(tr ?? "")?.[1]);
    expect(y(ceo)).toBeLessThan(y(cto));

    // Plan: a checklist, the overdue action in red, the done one ticked.
    const checklist = page.locator("[data-testid=plan-checklist]");
    expect(await checklist.locator("li[data-action]").count()).toBe(5);
    expect(await checklist.locator("li.overdue").count()).toBe(1);
    expect(await checklist.locator("li.overdue").textContent()).toContain("对账");
    expect(await checklist.locator("li.overdue .action-due").evaluate((e) => getComputedStyle(e).color)).toBe(
      "rgb(185, 28, 28)",
    );
    expect(await checklist.locator("li.done").count()).toBe(1);

    // Tenders: deadline with days left, kind badge, value and odds.
    const tenders = page.locator("[data-card=tenders] li.tender");
    expect(await tenders.count()).toBe(3);
    const first = await tenders.first().textContent();
    expect(first).toContain("还剩 4 天");
    expect(first).toContain("招标中");
    expect(first).toContain("600 万元");
    expect(first).toContain("42%");

    const stored = await page.evaluate((key) => sessionStorage.getItem(key), `furrow:thread:${base}`);
    expect(JSON.parse(stored!).threadId).toBe("t-1");

    await page.locator("[data-card=score]").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "widget-desktop-zh.png") });
    // Whole cards, for people to look at: the wide panel on a very tall screen shows them unclipped.
    await page.getByRole("button", { name: "放大" }).click();
    await page.setViewportSize({ width: 1280, height: 4000 });
    for (const kind of ["score", "powerMap", "plan", "tenders", "confirm"]) {
      await page.locator(`[data-card="${kind}"]`).screenshot({ path: join(artifacts, `widget-card-${kind}.png`) });
    }
    await page.getByRole("button", { name: "缩小" }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it("sends the approval of a proposed write with the thread id and shows the answer", async () => {
    await page.locator('button[data-confirm="approve"]').click();
    await page.locator("[data-testid=reply-text]", { hasText: "已保存客户计划第 3 版" }).waitFor();
    expect(requests[1]).toEqual({ confirm: "approve", threadId: "t-1" });
    const card = page.locator("[data-card=confirm]");
    expect(await card.locator("button").count()).toBe(0);
    expect(await card.textContent()).toContain("已确认");
    await page.locator('li.msg-assistant[aria-busy="false"]').last().waitFor();
  });

  it("can be used with the keyboard alone", async () => {
    await page.locator("textarea").focus();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.waitForFunction(() =>
      document.querySelector("[data-furrow-widget]")!.shadowRoot!.activeElement?.classList.contains("launcher"),
    );
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.waitForFunction(
      () => document.querySelector("[data-furrow-widget]")!.shadowRoot!.activeElement?.tagName === "TEXTAREA",
    );
    await page.keyboard.type("第一行");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("第二行");
    expect(await page.locator("textarea").inputValue()).toBe("第一行\n第二行");
    await page.locator("textarea").fill(Q_EN);
    await page.keyboard.press("Enter");
    await page.locator('[data-card="accounts"]').waitFor();
    await page.locator('li.msg-assistant[aria-busy="false"] [data-card="table"]').waitFor();
    expect(requests[2]).toEqual({ message: Q_EN, threadId: "t-1" });
    expect(await page.locator("textarea").inputValue()).toBe("");
    expect(await page.locator('[data-card="accounts"] tbody tr').count()).toBe(3);
    await page.locator('[data-card="accounts"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "widget-desktop-en-reply.png") });
    // The English reply switches the widget to English (the demo page fixed zh, so the chrome stays zh).
    expect(await page.locator('[data-card="score"]').last().textContent()).toContain("strategic value");
  });

  it("shows a server error with its request id", async () => {
    await page.locator("textarea").fill("please error");
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("req-123");
  });

  it("fills a phone-sized screen and keeps the cards inside it", async () => {
    const phone = await browser.newPage({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(`${base}/?lang=en`);
    const dialog = phone.getByRole("dialog", { name: "Furrow account copilot" });
    await dialog.waitFor();
    // The whole screen, once the panel's opening animation (0.18 s rise) has settled.
    await expect
      .poll(async () => {
        const box = (await dialog.boundingBox())!;
        return [box.x, box.y, box.width, box.height].map(Math.round);
      })
      .toEqual([0, 0, 375, 667]);
    await phone.evaluate((q) => window.Furrow!.ask(q), Q_PLAN);
    await phone.locator('li.msg-assistant[aria-busy="false"] [data-card="confirm"]').waitFor();
    const overflow = await phone.evaluate(() => {
      const messages = document.querySelector("[data-furrow-widget]")!.shadowRoot!.querySelector(".messages")!;
      return messages.scrollWidth - messages.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await phone.locator('button[data-confirm="approve"]').textContent()).toBe("确认");
    await phone.screenshot({ path: join(artifacts, "widget-phone.png") });
    await phone.locator("[data-card=powerMap]").scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(artifacts, "widget-phone-power-map.png") });
    await phone.close();
  });

  it("keeps its looks on a hostile host page and reports a missing key", async () => {
    const host = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await host.goto(`${base}/hostile`);
    const launcher = host.getByRole("button", { name: "Open the Furrow copilot" });
    await launcher.waitFor();
    await launcher.click();
    const title = host.locator(".panel-title");
    expect(await title.textContent()).toBe("Ask Furrow");
    expect(await title.evaluate((e) => getComputedStyle(e).fontSize)).toBe("15px");
    await host.locator("textarea").fill("hello");
    await host.keyboard.press("Enter");
    const alert = host.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("req-401");
    await host.screenshot({ path: join(artifacts, "widget-hostile-host.png") });
    await host.close();
  });
});
