import type { AgentCase } from "./agent-case-types";
import { acc, ask, c, ECMG } from "./case-builders";

/** A group and its members at once (issue 10): written the way a rep asks, before the first run. */
export const GROUP_CASES: AgentCase[] = [
  c(
    "zh",
    "rep1",
    ["group"],
    ask("zh", "华东医疗集团下面几家医院最近都咋样", ["group_overview"], { args: { accountId: acc(ECMG) } }),
  ),
  c(
    "en",
    "rep1",
    ["group"],
    ask("en", "how r the hospitals under east china medical group doing lately?", ["group_overview"], {
      args: { accountId: acc(ECMG) },
    }),
  ),
];
