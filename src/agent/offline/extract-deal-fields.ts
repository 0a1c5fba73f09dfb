import type { Stage } from "../../engine/types";
import { parseAmount } from "./parse-amount";
import { type CloseDate, readCloseDate } from "./read-close-date";
import type { Entities } from "./types";

/** What a deal update says: each field only when the message says it. */
export type DealEntities = {
  amount?: number;
  close?: CloseDate;
  stage?: Stage;
  competitor?: string;
  nextStep?: string;
  /** Words of the deal's name ("DR", "内镜中心"), when the message names one. */
  dealHint?: string;
  /** "金额降到240万" / "cut to 2.4M": the amount went down (or up), which tells apart deals above and below it. */
  amountChange?: "down" | "up";
  /** The name the update is about when it is none of the user's accounts ("Tasman slipped", "麦香园那单"). */
  unnamed?: string;
};

// The subject of an update that matched no account: a capitalised name before the verb, a name before 那单.
const SUBJECT_EN =
  /^\s*(?:the\s+)?([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})(?:'s)?\s+(?:deal\s+|opp\s+|opportunity\s+)?(?:slipped|slips|slid|is now|deal|opp|opportunity|project|pushed|moved|closed|won|lost)\b|\b(?:mark|the)\s+(?:the\s+)?([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})\s+(?:deal|opp|opportunity)\b/;
const SUBJECT_ZH =
  /^\s*(?:把|将)?\s*([\u4e00-\u9fa5A-Za-z]{2,14}?)(?:的|那边的?)?(?:那单|那个单子?|这单|单子|项目|商机|那个项目)/;
const NOT_SUBJECT = /^(那|这|它|该|我|我们|咱|他|她|Mark|The|This|That|Our|My|Deal|It)/;

const NEXT_STEP = /下一步\s*(?:是|：|:|改为|改成|就是|要)\s*[:：]?\s*(.+)$|\bnext steps?\s*(?::|is|=|-)\s*(.+)$/i;
const LOST = /丢了|输了|黄了|没戏了|没拿下|没中|落标|丢单|输单|已丢|输给|败给|丢给|\blost\b|closed[- ]lost/i;
const WON = /赢了|拿下了|签了|签下来了|签约了|中标了|成交了|赢单|已赢|搞定了|\bwon\b|closed[- ]won/i;
const STAGE_WORDS: [RegExp, Stage][] = [
  [/商务谈判|谈判|\bnegotiation\b/i, "negotiation"],
  [/报价|投标|\bproposal\b/i, "proposal"],
  [/方案|\bsolution\b/i, "solution"],
  [/需求确认|\bqualified\b/i, "qualified"],
  [/线索|\blead\b/i, "lead"],
];
const STAGE_SAID =
  /(阶段|推进到|进入|进到|到了|推到|改为|改成)\s*了?\s*\S{0,2}(线索|需求确认|方案|报价|投标|商务谈判|谈判)|(推进到|进入|进到|到了|推到|改为|改成)\s*了?\s*(negotiation|proposal|qualified|solution|lead)\b|\bnow (at|in) (the )?(negotiation|proposal|qualified|solution)\b|\b(negotiation|proposal|qualified|solution) stage\b|(线索|需求确认|方案|报价|投标|商务谈判|谈判)阶段了|(到|进)了?(商务谈判|谈判|报价|投标)了|\b(stage|moved?|advanced?|pushed?|bump(ed)?|now in|into)\b.{0,40}\b(negotiation|proposal|qualified|solution|lead)\b|\bto (the )?(negotiation|proposal|qualified|solution|lead) stage\b|(->|→|=>|>>)\s*(negotiation|proposal|qualified|solution|lead)\b|\b(is|are) (in|at) (the )?(negotiation|proposal|qualified|solution)( stage)? now\b/i;
const RIVAL_ZH = /(?:输给|败给|丢给)了?\s*([^\s，,。.!！;；◆]{2,12}?)(?:了|的|啦)?(?=[\s，,。.!！;；]|$)/;
const RIVAL_EN =
  /\b[Ll]ost\b.{0,40}?\bto\s+(?!(?:them|us|him|her|a|an|the|another|someone)\b)([A-Za-z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})/;
const AMOUNT_DOWN = /(降|减|砍|压|少|缩|下调)(到|至|为|成)|\b(cut|reduced|lowered|dropped|down)\s+to\b/i;
const AMOUNT_UP = /(涨|提|加|增|升|上调|提高|追加)(到|至|为|成)|\b(raised|increased|up|bumped|grew)\s+to\b/i;
const HINT_QUOTED = /[「“"']([^」”"']{2,40})[」”"']/;
const HINT_ZH = /◆\s*的?\s*([A-Za-z0-9\u4e00-\u9fa5 ]{1,10}?)\s*(?:那个|这个|那|这)?(?:单子|单|项目|商机)/;
const HINT_EN = /\b(?:the\s+)?(?:◆\s*(?:'s\s+)?)?([A-Za-z0-9][\w ]{1,28}?)\s+(?:deal|opportunity|opp|project)\b/i;
const NOT_HINT = /^(the|that|this|a|an|our|my|whole|big|its|their|那|这|那个|这个|个|的|它|他们|own|new|same)$/i;

/** The number a deal's amount is set to, written without a unit: "金额改300", "amount to 600,000". */
const BARE_AMOUNT =
  /(?:金额|报价|合同额|总价|单值|\bamount|\bvalue|\bsize)\s*(?:改|调|变|更新|是|is|to|now|=|:)?\s*(?:成|为|到|now|to)?\s*(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\s*(?:%|个|家|天|月|号|日))/i;

/**
 * A deal's amount without a unit: grouped digits or five and more are yuan ("600,000"); a small number said in
 * Chinese is 万, as amounts are talked about (金额改300 is 300万); a small English one means nothing sure.
 */
function bareDealAmount(text: string): { amount: number; currency: "CNY" } | undefined {
  const m = text.match(BARE_AMOUNT);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ""));
  if (!Number.isFinite(n) || n <= 0) return undefined;
  if (m[1].includes(",") || n >= 10_000) return { amount: Math.round(n), currency: "CNY" };
  return /[\u4e00-\u9fff]/.test(m[0]) ? { amount: Math.round(n * 10_000), currency: "CNY" } : undefined;
}

/** Reads a deal update: the amount, close date, stage, competitor, next step and which deal; only what is said. */
export function extractDealFields(masked: string, now: string, knownRival?: string): DealEntities {
  const out: DealEntities = {};
  const next = masked.match(NEXT_STEP);
  // The next step is free text: its words ("by Friday", "报价") are not read as the deal's own fields.
  const head = next ? masked.slice(0, next.index) : masked;
  const nextStep = (next?.[1] ?? next?.[2])?.trim().replace(/[。.!！]+$/, "");
  if (nextStep) out.nextStep = nextStep.replace(/◆/g, "").trim() || undefined;
  const amount = parseAmount(head) ?? bareDealAmount(head);
  if (amount && amount.currency === "CNY") {
    out.amount = amount.amount;
    if (AMOUNT_DOWN.test(head)) out.amountChange = "down";
    else if (AMOUNT_UP.test(head)) out.amountChange = "up";
  }
  const close = readCloseDate(head, now);
  if (close) out.close = close;
  if (LOST.test(head)) out.stage = "lost";
  else if (WON.test(head)) out.stage = "won";
  else if (STAGE_SAID.test(head))
    out.stage = STAGE_WORDS.find(([re]) => re.test(head.match(STAGE_SAID)?.[0] ?? ""))?.[1];
  if (out.stage === "lost") {
    const said = head.match(RIVAL_ZH)?.[1] ?? head.match(RIVAL_EN)?.[1];
    const rival = knownRival ?? (said && !said.includes("◆") ? said.trim() : undefined);
    if (rival) out.competitor = rival;
  }
  const hint = dealHint(head);
  if (hint) out.dealHint = hint;
  const m = head.match(SUBJECT_EN) ?? head.match(SUBJECT_ZH);
  const subject = (m?.[1] ?? m?.[2])?.trim();
  // A product's letters ("the HIS deal", "DR那单") name a deal, not an account: the tool asks if none fits.
  const product = subject && /^[A-Z0-9]{2,5}$/.test(subject);
  if (subject && !product && !subject.includes("◆") && !NOT_SUBJECT.test(subject)) out.unnamed = subject;
  return out;
}

function dealHint(text: string): string | undefined {
  const said = text.match(HINT_QUOTED)?.[1] ?? text.match(HINT_ZH)?.[1] ?? text.match(HINT_EN)?.[1];
  const hint = said?.replace(/^(the|that|this)\s+/i, "").trim();
  return hint && !NOT_HINT.test(hint) && !hint.includes("◆") ? hint : undefined;
}

/**
 * Puts a deal update's fields on the entities. "Tasman slipped", "麦香园那单…": a name that is none of the user's
 * accounts is reported, never replaced by the account talked about before.
 */
export function withDealFields(e: Entities, masked: string, now: string, rival: string | undefined, named: boolean) {
  e.deal = extractDealFields(masked, now, rival);
  if (!e.deal.unnamed || named) return;
  e.unresolvedNames = [...new Set([...(e.unresolvedNames ?? []), e.deal.unnamed])];
  e.accountIds = [];
}
