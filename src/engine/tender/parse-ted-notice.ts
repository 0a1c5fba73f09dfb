import type { Money } from "../types";
import { classifyEnglishNotice } from "./classify-notice";
import { roundCents } from "./parse-money";
import { emptyNotice, type Lot, type ParsedNotice } from "./schema";

type Block = { name: string; lines: string[] };

/** Splits a TED rendering into its sections ("Section I: Contracting authority", …, one per award). */
function sections(lines: string[]): Block[] {
  const blocks: Block[] = [{ name: "head", lines: [] }];
  for (const line of lines) {
    if (/^Section [IVX]+:/.test(line)) blocks.push({ name: line, lines: [] });
    else blocks[blocks.length - 1].lines.push(line);
  }
  return blocks;
}

function value(lines: string[], label: string): string | null {
  const prefix = `${label}:`;
  const line = lines.find((l) => l.startsWith(prefix));
  return line ? line.slice(prefix.length).trim() || null : null;
}

/** The line after a bare `Label:` line ("Title:" then the title). */
function nextLine(lines: string[], label: string): string | null {
  const i = lines.indexOf(`${label}:`);
  return i >= 0 ? (lines[i + 1] ?? null) : null;
}

function money(text: string | null, currency?: string): Money | null {
  if (!text) return null;
  const m = /([\d][\d,. ]*\d|\d)\s*([A-Z]{3})?/.exec(text);
  if (!m) return null;
  const amount = Number(m[1].replace(/[, ]/g, ""));
  const cur = m[2] ?? currency ?? /\(currency: ([A-Z]{3})\)/.exec(text)?.[1];
  return Number.isFinite(amount) && cur ? { amount: roundCents(amount), currency: cur } : null;
}

/** "Total value …: 4500000.00 NOK" or "Total value … (currency: EUR):" followed by "Lowest offer: …". */
function totalValue(lines: string[], label: RegExp): Money | null {
  const i = lines.findIndex((l) => label.test(l));
  if (i < 0) return null;
  const inline = money(lines[i].replace(label, "").replace(/^[^:]*:/, ""));
  if (inline) return inline;
  const currency = /\(currency: ([A-Z]{3})\)/.exec(lines[i])?.[1];
  const lowest = lines.slice(i + 1, i + 3).find((l) => /^(Lowest offer|Value):/.test(l));
  return lowest ? money(lowest.split(":")[1], currency) : null;
}

/**
 * A date under a label: on its line ("…: 2020-05-04") or, in the printed form, on the "Date: 14/05/2026" line below,
 * with "Local time: 12:00" after it.
 */
function dateTime(lines: string[], label: RegExp): string | null {
  const i = lines.findIndex((l) => label.test(l));
  if (i < 0) return null;
  const near = lines.slice(i, i + 3);
  const at = near.findIndex((l) => /\d{4}-\d{2}-\d{2}|\b\d{2}\/\d{2}\/\d{4}\b/.test(l));
  if (at < 0) return null;
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(near[at])?.[1];
  const dmy = /\b(\d{2})\/(\d{2})\/(\d{4})\b/.exec(near[at]);
  const date = iso ?? (dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null);
  const time = /^Local time: (\d{1,2}):(\d{2})/.exec(lines[i + at + 1] ?? "");
  if (!date) return null;
  return `${date}T${time ? `${time[1].padStart(2, "0")}:${time[2]}` : "00:00"}`;
}

// "II.1.1) Title: …", "V.2.3) Name and address of the contractor": the printed form numbers its labels
const FORM_NUMBER = /^[IVX]+(?:\.\d+)*\)\s*/;

