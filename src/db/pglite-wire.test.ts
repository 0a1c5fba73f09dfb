import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPglite } from "../../test/harness";
import { type PgliteWireServer, servePglite } from "./pglite-wire";

// Several connections (two pools, as two Furrow processes would open) on one PGlite session: each query gets its own
// rows, transactions stay whole, a failed statement fails only its own query, and a client that leaves mid-transaction
// does not hold the database.
describe("PGlite served over the wire to several connections", () => {
  let pglite: PGlite;
  let server: PgliteWireServer;
  const clients: postgres.Sql[] = [];
  const connect = (max: number) => {
    const sql = postgres(`postgres://postgres:postgres@${server.address}/postgres`, { max, onnotice: () => {} });
    clients.push(sql);
    return sql;
  };

  beforeAll(async () => {
    pglite = await freshPglite();
    server = await servePglite(pglite, { port: 0 });
    await pglite.exec("create table t (id int primary key, v text not null)");
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end({ timeout: 1 })));
    await server.close();
    await pglite.close();
  });

  it("answers every query of two concurrent pools with its own result", async () => {
    const [a, b] = [connect(4), connect(4)];
    const wrong: string[] = [];
    const jobs = Array.from({ length: 600 }, async (_, i) => {
      const sql = i % 2 ? a : b;
      if (i % 10 === 0) {
        // A statement the driver has not seen yet is described first (Parse, Describe, Flush), then bound.
        const [r] = await sql.unsafe(`select $1::int + ${i} as v, $2::text as s`, [i, `s${i}`]);
        if (r.v !== 2 * i || r.s !== `s${i}`) wrong.push(`new statement ${i}`);
      } else if (i % 7 === 0) {
        await sql.begin(async (tx) => {
          await tx`insert into t values (${i}, ${`v${i}`})`;
          const [r] = await tx`select v from t where id = ${i}`;
          if (r.v !== `v${i}`) wrong.push(`transaction ${i}`);
        });
      } else if (i % 13 === 0) {
        const failed = await sql`select 1 / ${0}::int as v`.then(
          () => false,
          () => true,
        );
        if (!failed) wrong.push(`division ${i}`);
      } else {
        const [r] = await sql`select ${i}::int as v, ${`s${i}`}::text as s, ${[i, i + 1]}::int[] as arr`;
        if (r.v !== i || r.s !== `s${i}` || r.arr[1] !== i + 1) wrong.push(`query ${i}`);
      }
    });
    await Promise.all(jobs);
    expect(wrong).toEqual([]);
    const [{ n }] = await a`select count(*)::int as n from t`;
    expect(n).toBe(Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 10 !== 0 && i % 7 === 0).length);
  });

  it("rolls back the transaction of a client that leaves inside it, and serves the others", async () => {
    const leaving = connect(1);
    const staying = connect(1);
    const reserved = await leaving.reserve();
    await reserved`begin`;
    await reserved`insert into t values (-1, 'never committed')`;
    // The staying client waits while the transaction is open...
    const waiting = staying`select count(*)::int as n from t where id = -1`;
    await leaving.end({ timeout: 0 });
    // ...and gets the session back once the leaving one is gone, without its insert.
    const [{ n }] = await waiting;
    expect(n).toBe(0);
    expect(pglite.isInTransaction()).toBe(false);
  });
});
