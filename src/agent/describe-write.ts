import { day } from "../../prompts/format";
import { label } from "../../prompts/labels";
import { dealChangeWords } from "../../prompts/replies/deal";
import type { UpdateOpportunityArgs } from "../../tools/update-opportunity";
import type { Directory } from "./agent-types";

type Lang = "zh" | "en";

/**
 * The confirm card's summary: the account, the person and the day in words, in the user's language, so a wrong
 * account or person is caught before anything is written ("在 华东医疗集团有限公司 记录与 程刚 的电话（2026年11月22日）").
 */
export function describeWrite(
  tool: string,
  args: Record<string, unknown>,
  dir: Directory,
  lang: Lang,
  today: string,
): string | null {
  const zh = lang === "zh";
  const account = dir.accounts.find((a) => a.id === args.accountId)?.name;
  if (!account) return null;
  const person = dir.contacts.find((c) => c.id === args.contactId)?.name;
  const when = (d: unknown) => {
    const iso = typeof d === "string" ? d : today;
    const words = day(iso, lang);
    return iso === today ? (zh ? `今天，${words}` : `today, ${words}`) : words;
  };
  switch (tool) {
    case "log_interaction": {
      const kind = label(lang, "interaction", String(args.kind ?? "visit"));
      const summary = String(args.summary ?? "").trim();
      return zh
        ? `在 ${account} 记录${person ? `与 ${person} 的` : "一次"}${kind}（${when(args.date)}）${summary ? `：${summary}` : ""}`
        : `Log a ${kind}${person ? ` with ${person}` : ""} at ${account} (${when(args.date)})${summary ? `: ${summary}` : ""}`;
    }
    case "add_action":
      if (args.done)
        return zh
          ? `为 ${account} 记录已完成的行动「${args.title}」${person ? `（联系人：${person}）` : ""}，完成于 ${when(today)}`
          : `Record the action "${args.title}" for ${account}${person ? ` (contact: ${person})` : ""} as done ${when(today)}`;
      return zh
        ? `为 ${account} 添加行动「${args.title}」${person ? `（联系人：${person}）` : ""}，截止 ${when(args.due)}`
        : `Add the action "${args.title}" for ${account}${person ? ` (contact: ${person})` : ""}, due ${when(args.due)}`;
    case "update_opportunity":
      return dealChangeWords(args as UpdateOpportunityArgs, lang, today, account);
    case "save_plan":
      return zh
        ? `保存 ${account} 的新版客户计划（${args.horizonMonths ?? 12}个月）`
        : `Save a new version of the account plan for ${account} (${args.horizonMonths ?? 12} months)`;
    default:
      return null;
  }
}

/**
 * Why a proposed write must not be offered: its account is not one the user sees or the conversation established,
 * or its person is not at that account. Applies to the model's calls exactly as to the offline rules'.
 */
export function writeProblem(args: Record<string, unknown>, dir: Directory, established: string[]): string | null {
  const accountId = typeof args.accountId === "string" ? args.accountId : null;
  // A change to an existing action names the action, not an account: the tool finds it among the user's own
  // actions (another rep's is not found), so there is no account to establish here.
  const onAction = ["actionId", "position", "titleHint"].some((k) => args[k] !== undefined && args[k] !== null);
  if (!accountId && onAction) return null;
  if (!accountId || !dir.accounts.some((a) => a.id === accountId)) return "unknown_account";
  if (!established.includes(accountId)) return "account_not_established";
  if (typeof args.contactId === "string" && args.contactId) {
    const contact = dir.contacts.find((c) => c.id === args.contactId);
    if (!contact || contact.accountId !== accountId) return "contact_elsewhere";
  }
  return null;
}
