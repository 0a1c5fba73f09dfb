/**
 * Full-width forms to half-width (ＡＢＣ１２３：，), collapsed whitespace, typographic apostrophes straight, and the
 * apostrophe people skip when typing fast put back ("whos blocking us", "whats new", "doesnt"). Case is kept: English
 * matching lower-cases on its own, and capitalisation is a hint for names.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(/[\u3000\s]+/g, " ")
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\b(who|what|where|how|when|that|there)s\b/gi, "$1's")
      .replace(/\b(do|does|did|is|was|are|were|have|has|had|should|would|could)nt\b/gi, "$1n't")
      .replace(/\b[A-Za-z][A-Za-z0-9]*\b/g, (word) => SHORTHAND[word.toLowerCase()] ?? word)
      // Northern slang for 没: 木有, 木去, 木联系 (never 木业, 林木有限公司).
      .replace(/木(?=有(?!限)|去|联系|见过|拜访|跟进|来过|回(?!收))/g, "没")
      .trim()
  );
}

/** The shorthand reps type for everyday words ("stale accts?", "mtg w/ Kim tmrw", "deals lost this yr"), spelt out. */
const SHORTHAND: Record<string, string> = {
  acct: "account",
  accts: "accounts",
  accs: "accounts",
  cust: "customer",
  custs: "customers",
  opp: "opportunity",
  opps: "opportunities",
  mtg: "meeting",
  mtgs: "meetings",
  yr: "year",
  yrs: "years",
  wk: "week",
  wks: "weeks",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  tmrow: "tomorrow",
  pls: "please",
  plz: "please",
  b4: "before",
  convo: "conversation",
};

/** Text to match literally inside a RegExp: its special characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
export const CJK_CHARS = /[\u3400-\u9fff\uf900-\ufaff]/g;
