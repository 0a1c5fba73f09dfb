import { AsyncLocalStorage } from "node:async_hooks";
import { describeError } from "./describe-error";
import type { Logger } from "./logger";

/**
 * The request a piece of work belongs to. Set once per HTTP request (src/app.ts); read where no request object is
 * at hand: the process-level guard below, which Node runs in the async context of the promise that failed.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/**
 * A rejected promise nobody handled (a query that failed after its request had already answered) is logged, with its
 * request's id and without SQL parameters, and the server keeps serving the other requests. Node's default is to end
 * the process, which drops every request in flight for one stray failure.
 */
export function guardUnhandledRejections(logger: Logger): () => void {
  const onRejection = (reason: unknown) => {
    logger.error("unhandled rejection", {
      requestId: requestContext.getStore()?.requestId ?? "none",
      ...describeError(reason),
    });
  };
  process.on("unhandledRejection", onRejection);
  return () => process.off("unhandledRejection", onRejection);
}

/**
 * `Promise.all` for work that must not outlive its caller: waits until every member has settled, then resolves with
 * all the values or rejects with the first failure (in the order given). `Promise.all` rejects at the first failure
 * while its siblings go on querying a transaction that is rolling back, or a connection the next request gets.
 */
export async function settleAll<T extends readonly unknown[] | []>(
  values: T,
): Promise<{ -readonly [P in keyof T]: Awaited<T[P]> }> {
  const settled = await Promise.allSettled(values);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as {
    -readonly [P in keyof T]: Awaited<T[P]>;
  };
}
