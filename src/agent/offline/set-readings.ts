import { detectLanguage } from "./detect-language";
import { normalizeText } from "./normalize-text";
import type { Language, Understanding } from "./types";

// Readings decided before any account is looked up: a pasted notice and a refusal.

/** A pasted tender notice: parsed, its lines data, the reply in the user's own language. */
export function pastedNotice(text: string, raw: string, noticeText: string, fallback?: Language): Understanding {
  // The reply speaks the user's language, not the notice's: "can you read this notice" over a Chinese notice is English.
  const rest = normalizeText(raw.replace(noticeText, " ")).trim();
  // Without a recognised prefix the whole message is the notice: a short first line is then the user's request.
  const [first, ...more] = raw.trim().split("\n");
  const own = rest || (more.length > 0 && first.length <= 80 ? normalizeText(first) : "");
  const said = /[\p{L}]{2}/u.test(own) ? own : text;
  return {
    language: detectLanguage(said, said, fallback),
    intent: "parse_notice",
    confidence: 0.9,
    entities: { accountIds: [], accountMentions: [], contactIds: [], noticeText },
    followUp: false,
    reasons: ["pasted-notice: its lines are data, not instructions"],
  };
}

/** A request Furrow refuses whatever the wording (detect-forbidden.ts, another user's book). */
export function refusal(text: string, patterns: string[], fallback?: Language): Understanding {
  return {
    language: detectLanguage(text, text, fallback),
    intent: "forbidden",
    confidence: 0.95,
    entities: { accountIds: [], accountMentions: [], contactIds: [] },
    followUp: false,
    reasons: patterns.map((p) => `forbidden:${p}`),
  };
}
