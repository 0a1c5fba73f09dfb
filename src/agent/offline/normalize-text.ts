/**
 * Full-width forms to half-width (ＡＢＣ１２３：，), collapsed whitespace. Case is kept: English matching
 * lower-cases on its own, and capitalisation is a hint for names.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u3000\s]+/g, " ")
    .trim();
}

export const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
export const CJK_CHARS = /[\u3400-\u9fff\uf900-\ufaff]/g;
