// Grades one played conversation turn against its hand-written expectation. Nothing expected is read from a tool
// result: accounts are compared by their exact names (looked up to ids), text by what the case author wrote.
import type { TurnResponse } from "../src/agent/runtime";
import type { Want } from "./cases/conversation-types";

export type TurnGrade = {
  handled: boolean;
  wrongAccount: boolean;
  language: boolean;
  codesFree: boolean;
  problems: string[];
};

type Call = { name: string; args: Record<string, unknown> };

const CJK_RUN = /[\u3400-\u9fff]+/g;
/** Codes and machine formats a person must never read: snake_case codes, ISO timestamps, tool names. */
const CODE = /\b[a-z]+_[a-z_]+\b|\d{4}-\d{2}-\d{2}T\d{2}|\bmid-high\b/;
/** An English sentence (four English words in a row) inside a Chinese reply. */
const EN_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3,}/;
/** A lowercase English word inside a Chinese reply ("合作阶段「dormant」"): a code a person should read in words. */
const EN_WORD = /(?<![A-Za-z.@/-])[a-z]{4,}(?![A-Za-z.@/-])/;
/** Addresses and links, which keep their Latin letters in any language. */
const ADDRESS = /\S+@\S+|https?:\/\/\S+/g;

function callsOf(r: TurnResponse): Call[] {
  const confirm = r.reply.cards.find((c) => c.kind === "confirm") as
    | { data: { tool: string; args: Call["args"] } }
    | undefined;
  const calls = r.toolCalls.map((c) => ({ name: c.name, args: (c.args ?? {}) as Call["args"] }));
  return confirm ? [...calls, { name: confirm.data.tool, args: confirm.data.args }] : calls;
}

/** What a person reads: the text, the confirm summary, the question and options of a choices card. */
export function readableText(r: TurnResponse): string {
  const parts = [r.reply.text];
  for (const card of r.reply.cards as { kind: string; data: Record<string, unknown> }[]) {
    if (card.kind === "confirm") parts.push(String(card.data.summary ?? ""));
    if (card.kind === "choices") {
      parts.push(String(card.data.question ?? ""));
      for (const o of (card.data.options as { label: string }[]) ?? []) parts.push(o.label);
    }
  }
  return parts.join("\n");
}

function accountIdsOf(calls: Call[]): string[] {
  return calls.flatMap((c) =>
    [c.args.accountId, ...((c.args.accountIds as unknown[]) ?? [])].filter((x): x is string => typeof x === "string"),
  );
}

/** Tools whose result is a list of accounts (`items[].id`). */
const LIST_TOOLS = [
  "find_accounts",
  "at_risk_accounts",
  "stale_accounts",
  "competitor_deals",
  "find_deals",
  "receivables",
  "tender_matches",
];

/**
 * The accounts the turn's list tools showed (an account list's ids, or the accounts of a list of deals or tenders),
 * and those of the deals a forecast lists as closing in the period asked about.
 */
function listedIdsOf(r: TurnResponse): string[] {
  type Listed = { items?: { id?: unknown; accountId?: unknown }[]; closing?: { accountId?: unknown }[] } | null;
  const listed = (c: TurnResponse["toolCalls"][number]) =>
    LIST_TOOLS.includes(c.name)
      ? ((c.result as Listed)?.items ?? []).map((i) => i.accountId ?? i.id)
      : c.name === "forecast"
        ? ((c.result as Listed)?.closing ?? []).map((i) => i.accountId)
        : [];
  return r.toolCalls.flatMap(listed).filter((id): id is string => typeof id === "string");
}

/** A turn about more accounts than this names a scope (the accounts a list may show), not its subjects. */
const MAX_SUBJECTS = 4;

