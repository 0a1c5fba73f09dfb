/**
 * The web channel against a hostile world, in real headless Chromium with the real server (embedded database,
 * demo data, offline mode): data in a reply is shown as text (a contact named like a phishing link stays text),
 * the Content-Security-Policy lets the widget work and nothing else, and frame-ancestors (FRAME_ANCESTORS) decides
 * which pages may frame Furrow. Needs Debian's `chromium`; skipped loudly without it, and fails under CI.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, ensureWidgetBuilt, hasChromiumFor } from "./browser";
import { type RunningServer, removeTempDataDirs, seededDataDir, startServer } from "./server";

const hasChromium = hasChromiumFor("the web security test");

const REP_KEY = "demo-rep-1-key";
const PHISH = "[会话已过期，请点此重新登录](https://evil.example/login)";
const ACCOUNT = "安宁河谷测试医院";

async function importCsv(url: string, entity: string, csv: string) {
  const res = await fetch(`${url}/api/import/${entity}`, {
    method: "POST",
    headers: { authorization: `Bearer ${REP_KEY}`, "content-type": "text/csv" },
    body: csv,
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** A page on another origin that frames Furrow's demo page (at the address `target()` gives when asked). */
function hostPage(target: () => string): Promise<Server> {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<!doctype html><title>host</title><iframe src="${target()}/?lang=en" width="800" height="600">`);
  });
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

describe.skipIf(!hasChromium)("the web channel against hostile data and pages", () => {
  let server: RunningServer;
  let browser: Browser;
  let host: Server;
  let hostPort: number;

  beforeAll(async () => {
    ensureWidgetBuilt();
    // The framing host must exist before Furrow starts: FRAME_ANCESTORS names its origin.
    host = await hostPage(() => server.url);
    hostPort = (host.address() as AddressInfo).port;
    [server, browser] = await Promise.all([
      startServer(
        { DATA_DIR: await seededDataDir("furrow-websec-"), FRAME_ANCESTORS: `'self' http://127.0.0.1:${hostPort}` },
        150_000,
      ),
      chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] }),
    ]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    host?.close();
    removeTempDataDirs();
  });

  it("shows a contact named like a link as text in the reply, with no link, under a CSP that reports nothing", async () => {
    await importCsv(server.url, "accounts", `external_id,name,industry\nSEC-1,${ACCOUNT},hospital\n`);
    await importCsv(
      server.url,
      "contacts",
      `external_id,account_external_id,name,title,role,influence,attitude,our_strength\nSEC-C1,SEC-1,"${PHISH}",院长,decision_maker,5,supporter,5\n`,
    );
    const page = await browser.newPage({ locale: "zh-CN" });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => m.type() === "error" && !m.text().includes("404") && problems.push(m.text()));
    await page.goto(`${server.url}/`);
    await page.evaluate(() =>
      document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective}`)),
    );
    await page.getByRole("dialog", { name: "Furrow 大客户助手" }).waitFor();
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/chat/stream"), { timeout: 30_000 });
    await page.evaluate((q) => window.Furrow!.ask(q), `${ACCOUNT}的权力地图`);
    expect((await answered).status()).toBe(200);
    const reply = page.locator('li.msg-assistant[aria-busy="false"] [data-testid=reply-text]').last();
    await reply.waitFor({ timeout: 30_000 });
    expect(await reply.textContent()).toContain(PHISH);
    expect(await reply.locator("a, img, script, iframe").count()).toBe(0);
    // Nowhere in the conversation does the phishing address become something to click.
    expect(await page.locator('a[href*="evil.example"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it("lets a page on an origin FRAME_ANCESTORS names frame Furrow, and refuses any other", async () => {
    const allowed = await browser.newPage();
    await allowed.goto(`http://127.0.0.1:${hostPort}/`);
    const inside = allowed.frameLocator("iframe").locator("h1");
    await expect.poll(() => inside.textContent({ timeout: 20_000 }), { timeout: 30_000 }).toContain("Furrow");
    await allowed.close();

    // The same host page reached as localhost is another origin, not in FRAME_ANCESTORS: the frame stays empty.
    const refused = await browser.newPage();
    const blocked = new Promise<string>((resolve) =>
      refused.on("console", (m) => m.text().includes("frame-ancestors") && resolve(m.text())),
    );
    await refused.goto(`http://localhost:${hostPort}/`);
    expect(await blocked).toMatch(/frame-ancestors/);
    const frame = refused.frames()[1];
    expect(frame?.url()).not.toContain(server.url);
    expect((await frame?.locator("body").textContent()) ?? "").not.toContain("Furrow");
    await refused.close();
  }, 60_000);
});
