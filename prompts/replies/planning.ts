import { successorId } from "../../src/engine/planning/successor";
import type { ForecastResult } from "../../tools/forecast";
import type { PlanResult } from "../../tools/generate-plan";
import type { PowerMapResult } from "../../tools/power-map";
import type { SavePlanResult } from "../../tools/save-plan";
import { day, money, num, paren, pct } from "../format";
import { type Lang, label } from "../labels";

/** One person: who they are, whom they report to, their stance, our and the competitor's strength, last met, via whom. */
function personLines(r: PowerMapResult, lang: Lang): string[] {
  const zh = lang === "zh";
  const m = r.map;
  const c = m.contacts.find((x) => x.id === r.focusContactId);
  if (!c) return [];
  const name = (id: string | null | undefined) => m.contacts.find((x) => x.id === id)?.name ?? "";
  const what = [c.title, c.role ? label(lang, "role", c.role) : null].filter(Boolean).join(zh ? "，" : ", ");
  const below = r.bossOf;
  const lines = [
    ...(below
      ? [
          zh
            ? `${below.name}（${[below.accountName, below.title].filter(Boolean).join(" ")}）的上级是 ${c.name}。`
            : `${below.name} (${[below.accountName, below.title].filter(Boolean).join(", ")}) reports to ${c.name}.`,
        ]
      : []),
    zh
      ? `**${c.name}**：${r.accountName}${what ? ` ${what}` : ""}${c.leftCompany ? "（已离职）" : ""}。`
      : `**${c.name}**: ${r.accountName}${what ? `, ${what}` : ""}${c.leftCompany ? " (has left)" : ""}.`,
  ];
  const stance = [
    c.attitude
      ? zh
        ? `态度${label(lang, "attitude", c.attitude)}`
        : `stance: ${label(lang, "attitude", c.attitude)}`
      : null,
    c.ourStrength != null ? (zh ? `我方关系 ${c.ourStrength}/5` : `our strength ${c.ourStrength}/5`) : null,
    c.competitor
      ? zh
        ? `${c.competitor} 关系 ${c.competitorStrength ?? "—"}/5`
        : `${c.competitor} ${c.competitorStrength ?? "—"}/5`
      : null,
  ].filter(Boolean);
  if (stance.length) lines.push(stance.join(zh ? "；" : "; "));
  // Who took over, for a person who left ("接张伟民班的是谁").
  const next = successorId(
    { id: c.id, title: c.title, gone: !!c.leftCompany },
    m.contacts.map((x) => ({ id: x.id, title: x.title, gone: !!x.leftCompany })),
  );
  if (next) lines.push(zh ? `接任：${name(next)}（${c.title}）` : `Succeeded by ${name(next)} (${c.title})`);
  const boss = r.focusReportsTo;
  const up = m.contacts.find((x) => x.id === c.reportsToId);
  if (up)
    lines.push(
      zh
        ? `汇报给 ${up.name}${up.title ? `（${up.title}）` : ""}`
        : `Reports to ${up.name}${up.title ? ` (${up.title})` : ""}`,
    );
  else if (boss) {
    const who = [boss.accountName, boss.title].filter(Boolean).join(zh ? " " : ", ");
    lines.push(zh ? `汇报给 ${boss.name}（${who}）` : `Reports to ${boss.name} (${who})`);
  }
  const reach = r.focusReach;
  if (reach) {
    const ways = [
      reach.phone ? (zh ? `电话 ${reach.phone}` : `phone ${reach.phone}`) : null,
      reach.email ? (zh ? `邮箱 ${reach.email}` : `email ${reach.email}`) : null,
    ].filter(Boolean);
    lines.push(ways.join(zh ? "，" : ", "));
  }
  const reports = m.contacts.filter((x) => x.reportsToId === c.id && !x.leftCompany).map((x) => x.name);
  if (reports.length) lines.push(zh ? `下属：${reports.join("、")}` : `Direct reports: ${reports.join(", ")}`);
  // What was said last time: the latest interaction's note, on the "last met" line when it was that day.
  const li = c.lastInteraction?.summary ? c.lastInteraction : null;
  const kind = li ? label(lang, "interaction", li.kind) : "";
  const sameDay = li && c.lastContactAt && day(li.occurredAt, lang) === day(c.lastContactAt, lang);
  if (c.lastContactAt)
    lines.push(
      zh
        ? `上次接触：${day(c.lastContactAt, lang)}${sameDay ? `（${kind}）：${li.summary}` : ""}`
        : `Last met: ${day(c.lastContactAt, lang)}${sameDay ? ` (${kind}): ${li.summary}` : ""}`,
    );
  else if (!li) lines.push(zh ? "还没有接触记录" : "No contact on record yet");
  if (li && !sameDay)
    lines.push(
      zh
        ? `最近一次${kind}（${day(li.occurredAt, lang)}）：${li.summary}`
        : `Last ${kind} (${day(li.occurredAt, lang)}): ${li.summary}`,
    );
  const via =
    m.suggestions.find((s) => s.contactId === c.id && s.via)?.via ??
    (m.analysis.champion !== c.id ? m.analysis.champion : null);
  if (via && name(via)) lines.push(zh ? `可以请 ${name(via)} 引荐` : `${name(via)} can introduce us`);
  return [
    lines
      .join(zh ? "。" : ". ")
      .replace(/。。/g, "。")
      .replace(/\.\. /g, ". "),
    "",
  ];
}

