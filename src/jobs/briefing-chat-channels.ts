import type { BriefingChannel, BriefingChannels } from "../briefing/channels";
import { composeBriefing } from "../briefing/compose";
import { renderBriefingText } from "../briefing/render-text";
import { sendSlackDm } from "../channels/slack/send-dm";
import { sendTeamsMessage } from "../channels/teams/send-proactive";
import type { Deps } from "../deps";

type Posted = { sent: true } | { sent: false; reason: string };

/**
 * The weekly briefing as a Slack DM or a Teams personal message: the plain-text part, which reads well in a chat.
 * Someone who chose a chat but has never talked to Furrow there (no identity yet) gets the e-mail instead, with the
 * reason logged, so a preference never means no briefing.
 */
export function chatBriefingChannels(deps: Deps, email: BriefingChannel): Omit<BriefingChannels, "email"> {
  const channels: Omit<BriefingChannels, "email"> = {};
  if (deps.env.SLACK_SIGNING_SECRET && deps.env.SLACK_BOT_TOKEN)
    channels.slack = viaChat("slack", deps, email, (userId, text) => sendSlackDm(deps, userId, { text }));
  if (deps.env.TEAMS_APP_ID && deps.env.TEAMS_APP_PASSWORD)
    channels.teams = viaChat("teams", deps, email, (userId, text, language) =>
      sendTeamsMessage(deps, userId, { text, language }),
    );
  return channels;
}

function viaChat(
  name: "slack" | "teams",
  deps: Deps,
  email: BriefingChannel,
  post: (userId: string, text: string, language: "zh" | "en") => Promise<Posted>,
): BriefingChannel {
  return {
    name,
    async send(user, briefing, messageRef) {
      const subject = composeBriefing(briefing, user.locale).subject;
      const posted = await post(user.id, `${subject}\n\n${renderBriefingText(briefing, user.locale)}`, user.locale);
      if (posted.sent) return;
      deps.logger.warn("briefing channel fallback", { userId: user.id, chosen: name, reason: posted.reason });
      await email.send(user, briefing, messageRef);
    },
  };
}
