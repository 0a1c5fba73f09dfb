import { CJK_CHAR } from "./normalize-text";
import { accountPinyinForms } from "./pinyin-forms";
import type { AccountRef } from "./types";

/** Characters every hospital or company name has: sharing them says nothing. */
const GENERIC = new Set([..."医院集团有限公司市省区县人民中心大学学院附属第一二医疗卫生健康服务"]);
const GENERIC_WORDS = new Set([
  "hospital",
  "group",
  "medical",
  "center",
  "university",
  "the",
  "of",
  "pharma",
  "company",
]);

/**
 * The user's accounts closest to a name that matched none: shared distinctive characters (zh) or words (en, also
 * against the pinyin forms). Best first, at most `limit`; none when nothing distinctive is shared.
 */
export function closestAccounts(name: string, accounts: AccountRef[], limit = 3): AccountRef[] {
  const scored = accounts.map((a) => ({ a, score: similarity(name, a) })).filter((x) => x.score > 0);
  scored.sort((x, y) => y.score - x.score || x.a.name.localeCompare(y.a.name));
  return scored.slice(0, limit).map((x) => x.a);
}

function similarity(name: string, account: AccountRef): number {
  const forms = [account.name, ...account.aliases];
  if (CJK_CHAR.test(name)) {
    const mine = new Set([...name].filter((ch) => CJK_CHAR.test(ch) && !GENERIC.has(ch)));
    return Math.max(0, ...forms.map((f) => [...new Set(f)].filter((ch) => mine.has(ch)).length));
  }
  const words = new Set(
    name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !GENERIC_WORDS.has(w)),
  );
  const latin = [...forms.filter((f) => !CJK_CHAR.test(f)), ...forms.flatMap(accountPinyinForms)];
  return Math.max(
    0,
    ...latin.map(
      (f) =>
        f
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter((w) => words.has(w)).length,
    ),
  );
}
