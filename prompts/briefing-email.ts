import type { Briefing } from "../src/services/briefing";
import { money, pct } from "./format";
import { type Lang, label } from "./labels";

const esc = (v: unknown) =>
  String(v ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const T = {
  zh: {
    title: "Furrow 每周简报",
    hello: "你好",
    risk: "需要关注的客户",
    tiers: "级别变化",
    tenders: "招标与采购机会",
    actions: "本周待办",
    none: "无",
    overdue: "已逾期",
    deadline: "截止",
    win: "赢率",
    value: "预计",
  },
  en: {
    title: "Furrow weekly briefing",
    hello: "Hello",
    risk: "Accounts slipping",
    tiers: "Tier changes",
    tenders: "Tenders and purchases",
    actions: "Actions due",
    none: "None",
    overdue: "overdue",
    deadline: "deadline",
    win: "win",
    value: "value",
  },
};

function section(title: string, items: string[], none: string): string {
  return `<h2 style="font-size:16px;color:#14532d;margin:20px 0 6px">${esc(title)}</h2>${items.length ? `<ul style="margin:0;padding-left:20px">${items.join("")}</ul>` : `<p style="color:#6b7280">${esc(none)}</p>`}`;
}

/** The weekly briefing as a self-contained HTML e-mail (inline styles only), in the user's language. */
export function renderBriefingHtml(b: Briefing, lang: Lang = b.user.locale): string {
  const t = T[lang];
  const risk = b.atRisk.map(
    (a) =>
      `<li><b>${esc(a.name)}</b> (${esc(label(lang, "severity", a.churnLevel))}, ${a.churnScore}): ${esc(a.risks.map((r) => label(lang, "risk", r)).join(", "))}</li>`,
  );
  const tiers = b.tierChanges.map((c) => `<li>${esc(c.name)}: ${esc(c.from)} → ${esc(c.to)}</li>`);
  const tenders = b.tenders.map(
    (m) =>
      `<li>[${esc(label(lang, "tenderKind", m.kind))}] <b>${esc(m.accountName)}</b> — ${esc(m.projectName ?? "")}${m.deadline ? ` (${t.deadline} ${esc(m.deadline)})` : ""}, ${t.value} ${esc(money(m.value, lang))}, ${t.win} ${esc(pct(m.winProbability, 0))}</li>`,
  );
  const actions = b.actionsDue.map(
    (a) =>
      `<li>${esc(a.due)} <b>${esc(a.accountName)}</b>: ${esc(a.title)}${a.overdue ? ` <span style="color:#b91c1c">(${t.overdue})</span>` : ""}</li>`,
  );
  return `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${esc(t.title)}</title></head>
<body style="font-family:system-ui,-apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif;color:#1f2937;max-width:640px;margin:0 auto;padding:16px">
<h1 style="font-size:20px;color:#14532d">${esc(t.title)} · ${esc(b.weekOf)}</h1><p>${esc(t.hello)}, ${esc(b.user.name)}</p>
${section(t.risk, risk, t.none)}${b.tierChanges.length ? section(t.tiers, tiers, t.none) : ""}${section(t.tenders, tenders, t.none)}${section(t.actions, actions, t.none)}
</body></html>`;
}