/** How many contacts beyond the deciders, champion, coaches and blockers a power-map reply names. */
const OTHERS_SHOWN = 12;

export function powerMapReply(r: PowerMapResult, lang: Lang): string {
  const zh = lang === "zh";
  const m = r.map;
  const name = (id: string | null | undefined) => m.contacts.find((c) => c.id === id)?.name ?? "";
  const a = m.analysis;
  const lines = [
    ...personLines(r, lang),
    zh
      ? `**${r.accountName}** 的权力地图：${a.currentContacts}位在职联系人，关键角色覆盖${pct(a.coverage, 0)}${a.gaps.length ? `，缺少${a.gaps.map((g) => label(lang, "role", g)).join("、")}` : ""}。`
      : `**${r.accountName}** power map: ${a.currentContacts} current contacts, key-role coverage ${pct(a.coverage, 0)}${a.gaps.length ? `, missing ${a.gaps.map((g) => label(lang, "role", g)).join(", ")}` : ""}.`,
  ];
  if (a.knownContacts === 0) lines.push(zh ? "⚠️ 该客户尚无认识的人。" : "⚠️ We know nobody at this account yet.");
  else if (a.singleThreaded)
    lines.push(zh ? "⚠️ 单线联系：我们只认识一个人。" : "⚠️ Single-threaded: we know only one person there.");
  // Who decides comes first: "决策链", "who's the decision maker" are asked most.
  const deciders = m.contacts.filter((c) => c.role === "decision_maker" && !c.leftCompany);
  if (deciders.length)
    lines.push(
      `${zh ? "决策者" : deciders.length > 1 ? "Decision makers" : "Decision maker"}: ${deciders
        .map((c) => {
          const about = [c.title, c.attitude ? label(lang, "attitude", c.attitude) : null].filter(Boolean);
          return about.length ? `${c.name}${paren(about.join(zh ? "，" : ", "), lang)}` : c.name;
        })
        .join(zh ? "、" : ", ")}`,
    );
  // 内线 in a rep's mouth is the champion and the coach (教练) alike: both are named when there are.
  const coaches = m.contacts.filter((c) => c.role === "coach" && !c.leftCompany && c.id !== a.champion);
  const inside = [
    a.champion ? `${zh ? "内线" : "Champion"}: ${name(a.champion)}` : null,
    coaches.length
      ? `${zh ? "教练" : a.champion ? "coach" : "Coach"}: ${coaches.map((c) => c.name).join(zh ? "、" : ", ")}`
      : null,
  ].filter(Boolean);
  if (inside.length) lines.push(inside.join(zh ? "；" : "; "));
  lines.push(
    a.blockers.length
      ? `${zh ? "阻碍者" : "Blockers"}: ${a.blockers.map(name).join(zh ? "、" : ", ")}`
      : zh
        ? "阻碍者: 暂无（没有影响力高的反对者）"
        : "Blockers: none known (no influential opponent)",
  );
  // "联系人都有谁": everyone else there too, on a small map (the big ones are the card's).
  // A big map names its most influential dozen and counts the rest (the card has them all).
  const named = new Set([...deciders.map((c) => c.id), a.champion, ...coaches.map((c) => c.id), ...a.blockers]);
  const current = m.contacts.filter((c) => !c.leftCompany);
  const others = current
    .filter((c) => !named.has(c.id))
    .sort((x, y) => (y.influence ?? 0) - (x.influence ?? 0) || x.name.localeCompare(y.name));
  const shown = others.slice(0, OTHERS_SHOWN);
  const more = others.length - shown.length;
  if (shown.length)
    lines.push(
      `${zh ? "其他联系人" : "Others"}: ${shown.map((c) => (c.title ? `${c.name}${paren(c.title, lang)}` : c.name)).join(zh ? "、" : ", ")}${more > 0 ? (zh ? ` 等${more}人` : ` and ${more} more`) : ""}`,
    );
  for (const c of a.competitorStronger.slice(0, 5)) {
    lines.push(
      zh
        ? `${name(c.contactId)}与${c.competitor ?? "竞品"}关系更近（${c.competitorStrength} 对 ${c.ourStrength}）`
        : `${name(c.contactId)} is closer to ${c.competitor ?? "a competitor"} (${c.competitorStrength} vs ${c.ourStrength})`,
    );
  }
  const next = m.suggestions.slice(0, 3);
  if (next.length) {
    lines.push(zh ? "下一步建议：" : "Next:");
    for (const [i, s] of next.entries())
      lines.push(
        `${i + 1}. ${name(s.contactId)}${s.via ? (zh ? `（通过${name(s.via)}引荐）` : ` (through ${name(s.via)})`) : ""}: ${s.message} — ${s.reason}`,
      );
  }
  return lines.join("\n");
}

