// English notices as people paste them (US legal notices, council resolutions, RFPs, FedBizOpps
// records, UK/Commonwealth invitations). Each field is chosen among candidates by one stated rule:
// a labelled line beats a sentence, a sentence beats the title; within a rank the first one wins.

import type { Money } from "../types";
import { EN_AWARD_IN_BODY, EN_TYPE_CUES } from "./en-notice-cues";
import {
  budgetInProse,
  GOVERNING_BODY,
  numberInProse,
  POINTER,
  pickDeadline,
  pickPhone,
  pointedName,
  splitNumberValue,
  withCompanySuffix,
} from "./pick-en-free-fields";
import { enSentences, readEnLabels, readFboRecord, reflowColumn } from "./read-en-fields";
import { noticeCurrency, readEnMoney } from "./read-en-money-phone";
import { AGENCY_PROSE, AWARD_AMOUNT_PROSE, BUYER_PROSE, NAME_PROSE, NUMBER_PROSE, WINNER_PROSE } from "./read-en-prose";
import { readTitleBlock } from "./read-en-title-block";
import { emptyNotice, type NoticeType, type ParsedNotice } from "./schema";

const KIND_WORDS =
  /\b(?:invitation (?:to|for) (?:bids?|tenders?)|request for \w+|notice (?:to \w+|of \w+|inviting \w+)|call for \w+|legal notice|public notice|advertisement for bids)\b.*$/i;

type Pick = { value: string | null; rank: number };
const better = (a: Pick, value: string | null | undefined, rank: number): Pick =>
  value && rank > a.rank ? { value, rank } : a;
const tidy = (s: string | null | undefined) =>
  s
    ? s
        .replace(/\s+/g, " ")
        .replace(/^the\s+/i, "")
        .replace(/[,.;:\s]+$/, "")
    : null;

function firstMatch(res: RegExp[], sentences: string[]): string | null {
  for (const re of res)
    for (const s of sentences) {
      const value = re.exec(s)?.slice(1).find(Boolean);
      if (value) return value;
    }
  return null;
}

const cue = (text: string | null): NoticeType | null =>
  text ? (EN_TYPE_CUES.find(([re]) => re.test(text))?.[1] ?? null) : null;

/**
 * The kind: the head's wording (title and first sentences) first, then a form's own "type" field, then a
 * motion or resolution awarding a contract anywhere (minutes), then the wording of the first lines of a page.
 */
function classify(head: string, kindLabel: string | null, body: string, formAward: boolean): NoticeType {
  return (
    (formAward ? "award" : null) ??
    cue(head) ??
    cue(kindLabel) ??
    (EN_AWARD_IN_BODY.test(body) ? "award" : null) ??
    cue(body.slice(0, 1500).replace(EN_AWARD_IN_BODY, "")) ??
    "other"
  );
}

/** "$" read as US dollars is the notice's own dollar where it names one ("Contract Value (AUD): $52,000"). */
const localDollars = (m: Money | null, currency: string | null): Money | null =>
  m && m.currency === "USD" && currency && /^(?:AUD|NZD|CAD|SGD|HKD)$/.test(currency) ? { ...m, currency } : m;

