import type { Intent } from "./intents";

/** One cue: a pattern that votes for an intent with a weight. Each cue counts once per message. */
export type IntentCue = { intent: Intent; re: RegExp; weight: number; name: string };
