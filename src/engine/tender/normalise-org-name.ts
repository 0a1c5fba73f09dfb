// legal forms carry no identity; they are dropped wherever they stand ("…有限公司第二分公司")
const ZH_LEGAL = /(股份有限公司|有限责任公司|有限公司|股份公司)/g;
const ZH_SUFFIX = /(总公司)$/;
const EN_SUFFIX =
  /\b(co|company|ltd|limited|llc|inc|incorporated|corp|corporation|gmbh|plc|ag|sa|s\.a|bv|b\.v|nv|oy|ab|as|spa|srl|pty)\.?$/;

/**
 * Normalised organisation name for matching: NFKC, lower case, legal-form suffixes removed
 * (有限公司, 股份有限公司, 有限责任公司, Co., Ltd., GmbH, plc, Inc.), spaces and punctuation dropped.
 * Bracketed text is kept as text ("医院(东院区)" -> "医院东院区").
 */
export function normaliseOrgName(name: string): string {
  let s = name.normalize("NFKC").toLowerCase().trim().replace(ZH_LEGAL, "");
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s
      .replace(/[\s,.]+$/, "")
      .replace(EN_SUFFIX, "")
      .replace(ZH_SUFFIX, "");
    if (s === before) break;
  }
  return s.replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The name without its bracketed part ("某某医院(某某院区)" -> "某某医院"), normalised. */
export function orgBaseName(name: string): string {
  return normaliseOrgName(name.normalize("NFKC").replace(/\([^)]*\)/g, ""));
}
