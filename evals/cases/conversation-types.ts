/**
 * Conversations written by hand, away from the understanding's code, to measure how the assistant reads what
 * account managers type. Every expectation is written by hand from the demo book (names, titles and regions as
 * the seed defines them; counts from a hand-written SQL query noted beside the case), never read from a tool result.
 */
import type { Lang, UserKey } from "./agent-case-types";

export type Want = {
  /** The tool (or any of these tools) the turn runs or holds for confirmation; "none" for no tool at all. */
  tool?: string | string[];
  /**
   * Exact names of the accounts the turn may touch; every account a tool call or card uses must be one of them. [] = none.
   * With `card: "choices"` (a question back, no tool) they are the accounts the choices may offer, and none need be used.
   * Up to four are the turn's subjects, one of which must be used; more are a scope a list may show (a rep's book).
   */
  acc?: string[];
  /** Text the reply (text, confirm summary, choices) must contain; "a|b" accepts either. */
  has?: string[];
  /** Text it must not contain. */
  not?: string[];
  /** A card the reply must carry. */
  card?: "choices" | "confirm";
  /** Arguments of the expected tool (or the confirm card's), compared as JSON. */
  args?: Record<string, unknown>;
  /** The reply's language; defaults to the conversation's. */
  lang?: Lang;
};

export type ConvTurn = [say: string, want: Want];

export type Conversation = { id: string; lang: Lang; user?: UserKey; turns: ConvTurn[] };

/** A conversation; ids are "<set>-<n>" given by the set. */
export const conv = (lang: Lang, ...turns: ConvTurn[]): Omit<Conversation, "id"> => ({ lang, turns });
export const asUser = (user: UserKey, c: Omit<Conversation, "id">): Omit<Conversation, "id"> => ({ ...c, user });

export function named(set: string, list: Omit<Conversation, "id">[]): Conversation[] {
  return list.map((c, i) => ({ ...c, id: `${set}-${String(i + 1).padStart(2, "0")}` }));
}
