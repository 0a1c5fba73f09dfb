// Accounts named by how they relate to the one just talked about: the other of its kind, its group.
import { readKindWordsEn } from "./kind-words-en";
import type { AccountRef, ConversationContext, MentionCandidate } from "./types";

/** "the other hospital", "另一家医院", "另外那家": the other one of a kind, said right after one account. */
const OTHER_OF =
  /\b(?:the )?other (hospital|school|university|college|mall|bank|bureau|plant|factory|port|one|account|customer|company|site)\b|(?:另一家|另外一家|另外那家|另一个|另外那个)([\u4e00-\u9fff]{0,4}?)(?:呢|的|吗|[,，?？\s]|$)/i;

/**
 * The other account of the kind of the one just talked about: its industry's other accounts, and of those, when
 * several, the one whose name shares the longest beginning with it (无锡梁溪第二人民医院 after 第一); several equally
 * close are rivals, so the caller asks which. Undefined when nothing of the kind is said, or no account was before.
 */
export function otherOfKind(
  text: string,
  accounts: AccountRef[],
  context?: ConversationContext,
): MentionCandidate | undefined {
  const m = OTHER_OF.exec(text);
  const now = context?.lastAccountIds ?? [];
  if (!m || now.length !== 1) return undefined;
  const current = accounts.find((a) => a.id === now[0]);
  if (!current?.industry) return undefined;
  const kindSaid = (m[1] ?? m[2] ?? "").toLowerCase();
  const sameKind = accounts.filter((a) => a.id !== current.id && a.industry === current.industry);
  const fits =
    kindSaid && !/^(one|account|customer|company)$/.test(kindSaid)
      ? sameKind.filter((a) => kindFits(kindSaid, a))
      : sameKind;
  if (fits.length === 0) return undefined;
  const shared = (a: AccountRef) => commonStart(a.name, current.name);
  const best = Math.max(...fits.map(shared));
  const closest = best >= 2 ? fits.filter((a) => shared(a) === best) : fits;
  if (closest.length > 4) return undefined;
  const [first, ...rivals] = closest;
  return {
    start: m.index,
    end: m.index + m[0].length,
    accountId: first.id,
    score: 0.6,
    text: m[0].trim(),
    kind: "described",
    ...(rivals.length ? { rivals: rivals.map((a) => a.id) } : {}),
  };
}

/** A kind said in English fits the names that carry its Chinese words; said in Chinese, the names carrying it. */
function kindFits(kind: string, a: AccountRef): boolean {
  const zh = readKindWordsEn(kind).groups.flat();
  if (zh.length > 0) return zh.some((w) => a.name.includes(w)) || a.name.toLowerCase().includes(kind);
  return a.name.includes(kind) || a.aliases.some((x) => x.includes(kind));
}

function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** "他们集团", "their parent company", "the group": the group of the account just talked about. */
const PARENT =
  /(他们|它|它们|这家|那家)(的)?(集团|母公司|总部|上级公司|总公司)|\b(their|its|the) (parent( company)?|group|holding( company)?|head office)\b/i;

export function parentSaid(
  text: string,
  accounts: AccountRef[],
  context?: ConversationContext,
): MentionCandidate | undefined {
  const m = PARENT.exec(text);
  const now = context?.lastAccountIds ?? [];
  if (!m || now.length !== 1) return undefined;
  const parentId = accounts.find((a) => a.id === now[0])?.parentId;
  if (!parentId || !accounts.some((a) => a.id === parentId)) return undefined;
  return { start: m.index, end: m.index + m[0].length, accountId: parentId, score: 0.7, text: m[0], kind: "described" };
}
