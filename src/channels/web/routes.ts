import { createHash, randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { AppError, errorBody } from "../../errors";
import { type DemoLang, renderDemoPage } from "./render-demo-page";

export type DemoInfo = { token: string | null; suggestions: { zh: string[]; en: string[] } };

export type WebRoutesOptions = {
  /** Where the widget build lives (dist/web); widget.js is read from here. */
  distDir: string;
  /** The demo user's short-lived token and suggested questions, or null when there is no demo user. */
  demo: () => Promise<DemoInfo | null>;
  /** The PUBLIC_URL setting: the demo page's links use it, never the request's Host header. */
  publicUrl?: string;
};

type Cached = { mtimeMs: number; size: number; body: Uint8Array<ArrayBuffer>; etag: string };

/** The web channel: GET /widget.js (the embeddable widget) and GET / (the demo page). No database access. */
export function createWebRoutes(opts: WebRoutesOptions) {
  const app = new Hono<{ Variables: { requestId?: string } }>();
  let cached: Cached | null = null;

  app.get("/widget.js", async (c) => {
    const file = join(opts.distDir, "widget.js");
    const info = await stat(file).catch(() => null);
    if (!info) {
      const err = new AppError("unavailable", "The web widget is not built yet: run `npm run build:web`.");
      return c.json(errorBody(err, c.get("requestId") ?? randomUUID()), err.status);
    }
    if (!cached || cached.mtimeMs !== info.mtimeMs || cached.size !== info.size) {
      const body = new Uint8Array(await readFile(file));
      cached = {
        mtimeMs: info.mtimeMs,
        size: info.size,
        body,
        etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
      };
    }
    const headers = {
      "content-type": "application/javascript; charset=utf-8",
      // The URL carries no version, so browsers revalidate every few minutes (a 304 is cheap).
      "cache-control": "public, max-age=300",
      etag: cached.etag,
      // Host pages on other origins load this script.
      "cross-origin-resource-policy": "cross-origin",
      "access-control-allow-origin": "*",
    };
    if (c.req.header("if-none-match") === cached.etag) return c.body(null, 304, headers);
    return c.body(cached.body, 200, headers);
  });

  app.get("/", async (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("accept-language"));
    const demo = await opts.demo();
    const html = renderDemoPage({
      lang,
      origin: opts.publicUrl ? new URL(opts.publicUrl).origin : null,
      demo: demo ? { token: demo.token, suggestions: demo.suggestions[lang] ?? [] } : null,
    });
    // The demo token is short-lived and per visit: never cache the page.
    c.header("cache-control", "no-store");
    return c.html(html);
  });

  return app;
}

/** ?lang=zh|en wins; otherwise the browser's first preference; Chinese when nothing says otherwise. */
export function pickLang(query: string | undefined, acceptLanguage: string | undefined): DemoLang {
  const q = query?.toLowerCase();
  if (q?.startsWith("zh")) return "zh";
  if (q?.startsWith("en")) return "en";
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh";
}