/** Parses a free-text English notice; the fields it cannot read stay null. */
export function parseEnFreeNotice(text: string, publishedAt?: string): ParsedNotice {
  const notice = emptyNotice("en");
  const fbo = readFboRecord(text);
  const lines = reflowColumn((fbo ? fbo.lines : text.split("\n")).map((l) => l.trim()).filter(Boolean));
  const body = lines.join("\n");
  const labels = readEnLabels(lines);
  const label = (f: string) => labels.get(f)?.[0] ?? null;
  const sentences = enSentences(body);
  const title = lines[0] && lines[0].length <= 200 && !lines[0].includes(":") ? lines[0] : null;
  const year = Number(publishedAt?.slice(0, 4) ?? /\b(19[5-9]\d|20\d{2})\b/.exec(body)?.[1]) || undefined;
  const head = `${title ?? ""}\n${sentences.slice(0, 3).join(" ")}`.slice(0, 800);
  // a page naming its supplier and the contract's value, with no closing date, reports a contract let (AusTender CN)
  const formAward =
    labels.has("winner") && (labels.has("contractValue") || labels.has("awardAmount")) && !labels.has("deadline");
  notice.type = fbo?.type ?? classify(head, label("noticeKind"), body, formAward);
  const block = readTitleBlock(lines, NUMBER_PROSE);
  const currency = noticeCurrency(body);
  // numeric dates such as 03/04/2026 are read day first where the notice is not in US or Canadian money
  const dayFirst = !!currency && !/^(?:USD|CAD)$/.test(currency);
  notice.publishDate = publishedAt?.slice(0, 10) ?? null;

  let buyer: Pick = { value: null, rank: 0 };
  // "Organisation Chain: Public Works Department||Construction Division III": the chain's head buys
  buyer = better(buyer, label("buyer")?.split("||")[0], 3);
  buyer = better(buyer, firstMatch(BUYER_PROSE, sentences), 2);
  const titleOwner = title ? title.replace(KIND_WORDS, "").trim() : "";
  if (title && titleOwner.length >= 3 && titleOwner !== title) buyer = better(buyer, titleOwner, 1);
  buyer = better(buyer, block.issuer, 1);
  notice.buyer = tidy(buyer.value?.replace(GOVERNING_BODY, ""));
  notice.agency = tidy(label("agency") ?? firstMatch(AGENCY_PROSE, sentences));

  // "Project: Reservoir No. 2 Recoating" shares a label with numbers: a labelled number has a digit in its code
  const number =
    (labels.get("projectNumber") ?? []).map(splitNumberValue).find((n) => n.code && /\d/.test(n.code)) ??
    splitNumberValue(numberInProse(body) ?? "");
  notice.projectNumber = number.code;
  let name: Pick = { value: null, rank: 0 };
  name = better(name, label("projectName"), 3);
  // a heading names the purchase as its issuer titles it; a sentence often adds terms ("…, for 36 months")
  name = better(name, block.name, 2.5);
  const prose = firstMatch(NAME_PROSE, sentences);
  // "… for the following project:" points at the line below instead of naming it
  name = better(name, !prose || POINTER.test(prose) ? pointedName(lines) : prose, 2);
  // a page whose only name is a short description line ("Description: ICT service desk support")
  const description = label("description");
  if (description && description.length <= 80 && !/[.!?]\s/.test(description)) name = better(name, description, 0.5);
  name = better(name, number.rest, 1.5);
  // "Student Transportation Services, Bid #2026-07": the number after a name is the number, not the name
  notice.projectName = tidy(tidy(name.value)?.replace(new RegExp(`,?\\s*${NUMBER_PROSE.source}$`, "i"), ""));
  notice.items = notice.projectName ? [notice.projectName] : [];

  const deadlineLabel = [label("deadline"), label("deadlineTime")].filter(Boolean).join(" ") || null;
  if (notice.type !== "award")
    notice.deadline =
      pickDeadline(deadlineLabel, sentences, { year, dayFirst }, fbo?.respDate) ??
      pickDeadline(label("bidOpening"), [], { year, dayFirst });
  const award = notice.type === "award";
  notice.budget =
    readEnMoney(label("budget"), currency) ??
    (award ? null : readEnMoney(label("contractValue"), currency)) ??
    budgetInProse(sentences);
  notice.budget = localDollars(notice.budget, currency);
  if (award) {
    // "Acme Pump Co, 123 Main St, Norfolk VA": a labelled awardee may carry its street address
    const winner = label("winner")?.replace(/,\s*\d.*$/, "") ?? firstMatch([WINNER_PROSE], sentences);
    notice.winner = tidy(winner ? withCompanySuffix(winner, body) : null);
    const amount = label("awardAmount") ?? label("contractValue") ?? firstMatch([AWARD_AMOUNT_PROSE], sentences);
    notice.awardAmount = localDollars(readEnMoney(amount, currency), currency);
    notice.awardStage = "final";
  }
  notice.contactPhone = pickPhone(labels.get("contactPhone") ?? [], sentences);
  return notice;
}
