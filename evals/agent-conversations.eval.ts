// Hand-written conversations (evals/cases/conversations-*.ts) played offline through the real runtime on the demo
// data. Two suites: the measured-only half first (never tuned to), then the development half. "handled" = right
// tool, right account(s), the hand-written facts in the reply, the right language. Grounding uses the production
// checker and is reported beside, not instead of, the hand-written facts.
import { checkGrounding } from "../src/agent/grounding/check-grounding";
import { createAgentRuntime, type TurnResponse } from "../src/agent/runtime";
import { findUserByKey } from "../src/db/queries/users";
import type { Deps } from "../src/deps";
import { directoryFor } from "../src/services/book";
import { createDemoDeps, DEMO_KEYS } from "../test/harness";
import { createTools } from "../tools";
import { accountIdsByName } from "./agent-play";
import type { Conversation } from "./cases/conversation-types";
import { DEVELOPMENT, MEASURED } from "./cases/conversations";
import { gradeTurn, readableText } from "./conversation-score";
import type { EvalMetric, EvalResult } from "./types";

export const THRESHOLDS = { handled: 0.9, noWrongAccount: 1, grounding: 1, language: 1, codesFree: 1 };

export async function run(_opts: { live: boolean }): Promise<EvalResult[]> {
  const deps = await createDemoDeps();
  try {
    return [
      await playSet(deps, "conversations: measured-only", MEASURED),
      await playSet(deps, "conversations: development", DEVELOPMENT),
    ];
  } finally {
    await deps.close();
  }
}

async function playSet(deps: Deps, suite: string, list: Conversation[]): Promise<EvalResult> {
  const runtime = createAgentRuntime(deps, { tools: createTools(), model: null, checkpointer: deps.checkpointer });
  const ids = await accountIdsByName(deps);
  const t = { handled: 0, wrong: 0, grounded: 0, language: 0, codesFree: 0, n: 0 };
  const misses: string[] = [];
  for (const c of list) {
    const user = await findUserByKey(deps.db, DEMO_KEYS[c.user ?? "rep1"]);
    if (!user) throw new Error(`no demo user ${c.user}`);
    const dir = await directoryFor(deps.db, user);
    const names = [...dir.knownNames, ...dir.accounts.flatMap((a) => [a.name, ...a.aliases])];
    let threadId: string | undefined;
    for (const [i, [say, want]] of c.turns.entries()) {
      t.n++;
      const label = `${c.id}#${i + 1} ${JSON.stringify(say)}`;
      let r: TurnResponse;
      try {
        r = await runtime.run(user, { threadId, message: say });
        threadId = r.threadId;
      } catch (e) {
        misses.push(`${label}: error ${(e as Error).message}`);
        continue;
      }
      const sources = [...r.toolCalls.map((x) => x.result), ...r.reply.cards.map((x) => x.data)];
      const g = gradeTurn(r, want, c.lang, ids, [...names, JSON.stringify(sources)]);
      // The user's own words may be said back ("没有找到“北京协和医院”"): they are grounded in the message.
      const grounding = checkGrounding(r.reply.text, [...sources, say], dir.knownNames);
      if (g.handled) t.handled++;
      if (g.wrongAccount) t.wrong++;
      if (grounding.ok) t.grounded++;
      else g.problems.push(`ungrounded ${grounding.ungrounded.join(", ")}`);
      if (g.language) t.language++;
      if (g.codesFree) t.codesFree++;
      if (g.problems.length > 0)
        misses.push(`${label}: ${g.problems.join("; ")} :: ${JSON.stringify(readableText(r).slice(0, 90))}`);
    }
  }
  const metric = (name: string, right: number, threshold: number): EvalMetric => ({
    name,
    // A metric with no samples fails rather than disappearing.
    score: t.n === 0 ? 0 : right / t.n,
    n: t.n,
    threshold,
  });
  return {
    suite,
    metrics: [
      metric("handled", t.handled, THRESHOLDS.handled),
      metric("no wrong account", t.n - t.wrong, THRESHOLDS.noWrongAccount),
      metric("grounding", t.grounded, THRESHOLDS.grounding),
      metric("language match", t.language, THRESHOLDS.language),
      metric("no codes in text", t.codesFree, THRESHOLDS.codesFree),
    ],
    misses,
  };
}
