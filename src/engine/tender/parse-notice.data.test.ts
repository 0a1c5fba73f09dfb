// biome-ignore lint/style/noRestrictedImports: this test reads the shared labelled notices; the engine itself does no I/O
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gradeParsedNotice } from "./grade-parsed-notice";
import { parseNotice } from "./parse-notice";
import { ParsedNoticeSchema } from "./schema";

const root = new URL("../../../../shared/data/tenders/", import.meta.url);

function notices(): { name: string; text: string; label: Record<string, unknown> }[] {
  const out = [];
  for (const lang of ["zh", "en"]) {
    const dir = new URL(`${lang}/`, root);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith(".txt"))
      .sort()) {
      const label = new URL(f.replace(/\.txt$/, ".json"), dir);
      if (!existsSync(label)) continue;
      out.push({
        name: `${lang}/${f}`,
        text: readFileSync(new URL(f, dir), "utf8"),
        label: JSON.parse(readFileSync(label, "utf8")),
      });
    }
  }
  return out;
}

// the floor sits a little under today's score so that a real regression fails, not a lucky rule
const FLOOR = 0.97;

describe.skipIf(!existsSync(root))("parseNotice on the shared labelled notices", () => {
  const all = notices();

  it("parses every notice into a schema-valid ParsedNotice", () => {
    for (const n of all) expect(() => ParsedNoticeSchema.parse(parseNotice(n.text)), n.name).not.toThrow();
  });

  it(`grades at least ${FLOOR} of the labelled fields right`, () => {
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const n of all) {
      for (const g of gradeParsedNotice(parseNotice(n.text), n.label)) {
        total++;
        if (g.ok) right++;
        else misses.push(`${n.name} ${g.field}: got ${JSON.stringify(g.got)} want ${JSON.stringify(g.want)}`);
      }
    }
    if (misses.length) console.log(misses.join("\n"));
    expect(total).toBeGreaterThan(400);
    expect(right / total).toBeGreaterThanOrEqual(FLOOR);
  });

  it("gives byte-identical output for the same text", () => {
    for (const n of all.slice(0, 10))
      expect(JSON.stringify(parseNotice(n.text))).toBe(JSON.stringify(parseNotice(n.text)));
  });
});
