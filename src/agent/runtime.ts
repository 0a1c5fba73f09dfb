import { randomUUID } from "node:crypto";
import { Command, type CompiledStateGraph } from "@langchain/langgraph";
import type { BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import { createThread, findThread, releaseLease, renewLease, takeLease } from "../db/queries/threads";
import type { User } from "../db/queries/users";
import type { Deps } from "../deps";
import { AppError } from "../errors";
import { directoryFor } from "../services/book";
import type { ToolRegistry } from "./agent-types";
import type { Card, Reply } from "./cards";
import { checkpointTurn } from "./checkpointer";
import { buildAgentGraph } from "./graph";
import type { ChatModel } from "./model";
import type { ConfirmRequest } from "./nodes/confirm";
import { detectLanguage } from "./offline/detect-language";
import { detectNotice } from "./offline/detect-notice";
import { type AgentStateType, emptyTurn } from "./state";
import { stage } from "./turn-stages";

export type TurnRequest = { message?: string; threadId?: string; confirm?: "approve" | "reject" };
export type TurnResponse = {
  threadId: string;
  reply: Reply;
  toolCalls: { name: string; args: unknown; result: unknown }[];
};

/**
 * A turn's lease lasts `seconds` and is renewed every `heartbeatMs` while the turn runs: a crashed instance's lease
 * lapses within `seconds` (and on the embedded database a restart releases it at once). A second message waits up
 * to `waitMs` for the lease. Tests pass shorter timings to see a turn outlive its lease.
 */
export type LeaseTiming = { seconds: number; heartbeatMs: number; waitMs: number };
const LEASE: LeaseTiming = { seconds: 20, heartbeatMs: 5_000, waitMs: 10_000 };

/** Runs chat turns: one at a time per thread (a lease in Postgres), state in the checkpointer, any instance. */
export function createAgentRuntime(
  deps: Deps,
  opts: { tools: ToolRegistry; model: ChatModel | null; checkpointer: BaseCheckpointSaver; lease?: LeaseTiming },
) {
  const lease = opts.lease ?? LEASE;
  const graph = buildAgentGraph({
    deps,
    tools: opts.tools,
    model: opts.model,
    directory: (user) => directoryFor(deps.db, user),
  }).compile({
    checkpointer: opts.checkpointer,
  }) as unknown as CompiledStateGraph<AgentStateType, Partial<AgentStateType>, string>;
  const holder = `instance-${randomUUID()}`;

  // The turn's two reads of the thread's latest checkpoint (its state before, and LangGraph's start) are one query.
  const run = (user: User, req: TurnRequest): Promise<TurnResponse> => checkpointTurn(() => runTurn(user, req));

  async function runTurn(user: User, req: TurnRequest): Promise<TurnResponse> {
    const threadId = req.threadId ?? randomUUID();
    await stage("thread and lease", async () => {
      // Usually one statement: a new thread is created leased; the user's idle thread is leased at once. Only when
      // that fails is it told apart: another user's (or no) thread is missing, a busy one is waited for.
      if (!req.threadId) await createThread(deps.db, user.id, threadId, { holder, seconds: lease.seconds });
      else if (!(await takeLease(deps.db, threadId, holder, lease.seconds, user.id))) {
        if (!(await findThread(deps.db, user.id, req.threadId)))
          throw new AppError("not_found", "No such conversation.");
        await acquire(threadId);
      }
    });
    const heartbeat = setInterval(() => {
      renewLease(deps.db, threadId, holder, lease.seconds).catch(() => {});
    }, lease.heartbeatMs);
    try {
      const config = { configurable: { thread_id: threadId, user, now: deps.clock.now().toISOString() } };
      const before = await stage("checkpoint read", () => graph.getState(config));
      const pending = interruptOf(before);
      let input: unknown;
      if (req.confirm) {
        if (!pending) throw new AppError("conflict", "There is nothing waiting for confirmation in this conversation.");
        input = new Command({ resume: req.confirm });
      } else {
        const message = (req.message ?? "").trim();
        if (!message)
          throw new AppError("validation_failed", "message is empty.", [{ field: "message", message: "is required" }]);
        input = initialState(
          message,
          (before.values as AgentStateType | undefined)?.context?.language,
          Boolean(opts.model),
          pending,
        );
      }
      // Checkpoint once, when the turn ends or pauses for a confirmation: a crash mid-turn loses only that turn.
      const out = (await stage("graph", () =>
        graph.invoke(input as never, { ...config, durability: "exit" }),
      )) as AgentStateType & {
        __interrupt__?: { value?: unknown }[];
      };
      const state = out;
      const waiting = (out.__interrupt__?.[0]?.value as ConfirmRequest | undefined) ?? null;
      const reply = waiting
        ? confirmReply(waiting, state.turn.language)
        : (state.turn.reply ?? { text: "", language: state.turn.language, cards: [] });
      const toolCalls = state.turn.executed.map((c) => ({ name: c.name, args: c.args, result: c.result }));
      return { threadId, reply, toolCalls };
    } finally {
      clearInterval(heartbeat);
      await stage("thread and lease", () => releaseLease(deps.db, threadId, holder));
    }
  }

  async function acquire(threadId: string) {
    const until = Date.now() + lease.waitMs;
    while (!(await takeLease(deps.db, threadId, holder, lease.seconds))) {
      if (Date.now() > until)
        throw new AppError(
          "busy",
          "The previous message in this conversation is still being answered; send this one when it is done.",
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return { run, graph };
}

/** A pasted notice never reaches the model: the model sees a placeholder, the parser the text (LLM mode). */
function initialState(
  message: string,
  contextLanguage: "zh" | "en" | undefined,
  llm: boolean,
  unconfirmed: ConfirmRequest | null,
): Partial<AgentStateType> {
  const language = detectLanguage(message, message, contextLanguage);
  const notice = llm ? detectNotice(message) : null;
  const shown = notice
    ? `[The user pasted a tender notice of ${notice.length} characters. It is parsed by the parse_notice tool; only its fields are shown to you, as external data.]`
    : message;
  return {
    turn: {
      ...emptyTurn(message, language),
      notices: notice ? [notice] : [],
      unconfirmed: unconfirmed ? { tool: unconfirmed.tool, args: unconfirmed.args } : null,
    },
    transcript: [{ role: "user", content: shown }],
  };
}

function interruptOf(state: { tasks?: { interrupts?: { value?: unknown }[] }[] }): ConfirmRequest | null {
  for (const t of state.tasks ?? []) for (const i of t.interrupts ?? []) if (i.value) return i.value as ConfirmRequest;
  return null;
}

function confirmReply(req: ConfirmRequest, language: "zh" | "en"): Reply {
  const card: Card = {
    kind: "confirm",
    data: { tool: req.tool, summary: req.summary, args: req.args, ...(req.names ? { names: req.names } : {}) },
  };
  const text = language === "zh" ? `请确认：${req.summary}` : `Please confirm: ${req.summary}`;
  return { text, language, cards: [card] };
}
