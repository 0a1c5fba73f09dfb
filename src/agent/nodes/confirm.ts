import { interrupt, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { type AgentOptions, type Directory, turnConfig } from "../agent-types";
import { describeWrite, writeProblem } from "../describe-write";
import { understandMessage } from "../offline";
import type { AgentStateType, PlannedCall } from "../state";
import { runTool } from "./run-tool";

export type ConfirmRequest = {
  tool: string;
  summary: string;
  args: Record<string, unknown>;
  /** The names behind the ids in `args`, for channels that show them apart from the summary. */
  names?: { account?: string; contact?: string };
};
export type ConfirmDecision = "approve" | "reject";

const REFUSED: Record<string, { zh: string; en: string }> = {
  unknown_account: {
    zh: "这个客户不在你的客户里，没有记录任何内容。",
    en: "That account is not one of yours; nothing was saved.",
  },
  account_not_established: {
    zh: "这条消息和对话都没有指明这个客户，没有记录任何内容；请说出客户名称。",
    en: "Neither this message nor the conversation named that account; nothing was saved. Tell me the account's name.",
  },
  contact_elsewhere: {
    zh: "这位联系人不在这个客户，没有记录任何内容；请确认客户和联系人。",
    en: "That contact is not at this account; nothing was saved. Check the account and the person.",
  },
};

/**
 * Pauses the graph (a LangGraph interrupt, persisted in the checkpoint) until the user approves or rejects the write.
 * Before asking, the write is checked like the offline rules check theirs: its account is one the message or the
 * conversation established and its person works there; the summary names both in words.
 */
export function confirmNode(opts: AgentOptions) {
  return async (state: AgentStateType, config: LangGraphRunnableConfig) => {
    const call = state.turn.pending;
    if (!call) return {};
    const tool = opts.tools[call.name];
    const parsed = tool.input.safeParse(call.args);
    if (!parsed.success) {
      const executed = {
        ...call,
        ok: false,
        result: { error: { code: "invalid_arguments", message: parsed.error.message } },
      };
      return { turn: { ...state.turn, pending: null, executed: [...state.turn.executed, executed] } };
    }
    const { user, now } = turnConfig(config);
    const lang = state.turn.language;
    const dir = await opts.directory(user);
    const args = parsed.data as Record<string, unknown>;
    const problem = writeProblem(args, dir, established(state, dir, call, now, Boolean(opts.model)));
    if (problem) {
      const executed = { ...call, ok: false, result: { error: { code: problem, message: REFUSED[problem][lang] } } };
      return { turn: { ...state.turn, pending: null, executed: [...state.turn.executed, executed] } };
    }
    const request: ConfirmRequest = {
      tool: call.name,
      summary:
        describeWrite(call.name, args, dir, lang, now.slice(0, 10)) ?? tool.summarize?.(parsed.data, lang) ?? call.name,
      args,
      names: {
        account: dir.accounts.find((a) => a.id === args.accountId)?.name,
        contact: dir.contacts.find((c) => c.id === args.contactId)?.name,
      },
    };
    const decision = interrupt<ConfirmRequest, ConfirmDecision>(request);
    const executed =
      decision === "approve"
        ? await runTool(opts.tools, call, { deps: opts.deps, user, now: new Date(now), language: lang })
        : { ...call, ok: false, cancelled: true, result: { cancelled: true } };
    return { turn: { ...state.turn, pending: null, executed: [...state.turn.executed, executed] } };
  };
}

/**
 * The accounts a write may touch. Offline, the resolver chose the account itself. A model's choice must be an
 * account the message names (or whose contact it names) or the one the conversation is about.
 */
function established(state: AgentStateType, dir: Directory, call: PlannedCall, now: string, model: boolean): string[] {
  if (!model) return typeof call.args.accountId === "string" ? [call.args.accountId] : [];
  const u = understandMessage({
    message: state.turn.message,
    now,
    accounts: dir.accounts,
    contacts: dir.contacts,
    context: state.context,
    otherNames: [...dir.knownNames, ...dir.otherNames],
    hiddenAccountNames: dir.otherNames,
  });
  const contactAccounts = u.entities.contactIds.map((id) => dir.contacts.find((c) => c.id === id)?.accountId);
  const unresolved = (u.entities.unresolvedNames?.length ?? 0) > 0;
  return [
    ...u.entities.accountIds,
    ...contactAccounts.filter((x): x is string => typeof x === "string"),
    ...(unresolved ? [] : state.context.lastAccountIds),
  ];
}