export function planReply(r: PlanResult, lang: Lang): string {
  const zh = lang === "zh";
  const p = r.plan;
  const lines = [
    zh
      ? `**${r.accountName}** 客户计划${r.stored ? `（第${p.version}版）` : "（草稿，未保存）"}：策略「${label(lang, "strategy", p.strategy)}」。目标：${p.goal.title}`
      : `**${r.accountName}** account plan${r.stored ? ` (version ${p.version})` : " (draft, not saved)"}: strategy "${label(lang, "strategy", p.strategy)}". Goal: ${p.goal.title}`,
  ];
  for (const [i, o] of p.objectives.entries()) lines.push(`${i + 1}. ${o.title}`);
  lines.push(zh ? "近期行动：" : "First actions:");
  for (const a of [...p.actions].sort((x, y) => x.due.localeCompare(y.due) || x.id.localeCompare(y.id)).slice(0, 4))
    lines.push(
      `- ${day(a.due, lang)} ${a.title}${paren(a.ownerRole === "sales" ? a.owner : label(lang, "ownerRole", a.ownerRole), lang)}`,
    );
  if (!r.stored)
    lines.push(zh ? "说“保存这个计划”即可存为新版本。" : 'Say "save this plan" to store it as a new version.');
  return lines.join("\n");
}

export function savePlanReply(r: SavePlanResult, lang: Lang): string {
  return lang === "zh"
    ? `已保存 **${r.accountName}** 的客户计划第${r.version}版（策略「${label(lang, "strategy", r.strategy)}」，${r.actions}项行动）。`
    : `Saved version ${r.version} of the **${r.accountName}** plan (strategy "${label(lang, "strategy", r.strategy)}", ${r.actions} actions).`;
}

/** The gap to a target or quota, or that it will be reached: a person never reads "还差0元". */
function gapLine(goal: number | null, gap: number, what: string, lang: Lang): string {
  if (lang === "zh")
    return gap <= 0
      ? `预计达成${what}${money(goal, lang)}。`
      : `距${what}${money(goal, lang)}还差${money(gap, lang)}。`;
  return gap <= 0
    ? `On track for the ${money(goal, lang)} ${what}.`
    : `Gap to the ${money(goal, lang)} ${what}: ${money(gap, lang)}.`;
}

