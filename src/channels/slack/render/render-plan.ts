import type { KnownBlock } from "@slack/types";
import { label } from "../../../../prompts/labels";
import type { PlanView } from "../../../agent/cards";
import { type Lang, ui } from "./labels";
import { colon, context, escapeText, header, sections, when } from "./text";

/** The goal, then the actions as a checklist by due date (done ticked, overdue flagged against `today`). */
export function renderPlan(accountName: string, plan: PlanView, lang: Lang, today: string): KnownBlock[] {
  const goal = textOf(plan.goal, lang);
  const objectives = (plan.objectives ?? []).map((o) => `• ${escapeText(textOf(o, lang))}`);
  const actions = [...(plan.actions ?? [])]
    .sort((a, b) => (a.due ?? "").localeCompare(b.due ?? ""))
    .map((a) => {
      const overdue = !a.done && !!a.due && a.due.slice(0, 10) < today;
      const owner = label(lang, "ownerRole", a.owner) || a.owner;
      const meta = [
        owner ? `${ui(lang, "owner")} ${escapeText(owner)}` : null,
        a.due ? `${ui(lang, "due")} ${when(a.due, lang, today)}` : null,
        overdue ? `*${ui(lang, "overdue")}*` : null,
      ].filter(Boolean);
      return `${a.done ? "☑" : "☐"} ${a.done ? `~${escapeText(a.title)}~` : escapeText(a.title)}${meta.length ? ` — ${meta.join(" · ")}` : ""}`;
    });
  return [
    header(`${ui(lang, "plan")} · ${accountName}`),
    context(
      `${ui(lang, "strategy")}${colon(lang)}${label(lang, "strategy", plan.strategy)} · ${ui(lang, "version")} ${plan.version}`,
    ),
    ...(goal
      ? sections([`*${ui(lang, "goal")}*${colon(lang)}${escapeText(goal)}`, ...objectives])
      : sections(objectives)),
    ...(actions.length ? sections([`*${ui(lang, "actions")}*`, ...actions]) : []),
  ];
}

const TEXT_KEYS = ["text", "title", "name", "description", "goal", "metric", "summary", "message", "reason"];

/** Plan fields are free-form: a string, `{ zh, en }` or an object with a text-like field. */
export function textOf(value: unknown, lang: Lang): string {
  if (value == null) return "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((v) => textOf(v, lang)).join("; ");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o[lang] === "string") return o[lang] as string;
    const key = TEXT_KEYS.find((k) => typeof o[k] === "string" || typeof o[k] === "number");
    if (!key) return "";
    const target = o.target ?? o.targetValue;
    return target != null && key === "metric" ? `${o[key]}: ${textOf(target, lang)}` : String(o[key]);
  }
  return "";
}
