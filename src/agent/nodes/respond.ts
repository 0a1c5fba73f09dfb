import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { renderTurnText } from "../../../prompts/replies";
import { systemPrompt } from "../../../prompts/system";
import type { LastContactResult } from "../../../tools/last-contact";
import type { PowerMapResult } from "../../../tools/power-map";
import { type AgentOptions, turnConfig } from "../agent-types";
import type { Card } from "../cards";
import { clarifyReply } from "../clarify";
import { checkGrounding } from "../grounding/check-grounding";
import type { ChatMessage } from "../model";
import { BOSS_OF, pronounGender } from "../offline/resolve-people";
import type { ConversationContext } from "../offline/types";
import type { AgentStateType, Turn } from "../state";
import type { ToolChoices } from "../tool-types";
import { stage } from "../turn-stages";
import { toolMessages } from "./tool-messages";

/** Asks that come after an answer: other readings offered to pick (a group's members, the rest of a list). */
const OFFERED_AFTER = ["narrow_group", "top_of_list"];

/**
 * Writes the reply. Offline: templates over the tool results. With a model: its draft, if every number, date and
 * name in it is grounded in this turn's tool results; otherwise one regeneration, then the templated reply.
 */
export function respondNode(opts: AgentOptions) {
  return (state: AgentStateType, config: LangGraphRunnableConfig) =>
    stage("reply rendering", () => respond(opts, state, config));
}

async function respond(opts: AgentOptions, state: AgentStateType, config: LangGraphRunnableConfig) {
  const turn = state.turn;
  const asked = turn.ask && turn.executed.length === 0 ? clarifyReply(turn.ask, turn.language) : null;
  // An answer that may have meant another account than the one read (a group's member) offers it after the answer.
  const offered =
    turn.ask && OFFERED_AFTER.includes(turn.ask.reason) && turn.executed.length > 0
      ? clarifyReply(turn.ask, turn.language)
      : null;
  const template =
    asked?.text ?? [renderTurnText(turn, turn.language), offered?.text].filter((t) => t !== undefined).join("\n\n");
  let text = template;
  let source: Turn["replySource"] = "template";
  if (opts.model && turn.draft !== null) {
    const { user, now } = turnConfig(config);
    const dir = await opts.directory(user);
    const results = turn.executed.map((c) => c.result);
    if (checkGrounding(turn.draft, results, dir.knownNames).ok && turn.draft.trim()) {
      text = turn.draft;
      source = "model";
    } else {
      const retry = await regenerate(
        opts,
        state,
        user.name,
        now,
        checkGrounding(turn.draft, results, dir.knownNames).ungrounded,
      );
      if (retry && checkGrounding(retry, results, dir.knownNames).ok) {
        text = retry;
        source = "model-retry";
      } else
        opts.deps.logger.warn("ungrounded model reply replaced by the template", { draft: turn.draft.slice(0, 200) });
    }
  }
  const cards: Card[] = [
    ...turn.executed.flatMap((c) => {
      const tool = opts.tools[c.name];
      return c.ok && tool?.cards ? tool.cards(c.result as never, c.args as never) : [];
    }),
    ...(asked?.cards ?? []),
    ...(offered?.cards ?? []),
    // A write that could mean several records (two open deals) asks back with them as buttons.
    ...turn.executed.flatMap((c): Card[] => {
      const choices = c.ok ? undefined : (c.result as { error?: { choices?: ToolChoices } }).error?.choices;
      return choices ? [{ kind: "choices", data: choices }] : [];
    }),
  ];
  const reply = { text, language: turn.language, cards };
  const accountIds = turn.executed
    .flatMap((c) => [c.args.accountId, ...((c.args.accountIds as unknown[]) ?? [])])
    .filter((x): x is string => typeof x === "string");
  return {
    turn: { ...turn, reply, replySource: source },
    transcript: [{ role: "assistant", content: text } as ChatMessage],
    context: withBoss(
      withDecider(
        withList(
          opts.model && accountIds.length
            ? { ...state.context, lastAccountIds: [...new Set(accountIds)], language: turn.language }
            : state.context,
          turn,
        ),
        turn,
      ),
      turn,
    ),
  };
}

