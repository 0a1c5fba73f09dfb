// Plays agent eval cases through the real runtime (graph, tools, demo database) and records each turn.
import { existsSync, readFileSync } from "node:fs";
import type { ChatModel } from "../src/agent/model";
import { createAgentRuntime, type TurnResponse } from "../src/agent/runtime";
import type { AgentStateType } from "../src/agent/state";
import { findUserByKey, type User } from "../src/db/queries/users";
import { accounts } from "../src/db/schema";
import type { Deps } from "../src/deps";
import { directoryFor } from "../src/services/book";
import { DEMO_KEYS } from "../test/harness";
import { createTools } from "../tools";
import type { AgentCase, CaseTurn, NoticeMessage, UserKey } from "./cases/agent-case-types";

const NOTICES = new URL("../test/fixtures/tenders/", import.meta.url);

/** One played turn: what was said, the answer, and what the graph decided (its intent and reply source). */
export type PlayedTurn = {
  turn: CaseTurn;
  message: string | null;
  response: TurnResponse | null;
  error: string | null;
  intent: string;
  replySource: string;
  knownNames: string[];
};

export type PlayedCase = { case: AgentCase; turns: PlayedTurn[]; skipped?: string };

/** The notice file's text (null when the shared data set is not there), wrapped and with the injected line. */
export function noticeMessage(m: NoticeMessage): string | null {
  const url = new URL(m.notice, NOTICES);
  if (!existsSync(url)) return null;
  const lines = readFileSync(url, "utf8").split("\n");
  if (m.inject) lines.splice(Math.min(3, lines.length), 0, m.inject);
  return `${m.before ?? ""}${lines.join("\n")}`;
}

export function messageOf(turn: CaseTurn): string | null {
  if (!("say" in turn)) return null;
  return typeof turn.say === "string" ? turn.say : noticeMessage(turn.say);
}

/** Account ids by exact name, for expected arguments written as names. */
export async function accountIdsByName(deps: Deps): Promise<Map<string, string>> {
  const rows = await deps.db.select({ id: accounts.id, name: accounts.name }).from(accounts);
  return new Map(rows.map((r) => [r.name, r.id]));
}

export function createPlayer(deps: Deps, model: ChatModel | null) {
  const runtime = createAgentRuntime(deps, { tools: createTools(), model, checkpointer: deps.checkpointer });
  const users = new Map<UserKey, User>();
  const names = new Map<string, string[]>();

  async function userOf(key: UserKey): Promise<User> {
    let u = users.get(key);
    if (!u) {
      u = (await findUserByKey(deps.db, DEMO_KEYS[key])) ?? undefined;
      if (!u) throw new Error(`no demo user ${key}`);
      users.set(key, u);
    }
    return u;
  }

  async function knownNames(user: User): Promise<string[]> {
    // Names are read fresh per user once: writes in the eval add no accounts, contacts or products.
    let n = names.get(user.id);
    if (!n) {
      n = (await directoryFor(deps.db, user)).knownNames;
      names.set(user.id, n);
    }
    return n;
  }

  async function play(c: AgentCase): Promise<PlayedCase> {
    const user = await userOf(c.user);
    const known = await knownNames(user);
    let threadId: string | undefined;
    const turns: PlayedTurn[] = [];
    for (const turn of c.turns) {
      const message = messageOf(turn);
      if ("say" in turn && message === null)
        return { case: c, turns, skipped: `notice ${(turn.say as NoticeMessage).notice} not found` };
      let response: TurnResponse | null = null;
      let error: string | null = null;
      try {
        response = await runtime.run(
          user,
          "confirm" in turn ? { threadId, confirm: turn.confirm } : { threadId, message: message ?? "" },
        );
        threadId = response.threadId;
      } catch (e) {
        error = (e as Error).message;
      }
      const state = threadId
        ? ((await runtime.graph.getState({ configurable: { thread_id: threadId } })).values as AgentStateType)
        : null;
      turns.push({
        turn,
        message,
        response,
        error,
        intent: state?.turn.intent ?? "",
        replySource: state?.turn.replySource ?? "",
        knownNames: known,
      });
    }
    return { case: c, turns };
  }

  return { play };
}
