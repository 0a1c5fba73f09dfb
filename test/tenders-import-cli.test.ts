import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDataDirs, seededDataDir, tempDataDir } from "./server";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const exec = promisify(execFile);

/** `npm run tenders:import -- <path>` as a user runs it (the script itself, on a stopped Furrow's DATA_DIR). */
const importTenders = (dataDir: string, ...args: string[]) =>
  exec(process.execPath, ["--import", "tsx", "src/jobs/import-tenders.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir, SEED_DEMO: "false" },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

// Notices written for this test; the buyer is a demo account (宁波市甬江人民医院), the second is the first's correction.
const TENDER = [
  "宁波市甬江人民医院彩色多普勒超声诊断仪采购项目招标公告",
  "项目编号：NBYJ-2026-ZB-0917",
  "采购人：宁波市甬江人民医院",
  "预算金额：260万元",
  "投标截止时间：2026年12月18日 09:30",
].join("\n");
const CORRECTION = [
  "宁波市甬江人民医院彩色多普勒超声诊断仪采购项目更正公告",
  "项目编号：NBYJ-2026-ZB-0917",
  "采购人：宁波市甬江人民医院",
  "更正事项：投标截止时间变更为2026年12月25日 09:30",
].join("\n");

describe("npm run tenders:import", () => {
  let dataDir: string;
  const query = async <R>(q: string) => {
    const db = await PGlite.create(dataDir, { extensions: { vector } });
    try {
      return (await db.query<R>(q)).rows;
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    // A stopped Furrow's data folder holding the demo data: a copy of the one a real server seeded once for the run.
    dataDir = await seededDataDir("furrow-tenders-");
  });
  afterAll(removeTempDataDirs);

  it("ingests a folder of notices: a correction joins its tender, a repeat is stored once, the buyer is matched", async () => {
    const before = await query<{ tenders: number; notices: number }>(
      `select (select count(*)::int from tenders) as tenders, (select count(*)::int from tender_notices) as notices`,
    );
    const folder = tempDataDir("furrow-notices-");
    writeFileSync(join(folder, "1-tender.txt"), TENDER);
    writeFileSync(join(folder, "2-correction.txt"), CORRECTION);
    writeFileSync(join(folder, "3-same-again.txt"), TENDER);
    writeFileSync(join(folder, "readme.md"), "not a notice");
    const r = await importTenders(dataDir, folder);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split("\n").at(-1)!)).toMatchObject({ notices: 3, stored: 2, duplicates: 1 });
    const after = await query<{ tenders: number; notices: number }>(
      `select (select count(*)::int from tenders) as tenders, (select count(*)::int from tender_notices) as notices`,
    );
    expect(after[0]).toEqual({ tenders: before[0].tenders + 1, notices: before[0].notices + 2 });
    const matched = await query<{ name: string; kind: string }>(
      `select a.name, m.kind from tender_matches m join tenders t on t.id = m.tender_id
       join accounts a on a.id = m.account_id where t.latest->>'projectNumber' = 'NBYJ-2026-ZB-0917'`,
    );
    expect(matched).toContainEqual(expect.objectContaining({ name: "宁波市甬江人民医院" }));
  }, 240_000);

  it("refuses a file with a bad line, naming it, and stores nothing", async () => {
    const before = await query<{ n: number }>(`select count(*)::int as n from tender_notices`);
    const dir = tempDataDir("furrow-jsonl-");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, `${JSON.stringify({ text: "另一份公告的正文，足够长了。" })}\n{"text": ""}\n`);
    const r = await importTenders(dataDir, file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"row": 2/);
    expect(await query<{ n: number }>(`select count(*)::int as n from tender_notices`)).toEqual(before);
  }, 240_000);

  it("says how to use it when no path is given", async () => {
    const r = await importTenders(dataDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run tenders:import/);
  }, 120_000);
});
