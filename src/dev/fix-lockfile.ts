// `npm run lockfile:fix`, after any `npm install`: the npm registry this project installs from lacks some
// platforms' builds of optional native packages (e.g. @biomejs/cli-darwin-arm64). npm install skips them and writes
// a lock that lists them as optional dependencies without entries, and `npm ci` then refuses the lock as out of
// sync. This drops those dangling optional edges so `npm ci` installs exactly what the lock holds.
import { readFileSync, writeFileSync } from "node:fs";

type Entry = { optionalDependencies?: Record<string, string> };
const path = new URL("../../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8")) as { packages: Record<string, Entry> };
let dropped = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!entry.optionalDependencies) continue;
  const base = key === "" ? "" : `${key}/`;
  for (const dep of Object.keys(entry.optionalDependencies)) {
    const present = lock.packages[`${base}node_modules/${dep}`] ?? lock.packages[`node_modules/${dep}`];
    if (!present) {
      delete entry.optionalDependencies[dep];
      dropped++;
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: dropped ${dropped} optional dependencies the registry does not have`);
