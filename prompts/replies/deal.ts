import type { UpdateOpportunityArgs, UpdateOpportunityResult } from "../../tools/update-opportunity";
import { day, dayInWords, money } from "../format";
import { type Lang, label } from "../labels";

type Change = Pick<UpdateOpportunityArgs, "amount" | "closeDate" | "closePeriod" | "stage" | "competitor" | "nextStep">;

/** Each change in words, never codes or ISO days: 金额改为 150万元 / amount to CNY 1.5M. */
function changeWords(a: Change, lang: Lang, today?: string): string[] {
  const zh = lang === "zh";
  const out: string[] = [];
  if (a.amount !== undefined) out.push(zh ? `金额改为 ${money(a.amount, lang)}` : `amount to ${money(a.amount, lang)}`);
  if (a.closeDate) {
    const when = dayInWords(a.closeDate, lang, today);
    // A period said ("月底", "end of January") is read as its last day; the card says so.
    const period = a.closePeriod
      ? zh
        ? `（“${a.closePeriod}”按最后一天）`
        : ` ("${a.closePeriod}" read as its last day)`
      : "";
    out.push(zh ? `预计签约日改为 ${when}${period}` : `expected close to ${when}${period}`);
  }
  const rival = a.competitor;
  if (a.stage === "won") out.push(zh ? "标记为赢单" : "mark won");
  else if (a.stage === "lost")
    out.push(zh ? `标记为丢单${rival ? `（输给 ${rival}）` : ""}` : `mark lost${rival ? ` (to ${rival})` : ""}`);
  else if (a.stage)
    out.push(zh ? `阶段改为 ${label(lang, "stage", a.stage)}` : `stage to ${label(lang, "stage", a.stage)}`);
  if (rival && a.stage !== "lost") out.push(zh ? `竞争对手记为 ${rival}` : `competitor: ${rival}`);
  if (a.nextStep) out.push(zh ? `下一步改为“${a.nextStep}”` : `next step: "${a.nextStep}"`);
  return out;
}

/** The confirm card: the account, the deal and each change ("把 麦香园食品 的「中央厨房冷库」商机金额改为 150万元"). */
export function dealChangeWords(a: UpdateOpportunityArgs, lang: Lang, today?: string, accountName?: string): string {
  const account = a.label?.accountName ?? accountName ?? "";
  const deal = a.label?.dealName;
  const changes = changeWords(a, lang, today);
  if (lang === "zh") return `把 ${account} 的${deal ? `「${deal}」` : ""}商机${changes.join("，")}`;
  return `Update the ${deal ? `"${deal}" ` : ""}deal at ${account}: ${changes.join(", ")}`;
}

/** A choice's message: the same change with the deal named, written so the understanding reads it back. */
export function dealChoiceMessage(a: Change, accountName: string, dealName: string, lang: Lang): string {
  const zh = lang === "zh";
  const parts: string[] = [];
  if (a.amount !== undefined) parts.push(zh ? `金额改为${money(a.amount, lang)}` : `amount ${money(a.amount, lang)}`);
  if (a.closeDate) parts.push(zh ? `签约日改到${day(a.closeDate, lang)}` : `close date ${day(a.closeDate, lang)}`);
  if (a.stage === "won") parts.push(zh ? "赢单了" : "won");
  else if (a.stage === "lost")
    parts.push(
      zh
        ? `丢单了${a.competitor ? `，输给了${a.competitor}` : ""}`
        : `lost${a.competitor ? ` to ${a.competitor}` : ""}`,
    );
  else if (a.stage)
    parts.push(zh ? `阶段改为${label(lang, "stage", a.stage)}` : `stage ${label(lang, "stage", a.stage)}`);
  if (a.nextStep) parts.push(zh ? `下一步：${a.nextStep}` : `next step: ${a.nextStep}`);
  return zh
    ? `把${accountName}的「${dealName}」${parts.join("，")}`
    : `update the "${dealName}" deal at ${accountName}: ${parts.join(", ")}`;
}

function valueWords(field: string, v: unknown, lang: Lang): string {
  if (v === null || v === undefined || v === "") return "—";
  if (field === "amount") return money(v as number, lang);
  if (field === "expectedClose") return day(String(v), lang);
  if (field === "stage") return label(lang, "stage", String(v));
  if (field === "competitor") return String(v);
  return lang === "zh" ? `“${v}”` : `"${v}"`;
}

const FIELD: Record<string, { zh: string; en: string }> = {
  amount: { zh: "金额", en: "amount" },
  expectedClose: { zh: "预计签约日", en: "expected close" },
  stage: { zh: "阶段", en: "stage" },
  competitor: { zh: "竞争对手", en: "competitor" },
  nextStep: { zh: "下一步", en: "next step" },
};

/** After the write: what changed, before → after. */
export function updateOpportunityReply(r: UpdateOpportunityResult, lang: Lang): string {
  const zh = lang === "zh";
  const lines = r.changes.map(
    (c) =>
      `- ${FIELD[c.field][lang]}${zh ? "：" : ": "}${valueWords(c.field, c.before, lang)} → ${valueWords(c.field, c.after, lang)}`,
  );
  const head = zh
    ? `已更新 ${r.accountName} 的「${r.dealName}」商机：`
    : `Updated the "${r.dealName}" deal at ${r.accountName}:`;
  return [head, ...lines].join("\n");
}
