/**
 * Whether a test file's prerequisite (a browser, a data set) is there. Under CI (`CI` set, as `.ci/run` does) a
 * missing one fails the run: a suite that silently skips proves nothing. Locally the file is skipped with a banner
 * on stderr that says what is missing and how to get it.
 */
export function requireOrSkip(what: string, present: boolean, howToGet: string): boolean {
  if (present) return true;
  const message = `${what} is missing: ${howToGet}`;
  if (process.env.CI && process.env.CI !== "false" && process.env.CI !== "0")
    throw new Error(`CI is set, so this cannot be skipped. ${message}`);
  const line = "!".repeat(Math.min(100, message.length + 12));
  console.error(`\n${line}\n!!! SKIPPED: ${message}\n${line}\n`);
  return false;
}
