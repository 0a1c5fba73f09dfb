/** The agent eval's cases as data: what an account manager types, and what a right answer holds. */
export type UserKey = "admin" | "manager" | "rep1" | "rep2" | "rep3" | "rep4";
export type Lang = "zh" | "en";

/** A pasted notice from the shared data set, optionally wrapped and with a line slipped into it. */
export type NoticeMessage = { notice: string; before?: string; inject?: string };

/** What one argument of the expected tool must be. `account` names an account: its id is looked up at run time. */
export type ArgExpect =
  | { account: string }
  | { accounts: string[] }
  | { equals: unknown }
  | { absent: true }
  | { matches: string };

/**
 * A fact the reply must state, read from the tool result at run time: `path` into the named tool's result
 * (dots, array indices). `text` must appear as is; `number`, `money` (yuan, shown in 万/亿/k/M) and `pct`
 * (a fraction shown as %) must appear as a number within the precision shown.
 */
export type FactExpect = { tool: string; path: string; kind: "text" | "number" | "money" | "pct" };

export type NoToolReason =
  | "help"
  | "out_of_scope"
  | "forbidden"
  | "need_account"
  | "unknown_account"
  | "need_action_details";

export type TurnExpect = {
  /** The tools run (or held for confirmation) this turn, in order; [] for none. */
  tools: string[];
  /** Key arguments of the first expected tool. */
  args?: Record<string, ArgExpect>;
  /** A write waits for the user's confirmation (a confirm card). */
  confirm?: boolean;
  /** Why no tool ran; refusals are `forbidden` and `out_of_scope`. */
  noTool?: NoToolReason;
  facts?: FactExpect[];
  language: Lang;
  /** Text that must not appear in the reply (leaks, injected content). */
  absent?: string[];
};

export type CaseTurn =
  | { say: string | NoticeMessage; expect: TurnExpect }
  | { confirm: "approve" | "reject"; expect: TurnExpect };

export type AgentCase = { id: string; lang: Lang; user: UserKey; tags: string[]; turns: CaseTurn[] };
