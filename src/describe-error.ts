/**
 * What the log may keep of an unexpected error: its type, a database error's code and message, and the stack frames.
 * Never the failed SQL's parameters (names, phones, e-mails) nor a message that embeds them: drizzle's "Failed query:
 * … params: …" is reduced to its cause, and the stack's first line (which repeats the message) is dropped.
 */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: typeof err };
  const cause = (err as { cause?: unknown }).cause;
  const failedQuery = err.message.startsWith("Failed query");
  const source = failedQuery && cause instanceof Error ? cause : err;
  const code = (source as { code?: unknown }).code;
  const frames = (err.stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .join("\n");
  return {
    error: source.name,
    ...(typeof code === "string" ? { code } : {}),
    message: failedQuery && source === err ? "database query failed" : redact(source.message),
    stack: frames,
  };
}

/** Quoted values in a database message ("Key (phone)=(138…)") are data: keep the shape, drop the value. */
function redact(message: string): string {
  return message
    .split("\n")[0]
    .replace(/\(([^()]*)\)=\(([^()]*)\)/g, "($1)=(…)")
    .replace(/"[^"]{0,200}"/g, '"…"')
    .slice(0, 300);
}
