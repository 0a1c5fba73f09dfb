import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, removeTempDataDirs, startServer, tempDataDir } from "./server";

const run = promisify(execFile);
const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The README section, its fenced blocks in order, and each csv block under the file name written just before it. */
function readSection() {
  const start = README.indexOf("## Set up a real team in three commands");
  const text = README.slice(start, README.indexOf("\n## ", start + 3));
  const blocks = [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1],
    body: m[2].trim(),
    fileName: [...text.slice(0, m.index).matchAll(/`([\w-]+\.csv)`/g)].pop()?.[1],
  }));
  const csv = Object.fromEntries(blocks.filter((b) => b.lang === "csv").map((b) => [b.fileName, b.body]));
  const sh = blocks.filter((b) => b.lang === "sh").map((b) => b.body.split("\n"));
  return { csv, sh };
}

const rowsOf = (csv: string) => {
  const [head, ...lines] = csv.split("\n");
  const cols = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
};

describe("the README's 'set up a real team' commands", () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    removeTempDataDirs();
  });

  it("run as written against a fresh installation: people, then accounts, then a key per person", async () => {
    const { csv, sh } = readSection();
    expect(Object.keys(csv).sort()).toEqual(["accounts.csv", "users.csv"]);
    const [[startLine, importUsers, importAccounts], [issueKey, whoAmI]] = sh;
    const env = Object.fromEntries(
      [...startLine.split("npm start")[0].matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]),
    );
    expect(Object.keys(env).sort()).toEqual(["FURROW_API_KEY", "SEED_DEMO"]);

    const dir = tempDataDir("furrow-readme-team-");
    for (const [name, body] of Object.entries(csv)) writeFileSync(join(dir, name), `${body}\n`);
    server = await startServer({ ...env, DATA_DIR: join(dir, "data") });
    const host = server.url.replace(/^http:\/\//, "");
    const curl = async (line: string) => {
      expect(line.startsWith("curl ")).toBe(true);
      const { stdout } = await run("bash", ["-c", line.replaceAll("localhost:8787", host)], { cwd: dir });
      return JSON.parse(stdout);
    };

    const users = rowsOf(csv["users.csv"]);
    const accounts = rowsOf(csv["accounts.csv"]);
    const imported = await curl(importUsers);
    expect(imported).toMatchObject({ imported: users.length, updated: 0, errors: [] });
    expect(await curl(importAccounts)).toMatchObject({ imported: accounts.length, updated: 0, errors: [] });

    // Every rep gets a key as the README says, and sees exactly the accounts the file gave them.
    for (const rep of users.filter((u) => u.role === "rep")) {
      const id = imported.withoutKey.find((w: { email: string }) => w.email === rep.email).id;
      const issued = await curl(issueKey.replace("<id>", id));
      expect(issued).toMatchObject({ label: "laptop" });
      expect(await curl(whoAmI.replace("<their key>", issued.key))).toMatchObject({ email: rep.email, role: "rep" });
      const res = await fetch(`${server.url}/api/accounts?limit=100`, {
        headers: { authorization: `Bearer ${issued.key}` },
      });
      const own = ((await res.json()) as { items: { externalId: string }[] }).items.map((a) => a.externalId).sort();
      expect(own).toEqual(
        accounts
          .filter((a) => a.owner_email === rep.email)
          .map((a) => a.external_id)
          .sort(),
      );
    }
  });
});
