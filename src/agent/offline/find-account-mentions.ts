import { buildAccountKeys, isCjkKey } from "./account-keys";
import { matchCjkAccounts } from "./match-cjk-accounts";
import { matchLatinAccounts } from "./match-latin-accounts";
import { resolveMentions } from "./resolve-mentions";
import type { AccountRef, MentionCandidate } from "./types";

/** Every account the (normalised) message names, fuzzily, zh and en, non-overlapping, in message order. */
export function findAccountMentions(message: string, accounts: AccountRef[]): MentionCandidate[] {
  const keys = buildAccountKeys(accounts);
  const candidates = [
    ...matchCjkAccounts(message, keys.filter(isCjkKey)),
    ...matchLatinAccounts(
      message,
      keys.filter((k) => !isCjkKey(k)),
    ),
  ];
  return resolveMentions(
    candidates,
    accounts.map((a) => a.id),
  );
}
