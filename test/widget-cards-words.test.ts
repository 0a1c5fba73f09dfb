/**
 * What a person reads on every card kind, in both languages: the real server (offline, demo data) and the built
 * widget in one headless Chromium page. Each question below draws one card kind (score, powerMap, plan, tenders,
 * accounts, table, confirm, choices); the test fails on a code (snake_case, a glossary code such as `mid-high`,
 * an ISO timestamp or a bare ISO day such as 2026-12-15) anywhere in the drawn answer, and on an English sentence inside a Chinese answer.
 * Needs Debian's `chromium`; skipped loudly without it, and fails under CI.
 */
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, ensureWidgetBuilt, hasChromiumFor } from "./browser";
import { type RunningServer, removeTempDataDirs, seededDataDir, startServer } from "./server";

const hasChromium = hasChromiumFor("the card words test");

/** One question per card kind and language, answered offline from the demo book (rep1 李伟). */
const WALK: { lang: "zh" | "en"; card: string; say: string }[] = [
  { lang: "zh", card: "score", say: "华东医疗集团的评分" },
  { lang: "zh", card: "powerMap", say: "华东一院的权力地图" },
  { lang: "zh", card: "plan", say: "华东医疗集团的客户计划" },
  { lang: "zh", card: "tenders", say: "有新的招标吗" },
  { lang: "zh", card: "accounts", say: "我的重点客户" },
  { lang: "zh", card: "table", say: "对比华东一院和星海" },
  { lang: "zh", card: "choices", say: "北京协和医院怎么样" },
  { lang: "zh", card: "confirm", say: "给华东一院加个待办：下周二拜访朱慧敏" },
  { lang: "en", card: "score", say: "ECMG score" },
  { lang: "en", card: "powerMap", say: "power map of ECMG First Hospital" },
  { lang: "en", card: "plan", say: "ECMG account plan" },
  { lang: "en", card: "tenders", say: "any tenders?" },
  { lang: "en", card: "accounts", say: "list my key accounts" },
  { lang: "en", card: "table", say: "compare ECMG First Hospital with Xinghai" },
  { lang: "en", card: "choices", say: "how is Nanjing Union Hospital doing" },
  { lang: "en", card: "confirm", say: "add a to-do for ECMG First Hospital: visit Zhu Huimin next Tuesday" },
];

/**
 * Codes and machine formats: snake_case, camelCase (a table card's column such as shareOfWallet), glossary codes with
 * a hyphen, ISO timestamps and bare ISO days.
 */
const CODE =
  /\b[a-z]+_[a-z_]+\b|\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|\bmid-(high|low)\b|\d{4}-\d{2}-\d{2}T\d{2}|\b\d{4}-\d{2}-\d{2}\b/;
/** Four English words in a row: a sentence, not a name. */
const EN_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3,}/;
/** English names a Chinese answer may carry (the book's English aliases, product words in project names). */
const EN_NAMES = /East China Medical Group[\w ]*|Suzhou Xinghai Hospital|Nanjing Xuanwuhu Hospital|Hengtai Pharma/g;

/** Sends a question through the widget's input and resolves with the drawn answer's element text. */
async function ask(page: Page, question: string): Promise<{ text: string; cards: string[]; projects: string[] }> {
  const done = page.waitForResponse((r) => r.url().endsWith("/api/chat/stream") && r.request().method() === "POST", {
    timeout: 30_000,
  });
  done.catch(() => {});
  const input = page.locator("textarea");
  await input.fill(question);
  await input.press("Enter");
  expect((await done).status()).toBe(200);
  await page.locator("li.msg-user .bubble").last().filter({ hasText: question }).waitFor({ timeout: 10_000 });
  const answer = page.locator("li.msg-user ~ li.msg-assistant").last();
  await expect.poll(() => answer.getAttribute("aria-busy"), { timeout: 30_000 }).toBe("false");
  const cards = await answer.locator("[data-card]").evaluateAll((els) => els.map((e) => e.getAttribute("data-card")!));
  // A tender's project name is the notice's own title (an English notice keeps its English title): a name, not prose.
  const projects = await answer.locator(".tender-name").allInnerTexts();
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is the rendered text, not hidden nodes
  return { text: await answer.innerText(), cards, projects };
}

describe.skipIf(!hasChromium)("every card kind reads as words, in zh and en (real server, widget, Chromium)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureWidgetBuilt();
    [server, browser] = await Promise.all([
      seededDataDir("furrow-card-words-").then((dir) => startServer({ DATA_DIR: dir }, 90_000)),
      chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] }),
    ]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    await page.goto(`${server.url}/`);
    await page.locator("textarea").waitFor();
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeTempDataDirs();
  });

  it("draws each card kind with no code, no ISO timestamp and no English sentence in a Chinese answer", async () => {
    const problems: string[] = [];
    for (const step of WALK) {
      const { text, cards, projects } = await ask(page, step.say);
      const where = `${step.lang} ${step.card} (${step.say})`;
      if (!cards.includes(step.card)) problems.push(`${where}: no ${step.card} card, got ${cards.join(",") || "none"}`);
      const code = text.match(CODE);
      if (code) problems.push(`${where}: code ${JSON.stringify(code[0])}`);
      if (step.lang === "zh") {
        const prose = projects.reduce((out, name) => out.split(name).join(" "), text.replace(EN_NAMES, " "));
        const sentence = prose.match(EN_SENTENCE);
        if (sentence) problems.push(`${where}: English in a Chinese answer ${JSON.stringify(sentence[0])}`);
      } else if (!/[A-Za-z]{3,}/.test(text.replace(/[\u3400-\u9fff]/g, ""))) {
        problems.push(`${where}: no English words`);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
