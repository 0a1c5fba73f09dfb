/**
 * Full-width forms to half-width (ＡＢＣ１２３：，), collapsed whitespace, typographic apostrophes straight, and the
 * apostrophe people skip when typing fast put back ("whos blocking us", "whats new", "doesnt"). Case is kept: English
 * matching lower-cases on its own, and capitalisation is a hint for names.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u3000\s]+/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\b(who|what|where|how|when|that|there)s\b/gi, "$1's")
    .replace(/\b(do|does|did|is|was|are|were|have|has|had|should|would|could)nt\b/gi, "$1n't")
    .trim();
}

/** Text to match literally inside a RegExp: its special characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
export const CJK_CHARS = /[\u3400-\u9fff\uf900-\ufaff]/g;
