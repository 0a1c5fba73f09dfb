import { afterAll, describe, expect, it } from "vitest";
import { removeTempDataDirs, runToExit, seededDataDir, startServer } from "./server";

const ADMIN = "lifecycle-admin-key-0001";
const auth = { authorization: `Bearer ${ADMIN}` };

function accountsCsv(n: number, prefix: string) {
  const rows = ["external_id,name,industry,wallet_estimate"];
  for (let i = 0; i < n; i++) rows.push(`${prefix}-${i},导入客户${prefix}${i},hospital,${1000 + i}`);
  return `${rows.join("\n")}\n`;
}

async function total(url: string, q: string) {
  const res = await fetch(`${url}/api/accounts?limit=1&q=${encodeURIComponent(q)}`, { headers: auth });
  return ((await res.json()) as { total: number }).total;
}

describe("the server on its embedded database", () => {
  afterAll(removeTempDataDirs);

  it("serves the demo data, refuses a second process on the same folder, and keeps data across restarts", async () => {
    // From the run's seeded folder (a copy of what a first boot leaves), not a first boot of its own: the first boot
    // (migrating from nothing, seeding the demo) is test/production-start.test.ts's, on the built server as shipped,
    // and the one that seeds that folder (seededDataDir) fails the run if it does not exit cleanly.
    const dir = await seededDataDir("furrow-e2e-");
    const env = { DATA_DIR: dir, FURROW_API_KEY: ADMIN };
    const first = await startServer(env);
    try {
      expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({
        status: "ok",
        db: "pglite",
        llm: "offline",
      });
      const demo = (await (await fetch(`${first.url}/api/accounts?limit=1`, { headers: auth })).json()) as {
        total: number;
      };
      expect(demo.total).toBeGreaterThanOrEqual(35);

      const second = await runToExit(env);
      expect(second.code).toBe(1);
      expect(second.output).toMatch(/in use by another Furrow \(pid \d+\)/);

      const res = await fetch(`${first.url}/api/import/accounts`, {
        method: "POST",
        headers: { ...auth, "content-type": "text/csv" },
        body: accountsCsv(500, "R"),
      });
      expect(await res.json()).toMatchObject({ imported: 500 });
    } finally {
      expect(await first.stop("SIGTERM")).toBe(0);
    }
    const again = await startServer(env);
    try {
      expect(await total(again.url, "导入客户R")).toBe(500);
      const demo = (await (await fetch(`${again.url}/api/accounts?limit=1`, { headers: auth })).json()) as {
        total: number;
      };
      expect(demo.total).toBeGreaterThanOrEqual(535);
    } finally {
      await again.stop();
    }
  }, 240_000);

  it("finishes an import that is running when SIGTERM arrives: after a restart it is all there", async () => {
    // Not about a first boot: it starts from the run's seeded folder instead of migrating and seeding again.
    const dir = await seededDataDir("furrow-e2e-");
    const env = { DATA_DIR: dir, FURROW_API_KEY: ADMIN, SEED_DEMO: "false" };
    const server = await startServer(env);
    const pending = fetch(`${server.url}/api/import/accounts`, {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: accountsCsv(3_000, "T"),
    })
      .then(async (r) => ({ status: r.status, body: await r.json() }))
      .catch((err: Error) => ({ status: 0, body: String(err) }));
    await new Promise((r) => setTimeout(r, 300));
    const code = await server.stop("SIGTERM");
    const answer = await pending;
    expect(code).toBe(0);
    const restarted = await startServer(env);
    try {
      const n = await total(restarted.url, "导入客户T");
      // All or nothing: the transaction either committed before shutdown or never happened.
      expect([0, 3_000]).toContain(n);
      if (answer.status === 200) expect(n).toBe(3_000);
    } finally {
      await restarted.stop();
    }
  }, 240_000);

  it("stops at boot with every bad setting named", async () => {
    const { code, output } = await runToExit({ PORT: "x", DATABASE_URL: "mysql://nope", SEED_DEMO: "perhaps" });
    expect(code).toBe(1);
    for (const name of ["PORT", "DATABASE_URL", "SEED_DEMO"]) expect(output).toContain(name);
  });
});
