// `npm run test:mutations [-- --only id,id] [-- --jobs 2]`: applies each deliberate break of ./list.ts, one at a
// time, in a scratch copy of the working tree (node_modules linked), runs only the test files named for it, and
// reports whether they caught it. Exit code 1 when any break is missed or no longer applies.
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Edit, MUTATIONS, type Mutation } from "./list";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg("only")?.split(",");
const jobs = Math.max(1, Number(arg("jobs") ?? 1));
const list = only ? MUTATIONS.filter((m) => only.includes(m.id)) : MUTATIONS;

/** A copy of the tracked and new files (not ignored ones), with the real node_modules linked in. */
function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "furrow-mutations-"));
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && f !== "node_modules" && existsSync(join(ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  if (existsSync(join(ROOT, "dist"))) cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
  symlinkSync(realpathSync(join(ROOT, "node_modules")), join(dir, "node_modules"));
  return dir;
}

function vitest(dir: string, tests: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const proc = spawn(join(dir, "node_modules/.bin/vitest"), ["run", "--reporter=dot", ...tests], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    proc.stdout.on("data", (d) => (output += d));
    proc.stderr.on("data", (d) => (output += d));
    proc.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

const occurrences = (text: string, find: string) => text.split(find).length - 1;

type Outcome = { m: Mutation; result: "caught" | "MISSED" | "STALE"; seconds: number; note?: string };

async function apply(dir: string, m: Mutation): Promise<Outcome> {
  const started = Date.now();
  const path = join(dir, m.file);
  if (!existsSync(path)) return { m, result: "STALE", seconds: 0, note: `${m.file} is gone` };
  const original = readFileSync(path, "utf8");
  let mutated = original;
  for (const e of [m, ...(m.also ?? [])] as Edit[]) {
    const n = occurrences(mutated, e.find);
    if (n !== 1) return { m, result: "STALE", seconds: 0, note: `the text to break occurs ${n} times in ${m.file}` };
    mutated = mutated.replace(e.find, () => e.replace);
  }
  writeFileSync(path, mutated);
  try {
    const { code, output } = await vitest(dir, m.tests);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (code !== 0) return { m, result: "caught", seconds };
    return { m, result: "MISSED", seconds, note: output.split("\n").slice(-6).join(" ").trim() };
  } finally {
    writeFileSync(path, original);
  }
}

const dirs = Array.from({ length: Math.min(jobs, list.length) }, scratchCopy);
try {
  // The named tests must pass on the unbroken code, or a "caught" would mean nothing.
  const allTests = [...new Set(list.flatMap((m) => m.tests))];
  console.log(`baseline: ${allTests.length} test files on the unbroken code …`);
  const base = await vitest(dirs[0], allTests);
  if (base.code !== 0) {
    console.error(`the unbroken code fails its tests; fix that first:\n${base.output.slice(-3000)}`);
    process.exitCode = 1;
  }
  const queue = base.code === 0 ? [...list] : [];
  const outcomes: Outcome[] = [];
  await Promise.all(
    dirs.map(async (dir) => {
      for (let m = queue.shift(); m; m = queue.shift()) {
        const o = await apply(dir, m);
        outcomes.push(o);
        console.log(
          `${o.result.padEnd(6)} ${m.id.padEnd(36)} ${String(o.seconds).padStart(4)}s  ${m.what}${o.note ? `  (${o.note})` : ""}`,
        );
      }
    }),
  );
  const caught = outcomes.filter((o) => o.result === "caught").length;
  console.log(`\n${caught}/${outcomes.length} breaks caught`);
  if (caught !== outcomes.length || !outcomes.length) process.exitCode = 1;
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
