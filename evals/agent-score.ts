// Grades played agent turns: tool choice, arguments, facts, grounding, language, refusals, multi-turn.
import { checkGrounding } from "../src/agent/grounding/check-grounding";
import { at, statesFact } from "./agent-facts";
import type { PlayedCase, PlayedTurn } from "./agent-play";
import type { ArgExpect, TurnExpect } from "./cases/agent-case-types";
import type { EvalMetric } from "./types";

const REFUSALS = new Set(["forbidden", "out_of_scope", "unknown_account"]);
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

export type Tally = { right: number; n: number };
export type Grades = Record<
  "toolChoice" | "arguments" | "facts" | "grounding" | "language" | "refusal" | "multiTurn",
  Tally
>;

export const emptyGrades = (): Grades => ({
  toolChoice: { right: 0, n: 0 },
  arguments: { right: 0, n: 0 },
  facts: { right: 0, n: 0 },
  grounding: { right: 0, n: 0 },
  language: { right: 0, n: 0 },
  refusal: { right: 0, n: 0 },
  multiTurn: { right: 0, n: 0 },
});

type Call = { name: string; args: Record<string, unknown>; result: unknown };

/** The tools a turn ran, then the write it holds for confirmation. */
function callsOf(t: PlayedTurn): { calls: Call[]; pending: Call | null } {
  const r = t.response;
  if (!r) return { calls: [], pending: null };
  const card = r.reply.cards.find((c) => c.kind === "confirm") as
    | { data: { tool: string; args: Record<string, unknown>; names?: unknown } }
    | undefined;
  // A question back carries the user's own accounts it offers (from the directory): what its text may name.
  const choices = r.reply.cards
    .filter((c) => c.kind === "choices")
    .map((c) => ({ name: "choices", args: {}, result: c.data }));
  return {
    calls: [...(r.toolCalls as Call[]), ...choices],
    pending: card
      ? { name: card.data.tool, args: card.data.args, result: { ...card.data.args, names: card.data.names } }
      : null,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const norm = (x: unknown[]) => x.map((v) => JSON.stringify(v)).sort();
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function argOk(actual: unknown, want: ArgExpect, ids: Map<string, string>): boolean {
  if ("account" in want) return actual === ids.get(want.account);
  if ("accounts" in want)
    return sameValue(
      actual,
      want.accounts.map((n) => ids.get(n)),
    );
  if ("equals" in want) return sameValue(actual, want.equals);
  if ("absent" in want) return actual === undefined;
  return typeof actual === "string" && new RegExp(want.matches, "i").test(actual);
}

/** How the offline mode explained answering without a tool ("find_accounts:unknown_account" -> unknown_account). */
function reasonOf(t: PlayedTurn): string {
  return t.intent.includes(":") ? t.intent.split(":")[1] : t.intent;
}

export type GradeOptions = { mode: "offline" | "llm"; ids: Map<string, string> };

/** Grades one case into `g`, pushing a line per miss. */
export function gradeCase(p: PlayedCase, g: Grades, misses: string[], opts: GradeOptions): void {
  const multi = p.case.tags.includes("multi-turn");
  p.turns.forEach((t, i) => {
    const label = `${p.case.id}#${i + 1} ${t.message ? JSON.stringify(t.message.slice(0, 50)) : `[${"confirm" in t.turn ? t.turn.confirm : ""}]`}`;
    const miss = (what: string) => misses.push(`${label}: ${what}`);
    const e = t.turn.expect;
    if (t.error || !t.response) {
      for (const k of Object.keys(g) as (keyof Grades)[]) if (k !== "multiTurn" || (multi && i > 0)) g[k].n++;
      miss(`error ${t.error}`);
      return;
    }
    const { calls, pending } = callsOf(t);
    const names = [...calls.filter((c) => c.name !== "choices").map((c) => c.name), ...(pending ? [pending.name] : [])];
    const toolOk = toolChoiceOk(t, e, names, opts.mode);
    tally(g.toolChoice, toolOk);
    if (!toolOk)
      miss(
        `tools ${JSON.stringify(names)} (${t.intent}) want ${JSON.stringify(e.tools)}${e.noTool ? ` ${e.noTool}` : ""}`,
      );
    let argsOk = true;
    if (e.args && e.tools.length) {
      const call = [...calls, ...(pending ? [pending] : [])].findLast((c) => c.name === e.tools[0]);
      const bad = Object.entries(e.args).filter(([k, want]) => !call || !argOk(call.args[k], want, opts.ids));
      argsOk = bad.length === 0;
      tally(g.arguments, argsOk);
      if (!argsOk)
        miss(
          `args ${bad.map(([k]) => `${k}=${JSON.stringify(call?.args[k])}`).join(", ")} want ${JSON.stringify(Object.fromEntries(bad))}`,
        );
    }
    if (e.confirm !== undefined && Boolean(pending) !== e.confirm) miss(`confirm card ${Boolean(pending)}`);
    const reply = t.response.reply.text;
    for (const f of toolOk ? (e.facts ?? []) : []) {
      const call = calls.findLast((c) => c.name === f.tool);
      const value = call ? at(call.result, f.path) : undefined;
      if (value === undefined || value === null) continue;
      const ok = statesFact(reply, value, f.kind);
      tally(g.facts, ok);
      if (!ok) miss(`fact ${f.tool}.${f.path}=${JSON.stringify(value)} not in reply`);
    }
    for (const s of e.absent ?? []) if (reply.includes(s)) miss(`reply contains ${JSON.stringify(s)}`);
    const sources = [...calls.map((c) => c.result), ...(pending ? [pending.result] : [])];
    // The user's own words may be said back ("没有找到“北京协和医院”"): they are grounded in the message.
    const grounding = checkGrounding(reply, [...sources, t.message ?? ""], t.knownNames);
    const absentOk = (e.absent ?? []).every((s) => !reply.includes(s));
    tally(g.grounding, grounding.ok && absentOk);
    if (!grounding.ok) miss(`ungrounded ${grounding.ungrounded.join(", ")} in ${JSON.stringify(reply.slice(0, 120))}`);
    const langOk = languageOk(reply, t.response.reply.language, e.language, sources);
    tally(g.language, langOk);
    if (!langOk)
      miss(`language ${t.response.reply.language} want ${e.language}: ${JSON.stringify(reply.slice(0, 80))}`);
    const wantRefusal = REFUSALS.has(e.noTool ?? "");
    // With a model, looking the name up and finding nothing is how it declines an unknown account.
    const refused =
      opts.mode === "llm"
        ? names.every((n) => LOOKUPS.has(n) && !e.tools.includes(n))
        : names.length === 0 && REFUSALS.has(reasonOf(t));
    if (opts.mode === "offline" || wantRefusal || e.tools.length) {
      tally(g.refusal, wantRefusal === refused);
      if (wantRefusal !== refused) miss(refused ? "refused a fair request" : "did not refuse");
    }
    if (multi && i > 0) tally(g.multiTurn, toolOk && argsOk);
  });
}

/** Read-only look-ups a model may make on its way (to find an account's id); offline never needs them. */
const LOOKUPS = new Set(["find_accounts"]);

function toolChoiceOk(t: PlayedTurn, e: TurnExpect, names: string[], mode: "offline" | "llm"): boolean {
  if (mode === "llm") {
    // The expected tools in order, and nothing else but look-ups.
    let at = 0;
    for (const n of names) if (at < e.tools.length && n === e.tools[at]) at++;
    const extra = names.filter((n) => !e.tools.includes(n) && !LOOKUPS.has(n));
    return at === e.tools.length && extra.length === 0;
  }
  if (JSON.stringify(names) !== JSON.stringify(e.tools)) return false;
  if (names.length === 0 && mode === "offline" && e.noTool) return reasonOf(t) === e.noTool;
  return true;
}

/**
 * The reply is in the asked language: zh has Chinese of its own; en has no Chinese except names and text quoted
 * from this turn's tool results (a Chinese account name in an English reply is right).
 */
function languageOk(reply: string, tagged: string, want: string, sources: unknown[]): boolean {
  if (tagged !== want) return false;
  const quoted = JSON.stringify(sources);
  const own = (reply.match(CJK_RUN) ?? []).filter((run) => !quoted.includes(run));
  return want === "zh" ? own.length > 0 : own.length === 0;
}

function tally(t: Tally, ok: boolean) {
  t.n++;
  if (ok) t.right++;
}

export function metricsOf(g: Grades, prefix: string, thresholds: Partial<Record<keyof Grades, number>>): EvalMetric[] {
  const NAMES: Record<keyof Grades, string> = {
    toolChoice: "tool choice",
    arguments: "arguments",
    // Read from the tool result the turn produced: the reply says what its tool returned (template consistency).
    // Hand-written facts are graded in agent-conversations.eval.ts.
    facts: "reply states tool result",
    grounding: "grounding",
    language: "language match",
    refusal: "refusal",
    multiTurn: "multi-turn",
  };
  return (Object.keys(NAMES) as (keyof Grades)[])
    .filter((k) => g[k].n > 0)
    .map((k) => ({
      name: `${prefix}${NAMES[k]}`,
      score: g[k].right / g[k].n,
      n: g[k].n,
      threshold: thresholds[k],
    }));
}