export function forecastReply(r: ForecastResult, lang: Lang): string {
  const zh = lang === "zh";
  const f = r.forecast;
  const rep = r.ownerName ? (zh ? `${r.ownerName}的客户` : `${r.ownerName}'s accounts`) : null;
  const scope = r.accountName ?? rep ?? (zh ? "你的客户组合" : "your book");
  const lines = [zh ? `**${scope}** 的销售预测：` : `Forecast for **${scope}**:`];
  for (const p of f.periods) {
    const name = p.period === "this_quarter" ? (zh ? "本季度" : "This quarter") : zh ? "下季度" : "Next quarter";
    lines.push(
      zh
        ? `- ${name}（${day(p.from, lang)}至${day(p.to, lang)}）：在跟商机${money(p.open, lang)}（不加权），加权${money(p.weighted, lang)}，承诺${money(p.committed, lang)}，最好情况${money(p.bestCase, lang)}，已赢单${money(p.won, lang)}`
        : `- ${name} (${day(p.from, lang)} to ${day(p.to, lang)}): open pipeline ${money(p.open, lang)} (unweighted), weighted ${money(p.weighted, lang)}, committed ${money(p.committed, lang)}, best case ${money(p.bestCase, lang)}, won ${money(p.won, lang)}`,
    );
  }
  lines.push(
    zh
      ? `全年预计${money(f.year.expected, lang)}（已赢单${money(f.year.wonToDate, lang)}）。`
      : `Year expected ${money(f.year.expected, lang)} (won to date ${money(f.year.wonToDate, lang)}).`,
  );
  if (f.gapToTarget != null) lines.push(gapLine(f.target, f.gapToTarget, zh ? "目标" : "target", lang));
  if (f.gapToQuota != null) lines.push(gapLine(f.quota, f.gapToQuota, zh ? "指标" : "quota", lang));
  if (r.closing) {
    if (!r.closing.length)
      lines.push(zh ? "这段时间没有预计成交的在跟商机。" : "No open deal is expected to close in that period.");
    else {
      lines.push(
        zh
          ? `这段时间预计成交的商机（${r.closing.length}个，金额合计${money(r.closingTotal ?? 0, lang)}，未按概率加权）：`
          : `Deals expected to close in that period (${r.closing.length}, ${money(r.closingTotal ?? 0, lang)} in all, unweighted):`,
      );
      for (const c of r.closing.slice(0, 8))
        lines.push(
          `- ${c.name}${r.accountName ? "" : ` · ${c.accountName}`}${paren([c.amount != null ? money(c.amount, lang) : null, label(lang, "stage", c.stage), day(c.expectedClose, lang)].filter(Boolean).join(zh ? "，" : ", "), lang)}`,
        );
    }
  }
  for (const h of r.health.slice(0, 3)) {
    const weak = h.weakest.map((k) => label(lang, "health", k)).join(zh ? "、" : ", ");
    // The deal's size and when it is expected to close ("续约那个单子啥时候能关"), then its health.
    const size = [
      h.amount != null ? money(h.amount, lang) : null,
      h.expectedClose
        ? zh
          ? `预计${day(h.expectedClose, lang)}成交`
          : `expected to close ${day(h.expectedClose, lang)}`
        : null,
    ].filter(Boolean);
    const sized = size.length ? (zh ? `${size.join("，")}，` : `${size.join(", ")}; `) : "";
    lines.push(
      zh
        ? `- ${h.name}：${sized}健康度${h.score}（${label(lang, "stage", h.stage)}）${weak ? `，薄弱项：${weak}` : ""}`
        : `- ${h.name}: ${sized}health ${h.score} (${label(lang, "stage", h.stage)})${weak ? `, weakest: ${weak}` : ""}`,
    );
  }
  if (f.conversionCycleDays != null)
    lines.push(
      zh
        ? `平均成交周期${num(f.conversionCycleDays, 0)}天。`
        : `Average conversion cycle ${num(f.conversionCycleDays, 0)} days.`,
    );
  return lines.join("\n");
}
