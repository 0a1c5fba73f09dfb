/**
 * Builds the web widget (dist/web/widget.js) through Vite's JS API and prints its gzipped size.
 * Run: `tsx src/channels/web/build.ts`.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const BUDGET_KB = 60;

const configFile = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
const out = fileURLToPath(new URL("../../../dist/web/widget.js", import.meta.url));

await build({ configFile });
const bytes = await readFile(out);
const gz = gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`widget: dist/web/widget.js ${kb(bytes.length)} KB, ${kb(gz)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (gz > BUDGET_KB * 1024) console.warn(`widget: over the ${BUDGET_KB} KB gzipped budget`);
