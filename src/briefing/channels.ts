import type { Transporter } from "nodemailer";
import type { Logger } from "../logger";
import type { Briefing } from "./briefing-types";
import { composeBriefing } from "./compose";
import type { BriefingChannelName } from "./preferences";
import { renderBriefingHtml } from "./render-html";
import { renderBriefingText } from "./render-text";

export type BriefingRecipient = { id: string; name: string; email: string; locale: "zh" | "en" };

/**
 * Where a briefing goes. E-mail is built in; Slack and Teams implement the same interface and are passed in by
 * whoever wires those channels. `messageRef` is stable per user and week, so a resend can be recognised.
 */
export interface BriefingChannel {
  readonly name: BriefingChannelName;
  send(user: BriefingRecipient, briefing: Briefing, messageRef: string): Promise<void>;
}

export type BriefingChannels = Partial<Record<BriefingChannelName, BriefingChannel>> & { email: BriefingChannel };

/** The e-mail channel: MJML HTML and a plain-text part through nodemailer, in the user's language. */
export function emailChannel(mailer: Transporter, from: string): BriefingChannel {
  return {
    name: "email",
    async send(user, briefing, messageRef) {
      const c = composeBriefing(briefing, user.locale);
      await mailer.sendMail({
        from,
        to: { name: user.name, address: user.email },
        subject: c.subject,
        messageId: messageRef,
        html: await renderBriefingHtml(briefing, user.locale),
        text: renderBriefingText(briefing, user.locale),
        headers: { "X-Furrow-Briefing": `${user.id}/${briefing.isoWeek}` },
      });
    },
  };
}

/** A Message-ID-shaped reference, the same for one user and week (a resend reuses it). */
export function messageRefFor(userId: string, isoWeek: string, from: string): string {
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? "furrow.localhost";
  return `<briefing.${isoWeek}.${userId}@${domain}>`;
}

/** The channel the user chose, or e-mail with the reason when that one is not wired here. */
export function pickChannel(
  chosen: BriefingChannelName,
  channels: BriefingChannels,
  logger: Logger,
  userId: string,
): { channel: BriefingChannel; note: string | null } {
  const wanted = channels[chosen];
  if (wanted) return { channel: wanted, note: null };
  const note = `${chosen} is not configured on this server; sent by e-mail instead`;
  logger.warn("briefing channel fallback", { userId, chosen, reason: note });
  return { channel: channels.email, note };
}
