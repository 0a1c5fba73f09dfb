import type { MiddlewareHandler } from "hono";
import { AppError } from "../../errors";

const JSON_NUL = /\\u0000/i;

/**
 * A NUL byte is never meaningful in Furrow's input and Postgres refuses it in text: answer 400 naming where it was
 * (path, a query parameter, or the JSON body) instead of letting it reach a query.
 */
export function refuseNul(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (decodeURIComponent(url.pathname).includes("\0"))
      throw new AppError("bad_request", "The path contains a NUL byte (\\0).");
    for (const [k, v] of url.searchParams)
      if (k.includes("\0") || v.includes("\0"))
        throw new AppError("bad_request", `The query parameter "${k.replace(/\0/g, "")}" contains a NUL byte (\\0).`);
    const type = c.req.header("content-type") ?? "";
    if (c.req.method !== "GET" && type.includes("json") && !type.includes("ndjson")) {
      const text = await c.req.text();
      if (text.includes("\0") || JSON_NUL.test(text))
        throw new AppError("bad_request", "The JSON body contains a NUL byte (\\u0000); remove it and send again.");
    }
    await next();
  };
}
