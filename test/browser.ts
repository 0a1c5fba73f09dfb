import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireOrSkip } from "./require-or-skip";

/** Debian's Chromium, driven by playwright-core in the browser tests. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether the browser tests can run: skipped loudly without Chromium, and failing under CI (require-or-skip.ts). */
export function hasChromiumFor(purpose: string): boolean {
  return requireOrSkip(
    `Chromium at ${CHROMIUM} (for ${purpose})`,
    existsSync(CHROMIUM),
    "apt-get install -y chromium, or set CHROMIUM_PATH",
  );
}

const root = fileURLToPath(new URL("..", import.meta.url));
export const WIDGET_JS = join(root, "dist/web/widget.js");

/** The newest file under the widget's sources, so a stale build is rebuilt, not tested. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The widget bundle, rebuilt when its sources are newer: a browser test must run today's widget. */
export function ensureWidgetBuilt(): void {
  if (existsSync(WIDGET_JS) && statSync(WIDGET_JS).mtimeMs >= newestSource(join(root, "src/channels/web/widget")))
    return;
  execFileSync(process.execPath, ["--import", "tsx", "src/channels/web/build.ts"], { cwd: root, stdio: "pipe" });
}
