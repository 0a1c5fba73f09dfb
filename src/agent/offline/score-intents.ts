import { correctDomainTypos } from "./domain-typos";
import { DEAL_CUES } from "./intent-cues-deal";
import { EN_CUES } from "./intent-cues-en";
import { ZH_CUES } from "./intent-cues-zh";
import { INTENT_PRECEDENCE, type Intent } from "./intents";
import { DEAL_LIST_CUES } from "./read-deal-list";

export type IntentScore = { intent: Intent; score: number; cues: string[] };

/**
 * Sums the weights of the cues found, zh and en tables both (messages mix languages), and ranks the
 * intents: higher score first, ties broken by INTENT_PRECEDENCE. Empty when no cue is found.
 */
export function scoreIntents(said: string): IntentScore[] {
  // "ovrdue", "forcast": the trade's words read as meant.
  const text = correctDomainTypos(said);
  const byIntent = new Map<Intent, IntentScore>();
  for (const cue of [...ZH_CUES, ...EN_CUES, ...DEAL_CUES, ...DEAL_LIST_CUES]) {
    if (!cue.re.test(text)) continue;
    const entry = byIntent.get(cue.intent) ?? { intent: cue.intent, score: 0, cues: [] };
    entry.score += cue.weight;
    entry.cues.push(cue.name);
    byIntent.set(cue.intent, entry);
  }
  return [...byIntent.values()].sort(
    (a, b) => b.score - a.score || INTENT_PRECEDENCE.indexOf(a.intent) - INTENT_PRECEDENCE.indexOf(b.intent),
  );
}
