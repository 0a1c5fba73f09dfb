import { kindEnds } from "./book-words";
import { accountsByPlace, narrowByPlace } from "./described-by-place";
import { isCommonEnglishWord } from "./english-words";
import { findBareOrgNames, findUnresolvedNames } from "./find-unresolved-names";
import { industryCode, isIndustryPhrase } from "./normalize-filters";
import { CJK_CHAR } from "./normalize-text";
import { shortFormsOf, spreadIn } from "./other-names";
import { otherOfKind, parentSaid } from "./related-accounts";
import { stripLegalSuffix } from "./strip-legal-suffix";
import type { ConversationContext, MentionCandidate, UnderstandInput } from "./types";

// Accounts a message writes about without naming one of the user's: organisations said back as not found, and
// accounts described by their industry instead of their name.

/**
 * Names written in the message that are none of the user's accounts: organisation names (北京协和医院), another
 * team's accounts written out, and, when the message names no account or person, short forms with no organisation
 * word (中石化). Each is said back as not found, never replaced by another account.
 */
export function namesNotFound(masked: string, input: UnderstandInput, nothingNamed: boolean): string[] {
  // "数据中心的客户" lists an industry: a whole industry phrase (数据中心, 水务) is no organisation's name.
  // "下属两家物业公司", "那几家医院": how many of a kind, no organisation's name.
  const named = findUnresolvedNames(masked, kindEnds(input.accounts)).filter(
    (n) => !isIndustryPhrase(n) && !COUNTED_KIND.test(n),
  );
  const hidden = input.hiddenAccountNames ?? [];
  const written = withOtherNames(named, masked, hidden, [
    ...hiddenWordsWritten(masked, hidden, input.accounts),
    ...hiddenShortForms(masked, hidden, input.accounts),
  ]);
  if (written.length > 0 || !nothingNamed) return written;
  return findBareOrgNames(masked, [...(input.otherNames ?? []), ...(input.contacts ?? []).map((c) => c.name)]);
}

/** Organisations counted, not named: 两家物业公司, 几家医院, 这些公司, 各家分公司. */
const COUNTED_KIND = /^(其)?(下属|旗下|底下|下面)?(的)?([两二三四五六七八九十几各每]|这|那|所有|全部)(家|个|些|所)/;

/**
 * Another team's English-named account written by one word of its name, in any case ("who do we know at piraeus"
 * for Piraeus Container Services S.A.), or by an acronym alias in capitals ("PCS"): the words as the message writes
 * them. A word qualifies when it is no common English word and no word of the user's own accounts' names, so
 * "container" or "gulf" never reports a name.
 */
