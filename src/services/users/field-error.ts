import { AppError } from "../../errors";

/** A 422 naming each bad field, in the same shape as request-validation failures. */
export function fieldErrors(problems: { field: string; message: string }[]): AppError {
  return new AppError(
    "validation_failed",
    `Invalid request: ${problems.map((p) => `${p.field} ${p.message}`).join("; ")}`,
    problems,
  );
}

/** Postgres unique violation (two requests creating the same e-mail at once). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === "23505") return true;
  return false;
}
