import type { MiddlewareHandler } from "hono";
import { AppError } from "../../errors";
import { bodyLimitFor } from "../../limits";

export type BodyLimitVars = { bodyOverLimit?: number };

export const tooLarge = (max: number) =>
  new AppError("payload_too_large", `The request body is larger than this route accepts (${max} bytes).`);

/**
 * The body size limit per route (src/limits.ts): a declared Content-Length over it is a 413 before anything is read;
 * a streamed body is counted as it is read (never buffered here, so imports still stream) and fails at the limit.
 * The error handler turns whatever the reader then throws into the 413 (`bodyOverLimit`).
 */
export function limitBody(): MiddlewareHandler<{ Variables: BodyLimitVars }> {
  return async (c, next) => {
    const max = bodyLimitFor(c.req.path);
    const declared = c.req.header("content-length");
    if (declared !== undefined && Number(declared) > max) throw tooLarge(max);
    const body = c.req.raw.body;
    if (!body || declared !== undefined) return next();
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, ctrl) {
          size += chunk.byteLength;
          if (size > max) {
            c.set("bodyOverLimit", max);
            ctrl.error(tooLarge(max));
          } else ctrl.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit);
    return next();
  };
}
