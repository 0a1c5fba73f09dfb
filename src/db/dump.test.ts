import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDeps, seedUsers, testApp } from "../../test/harness";
import { dumpDatabase, restoreDatabase } from "./dump";
import { accounts, auditLog, contacts, embeddings } from "./schema";

describe("dumpDatabase and restoreDatabase", () => {
  it("round-trips arrays, dates, vectors and the audit log into a fresh database", async () => {
    const source = await createTestDeps();
    const u = await seedUsers(source);
    const { call } = testApp(source);
    await call(
      "POST",
      "/api/import/accounts",
      u.admin.key,
      "external_id,name,aliases\nB-1,浙江大学医学院附属第一医院,浙大一院;FAHZU\n",
      "text/csv",
    );
    await call(
      "POST",
      "/api/import/contacts",
      u.admin.key,
      "external_id,account_external_id,name,last_contact_at\nBC-1,B-1,王院长,2026-03-01\n",
      "text/csv",
    );
    await source.db.insert(embeddings).values({
      ownerKind: "product",
      ownerId: "p1",
      provider: "t",
      dimension: 3,
      contentHash: "h",
      embedding: [0.5, -1, 2],
    });
    const lines: string[] = [];
    for await (const line of dumpDatabase(source.db)) lines.push(line);
    await source.close();

    const target = await createTestDeps();
    await restoreDatabase(
      target.db,
      (async function* () {
        yield* lines;
      })(),
    );
    const [acc] = await target.db.select().from(accounts).where(eq(accounts.externalId, "B-1"));
    expect(acc.aliases).toEqual(["浙大一院", "FAHZU"]);
    const [con] = await target.db.select().from(contacts);
    expect(con).toMatchObject({ accountId: acc.id, lastContactAt: "2026-03-01" });
    const [emb] = await target.db.select().from(embeddings);
    expect(emb.embedding).toEqual([0.5, -1, 2]);
    const audits = Number((await target.db.select({ n: count() }).from(auditLog))[0].n);
    expect(audits).toBeGreaterThan(2);
    // The serial sequence continues after the restored rows.
    await target.db.insert(auditLog).values({ action: "test", entity: "x" });
    await expect(
      restoreDatabase(
        target.db,
        (async function* () {
          yield* lines;
        })(),
      ),
    ).rejects.toThrow(/empty/);
    await target.close();
  });
});
