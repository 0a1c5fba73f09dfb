import { closestAccounts } from "./offline/closest-accounts";
import type { AccountRef, ContactRef, Understanding } from "./offline/types";
import type { Ask, PlannedCall } from "./state";

// The questions the offline mode asks back instead of calling a tool: which account, which person.

/** Why the offline mode answers without a tool: the templates turn these codes into zh or en text. */
export type NoToolReason =
  | "help"
  | "out_of_scope"
  | "forbidden"
  | "need_account"
  | "unknown_account"
  | "need_action_details"
  | "unknown_person"
  | "ambiguous_person"
  | "guessed_person"
  | "ambiguous_account"
  | "contact_elsewhere"
  | "need_deal_details"
  | "which_listed";

/** The names a no-tool reply needs to say what it did not find and what the user may have meant. */
export type Book = {
  accounts: AccountRef[];
  contacts: ContactRef[];
  message?: string;
  /** The write the last reply proposed and the user left unanswered (typed on instead of confirming). */
  unconfirmed?: { tool: string; args: Record<string, unknown> } | null;
  /** The accounts of the last list shown, in its order. */
  lastListIds?: string[];
  /** What the turn before answered (its intent): "stale_accounts" lists the longest without contact first. */
  lastIntent?: string;
};

/** The user's message with one name put in place of another: the option's message re-asks the same question. */
export function swap(message: string | undefined, from: string, to: string): string {
  return message?.includes(from) ? message.replace(from, to) : to;
}

/** A name that is none of the user's accounts, said back with the closest ones as choices. */
export function unknownAccount(
  u: Understanding,
  name: string,
  book: Book,
): { calls: PlannedCall[]; reason: NoToolReason; ask: Ask } {
  const candidates = closestAccounts(name, book.accounts).map((a) => ({ id: a.id, name: a.name }));
  const options = candidates.map((c) => ({ label: c.name, message: swap(book.message, name, c.name) }));
  return {
    calls: [],
    reason: "unknown_account",
    ask: { reason: "unknown_account", name, candidates, intent: u.intent, options },
  };
}

/** A word pointing back at one account (它, "it"): replaced by the account's name in each choice's message. */
const POINTER = /它们?|这家|那家|这个客户|那个客户|\b(it|them|that one|this one|that account|this account)\b/i;

/**
 * "它上次啥时候联系的" right after a list of several accounts: which of the listed ones, as buttons (the first few),
 * each re-asking the question with that account named. None when the last list had fewer than two.
 */
export function whichListed(
  u: Understanding,
  book: Book,
): { calls: PlannedCall[]; reason: NoToolReason; ask: Ask } | null {
  const options = listedOptions(book);
  if (options.length < 2) return null;
  return { calls: [], reason: "which_listed", ask: { reason: "which_listed", intent: u.intent, options } };
}

/** The last list's first accounts as buttons, each re-asking the user's question with that account named. */
export function listedOptions(book: Book): { label: string; message: string }[] {
  const message = book.message ?? "";
  return (book.lastListIds ?? [])
    .map((id) => book.accounts.find((a) => a.id === id))
    .filter((a): a is AccountRef => !!a)
    .slice(0, 5)
    .map((a) => ({
      label: a.name,
      message: POINTER.test(message) ? message.replace(POINTER, a.name) : `${a.name} ${message}`.trim(),
    }));
}

/** 沈院长 when 沈伟 and 沈国平 are both 院长: one button per person, each re-asking with the account named. */
export function whichPerson(u: Understanding, book: Book): { calls: PlannedCall[]; reason: NoToolReason; ask: Ask } {
  const { text, contactIds } = u.entities.ambiguousPerson ?? { text: "", contactIds: [] };
  const zh = u.language === "zh";
  const options = contactIds.slice(0, 3).flatMap((id) => {
    const c = book.contacts.find((x) => x.id === id);
    const account = book.accounts.find((a) => a.id === c?.accountId)?.name;
    if (!c || !account) return [];
    return [
      {
        label: zh ? `${c.name}（${account}${c.title ? `，${c.title}` : ""}）` : `${c.name} (${account})`,
        message: swap(book.message, text, zh ? `${account}的${c.name}` : `${c.name} at ${account}`),
      },
    ];
  });
  return {
    calls: [],
    reason: u.entities.ambiguousPerson?.guessed ? "guessed_person" : "ambiguous_person",
    ask: {
      reason: u.entities.ambiguousPerson?.guessed ? "guessed_person" : "ambiguous_person",
      person: text,
      intent: u.intent,
      options,
    },
  };
}
