import { count, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import type { Executor } from "./client";
import { audit } from "./queries/audit";
import { insertApiKey } from "./queries/users";
import {
  accounts,
  competitors,
  contacts,
  interactions,
  opportunities,
  orders,
  products,
  riskRecords,
  settings,
  users,
} from "./schema";
import { buildDemoData } from "./seed/build-demo-data";
import type { DemoData } from "./seed/demo-data-schema";

export type SeedHooks = {
  /** Runs inside the seeding transaction after the records are in: scoring, tender ingestion, plans. */
  afterInsert?: (tx: Executor, data: DemoData, now: Date) => Promise<Record<string, number>>;
};

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

async function insertChunked<T>(tx: Executor, table: Parameters<Executor["insert"]>[0], rows: T[], size = 500) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
}

/** Seeds the demo data set when there are no accounts yet; one transaction, so a crash leaves nothing half-seeded. */
export async function seedIfEmpty(deps: Deps, hooks: SeedHooks = {}): Promise<Record<string, number> | null> {
  const [{ n }] = await deps.db.select({ n: count() }).from(accounts);
  if (Number(n) > 0) return null;
  const now = deps.clock.now();
  const data = buildDemoData(now.toISOString());
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select 1`);
    await insertDemoRecords(tx, data);
    const extra = hooks.afterInsert ? await hooks.afterInsert(tx, data, now) : {};
    await audit(tx, { userId: null, action: "seed", entity: "demo", details: { accounts: data.accounts.length } });
    return { accounts: data.accounts.length, contacts: data.contacts.length, orders: data.orders.length, ...extra };
  });
}

export async function insertDemoRecords(tx: Executor, data: DemoData): Promise<void> {
  await tx
    .insert(users)
    .values(
      data.users.map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        team: u.team,
        locale: "zh" as const,
      })),
    )
    .onConflictDoNothing();
  for (const u of data.users) await insertApiKey(tx, { id: `key_${u.id}`, userId: u.id, key: u.apiKey, label: "demo" });
  await tx
    .insert(settings)
    .values({ key: "company", value: data.company })
    .onConflictDoUpdate({ target: settings.key, set: { value: data.company } });
  // The demo page chats as the first rep, on that rep's own accounts (src/services/demo-access.ts).
  const demoUser = data.users.find((u) => u.role === "rep");
  if (demoUser) {
    await tx
      .insert(settings)
      .values({ key: "demo", value: { userId: demoUser.id } })
      .onConflictDoUpdate({ target: settings.key, set: { value: { userId: demoUser.id } } });
  }
  await insertChunked(tx, products, data.products);
  await insertChunked(tx, competitors, data.competitors);
  // Parents first: children reference them.
  const ordered = [...data.accounts].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  await insertChunked(
    tx,
    accounts,
    ordered.map((a) => ({ ...a, externalId: a.externalId ?? a.id })),
  );
  await insertChunked(
    tx,
    contacts,
    data.contacts.map((c) => ({ ...c, externalId: c.id, lastContactAt: day(c.lastContactAt) })),
  );
  await insertChunked(
    tx,
    orders,
    data.orders.map((o) => ({ ...o, externalId: o.id })),
  );
  await insertChunked(
    tx,
    opportunities,
    data.opportunities.map((o) => ({
      ...o,
      externalId: o.id,
      createdAt: day(o.createdAt) as string,
      closedAt: day(o.closedAt),
      stageHistory: o.stageHistory.map((s) => ({ stage: s.stage, at: day(s.at) as string })),
    })),
  );
  await insertChunked(
    tx,
    interactions,
    data.interactions.map((i) => ({ ...i, externalId: i.id })),
  );
  await insertChunked(
    tx,
    riskRecords,
    data.riskRecords.map((r) => ({ ...r, source: "demo" })),
  );
}