/** The accounts a list just showed, in its order, for "第二个" / "the second one" next turn. */
function withList(context: ConversationContext, turn: Turn): ConversationContext {
  for (const c of [...turn.executed].reverse()) {
    if (!c.ok) continue;
    const items = (c.result as { items?: { id?: unknown }[] } | null)?.items;
    if ((c.name === "find_accounts" || c.name === "at_risk_accounts") && Array.isArray(items))
      return { ...context, lastListIds: items.map((i) => i.id).filter((id): id is string => typeof id === "string") };
    if (c.name === "compare_accounts" && Array.isArray(c.args.accountIds))
      return { ...context, lastListIds: c.args.accountIds as string[] };
    // The stale list (longest first), what accounts owe, and the deals closing in a period (biggest first): "which
    // one's the biggest", "第一个是谁负责的".
    if (c.name === "tender_matches")
      return { ...context, lastListIds: accountIdsOf(items), lastTenders: tendersOf(items) };
    // A deal list's n-th line is its n-th deal, even when one account has two of them.
    if ((c.name === "find_deals" || c.name === "competitor_deals") && Array.isArray(items))
      return {
        ...context,
        lastListIds: items.map((i) => (i as { accountId?: unknown }).accountId).filter((id) => typeof id === "string"),
      } as ConversationContext;
    if (c.name === "stale_accounts" || c.name === "receivables")
      return { ...context, lastListIds: accountIdsOf(items) };
    const closing = (c.result as { closing?: unknown } | null)?.closing;
    if (c.name === "forecast" && Array.isArray(closing)) return { ...context, lastListIds: accountIdsOf(closing) };
  }
  return context;
}

/** Each tender match of a list, its account and kind (open_tender, upcoming, competitor_win, renewal), in order. */
function tendersOf(list: unknown): { accountId: string; kind: string }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((i) =>
    typeof i?.accountId === "string" && typeof i?.kind === "string" ? [{ accountId: i.accountId, kind: i.kind }] : [],
  );
}

/** The accounts of a list's items (`accountId`), each once, in order. */
function accountIdsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return [...new Set(list.map((i) => i?.accountId).filter((id): id is string => typeof id === "string"))];
}

/** "她老板是谁", "who does she report to", "her manager?": asked of one person's boss. */
const BOSS_ASKED = new RegExp(`${BOSS_OF.source}|汇报给|向谁汇报|跟谁汇报|\\b(reports? to|manager)\\b`, "i");

/**
 * After "她老板是谁" answered for one person: the boss the answer named, and the pronoun used for the person, so a
 * pronoun of the other kind next ("上次跟他联系是哪天") means the boss (offline/resolve-people.ts).
 */
function withBoss(context: ConversationContext, turn: Turn): ConversationContext {
  const call = turn.executed.find((c) => c.ok && c.name === "power_map" && typeof c.args.contactId === "string");
  // Answered with the boss's own card (at another account, offline/resolve-people.ts): they are the person now.
  if (!call || !BOSS_ASKED.test(turn.message) || call.args.bossOf) return context;
  const map = (call.result as PowerMapResult | undefined)?.map;
  const boss = map?.contacts.find((c) => c.id === call.args.contactId)?.reportsToId;
  const pronoun = pronounGender(turn.message);
  return boss && pronoun ? { ...context, answerContactIds: [boss], pronoun } : context;
}

/** After a power map about nobody in particular that names one decision maker: that person, for "他上面是谁" next. */
function withDecider(context: ConversationContext, turn: Turn): ConversationContext {
  const map = turn.executed.find((c) => c.ok && c.name === "power_map" && !c.args.contactId);
  const deciders = ((map?.result as PowerMapResult | undefined)?.map.contacts ?? []).filter(
    (c) => c.role === "decision_maker" && !c.leftCompany,
  );
  return deciders.length === 1 ? { ...context, lastContactIds: [deciders[0].id] } : withPersonMet(context, turn);
}

/**
 * "when was the last visit and who with" answered with the person met (or a period's first note's): that person, for
 * "remind me to call him" next.
 */
function withPersonMet(context: ConversationContext, turn: Turn): ConversationContext {
  const touch = turn.executed.find((c) => c.ok && c.name === "last_contact" && !c.args.contactId);
  const said = touch?.result as LastContactResult | undefined;
  const met = said?.period ? said.period.touches[0]?.contactId : said?.last?.contactId;
  return met ? { ...context, lastContactIds: [met] } : context;
}

async function regenerate(
  opts: AgentOptions,
  state: AgentStateType,
  userName: string,
  now: string,
  ungrounded: string[],
): Promise<string | null> {
  const messages: ChatMessage[] = [
    { role: "system", content: systemPrompt({ language: state.turn.language, userName, today: now.slice(0, 10) }) },
    ...state.transcript,
    ...toolMessages(state.turn.executed, opts.tools),
    { role: "assistant", content: state.turn.draft ?? "" },
    {
      role: "user",
      content: `Rewrite your last answer. These values are not in the tool results: ${ungrounded.join(", ")}. Use only numbers, dates and names that the tools returned in this turn.`,
    },
  ];
  try {
    const turn = await opts.model!.complete({ messages, purpose: "reply" });
    return turn.content;
  } catch {
    return null;
  }
}
