// Tender notice parsing: every shared labelled notice parsed in-process and graded field by field
// with the rules of shared/tools/tender-accuracy.mjs. Offline; `live` changes nothing here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gradeParsedNotice } from "../src/engine/tender/grade-parsed-notice";
import { parseNotice } from "../src/engine/tender/parse-notice";
import type { EvalMetric, EvalResult } from "./types";

const DATA = new URL("../../shared/data/tenders/", import.meta.url);
const STRICT = new Set(["budget", "maxPrice", "awardAmount", "deadline"]);

export async function run(_opts: { live: boolean }): Promise<EvalResult> {
  const stats = new Map<string, { right: number; n: number }>();
  const misses: string[] = [];
  for (const lang of ["zh", "en"]) {
    const dir = new URL(`${lang}/`, DATA);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const labelUrl = new URL(file.replace(/\.txt$/, ".json"), dir);
      if (!existsSync(labelUrl)) continue;
      const label = JSON.parse(readFileSync(labelUrl, "utf8"));
      let parsed: Record<string, unknown> = {};
      try {
        parsed = parseNotice(readFileSync(new URL(file, dir), "utf8"));
      } catch (e) {
        misses.push(`${lang}/${file}: parser threw ${(e as Error).message}`);
      }
      for (const g of gradeParsedNotice(parsed, label)) {
        const s = stats.get(g.field) ?? { right: 0, n: 0 };
        s.n++;
        if (g.ok) s.right++;
        else
          misses.push(
            `${lang}/${file} ${g.field}: got ${JSON.stringify(g.got)?.slice(0, 80)} want ${JSON.stringify(g.want)?.slice(0, 80)}`,
          );
        stats.set(g.field, s);
      }
    }
  }
  const metrics: EvalMetric[] = [...stats].map(([field, s]) => ({
    name: field,
    score: s.n ? s.right / s.n : 0,
    n: s.n,
    threshold: STRICT.has(field) ? 0.98 : 0.95,
  }));
  const right = [...stats.values()].reduce((a, s) => a + s.right, 0);
  const n = [...stats.values()].reduce((a, s) => a + s.n, 0);
  metrics.push({ name: "overall", score: n ? right / n : 0, n, threshold: 0.95 });
  return { suite: "tender", metrics, misses };
}
