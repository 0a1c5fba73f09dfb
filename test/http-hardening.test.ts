import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../src/deps";
import { EnvError, parseEnv } from "../src/env";
import { createDemoDeps, DEMO_KEYS, testApp } from "./harness";

describe("security headers and stream errors over HTTP", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createDemoDeps();
  });
  afterAll(() => deps.close());

  const csp = (res: Response) =>
    Object.fromEntries(
      (res.headers.get("content-security-policy") ?? "").split(/;\s*/).map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(" ")];
      }),
    );

  it("sends a strict CSP, nosniff and frame-ancestors 'self' on pages, API answers and errors", async () => {
    const { app, call } = testApp(deps);
    for (const res of [
      await app.request("/"),
      await app.request("/docs"),
      await call("GET", "/api/accounts?limit=1", DEMO_KEYS.rep1),
      await call("GET", "/api/accounts?limit=1", null),
      await app.request("/no-such-page"),
    ]) {
      expect(res.headers.get("x-content-type-options"), res.url).toBe("nosniff");
      const policy = csp(res);
      expect(policy["script-src"]).toBe("'self'");
      expect(policy["object-src"]).toBe("'none'");
      expect(policy["base-uri"]).toBe("'none'");
      expect(policy["frame-ancestors"]).toBe("'self'");
      expect(policy["default-src"]).toBe("'self'");
    }
  });

  it("takes frame-ancestors from FRAME_ANCESTORS, and refuses a value that would smuggle in other directives", async () => {
    const env = { ...deps.env, FRAME_ANCESTORS: "'self' https://crm.example.com" };
    const res = await testApp({ ...deps, env }).app.request("/");
    expect(csp(res)["frame-ancestors"]).toBe("'self' https://crm.example.com");
    expect(parseEnv({ FRAME_ANCESTORS: "https://crm.example.com https://*.example.org" }).FRAME_ANCESTORS).toBe(
      "https://crm.example.com https://*.example.org",
    );
    expect(() => parseEnv({ FRAME_ANCESTORS: "'self'; script-src *" })).toThrow(EnvError);
    expect(() => parseEnv({ FRAME_ANCESTORS: "*" })).toThrow(/FRAME_ANCESTORS/);
  });

  it("lets other sites load widget.js (its own cross-origin resource policy survives)", async () => {
    const res = await testApp(deps).app.request("/widget.js");
    // 200 when the widget is built, 503 when not: either way the route's header is not overwritten.
    if (res.status === 200) expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers a failing stream turn with its HTTP status and JSON error, never 200 with an error event", async () => {
    const { call } = testApp(deps);
    const missing = await call("POST", "/api/chat/stream", DEMO_KEYS.rep1, { message: "你好", threadId: randomUUID() });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/json");
    expect((await missing.json()).error).toMatchObject({ code: "not_found", requestId: expect.any(String) });

    const first = await call("POST", "/api/chat", DEMO_KEYS.rep1, { message: "你好" });
    const { threadId } = (await first.json()) as { threadId: string };
    const nothingPending = await call("POST", "/api/chat/stream", DEMO_KEYS.rep1, { threadId, confirm: "approve" });
    expect(nothingPending.status).toBe(409);
    expect((await nothingPending.json()).error.code).toBe("conflict");

    // Another user's conversation looks missing, on the stream as on /api/chat.
    const other = await call("POST", "/api/chat/stream", DEMO_KEYS.rep2, { message: "你好", threadId });
    expect(other.status).toBe(404);

    const ok = await call("POST", "/api/chat/stream", DEMO_KEYS.rep1, { message: "你好", threadId });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/event-stream");
    expect(await ok.text()).toContain("event: done");
  });
});
