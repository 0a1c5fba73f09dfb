// Runs every bench/*.bench.ts (each exports `run(): Promise<void>` that prints one line per figure).
// `npm run bench -- tender` runs only the files whose name contains "tender".
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filter.length === 0 || filter.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  console.log(`# ${file.replace(/\.bench\.ts$/, "")}`);
  await mod.run();
}
process.exit(0);
