import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgentRuntime } from "../src/agent/runtime";
import { findUserByKey } from "../src/db/queries/users";
import type { Deps } from "../src/deps";
import { createTools } from "../tools";
import { createDemoDeps, DEMO_KEYS } from "./harness";

// On PGlite the checkpointer's pg client and the app's queries share one database session. Before the checkpointer
// took PGlite's transaction lock, app writes could land inside its BEGIN…COMMIT: new conversations went missing.
describe("many conversations at once on the embedded database", () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await createDemoDeps();
  });
  afterAll(() => deps.close());

  it("keeps every conversation and answers every turn", async () => {
    const runtime = createAgentRuntime(deps, { tools: createTools(), model: null, checkpointer: deps.checkpointer });
    const user = (await findUserByKey(deps.db, DEMO_KEYS.rep1))!;
    const questions = ["哪些客户有流失风险？", "华东医疗集团的评分", "它的决策人是谁?"];
    const answers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        let threadId: string | undefined;
        const names: string[] = [];
        for (const message of questions) {
          const turn = await runtime.run(user, { message, threadId });
          threadId = turn.threadId;
          names.push(turn.toolCalls[0]?.name ?? "");
        }
        return names;
      }),
    );
    expect(answers).toEqual(Array.from({ length: 10 }, () => ["at_risk_accounts", "explain_score", "power_map"]));
  });
});
