import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebRoutes, pickLang } from "./routes";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "furrow-web-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const demo = (token: string | null) => async () => ({
  token,
  suggestions: { zh: ["华东电力的权力地图"], en: ['Score <b>"ACME"</b>'] },
});

describe("createWebRoutes", () => {
  it("answers 503 with a JSON error while the widget is not built", async () => {
    const app = createWebRoutes({ distDir: join(dir, "missing"), demo: demo(null) });
    const res = await app.request("/widget.js");
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/build:web/);
    expect(body.error.requestId).toBeTruthy();
  });

  it("serves widget.js as JavaScript with a cache header and answers 304 to a matching ETag", async () => {
    await writeFile(join(dir, "widget.js"), "console.log('furrow')");
    const app = createWebRoutes({ distDir: dir, demo: demo(null) });
    const res = await app.request("/widget.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/javascript/);
    expect(res.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(await res.text()).toBe("console.log('furrow')");
    const again = await app.request("/widget.js", { headers: { "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("serves the demo page with the widget tag, the demo token escaped and the questions clickable", async () => {
    const app = createWebRoutes({ distDir: dir, demo: demo('tok"><script>alert(1)</script>') });
    const res = await app.request("http://furrow.test/?lang=en");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('src="/widget.js"');
    expect(html).toContain('data-token="tok&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain('data-open="true"');
    expect(html).toContain('data-furrow-ask="Score &lt;b&gt;&quot;ACME&quot;&lt;/b&gt;"');
    expect(html).toContain("&lt;script src=&quot;https://your-furrow-server/widget.js&quot;");
  });

  it("never writes the request's Host header into the page; PUBLIC_URL when it is set", async () => {
    const forged = { headers: { host: "evil.example" } };
    const plain = await (await createWebRoutes({ distDir: dir, demo: demo("t") }).request("/?lang=en", forged)).text();
    const hostile = await (
      await createWebRoutes({ distDir: dir, demo: demo("t") }).request("http://evil.example/?lang=en", forged)
    ).text();
    expect(plain).not.toContain("evil.example");
    expect(hostile).not.toContain("evil.example");
    const app = createWebRoutes({ distDir: dir, demo: demo("t"), publicUrl: "https://furrow.example.com/" });
    const html = await (await app.request("http://evil.example/?lang=en")).text();
    expect(html).not.toContain("evil.example");
    expect(html).toContain('src="https://furrow.example.com/widget.js" data-server="https://furrow.example.com"');
  });

  it("switches the page to Chinese with ?lang=zh", async () => {
    const app = createWebRoutes({ distDir: dir, demo: demo("t") });
    const html = await (await app.request("/?lang=zh")).text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('data-furrow-ask="华东电力的权力地图"');
    expect(html).toContain('data-lang="zh-CN"');
  });

  it("explains how to embed with a key when there is no demo user", async () => {
    const app = createWebRoutes({ distDir: dir, demo: async () => null });
    const html = await (await app.request("/?lang=en")).text();
    expect(html).toContain("no demo user");
    expect(html).not.toContain("data-open=");
    expect(html).toContain("data-key=&quot;YOUR_API_KEY&quot;");
  });
});

describe("pickLang", () => {
  it("prefers ?lang, then the browser's first language, then Chinese", () => {
    expect(pickLang("en", "zh-CN")).toBe("en");
    expect(pickLang(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(pickLang(undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(pickLang(undefined, undefined)).toBe("zh");
  });
});
