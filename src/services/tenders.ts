import { createHash } from "node:crypto";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/client";
import { loadAccountFacts } from "../db/queries/account-facts";
import { audit } from "../db/queries/audit";
import type { User } from "../db/queries/users";
import { visibleAccounts } from "../db/queries/visibility";
import { accounts, riskRecords, tenderMatches, tenderNotices, tenders } from "../db/schema";
import type { EmbeddingProvider } from "../engine/embed/embedding-provider";
import { matchBuyer } from "../engine/tender/match-buyer";
import { matchProducts } from "../engine/tender/match-products";
import { unreadableReason } from "../engine/tender/notice-doubts";
import { parseNotice } from "../engine/tender/parse-notice";
import { predictMatches } from "../engine/tender/predict-match";
import { projectKey } from "../engine/tender/project-key";
import type { ParsedNotice, TenderMatch } from "../engine/tender/schema";
import { AppError } from "../errors";
import { settleAll } from "../request-context";
import { loadCompany, loadCompetitors, loadProducts } from "./catalog";
import { ensureEmbeddings, similarities } from "./embeddings";

/** Buyer matches below this confidence, or well below the best one, are not worth a rep's attention. */
const MIN_BUYER_CONFIDENCE = 0.5;
const MAX_BELOW_BEST = 0.15;

export type IngestResult = {
  id: string;
  noticeId: string;
  duplicate: boolean;
  notice: ParsedNotice;
  matches: TenderMatch[];
};

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * Parses, de-duplicates, stores, matches and predicts one notice, in one transaction. The same project across
 * its original, correction and award notices is one tender record with every notice kept as history.
 * The notice text is stored as data only; nothing in it is ever executed or sent to a model as instructions.
 */
export async function ingestNotice(
  db: Db,
  embedder: EmbeddingProvider,
  input: { text: string; url?: string; publishedAt?: string },
  now: Date,
  userId: string | null,
  /** Who posts it: a rep's or manager's notice matches only accounts they may see (null: every account). */
  scope: User | null = null,
): Promise<IngestResult> {
  const notice = parseNotice(input.text, { publishedAt: input.publishedAt });
  // a notice with not one field read would be stored as an empty tender nobody can find or match
  const unreadable = unreadableReason(notice);
  if (unreadable)
    throw new AppError("validation_failed", `text: ${unreadable}`, [{ field: "text", message: unreadable }]);
  const contentHash = sha(input.text.replace(/\s+/g, " ").trim());
  const vector = (await embedder.embed([embedText(notice, input.text)]))[0];
  return db.transaction(async (tx) => {
    const [dup] = await tx.select().from(tenderNotices).where(eq(tenderNotices.contentHash, contentHash));
    if (dup)
      return {
        id: dup.tenderId,
        noticeId: dup.id,
        duplicate: true,
        notice: dup.parsed as ParsedNotice,
        matches: await matchesOfNotice(tx, dup.id),
      };
    const key = projectKey(notice);
    const [existing] = await tx.select().from(tenders).where(eq(tenders.projectKey, key));
    const tenderId = existing?.id ?? `tdr_${sha(key).slice(0, 20)}`;
    const latest = existing ? mergeNotice(existing.latest as ParsedNotice, notice) : notice;
    if (existing)
      await tx
        .update(tenders)
        .set({ type: notice.type === "correction" ? existing.type : notice.type, latest, updatedAt: sql`now()` })
        .where(eq(tenders.id, tenderId));
    else
      await tx.insert(tenders).values({
        id: tenderId,
        projectKey: key,
        type: notice.type,
        projectName: notice.projectName,
        buyer: notice.buyer,
        latest,
      });
    const noticeId = `ntc_${contentHash.slice(0, 20)}`;
    await tx.insert(tenderNotices).values({
      id: noticeId,
      tenderId,
      contentHash,
      type: notice.type,
      url: input.url ?? null,
      publishedAt: (notice.publishDate ?? input.publishedAt)?.slice(0, 10) ?? null,
      text: input.text,
      parsed: notice,
    });
    await ensureEmbeddings(tx, embedder, "notice", [{ id: noticeId, text: embedText(notice, input.text) }]);
    const matches = await matchAndPredict(tx, embedder, {
      tenderId,
      noticeId,
      notice: latest,
      vector,
      now,
      publishedAt: input.publishedAt,
      scope,
    });
    await audit(tx, {
      userId,
      action: "tender.ingest",
      entity: "tender",
      entityId: tenderId,
      details: { noticeId, type: notice.type, matches: matches.length },
    });
    return { id: tenderId, noticeId, duplicate: false, notice, matches };
  });
}

/** A correction changes the fields it states; an award adds the result to the tender it closes. */
function mergeNotice(before: ParsedNotice, after: ParsedNotice): ParsedNotice {
  const merged: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(after)) {
    if (v === null || (Array.isArray(v) && v.length === 0)) continue;
    merged[k] = v;
  }
  merged.type = after.type === "correction" ? before.type : after.type;
  return merged as ParsedNotice;
}