function hiddenWordsWritten(masked: string, hidden: string[], accounts: UnderstandInput["accounts"]): string[] {
  if (hidden.length === 0 || !/[A-Za-z]{2}/.test(masked)) return [];
  const own = new Set(
    accounts
      .flatMap((a) => [a.name, ...a.aliases])
      .flatMap((n) =>
        n
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter(Boolean),
      ),
  );
  const out: string[] = [];
  for (const name of hidden) {
    if (/^[A-Z]{2,5}$/.test(name)) {
      if (new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z])`).test(masked)) out.push(name);
      continue;
    }
    const words = name.split(/[^A-Za-z]+/).filter(Boolean);
    // "vung tau offshore wind": a name's first two words together, short or common as each may be alone.
    const pair = words.slice(0, 2);
    if (
      pair.length === 2 &&
      pair.join("").length >= 7 &&
      !pair.every((w) => isCommonEnglishWord(w) || own.has(w.toLowerCase()))
    ) {
      const m = new RegExp(`(?<![A-Za-z])${pair[0]}\\s+${pair[1]}(?![A-Za-z])`, "i").exec(masked);
      if (m) out.push(m[0]);
    }
    words.forEach((word, i) => {
      if (word.length < 5 || own.has(word.toLowerCase()) || isCommonEnglishWord(word)) return;
      // "jebel ali": the name's next words, as far as the message goes on writing them.
      const next = words.slice(i + 1).reduceRight((rest, w) => `(?:\\s+${w}${rest})?`, "");
      const m = new RegExp(`(?<![A-Za-z])${word}${next}(?![A-Za-z])`, "i").exec(masked);
      if (m) out.push(m[0]);
    });
  }
  return [...new Set(out)];
}

/**
 * Another user's account written out (琅越座椅 when it is a colleague's): said back as not found among the user's
 * accounts, in the same words as a name that exists nowhere, so nothing tells the two apart.
 */
function withOtherNames(found: string[], masked: string, otherNames: string[], words: string[]): string[] {
  const lower = masked.toLowerCase();
  // "Sentosa Resort Facilities" for Sentosa Resort Facilities Pte Ltd: written without its legal form.
  const written = [...new Set(otherNames.flatMap((n) => [n, stripLegalSuffix(n)]))]
    .filter((n) => n.length >= (CJK_CHAR.test(n) ? 2 : 4) && lower.includes(n.toLowerCase()))
    .concat(words)
    .sort((a, b) => b.length - a.length);
  let out = [...found];
  for (const n of written) {
    const low = n.toLowerCase();
    if (out.some((o) => o.toLowerCase().includes(low))) continue;
    // 保定市古莲人民医院 written out is the name, not the piece 莲人民医院 jieba cut from it.
    out = [...out.filter((o) => !low.includes(o.toLowerCase())), n];
  }
  return out;
}

/**
 * Another team's Chinese-named account by its head and a later word of its name ("中源青海" for 中源电力青海新能源)
 * where none of the user's own names has those words: the form as written.
 */
export function hiddenShortForms(text: string, hidden: string[], accounts: UnderstandInput["accounts"]): string[] {
  const mine = accounts.flatMap((a) => [a.name, ...a.aliases]);
  const forms = hidden.flatMap(shortFormsOf);
  return [...new Set(forms.filter((f) => text.includes(f) && !mine.some((m) => m.includes(f) || spreadIn(m, f))))];
}

/**
 * An account described instead of named: by its industry ("那家港口物流公司", "这个化工企业": the accounts of the
 * user's book in that industry), else by its place and size ("山东那家", "the small one in shandong"). One is a
 * mention; several are rivals, so the caller asks which.
 */
export function describedAccounts(
  text: string,
  accounts: UnderstandInput["accounts"],
  context?: ConversationContext,
  hidden: string[] = [],
): MentionCandidate[] {
  // "中源青海" is another team's account written short: no description of one of the user's.
  if (hiddenShortForms(text, hidden, accounts).length > 0) return [];
  // "same for the other hospital" right after one hospital: the other of its kind, the closest name first.
  const other = otherOfKind(text, accounts, context) ?? parentSaid(text, accounts, context);
  if (other) return [other];
  // "另外那家电信", "the other bank": of those the description fits, one not talked about just now.
  if (!/另外|另一|\bother\b/i.test(text)) return describedOnce(text, accounts, context);
  const talked = new Set(context?.lastAccountIds ?? []);
  return describedOnce(text, accounts, context).map((m) => {
    const ids = [m.accountId, ...(m.rivals ?? [])].filter((id) => !talked.has(id));
    if (ids.length === 0 || ids.length === 1 + (m.rivals?.length ?? 0)) return m;
    const [accountId, ...rivals] = ids;
    return { ...m, accountId, rivals: rivals.length ? rivals : undefined };
  });
}

function describedOnce(
  text: string,
  accounts: UnderstandInput["accounts"],
  context?: ConversationContext,
): MentionCandidate[] {
  const byIndustry = describedByIndustry(text, accounts);
  if (byIndustry.length === 0) return accountsByPlace(text, accounts, context);
  // "湖南那家食品公司": of the food companies, the one in 湖南.
  const [m] = byIndustry;
  const ids = narrowByPlace(text, [m.accountId, ...(m.rivals ?? [])], accounts);
  const [accountId, ...rivals] = ids;
  return [{ ...m, accountId, rivals: rivals.length ? rivals : undefined }];
}

function describedByIndustry(text: string, accounts: UnderstandInput["accounts"]): MentionCandidate[] {
  if (!/(那|这)(家|个)/.test(text)) return [];
  for (const name of findUnresolvedNames(text)) {
    const core = name.replace(/(公司|企业|集团|厂|工厂)$/, "");
    if (core === name || !isIndustryPhrase(core)) continue;
    const codes = (industryCode(core, [...new Set(accounts.map((a) => a.industry ?? "").filter(Boolean))]) ?? "").split(
      ",",
    );
    let fits = accounts.filter((a) => a.industry && codes.includes(a.industry)).map((a) => a.id);
    // A group and its own members only: the group (那个钢铁集团).
    const group = fits.find((id) => fits.every((o) => o === id || accounts.find((a) => a.id === o)?.parentId === id));
    if (group) fits = [group];
    if (fits.length === 0 || fits.length > 4) return [];
    const start = text.indexOf(name);
    const [accountId, ...rivals] = fits;
    return [
      {
        start,
        end: start + name.length,
        accountId,
        score: 0.6,
        text: name,
        kind: "described",
        ...(rivals.length ? { rivals } : {}),
      },
    ];
  }
  return [];
}
