import type { KnownBlock } from "@slack/types";
import type { Card, Reply } from "../../../agent/cards";
import { type Lang, ui } from "./labels";
import { renderChoices, renderConfirm } from "./render-confirm";
import { renderAccounts, renderTable, renderTenders } from "./render-lists";
import { renderPlan } from "./render-plan";
import { renderPowerMap } from "./render-power-map";
import { renderScore } from "./render-score";
import { clip, context, divider, escapeText, LIMITS, sections, toMrkdwn } from "./text";

export type RenderOptions = {
  /** The Furrow conversation: the approval buttons resume it. */
  threadId: string;
  /** Today as `YYYY-MM-DD` (overdue actions, days to a deadline). */
  today: string;
  /** PUBLIC_URL: the "more in Furrow" link when a reply is too long for one message. */
  publicUrl?: string;
};

export type SlackMessage = { text: string; blocks: KnownBlock[] };

/**
 * A reply as one Slack message: its text, then each card as blocks, within Slack's limits. Buttons (approve,
 * choices) are never the part cut off: other blocks make room, ending with "more in Furrow".
 */
export function renderReply(reply: Reply, opts: RenderOptions): SlackMessage {
  const lang = reply.language;
  const body: KnownBlock[] = reply.text.trim() ? sections(toMrkdwn(reply.text.trim()).split("\n")) : [];
  const buttons: KnownBlock[] = [];
  for (const card of reply.cards) {
    const blocks = renderCard(card, lang, opts);
    if (card.kind === "confirm" || card.kind === "choices") buttons.push(...blocks);
    else body.push(...(body.length ? [divider()] : []), ...blocks);
  }
  const room = LIMITS.blocks - buttons.length;
  const kept = body.length > room ? [...body.slice(0, room - 1), more(lang, opts.publicUrl)] : body;
  return { text: fallbackText(reply), blocks: [...kept, ...buttons] };
}

export function renderCard(card: Card, lang: Lang, opts: RenderOptions): KnownBlock[] {
  switch (card.kind) {
    case "score":
      return renderScore(card.accountName, card.data, lang);
    case "powerMap":
      return renderPowerMap(card.accountName, card.data, lang);
    case "plan":
      return renderPlan(card.accountName, card.data, lang, opts.today);
    case "tenders":
      return renderTenders(card.data.items, lang, opts.today);
    case "accounts":
      return renderAccounts(card, lang);
    case "table":
      return renderTable(card, lang, opts.today);
    case "confirm":
      return renderConfirm(card, lang, opts.threadId);
    case "choices":
      return renderChoices(card, lang);
  }
}

function more(lang: Lang, publicUrl: string | undefined): KnownBlock {
  return context(publicUrl ? `<${publicUrl}|${ui(lang, "more")}> →` : ui(lang, "moreNoLink"));
}

/** The notification and screen-reader text: the reply's words, plain. */
function fallbackText(reply: Reply): string {
  const plain = reply.text.replace(/\*\*(.+?)\*\*/g, "$1").trim();
  return clip(escapeText(plain || ui(reply.language, "working")), LIMITS.fallbackText);
}

/** A plain message (no cards) in the given language, e.g. the polite reply to a stranger. */
export function plainMessage(text: string): SlackMessage {
  return { text: escapeText(text), blocks: sections([toMrkdwn(text)]) };
}