function embedText(notice: ParsedNotice, text: string): string {
  const fields = [notice.projectName, notice.buyer, ...notice.items, ...notice.lots.map((l) => l.name ?? "")]
    .filter(Boolean)
    .join(" ");
  return fields || text.slice(0, 2000);
}

async function matchAndPredict(
  tx: Executor,
  embedder: EmbeddingProvider,
  m: {
    tenderId: string;
    noticeId: string;
    notice: ParsedNotice;
    vector: number[];
    now: Date;
    publishedAt?: string;
    scope: User | null;
  },
): Promise<TenderMatch[]> {
  if (!m.notice.buyer) return [];
  // A notice lands only in the feeds of accounts its poster may see: a rep cannot push text into another team's.
  const accountRows = await tx
    .select({ id: accounts.id, name: accounts.name, aliases: accounts.aliases, parentId: accounts.parentId })
    .from(accounts)
    .where(m.scope ? visibleAccounts(m.scope) : undefined)
    .orderBy(asc(accounts.id));
  const candidates = matchBuyer(m.notice.buyer, accountRows);
  const best = candidates[0]?.confidence ?? 0;
  const buyers = candidates
    .filter((b) => b.confidence >= MIN_BUYER_CONFIDENCE && b.confidence >= best - MAX_BELOW_BEST)
    .slice(0, 3);
  if (!buyers.length) return [];
  const products = await loadProducts(tx);
  await ensureEmbeddings(
    tx,
    embedder,
    "product",
    products.map((p) => ({ id: p.sku, text: [p.name, p.category, p.description].filter(Boolean).join(" ") })),
  );
  const sims = await similarities(tx, embedder.id, "product", m.vector);
  const productMatches = matchProducts(m.notice, products, { similarity: sims }).map((p) => ({
    sku: p.sku,
    score: p.score,
  }));
  const [company, competitors, facts] = await settleAll([
    loadCompany(tx),
    loadCompetitors(tx),
    loadAccountFacts(
      tx,
      buyers.map((b) => b.accountId),
    ),
  ]);
  const out: TenderMatch[] = [];
  for (const b of buyers) {
    const predictions = predictMatches({
      notice: m.notice,
      noticeId: m.noticeId,
      accountId: b.accountId,
      confidence: b.confidence,
      reasons: b.reasons,
      products: productMatches,
      facts: facts.get(b.accountId),
      ourNames: company.names,
      ourCompetitors: competitors.flatMap((c) => [c.name, ...c.aliases]),
      publishedAt: m.publishedAt,
      now: m.now.toISOString(),
    });
    for (const p of predictions) {
      await tx
        .insert(tenderMatches)
        .values({
          id: `tm_${sha(`${m.tenderId}|${b.accountId}|${p.kind}`).slice(0, 20)}`,
          tenderId: m.tenderId,
          noticeId: m.noticeId,
          accountId: b.accountId,
          kind: p.kind,
          confidence: p.confidence,
          body: p,
        })
        .onConflictDoUpdate({
          target: [tenderMatches.tenderId, tenderMatches.accountId, tenderMatches.kind],
          set: { noticeId: m.noticeId, confidence: p.confidence, body: p, updatedAt: sql`now()` },
        });
      // One match per project and account: a later notice (the award after the tender) replaces the earlier kind.
      await tx
        .delete(tenderMatches)
        .where(
          and(
            eq(tenderMatches.tenderId, m.tenderId),
            eq(tenderMatches.accountId, b.accountId),
            ne(tenderMatches.kind, p.kind),
          ),
        );
      if (p.kind === "competitor_win") await recordCompetitorWin(tx, m, b.accountId);
      out.push(p);
    }
  }
  return out;
}

/** A competitor's award at an account is competitive intelligence, and a risk the account engine sees. */
async function recordCompetitorWin(
  tx: Executor,
  m: { tenderId: string; notice: ParsedNotice; now: Date },
  accountId: string,
) {
  const winner = Array.isArray(m.notice.winner) ? m.notice.winner.join("、") : m.notice.winner;
  if (!winner) return;
  const amount = Array.isArray(m.notice.awardAmount)
    ? m.notice.awardAmount.reduce((s, a) => s + a.amount, 0)
    : m.notice.awardAmount?.amount;
  await tx
    .insert(riskRecords)
    .values({
      id: `rr_${sha(`${m.tenderId}|${accountId}`).slice(0, 20)}`,
      accountId,
      kind: "other",
      severity: "medium",
      summary: `competitor_win: ${winner} — ${m.notice.projectName ?? ""}${amount ? ` (${amount})` : ""}`,
      occurredAt: (m.notice.publishDate ?? m.now.toISOString()).slice(0, 10),
      source: `tender:${m.tenderId}`,
    })
    .onConflictDoNothing();
}

async function matchesOfNotice(db: Executor, noticeId: string): Promise<TenderMatch[]> {
  const rows = await db
    .select({ body: tenderMatches.body })
    .from(tenderMatches)
    .where(eq(tenderMatches.noticeId, noticeId))
    .orderBy(asc(tenderMatches.id));
  return rows.map((r) => r.body as TenderMatch);
}