/** Parses an EU TED notice rendered as `Label: value` text in section layout. */
export function parseTedNotice(text: string, publishedAt?: string): ParsedNotice {
  const lines = text.split("\n").map((l) => l.trim().replace(FORM_NUMBER, ""));
  const notice = emptyNotice("en");
  const blocks = sections(lines);
  const find = (re: RegExp) => blocks.filter((b) => re.test(b.name));
  const authority = find(/^Section I:/)[0]?.lines ?? lines;
  const object = find(/^Section II:/)[0]?.lines ?? [];
  const procedure = find(/^Section IV:/)[0]?.lines ?? [];
  const awards = find(/^Section V:/).map((b) => b.lines);
  notice.type = classifyEnglishNotice(text);
  notice.noticeNumber = lines.find((l) => /^\d{4}\/S \d{3}-\d{6}$/.test(l)) ?? null;
  const published = value(lines, "Date of publication");
  notice.publishDate = published
    ? `${published.slice(0, 4)}-${published.slice(4, 6)}-${published.slice(6, 8)}`
    : (publishedAt?.slice(0, 10) ?? null);
  notice.buyer = value(authority, "Official name");
  notice.contactPhone = value(authority, "Telephone");
  notice.contactEmail = value(authority, "E-mail");
  const nuts = value(authority, "NUTS code");
  const town = value(authority, "Town");
  notice.region = [nuts, town].filter(Boolean).join(" ") || null;
  notice.projectName = value(object, "Title") ?? nextLine(object, "Title");
  notice.projectNumber = value(object, "Reference number");
  notice.cpv = [
    value(object, "Main CPV code"),
    ...object.filter((l) => l.startsWith("Additional CPV code(s):")).map((l) => l.split(":")[1].trim()),
  ].filter((c, i, all): c is string => !!c && all.indexOf(c) === i);
  notice.items = notice.projectName ? [notice.projectName] : [];
  notice.budget = money(
    value(object, "Estimated total value") ??
      value(object, "Value excluding VAT") ??
      value(object, "Estimated value excluding VAT"),
  );
  notice.deadline = dateTime(procedure, /^Time limit for receipt of tenders/);
  notice.openingTime = dateTime(procedure, /^Conditions for opening of tenders/);
  notice.procurementMethod = value(procedure, "Type of procedure");
  const start = value(object, "Start");
  const end = value(object, "End");
  if (start || end) notice.contractPeriod = `${start ?? ""}/${end ?? ""}`;
  notice.contractEnd = end;
  notice.lots = tedLots(object);
  if (!notice.budget && notice.type !== "award") notice.budget = sumLotEstimates(object);
  if (notice.type === "correction") notice.deadline = correctedDeadline(lines) ?? notice.deadline;
  if (awards.length) applyAwards(notice, object, awards);
  return notice;
}

/** Without a total, a tender's budget is the sum of its lots' "Estimated value" lines. */
function sumLotEstimates(object: string[]): Money | null {
  const values = object.filter((l) => l.startsWith("Estimated value:")).map((l) => money(l.slice(16)));
  if (!values.length || values.some((v) => !v)) return null;
  const first = values[0]!;
  if (values.some((v) => v!.currency !== first.currency)) return null;
  return { amount: roundCents(values.reduce((s, v) => s + v!.amount, 0)), currency: first.currency };
}

/** A corrigendum's new time limit: the date after "Read:" (the old one follows "Instead of:"). */
function correctedDeadline(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (!/^(Read|New value)\b/i.test(lines[i])) continue;
    const near = lines.slice(i, i + 4);
    const at = near.findIndex((l) => /\d{4}-\d{2}-\d{2}/.test(l));
    if (at < 0) continue;
    const date = /(\d{4}-\d{2}-\d{2})/.exec(near[at])![1];
    const time = /(\d{1,2}):(\d{2})/.exec(near.slice(at).join(" ").replace(date, ""));
    return `${date}T${time ? `${time[1].padStart(2, "0")}:${time[2]}` : "00:00"}`;
  }
  return null;
}

function tedLots(object: string[]): Lot[] {
  const lots: Lot[] = [];
  object.forEach((line, i) => {
    const m = /^Lot No: (.+)$/.exec(line);
    if (m && m[1] !== "N/A")
      lots.push({ lot: m[1], name: object[i - 1] ?? null, budget: null, winner: null, awardAmount: null });
  });
  return lots;
}

function applyAwards(notice: ParsedNotice, object: string[], awards: string[][]): void {
  const lots: Lot[] = [];
  for (const a of awards) {
    const at = a.findIndex((l) => /^Name and address of the contractor/.test(l));
    const winner = at >= 0 ? value(a.slice(at), "Official name") : null;
    const award = totalValue(a, /^Total value of the contract\/lot/);
    const estimate = money(value(a, "Initial estimated total value of the contract/lot"));
    lots.push({
      lot: value(a, "Contract No"),
      name: nextLine(a, "Title"),
      budget: estimate,
      winner,
      awardAmount: award,
    });
  }
  notice.lots = lots;
  const winners = lots.map((l) => l.winner).filter((w): w is string => !!w);
  notice.winner = winners.length === 0 ? null : winners.length === 1 ? winners[0] : winners;
  const total = totalValue(object, /^Total value of the procurement/);
  const amounts = lots.map((l) => l.awardAmount).filter((m): m is Money => !!m);
  notice.awardAmount = total ?? (amounts.length === 1 ? amounts[0] : amounts.length ? amounts : null);
  // a single contract's initial estimate is the notice's budget; several are per-lot estimates only
  if (!notice.budget && lots.length === 1) notice.budget = lots[0].budget;
  notice.awardStage = "final";
}
