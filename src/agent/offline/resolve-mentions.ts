import type { AccountMention, MentionCandidate } from "./types";

/** Below this a candidate is noise (a shared word, a far-fetched abbreviation). */
const MIN_SCORE = 0.5;

/**
 * Longest match wins; on the same length the higher score, then the account named first in the list.
 * Overlapping candidates lose to the chosen one. The result is in message order.
 */
export function resolveMentions(candidates: MentionCandidate[], order: string[]): MentionCandidate[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const sorted = candidates
    .filter((c) => c.score >= MIN_SCORE)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        b.score - a.score ||
        (rank.get(a.accountId) ?? 0) - (rank.get(b.accountId) ?? 0) ||
        a.start - b.start,
    );
  const chosen: MentionCandidate[] = [];
  for (const c of sorted) {
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export function toMentions(chosen: MentionCandidate[]): AccountMention[] {
  return chosen.map((c) => ({ text: c.text, accountId: c.accountId, score: Math.round(c.score * 100) / 100 }));
}

export function uniqueAccountIds(chosen: MentionCandidate[]): string[] {
  return [...new Set(chosen.map((c) => c.accountId))];
}
