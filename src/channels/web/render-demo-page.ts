import { escapeHtml as e } from "./escape-html";

export type DemoLang = "zh" | "en";

export type DemoPageInput = {
  lang: DemoLang;
  /**
   * Where this server is reached, e.g. "https://furrow.example.com" (the PUBLIC_URL setting), or null: then the
   * page loads the widget by a relative URL and the embed snippet shows a placeholder. Never the request's Host
   * header, which anyone can set.
   */
  origin: string | null;
  /** null: no demo user, so the page explains how to embed the widget with a key instead. */
  demo: { token: string | null; suggestions: string[] } | null;
};

const FALLBACK_QUESTIONS: Record<DemoLang, string[]> = {
  zh: ["我的重点客户有哪些？", "哪些客户有风险预警？", "最近有哪些和我的客户相关的招标？"],
  en: [
    "Which are my key accounts?",
    "Which accounts show risk signals?",
    "Which recent tenders matter to my accounts?",
  ],
};

const COPY = {
  zh: {
    title: "Furrow · 自托管的大客户管理助手",
    tagline: "给 B2B 大客户经理的 AI 助手：客户评分、权力地图、客户计划、招标匹配，一问即得。",
    intro:
      "Furrow 部署在你自己的服务器上，读取你的 CRM、订单和招标信息，用综合积分法给客户打分分级，把决策链画成权力地图，按 GOSART 生成客户计划，并从招标公告里找出与你的客户相关的机会。所有写入操作都要你确认。",
    tryTitle: "试着问它",
    tryHint: "点击一个问题，右下角的助手会直接回答（演示数据，演示用户）。",
    noDemo:
      "这个服务器上没有演示用户（演示数据未导入，或 SEED_DEMO=false）。设置 FURROW_API_KEY 启动后，用下面的代码把助手嵌入你的页面。",
    featuresTitle: "它能做什么",
    features: [
      ["客户评分与九宫格", "按评分卡给出各维度得分、级别 S/A/B/C、九宫格位置和应采取的策略。"],
      ["权力地图", "联系人、汇报关系、支持/中立/反对，以及竞品关系更强的地方。"],
      ["客户计划", "目标、策略和带负责人、截止日期的行动清单。"],
      ["招标匹配", "招标、采购意向、竞品中标和续约机会，带截止时间和赢率预测。"],
    ],
    embedTitle: "嵌入到你的页面",
    serverPlaceholder: "https://你的-Furrow-地址",
    embedHint: "一行 script 即可。data-key 填 API 密钥（或用 data-token 填短期令牌），data-lang 可选 zh-CN 或 en。",
    switchTo: "English",
    open: "打开助手",
  },
  en: {
    title: "Furrow · self-hosted key-account copilot",
    tagline:
      "An AI copilot for B2B account managers: account scores, power maps, account plans and tender matches, one question away.",
    intro:
      "Furrow runs on your own server, reads your CRM, orders and tender notices, scores and tiers accounts with a points scorecard, draws the buying centre as a power map, writes GOSART account plans, and finds the tenders that matter to your accounts. Every write waits for your approval.",
    tryTitle: "Things to ask",
    tryHint: "Click a question and the copilot in the corner answers it (demo data, demo user).",
    noDemo:
      "This server has no demo user (the demo data is not loaded, or SEED_DEMO=false). Start it with FURROW_API_KEY set and embed the widget in your page with the snippet below.",
    featuresTitle: "What it does",
    features: [
      [
        "Score and nine-box",
        "Points per scorecard dimension, tier S/A/B/C, the nine-box cell and the strategy that fits.",
      ],
      ["Power map", "Contacts, reporting lines, who supports or opposes us, and where a competitor is closer."],
      ["Account plan", "Goal, strategy and a checklist of owned, dated actions."],
      [
        "Tender matches",
        "Open tenders, procurement intentions, competitor wins and renewals, with deadlines and win odds.",
      ],
    ],
    embedTitle: "Embed it in your page",
    serverPlaceholder: "https://your-furrow-server",
    embedHint:
      "One script tag. Put an API key in data-key (or a short-lived token in data-token); data-lang is zh-CN or en.",
    switchTo: "中文",
    open: "Open the copilot",
  },
} as const;

