import type { Money } from "../types";
import { roundCents } from "./parse-money";
import { emptyNotice, type NoticeType, type ParsedNotice } from "./schema";

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

function money(v: unknown): Money | null {
  const m = obj(v);
  return typeof m.amount === "number" && typeof m.currency === "string"
    ? { amount: roundCents(m.amount), currency: m.currency }
    : null;
}

/** OCDS times are ISO with a zone; the contract wants the wall-clock time as published. */
function localTime(v: unknown): string | null {
  const s = str(v);
  return s && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) ? s.slice(0, 16) : null;
}

function typeOf(tags: unknown[]): NoticeType {
  const t = tags.map(String);
  if (t.some((x) => /award|contract/.test(x))) return "award";
  if (t.some((x) => /Amendment|Update|Cancellation/.test(x))) return "correction";
  if (t.includes("planning")) return "intention";
  if (t.includes("tender")) return "tender";
  return "other";
}

function budgetOf(release: Json, tender: Json): Money | null {
  const direct = money(tender.value) ?? money(obj(obj(release.planning).budget).amount);
  if (direct) return direct;
  const parts = arr(obj(obj(release.planning).budget).budgetBreakdown)
    .map((b) => money(obj(b).amount))
    .filter((m): m is Money => !!m);
  if (!parts.length) return null;
  return { amount: roundCents(parts.reduce((s, m) => s + m.amount, 0)), currency: parts[0].currency };
}

/** Parses a Contracts Finder (or any OCDS) release; null when the JSON is not an OCDS release. */
export function parseOcdsNotice(raw: string): ParsedNotice | null {
  let release: Json;
  try {
    release = obj(JSON.parse(raw));
  } catch {
    return null;
  }
  // a release package or a record carries the release inside
  const packed = arr(release.releases).at(-1) ?? obj(arr(release.records).at(-1)).compiledRelease;
  if (packed) release = obj(packed);
  const tender = obj(release.tender);
  if (!release.ocid && !release.tender) return null;
  const notice = emptyNotice("en");
  notice.type = typeOf(arr(release.tag));
  notice.projectName = str(tender.title);
  notice.projectNumber = str(tender.id);
  notice.noticeNumber = str(release.id)?.replace(/-\d+$/, "") ?? null;
  notice.publishDate = (str(tender.datePublished) ?? str(release.date))?.slice(0, 10) ?? null;
  notice.budget = budgetOf(release, tender);
  notice.deadline = localTime(obj(tender.tenderPeriod).endDate);
  notice.procurementMethod = str(tender.procurementMethodDetails) ?? str(tender.procurementMethod);
  const period = obj(tender.contractPeriod);
  notice.contractEnd = str(period.endDate)?.slice(0, 10) ?? null;
  if (period.startDate || period.endDate)
    notice.contractPeriod = `${str(period.startDate)?.slice(0, 10) ?? ""}/${notice.contractEnd ?? ""}`;
  const cpv = [obj(tender.classification).id, ...arr(tender.additionalClassifications).map((c) => obj(c).id)];
  notice.cpv = cpv.map(String).filter((c) => c !== "undefined");
  applyParties(notice, release, tender);
  applyAwards(notice, release);
  const description = str(tender.description);
  notice.items = description ? [description.slice(0, 120)] : [];
  return notice;
}

function applyParties(notice: ParsedNotice, release: Json, tender: Json): void {
  const parties = arr(release.parties).map(obj);
  const buyerParty = parties.find((p) => arr(p.roles).includes("buyer")) ?? {};
  notice.buyer = str(obj(release.buyer).name) ?? str(buyerParty.name);
  const contact = obj(buyerParty.contactPoint);
  notice.contactPhone = str(contact.telephone);
  notice.contactEmail = str(contact.email);
  const address = obj(buyerParty.address);
  notice.region =
    [str(address.locality), str(address.postalCode), str(address.countryName)].filter(Boolean).join(", ") || null;
  // "Equans Services Limited on behalf of North East Lincolnshire Council, are seeking…"
  const onBehalf = /^(.{3,80}?) on behalf of (?:the )?(.{3,80}?)(?:,| (?:are|is|who|to) )/.exec(
    str(tender.description) ?? "",
  );
  if (onBehalf) {
    notice.agency = onBehalf[1].trim();
    notice.buyer = onBehalf[2].trim();
  }
}

function applyAwards(notice: ParsedNotice, release: Json): void {
  const awards = arr(release.awards)
    .map(obj)
    .filter((a) => a.status !== "cancelled" && a.status !== "unsuccessful");
  if (!awards.length) return;
  const winners = awards.flatMap((a) => arr(a.suppliers).map((s) => str(obj(s).name))).filter((w): w is string => !!w);
  notice.winner = winners.length === 0 ? null : winners.length === 1 ? winners[0] : winners;
  const amounts = awards.map((a) => money(a.value)).filter((m): m is Money => !!m);
  notice.awardAmount = amounts.length === 0 ? null : amounts.length === 1 ? amounts[0] : amounts;
  notice.lots = awards.map((a, i) => ({
    lot: String(i + 1),
    name: str(a.title),
    budget: null,
    winner: str(obj(arr(a.suppliers)[0]).name),
    awardAmount: money(a.value),
  }));
  notice.awardStage = "final";
}
