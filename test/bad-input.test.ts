import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, tenderNotices } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { createTestDeps, seedUsers, type TestUser, testApp } from "./harness";

const NOTICE = (n: number) =>
  `某市医院设备采购项目${n}招标公告\n项目编号：BAD-${n}\n项目名称：某市医院设备采购项目${n}\n采购人：某市医院\n预算金额：50万元\n`;

describe("bad input gets a 4xx that names what was wrong", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let call: ReturnType<typeof testApp>["call"];
  let app: ReturnType<typeof testApp>["app"];
  const rows = async (t: typeof accounts | typeof tenderNotices) =>
    Number((await deps.db.select({ n: count() }).from(t))[0].n);
  const importBytes = (entity: string, body: Uint8Array) =>
    app.request(`/api/import/${entity}`, {
      method: "POST",
      headers: { authorization: `Bearer ${u.admin.key}`, "content-type": "text/csv" },
      body: body as unknown as BodyInit,
    });

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    ({ call, app } = testApp(deps));
  });
  afterAll(() => deps.close());

  it("answers 400 for a NUL byte in q, in an id and in a notice", async () => {
    const q = await call("GET", "/api/accounts?q=a%00b", u.admin.key);
    expect(q.status).toBe(400);
    expect((await q.json()).error.message).toContain('"q"');
    expect((await call("GET", "/api/accounts/acc%00x", u.admin.key)).status).toBe(400);
    const n = await call("POST", "/api/tenders", u.admin.key, { text: `采购公告\u0000采购人：某医院` });
    expect(n.status).toBe(400);
    expect((await n.json()).error.message).toContain("NUL");
  });

  it("answers 422 naming the row and column for a NUL byte in a CSV cell", async () => {
    const res = await call(
      "POST",
      "/api/import/accounts",
      u.admin.key,
      "external_id,name\nA-1,某\u0000医院\n",
      "text/csv",
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.details).toEqual([
      { row: 2, column: "name", message: expect.stringContaining("NUL") },
    ]);
  });

  it("refuses impossible dates in publishedAt and since with 422", async () => {
    const p = await call("POST", "/api/tenders", u.admin.key, { text: NOTICE(1), publishedAt: "2025-02-30" });
    expect(p.status).toBe(422);
    expect(JSON.stringify(await p.json())).toContain("publishedAt");
    expect((await call("GET", "/api/tenders/matches?since=2025-02-30", u.admin.key)).status).toBe(422);
  });

  it("stores nothing from a bulk request whose second line is bad", async () => {
    const body = `${JSON.stringify({ text: NOTICE(2) })}\n${JSON.stringify({ text: NOTICE(3), publishedAt: "2025-02-30" })}\n`;
    const res = await call("POST", "/api/tenders/bulk", u.admin.key, body, "application/x-ndjson");
    expect(res.status).toBe(422);
    expect((await res.json()).error.details[0]).toMatchObject({ row: 2, column: "publishedAt" });
    expect(await rows(tenderNotices)).toBe(0);
  });

  it("stops a bulk ingest whose client went away over HTTP, and stores none of it", async () => {
    // The real server adapter over a real socket: the client hangs up while the notices are being read, which
    // aborts the request's signal; the count of embeddings taken shows the work stopped, the table that nothing
    // was kept.
    const real = deps.embedder.embed.bind(deps.embedder);
    const client = new AbortController();
    let embedded = 0;
    deps.embedder.embed = async (texts) => {
      if (++embedded === 20) client.abort();
      return real(texts);
    };
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: NOTICE(100 + i) })).join("\n");
      const port = (server.address() as AddressInfo).port;
      const sent = fetch(`http://127.0.0.1:${port}/api/tenders/bulk`, {
        method: "POST",
        headers: { authorization: `Bearer ${u.admin.key}`, "content-type": "application/x-ndjson" },
        body: lines,
        signal: client.signal,
      });
      await expect(sent).rejects.toThrow();
      // waits for the ingest's transaction to end (the embedded database runs one at a time)
      expect(await rows(tenderNotices)).toBe(0);
      const after = embedded;
      await new Promise((r) => setTimeout(r, 200));
      expect(embedded).toBe(after);
      expect(embedded).toBeLessThan(100);
    } finally {
      deps.embedder.embed = real;
      await new Promise((r) => server.close(r));
    }
  });

  it("refuses negative and hexadecimal amounts, naming the column", async () => {
    const res = await call(
      "POST",
      "/api/import/accounts",
      u.admin.key,
      "external_id,name,wallet_estimate,target\nA-1,甲医院,-1e30,100\nA-2,乙医院,100,0x10\n",
      "text/csv",
    );
    expect(res.status).toBe(422);
    const details = (await res.json()).error.details as { row: number; column: string }[];
    expect(details.map((d) => [d.row, d.column])).toEqual([
      [2, "wallet_estimate"],
      [3, "target"],
    ]);
    expect(await rows(accounts)).toBe(0);
  });

  it("names a Latin-1 file's encoding instead of storing mojibake", async () => {
    const latin1 = Uint8Array.from(
      [..."external_id,name\nA-1,Clinique Sainte-H"]
        .map((ch) => ch.charCodeAt(0))
        .concat([0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x0a]),
    );
    const res = await importBytes("accounts", latin1);
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toMatch(/Latin-1|UTF-8/);
    expect(await rows(accounts)).toBe(0);
  });

  it("reads a UTF-16 file with its byte-order mark", async () => {
    const text = "external_id,name\nU-1,华东医院\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const res = await importBytes("accounts", bytes);
    expect(await res.json()).toEqual({ imported: 1, updated: 0, errors: [] });
    const { rows: r } = await deps.dbHandle.pglite!.query<{ name: string }>(
      "select name from accounts where external_id = 'U-1'",
    );
    expect(r[0].name).toBe("华东医院");
  });
});
