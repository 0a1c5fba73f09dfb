// The agent in offline mode (the deterministic zh/en understanding): every case of evals/cases/agent-cases.ts
// played through the real runtime on the demo data, graded for tool choice, arguments, facts, grounding,
// language, refusals and multi-turn references; and name resolution over every demo account for every user
// (agent-names.ts). `live` changes nothing here (see agent-llm.eval.ts).
import { createDemoDeps } from "../test/harness";
import { gradeNameResolution } from "./agent-names";
import { accountIdsByName, createPlayer } from "./agent-play";
import { emptyGrades, gradeCase, metricsOf } from "./agent-score";
import { AGENT_CASES } from "./cases/agent-cases";
import type { EvalResult } from "./types";

export const THRESHOLDS = {
  toolChoice: 0.95,
  arguments: 0.9,
  facts: 0.95,
  grounding: 1,
  language: 1,
  refusal: 1,
  multiTurn: 0.9,
};

export async function run(_opts: { live: boolean }): Promise<EvalResult> {
  const deps = await createDemoDeps();
  try {
    const ids = await accountIdsByName(deps);
    const player = createPlayer(deps, null);
    const grades = emptyGrades();
    const misses: string[] = [];
    const only = process.env.AGENT_CASES?.split(",");
    for (const c of AGENT_CASES.filter((x) => !only || only.includes(x.id))) {
      const played = await player.play(c);
      if (played.skipped) misses.push(`${c.id}: skipped, ${played.skipped}`);
      gradeCase(played, grades, misses, { mode: "offline", ids });
    }
    const names = await gradeNameResolution(deps);
    const metrics = metricsOf(grades, "", THRESHOLDS);
    metrics.push({
      name: "name resolution",
      score: names.tally.right / names.tally.n,
      n: names.tally.n,
      threshold: 0.99,
    });
    return { suite: "agent", metrics, misses: [...misses, ...names.misses] };
  } finally {
    await deps.close();
  }
}
