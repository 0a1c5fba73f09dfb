import type { User } from "../db/queries/users";
import type { Deps } from "../deps";
import type { ChatModel } from "./model";
import type { AccountRef, ContactRef } from "./offline/types";
import type { ToolDef } from "./tool-types";

// biome-ignore lint/suspicious/noExplicitAny: a registry holds tools of every input type
export type ToolRegistry = Record<string, ToolDef<any, any>>;

/** The names the user may see: used to resolve mentions offline and to check a reply's names are grounded. */
export type Directory = {
  accounts: AccountRef[];
  contacts: ContactRef[];
  /** Every account, contact, competitor and product name: what a grounded reply may only cite from tool results. */
  knownNames: string[];
  /** Names and aliases of accounts the user cannot see. */
  otherNames: string[];
  /** The competitors on record, by name and aliases. */
  competitors: { name: string; aliases: string[] }[];
  /** The reps who own the accounts the user sees, when more than one (a manager's team). */
  reps?: { id: string; name: string }[];
};

export type AgentOptions = {
  deps: Deps;
  tools: ToolRegistry;
  /** null: the deterministic offline mode. */
  model: ChatModel | null;
  directory: (user: User) => Promise<Directory>;
};

/** What every node reads from the run's config. */
export type TurnConfig = { user: User; now: string; thread_id: string };

export function turnConfig(config: { configurable?: Record<string, unknown> } | undefined): TurnConfig {
  const c = config?.configurable ?? {};
  return { user: c.user as User, now: c.now as string, thread_id: c.thread_id as string };
}
