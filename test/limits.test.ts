import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import type { Deps } from "../src/deps";
import { LIMITS } from "../src/limits";
import { createTestDeps, seedUsers, type TestUser } from "./harness";

describe("input limits", () => {
  let deps: Deps;
  let u: Record<string, TestUser>;
  let app: ReturnType<typeof createApp>;
  const auth = (key: string) => ({ authorization: `Bearer ${key}` });

  beforeAll(async () => {
    deps = await createTestDeps();
    u = await seedUsers(deps);
    app = createApp(deps, { requestsPerMinute: 5 });
  });
  afterAll(() => deps.close());

  it("answers 413 for a declared body over the route's limit, before reading it", async () => {
    const big = JSON.stringify({ message: "x".repeat(LIMITS.body["/api/"] + 10) });
    const res = await app.request("/api/chat", {
      method: "POST",
      headers: { ...auth(u.repEast.key), "content-type": "application/json", "content-length": String(big.length) },
      body: big,
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: "payload_too_large", requestId: expect.any(String) });
  });

  it("answers 413 for a streamed body (no Content-Length) once it passes the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const limit = LIMITS.body["/api/"];
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent > limit * 4) return ctrl.close();
        sent += chunk.length;
        ctrl.enqueue(chunk);
      },
    });
    const res = await app.request("/api/chat", {
      method: "POST",
      headers: { ...auth(u.admin.key), "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(limit * 4);
  });

  it("refuses an account with more aliases than the cap, naming the column", async () => {
    const aliases = Array.from({ length: LIMITS.field.aliases + 1 }, (_, i) => `别名${i}`).join(";");
    const res = await app.request("/api/import/accounts", {
      method: "POST",
      headers: { ...auth(u.manager.key), "content-type": "text/csv" },
      body: `external_id,name,aliases\nA-1,某医院,${aliases}\n`,
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.details).toEqual([
      { row: 2, column: "aliases", message: `at most ${LIMITS.field.aliases} aliases` },
    ]);
  });

  it("rate-limits each key: 429 with Retry-After past the limit, other keys unaffected", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const res = await app.request("/api/accounts", { headers: auth(u.repNorth.key) });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("retry-after");
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await app.request("/api/accounts", { headers: auth(u.repEast2.key) })).status).toBe(200);
  });
});
