// The agent eval's cases, written from what an account manager types. Round 1 (the zh and en files) and rounds
// 2 to 7 were each written before their first run; the code was then fixed, never the phrasing (two wrong
// expectations were corrected: an English name an account does not have, and a date the log tool defaults to
// today). The look-alikes at the end of round 4 came from the name sweep (agent-names.ts). The demo clock is
// Sunday 2026-11-22 (weeks start on Monday). A case's id is its place in this list, so new cases go at the end:
// the LLM recordings (evals/recordings/agent-llm.json) name cases by id.
import type { AgentCase } from "./agent-case-types";
import { DEAL_CASES } from "./agent-cases-deals";
import { EN_ONE_TOOL } from "./agent-cases-en";
import { EN_TALK } from "./agent-cases-en-talk";
import { GROUP_CASES } from "./agent-cases-groups";
import { ROUND_2 } from "./agent-cases-round2";
import { ROUND_3 } from "./agent-cases-round3";
import { ROUND_4 } from "./agent-cases-round4";
import { ROUND_5 } from "./agent-cases-round5";
import { ROUND_6 } from "./agent-cases-round6";
import { ROUND_7 } from "./agent-cases-round7";
import { WEEK_CASES } from "./agent-cases-week";
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
  ...ROUND_6,
  ...ROUND_7,
  ...WEEK_CASES,
  ...GROUP_CASES,
  ...DEAL_CASES,
].map((c, i) => ({ ...c, id: `${c.lang}-${String(i + 1).padStart(3, "0")}` }));
