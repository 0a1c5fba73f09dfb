/** A Furrow reply (text and cards) as one Bot Framework message activity; a pure function of the reply. */
import type { Card, Reply } from "../../agent/cards";
import type { Lang } from "../web/widget/i18n";
import { ADAPTIVE_CARD_TYPE, type AdaptiveCard } from "./card-parts";
import type { OutgoingActivity } from "./connector-client";
import { confirmCard } from "./render-confirm";
import { planCard, powerMapCard, scoreCard } from "./render-data-cards";
import { accountsCard, choicesCard, tableCard, tendersCard } from "./render-list-cards";

/** `today`: the local calendar day (YYYY-MM-DD), for "3 days left" and overdue actions. */
export function renderCard(c: Card, lang: Lang, threadId: string, today: string): AdaptiveCard {
  switch (c.kind) {
    case "score":
      return scoreCard(c.accountName, c.data, lang);
    case "powerMap":
      return powerMapCard(c.accountName, c.data, lang);
    case "plan":
      return planCard(c.accountName, c.data, lang, today);
    case "tenders":
      return tendersCard(c.data.items ?? [], lang, today);
    case "accounts":
      return accountsCard(c.data, lang);
    case "table":
      return tableCard(c.title, c.data, lang, today);
    case "confirm":
      return confirmCard(c.data, lang, threadId);
    case "choices":
      return choicesCard(c.data, lang);
  }
}

export function replyActivity(reply: Reply, threadId: string, today: string): OutgoingActivity {
  return {
    type: "message",
    text: reply.text,
    textFormat: "markdown",
    ...(reply.language ? { locale: reply.language === "zh" ? "zh-CN" : "en-US" } : {}),
    attachments: reply.cards.map((c) => attachment(renderCard(c, reply.language, threadId, today))),
  };
}

export function attachment(content: AdaptiveCard) {
  return { contentType: ADAPTIVE_CARD_TYPE, content };
}

export function textActivity(text: string): OutgoingActivity {
  return { type: "message", text, textFormat: "plain" };
}

/** What the bot says on its own (not the agent's words), zh and en. */
export const TEAMS_TEXT = {
  unknownUser: {
    zh: "你好！我还不认识你：你的 Teams 账号没有对应的 Furrow 用户。请管理员用你的工作邮箱为你开通 Furrow，然后再来找我。",
    en: "Hello! I don't know you yet: your Teams account has no Furrow user. Ask your Furrow admin to add you with your work e-mail, then write to me again.",
  },
  notTheAsker: {
    zh: "只有提出这项请求的人才能确认或取消它。",
    en: "Only the person who asked for this can approve or reject it.",
  },
  alreadyDecided: {
    zh: "这项请求已经处理过了，不会重复执行。",
    en: "This request was already handled; it is not carried out again.",
  },
  busy: {
    zh: "上一条消息还在处理中，请稍后再发。",
    en: "I'm still answering your previous message; please send this one in a moment.",
  },
  failed: {
    zh: "抱歉，处理这条消息时出错了，请稍后再试。",
    en: "Sorry, something went wrong while answering; please try again shortly.",
  },
} satisfies Record<string, Record<Lang, string>>;
