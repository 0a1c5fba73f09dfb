// English notices as people paste them (US legal notices, council resolutions, RFPs, FedBizOpps
// records, UK/Commonwealth invitations). Each field is chosen among candidates by one stated rule:
// a labelled line beats a sentence, a sentence beats the title; within a rank the first one wins.
import { EN_AWARD_IN_BODY, EN_TYPE_CUES } from "./en-notice-cues";
import { readEnDateTime } from "./read-en-date-time";
import { enSentences, readEnLabels, readFboRecord } from "./read-en-fields";
import { noticeCurrency, readEnMoney, readEnPhones, readLabelledPhone } from "./read-en-money-phone";
import {
  AGENCY_PROSE,
  AWARD_AMOUNT_PROSE,
  BUDGET_PROSE,
  BUYER_PROSE,
  DEADLINE_PROSE,
  NAME_PROSE,
  NOT_DEADLINE,
  NUMBER_PROSE,
  WINNER_PROSE,
} from "./read-en-prose";
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
function classify(head: string, kindLabel: string | null, body: string): NoticeType {
  return (
    cue(head) ??
    cue(kindLabel) ??
    (EN_AWARD_IN_BODY.test(body) ? "award" : null) ??
    cue(body.slice(0, 1500).replace(EN_AWARD_IN_BODY, "")) ??
    "other"
  );
}

/** Parses a free-text English notice; the fields it cannot read stay null. */
export function parseEnFreeNotice(text: string, publishedAt?: string): ParsedNotice {
  const notice = emptyNotice("en");
  const fbo = readFboRecord(text);
  const lines = (fbo ? fbo.lines : text.split("\n")).map((l) => l.trim()).filter(Boolean);
  const body = lines.join("\n");
  const labels = readEnLabels(lines);
  const label = (f: string) => labels.get(f)?.[0] ?? null;
  const sentences = enSentences(body);
  const title = lines[0] && lines[0].length <= 200 && !lines[0].includes(":") ? lines[0] : null;
  const year = Number(publishedAt?.slice(0, 4) ?? /\b(19[5-9]\d|20\d{2})\b/.exec(body)?.[1]) || undefined;
  const head = `${title ?? ""}\n${sentences.slice(0, 3).join(" ")}`.slice(0, 800);
  notice.type = fbo?.type ?? classify(head, label("noticeKind"), body);
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
  notice.buyer = tidy(buyer.value);
  notice.agency = tidy(label("agency") ?? firstMatch(AGENCY_PROSE, sentences));

  let name: Pick = { value: null, rank: 0 };
  name = better(name, label("projectName"), 3);
  // a heading names the purchase as its issuer titles it; a sentence often adds terms ("…, for 36 months")
  name = better(name, block.name, 2.5);
  const prose = firstMatch(NAME_PROSE, sentences);
  // "… for the following project:" points at the line below instead of naming it
  name = better(name, !prose || POINTER.test(prose) ? pointedName(lines) : prose, 2);
  // "Student Transportation Services, Bid #2026-07": the number after a name is the number, not the name
  notice.projectName = tidy(tidy(name.value)?.replace(new RegExp(`,?\\s*${NUMBER_PROSE.source}$`, "i"), ""));
  notice.items = notice.projectName ? [notice.projectName] : [];
  const number = label("projectNumber") ?? NUMBER_PROSE.exec(body)?.[1] ?? null;
  notice.projectNumber = number ? (/^[\w\-/.]{2,40}/.exec(number.trim())?.[0] ?? null) : null;

  const deadlineLabel = [label("deadline"), label("deadlineTime")].filter(Boolean).join(" ") || null;
  if (notice.type !== "award")
    notice.deadline = pickDeadline(deadlineLabel, sentences, { year, dayFirst }, fbo?.respDate);
  const award = notice.type === "award";
  notice.budget =
    readEnMoney(label("budget"), currency) ??
    (award ? null : readEnMoney(label("contractValue"), currency)) ??
    budgetInProse(sentences);
  if (award) {
    // "Acme Pump Co, 123 Main St, Norfolk VA": a labelled awardee may carry its street address
    notice.winner = tidy(label("winner")?.replace(/,\s*\d.*$/, "") ?? firstMatch([WINNER_PROSE], sentences));
    const amount = label("awardAmount") ?? label("contractValue") ?? firstMatch([AWARD_AMOUNT_PROSE], sentences);
    notice.awardAmount = readEnMoney(amount, currency);
    notice.awardStage = "final";
  }
  notice.contactPhone = pickPhone(labels.get("contactPhone") ?? [], sentences);
  return notice;
}

const POINTER = /^(?:the )?(?:following|above|below)\b/i;

/** The first plain line after a sentence saying "the following project(s)": not a label, number or sentence. */
function pointedName(lines: string[]): string | null {
  const at = lines.findIndex((l) => /\bthe following (?:projects?|works?|contracts?)\b/i.test(l));
  if (at < 0) return null;
  return (
    lines
      .slice(at + 1, at + 6)
      .find((l) => l.length <= 160 && !/^[^:]{1,40}:/.test(l) && !/\bNo\.?\s*\d/.test(l) && !/[.!?]$/.test(l)) ?? null
  );
}

function pickDeadline(
  labelled: string | null,
  sentences: string[],
  { year, dayFirst }: { year?: number; dayFirst: boolean },
  respDate?: string | null,
): string | null {
  const fromLabel = labelled ? readEnDateTime(labelled, year, dayFirst) : null;
  if (fromLabel) return fromLabel;
  for (const s of sentences) {
    const m = DEADLINE_PROSE.exec(s);
    if (!m || (NOT_DEADLINE.test(s) && !/\b(?:due|received|no later than|until|deadline)\b/i.test(s))) continue;
    const t = readEnDateTime(s.slice(m.index), year, dayFirst);
    if (t) return t;
  }
  return respDate ? `${respDate}T00:00` : null;
}

function budgetInProse(sentences: string[]) {
  for (const s of sentences) {
    const m = BUDGET_PROSE.exec(s);
    const money = m ? readEnMoney(s.slice(m.index, m.index + m[0].length + 30)) : null;
    if (money) return money;
  }
  return null;
}

/** A labelled contact line's phone first, then one in a sentence (those saying to call first); never a fax. */
function pickPhone(labelled: string[], sentences: string[]): string | null {
  for (const v of labelled) {
    const p = readLabelledPhone(v);
    if (p) return p;
  }
  // a sentence that says to call or contact first, then any sentence ("questions … to J. Doe at (208) …")
  const cued = sentences.filter((s) =>
    /\b(?:contact|call|phone|telephone|tel|questions|inquiries|information)\b/i.test(s),
  );
  for (const s of [...cued, ...sentences]) {
    const p = readEnPhones(s)[0];
    if (p) return p;
  }
  return null;
}