/** The demo page at `/`: what Furrow is, clickable questions for the widget, and the embed snippet. */
export function renderDemoPage({ lang, origin, demo }: DemoPageInput): string {
  const c = COPY[lang];
  const htmlLang = lang === "zh" ? "zh-CN" : "en";
  const base = origin ?? c.serverPlaceholder;
  const snippet = `<script src="${base}/widget.js" data-server="${base}" data-key="YOUR_API_KEY" data-lang="${htmlLang}" async></script>`;
  const given = (demo?.suggestions ?? []).filter((q) => q.trim() !== "");
  const questions = given.length > 0 ? given : FALLBACK_QUESTIONS[lang];
  const tryBlock = demo
    ? `<section class="try" aria-labelledby="try-title">
        <h2 id="try-title">${e(c.tryTitle)}</h2>
        <p class="hint">${e(c.tryHint)}</p>
        <ol class="questions">${questions
          .map((q) => `<li><button type="button" data-furrow-ask="${e(q)}">${e(q)}</button></li>`)
          .join("")}</ol>
        <p><button type="button" class="primary" data-furrow-open>${e(c.open)}</button></p>
      </section>`
    : `<section class="try"><h2>${e(c.embedTitle)}</h2><p class="notice">${e(c.noDemo)}</p></section>`;
  const widget = demo
    ? `<script src="${e(origin ?? "")}/widget.js"${origin ? ` data-server="${e(origin)}"` : ""}${
        demo.token ? ` data-token="${e(demo.token)}"` : ""
      } data-lang="${htmlLang}" data-open="true" async></script>`
    : "";
  return `<!doctype html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(c.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="top">
  <span class="brand"><svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path d="M3 17c4-3 14-3 18 0M4 12.5c4-3 12-3 16 0M6 8c3-2.4 9-2.4 12 0"/></svg>Furrow</span>
  <a class="switch" href="?lang=${lang === "zh" ? "en" : "zh"}" hreflang="${lang === "zh" ? "en" : "zh-CN"}">${e(c.switchTo)}</a>
</header>
<main>
  <section class="hero">
    <h1>${e(c.title)}</h1>
    <p class="tagline">${e(c.tagline)}</p>
    <p>${e(c.intro)}</p>
  </section>
  ${tryBlock}
  <section aria-labelledby="features-title">
    <h2 id="features-title">${e(c.featuresTitle)}</h2>
    <ul class="features">${c.features.map(([h, p]) => `<li><h3>${e(h)}</h3><p>${e(p)}</p></li>`).join("")}</ul>
  </section>
  <section aria-labelledby="embed-title">
    <h2 id="embed-title">${e(c.embedTitle)}</h2>
    <p>${e(c.embedHint)}</p>
    <pre class="snippet"><code>${e(snippet)}</code></pre>
  </section>
</main>
${widget}
</body>
</html>`;
}

const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2937;background:#f6f8f7}
.top{display:flex;justify-content:space-between;align-items:center;padding:14px 24px;background:#0f766e;color:#fff}
.brand{display:inline-flex;align-items:center;gap:8px;font-weight:700;font-size:18px}
.brand path{fill:none;stroke:#fff;stroke-width:2;stroke-linecap:round}
.switch{color:#fff;font-weight:600}
main{max-width:820px;margin:0 auto;padding:24px 24px 120px}
@media (min-width:1100px){main{margin-left:max(24px,calc((100% - 480px - 820px) / 2))}}
h1{font-size:28px;line-height:1.25;margin:16px 0 8px}
h2{font-size:20px;margin:32px 0 8px}
.tagline{font-size:18px;color:#115e59;font-weight:600}
.hint,.notice{color:#4b5563}
.notice{background:#fffbeb;border:1px solid #fcd34d;padding:12px 16px;border-radius:10px}
.questions{list-style:none;padding:0;margin:12px 0;display:flex;flex-direction:column;gap:8px}
.questions button{width:100%;text-align:left;font:inherit;padding:10px 14px;border:1px solid #cbd5e1;border-radius:10px;background:#fff;color:#1f2937;cursor:pointer}
.questions button:hover{border-color:#0f766e;background:#e6f4f1}
button.primary{font:inherit;font-weight:600;padding:10px 18px;border:0;border-radius:10px;background:#0f766e;color:#fff;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.features{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px}
.features li{background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:12px 16px}
.features h3{margin:0 0 4px;font-size:16px}
.features p{margin:0;color:#4b5563;font-size:14px}
.snippet{background:#0f172a;color:#e2e8f0;padding:14px 16px;border-radius:10px;overflow-x:auto;font-size:13px;white-space:pre-wrap;word-break:break-all}
@media (max-width:520px){main{padding:16px 16px 96px}h1{font-size:23px}}
`;
