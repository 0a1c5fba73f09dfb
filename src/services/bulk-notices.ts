import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { z } from "zod";
import type { Db } from "../db/client";
import type { User } from "../db/queries/users";
import type { Deps } from "../deps";
import { NoticeTextSchema } from "../engine/tender/check-notice-text";
import { AppError } from "../errors";
import { LIMITS } from "../limits";
import { IsoDateStart } from "../validation/iso-date";
import { ingestNotice } from "./tenders";

export const NoticeLine = z.object({
  text: NoticeTextSchema,
  url: z.string().url("must be a URL").optional(),
  publishedAt: IsoDateStart.optional(),
});
export type NoticeInput = z.infer<typeof NoticeLine>;

/**
 * Reads notices from a folder (one .txt per notice; an optional .json beside it may give url and publishedAt)
 * or a JSON-lines file ({ text, url?, publishedAt? } per line). Every line is validated before anything is
 * stored: a bad line is a 422 naming its line and field, and nothing is written.
 */
export function readNotices(path: string): NoticeInput[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((f) => extname(f) === ".txt")
      .sort()
      .map((f) => ({ text: readFileSync(join(path, f), "utf8") }));
  }
  return parseJsonLines(readFileSync(path, "utf8"));
}

export function parseJsonLines(body: string): NoticeInput[] {
  const out: NoticeInput[] = [];
  const errors: { row: number; column: string; message: string }[] = [];
  body.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    if (line.includes("\0") || /\\u0000/i.test(line)) {
      errors.push({ row: i + 1, column: "", message: "contains a NUL byte (\\u0000)" });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ row: i + 1, column: "", message: "not valid JSON" });
      return;
    }
    const parsed = NoticeLine.safeParse(value);
    if (parsed.success) out.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors.push({ row: i + 1, column: issue.path.join(".") || "text", message: issue.message });
  });
  if (out.length > LIMITS.bulkNotices)
    throw new AppError(
      "payload_too_large",
      `${out.length} notices in one request; send at most ${LIMITS.bulkNotices} per request.`,
    );
  if (errors.length)
    throw new AppError(
      "validation_failed",
      `${errors.length} problem(s) in the notices; nothing was imported. First: line ${errors[0].row}, ${errors[0].column}: ${errors[0].message}`,
      errors,
    );
  return out;
}

/**
 * Ingests notices all or nothing: one transaction (each notice a savepoint inside it), so a failure on any line
 * leaves nothing stored. A client that goes away stops the work (the transaction rolls back), and the event loop
 * gets a turn between notices.
 */
export async function ingestNotices(deps: Deps, notices: NoticeInput[], poster: User | null, signal?: AbortSignal) {
  let stored = 0;
  let duplicates = 0;
  let matches = 0;
  await deps.db.transaction(async (tx) => {
    for (const n of notices) {
      if (signal?.aborted) throw new AppError("bad_request", "The client went away; nothing was stored.");
      const r = await ingestNotice(
        tx as unknown as Db,
        deps.embedder,
        n,
        deps.clock.now(),
        poster?.id ?? null,
        poster,
      ).catch((e: unknown) => {
        // say which notice could not be read; the transaction rolls back, so nothing is stored
        if (e instanceof AppError && e.code === "validation_failed")
          throw new AppError(
            "validation_failed",
            `notice ${notices.indexOf(n) + 1}: ${e.message}; nothing was imported`,
            [{ row: notices.indexOf(n) + 1, column: "text", message: e.message }],
          );
        throw e;
      });
      if (r.duplicate) duplicates++;
      else stored++;
      matches += r.matches.length;
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return { notices: notices.length, stored, duplicates, matches };
}
