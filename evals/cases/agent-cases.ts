// The agent eval's cases, written from what an account manager types before the suite was run (rounds 2-4
// were each written before their first run; round 5 holds the look-alikes the name sweep found). The demo clock is
// Sunday 2026-11-22 (weeks start on Monday). A case's id is its place in this list, so new cases go at the end:
// the LLM recordings (evals/recordings/agent-llm.json) name cases by id.
import type { AgentCase } from "./agent-case-types";
import { EN_ONE_TOOL } from "./agent-cases-en";
import { EN_TALK } from "./agent-cases-en-talk";
import { ROUND_2 } from "./agent-cases-round2";
import { ROUND_3 } from "./agent-cases-round3";
import { ROUND_4 } from "./agent-cases-round4";
import { ROUND_5 } from "./agent-cases-round5";
import { ZH_ONE_TOOL } from "./agent-cases-zh";
import { ZH_TALK } from "./agent-cases-zh-talk";

export const AGENT_CASES: AgentCase[] = [
  ...ZH_ONE_TOOL,
  ...ZH_TALK,
  ...EN_ONE_TOOL,
  ...EN_TALK,
  ...ROUND_2,
  ...ROUND_3,
  ...ROUND_4,
  ...ROUND_5,
].map((c, i) => ({ ...c, id: `${c.lang}-${String(i + 1).padStart(3, "0")}` }));