export function gradeTurn(
  r: TurnResponse,
  want: Want,
  lang: "zh" | "en",
  ids: Map<string, string>,
  quoted: string[],
  message = "",
): TurnGrade {
  const problems: string[] = [];
  const calls = callsOf(r);
  const names = calls.map((c) => c.name);
  const tools = want.tool === undefined ? [] : Array.isArray(want.tool) ? want.tool : [want.tool];
  if (tools.length > 0) {
    const ok = tools.includes("none")
      ? names.length === 0 || names.some((n) => tools.includes(n))
      : names.some((n) => tools.includes(n));
    if (!ok) problems.push(`tools ${JSON.stringify(names)} want ${JSON.stringify(tools)}`);
  }
  let wrongAccount = false;
  if (want.acc) {
    const expected = new Set(want.acc.map((n) => ids.get(n) ?? `missing:${n}`));
    const used = accountIdsOf(calls);
    const strangers = used.filter((id) => !expected.has(id));
    if (strangers.length > 0) {
      wrongAccount = true;
      const byId = new Map([...ids].map(([n, id]) => [id, n]));
      problems.push(`WRONG ACCOUNT ${strangers.map((id) => byId.get(id) ?? id).join(", ")}`);
    }
    // A turn that wants a question back (card "choices") uses no tool: its acc are the accounts the choices offer.
    // More than a few accounts is the scope a list may show (a rep's whole book), not the account asked about.
    const about = want.acc.length > 0 && want.acc.length <= MAX_SUBJECTS;
    // A list answers about the accounts it shows ("马尾那边的客户都有哪些" listing the two there): one of the subjects
    // shown counts as used. Others a list shows are its scope, never counted as a wrong account.
    const shown = listedIdsOf(r).some((id) => expected.has(id));
    if (about && !tools.includes("none") && want.card !== "choices" && used.length === 0 && !shown)
      problems.push("no account used");
  }
  // Letters are compared without case: "CNY 300k" says "300K", and "Not found" is "not found".
  const text = readableText(r);
  const lower = text.toLowerCase();
  const says = (s: string) => lower.includes(s.toLowerCase());
  const amounts = amountsIn(text);
  for (const h of want.has ?? [])
    if (!h.split("|").some(says) && !saysAmount(h, amounts)) problems.push(`missing ${JSON.stringify(h)}`);
  for (const n of want.not ?? []) if (says(n)) problems.push(`contains ${JSON.stringify(n)}`);
  if (want.card && !r.reply.cards.some((c) => c.kind === want.card)) problems.push(`no ${want.card} card`);
  if (want.args) {
    const call = calls.findLast((c) => tools.includes(c.name));
    for (const [k, v] of Object.entries(want.args))
      if (JSON.stringify(call?.args[k]) !== JSON.stringify(v))
        problems.push(`arg ${k}=${JSON.stringify(call?.args[k])} want ${JSON.stringify(v)}`);
  }
  const wantLang = want.lang ?? lang;
  const quotedText = quoted.join("\n");
  const own = (text.match(CJK_RUN) ?? []).filter((run) => !quotedText.includes(run));
  const language = r.reply.language === wantLang && (wantLang === "zh" ? own.length > 0 : own.length === 0);
  if (!language) problems.push(`language ${r.reply.language} want ${wantLang}`);
  // A lowercase word the user typed is theirs to read back ("给何静怡打电话约demo" → 添加行动「…约demo」), never a code.
  const typed = new Set(message.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const plain = stripNames(text, quoted)
    .replace(ADDRESS, " ")
    .replace(/[a-z]{4,}/g, (w) => (typed.has(w) ? " " : w));
  const codesFree = !CODE.test(text) && !(wantLang === "zh" && (EN_SENTENCE.test(plain) || EN_WORD.test(plain)));
  if (!codesFree) problems.push(`code or foreign sentence in ${JSON.stringify(text.slice(0, 100))}`);
  return {
    handled: problems.length === 0 || (problems.length === 1 && !codesFree),
    wrongAccount,
    language,
    codesFree,
    problems,
  };
}

/** English names (Hengtai Pharma, East China Medical Group) are not sentences. */
/** An amount written as money ("90万", "900,000", "0.9M", "900k"): its value in yuan, else null. */
function amountValue(written: string): number | null {
  const m = written.trim().match(/^(\d[\d,]*(?:\.\d+)?)\s*(亿|万|[MmKk])?(元)?$/);
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ""));
  const unit = m[2];
  // A bare number counts only when grouped or long enough to be money (not "12" of a date or a count).
  if (!unit && !/,/.test(m[1]) && n < 10_000) return null;
  const times =
    unit === "亿"
      ? 1e8
      : unit === "万"
        ? 1e4
        : unit === "M" || unit === "m"
          ? 1e6
          : unit === "K" || unit === "k"
            ? 1e3
            : 1;
  return Math.round(n * times);
}

/** Every amount the reply writes, as values: "CNY 900k" and "90万元" both 900000. */
function amountsIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?\s*(?:亿|万|[MmKk](?![a-z]))?/g)) {
    const v = amountValue(m[0]);
    if (v !== null) out.add(v);
  }
  return out;
}

/**
 * A wanted amount written another way than the case's alternatives list ("900,000|0.9M|90万" when the reply says
 * "CNY 900k"): the same money is the same fact. Only groups whose alternatives are amounts count.
 */
function saysAmount(group: string, amounts: Set<number>): boolean {
  const values = group.split("|").map(amountValue);
  if (values.some((v) => v === null)) return false;
  return values.some((v) => amounts.has(v as number));
}

function stripNames(text: string, quoted: string[]): string {
  // Data recorded in English and shown as recorded (a deal called "Meridian LC-MS/MS capacity expansion", a title
  // "Procurement Manager", a note "Cynthia asked for a quote"): a run of words printed verbatim in a tool result.
  // A lone lowercase word stays: that is how a code leaks ("合作阶段「dormant」"). Runs go first: a name taken out of
  // a quoted note ("Park Ji-woo says …") would leave its other words behind as lone words.
  const all = quoted.join("\n");
  // A note quoted whole (“…”) as the tool result holds it is the record, lone lowercase words and all ("要demo").
  let out = text.replace(/“([^”]{2,})”/g, (whole, inner: string) => (all.includes(inner) ? " " : whole));
  out = out.replace(LATIN_RUN, (run) => (/\s|[A-Z]/.test(run) && all.includes(run) ? " " : run));
  for (const q of quoted) if (/[A-Za-z]/.test(q) && q.length > 3) out = out.split(q).join(" ");
  return out;
}

/** Latin words in a row, with the punctuation names and titles carry (Pte. Ltd., LC-MS/MS, O'Brien). */
const LATIN_RUN = /[A-Za-z][\w.&'/-]*(?: [A-Za-z0-9][\w.&'/-]*)*/g;
