import type { createAgentRuntime, TurnResponse } from "../../agent/runtime";
import { findThread } from "../../db/queries/threads";
import type { User } from "../../db/queries/users";
import type { Deps } from "../../deps";
import { localDay } from "../../engine/myweek/local-time";
import { AppError } from "../../errors";
import { type Activity, type Decision, DecisionSchema, isPersonal, messageText, tenantOf } from "./activity";
import type { ConnectorClient } from "./connector-client";
import { decidedCard } from "./render-confirm";
import { attachment, replyActivity, TEAMS_TEXT, textActivity } from "./render-reply";
import { resolveTeamsUser } from "./resolve-user";
import { rememberThread, saveReference, threadFor } from "./store";

type Runtime = ReturnType<typeof createAgentRuntime>;
type Lang = "zh" | "en";

/** Answers one verified, first-seen activity: a question, a clicked Approve/Reject, or nothing (other kinds). */
export function createActivityHandler(deps: Deps, runtime: Runtime, connector: ConnectorClient) {
  const today = () => localDay(deps.clock.now().toISOString(), deps.env.TZ);
  const say = (a: Activity, body: Parameters<ConnectorClient["reply"]>[3]) =>
    connector.reply(a.serviceUrl, a.conversation.id, a.id, body);

  async function handle(activity: Activity): Promise<void> {
    if (activity.type !== "message") return;
    const user = await resolveTeamsUser(deps.db, connector, activity);
    if (!user) {
      await say(activity, textActivity(TEAMS_TEXT.unknownUser[languageOf(activity, null)]));
      return;
    }
    await saveReference(deps.db, {
      userId: user.id,
      serviceUrl: activity.serviceUrl,
      teamsUserId: activity.from.id,
      tenantId: tenantOf(activity),
      botId: activity.recipient.id,
      conversationId: isPersonal(activity) ? activity.conversation.id : null,
    });
    const decision = DecisionSchema.safeParse(activity.value);
    if (decision.success) return decide(user, activity, decision.data);
    const message = messageText(activity);
    if (message) await converse(user, activity, message);
  }

  async function converse(user: User, activity: Activity, message: string) {
    const threadId = await threadFor(deps.db, activity.conversation.id, user.id);
    const answer = await runOrExplain(user, activity, { message, threadId: threadId ?? undefined });
    if (!answer) return;
    if (!threadId) await rememberThread(deps.db, activity.conversation.id, user.id, answer.threadId);
    await say(activity, replyActivity(answer.reply, answer.threadId, today()));
  }

  /** Only the person whose conversation paused for the write may answer it, and only once. */
  async function decide(user: User, activity: Activity, d: Decision) {
    if (!(await findThread(deps.db, user.id, d.threadId))) {
      await say(activity, textActivity(TEAMS_TEXT.notTheAsker[languageOf(activity, user)]));
      return;
    }
    const answer = await runOrExplain(user, activity, { threadId: d.threadId, confirm: d.decision });
    if (!answer) return;
    const lang = answer.reply.language;
    if (activity.replyToId)
      await connector.update(activity.serviceUrl, activity.conversation.id, activity.replyToId, {
        type: "message",
        attachments: [attachment(decidedCard(d.summary, d.decision, answer.reply.text, lang))],
      });
    await say(activity, replyActivity(answer.reply, answer.threadId, today()));
  }

  /** Runs a turn; a turn that cannot run now (busy, nothing left to approve) is explained to the person instead. */
  async function runOrExplain(
    user: User,
    activity: Activity,
    req: Parameters<Runtime["run"]>[1],
  ): Promise<TurnResponse | null> {
    try {
      return await runtime.run(user, req);
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== "busy" && err.code !== "conflict")) throw err;
      const key = err.code === "busy" ? "busy" : "alreadyDecided";
      await say(activity, textActivity(TEAMS_TEXT[key][languageOf(activity, user)]));
      return null;
    }
  }

  return { handle };
}

/** The bot's own words follow the person's Teams locale, else their Furrow locale, else the message's script. */
function languageOf(activity: Activity, user: User | null): Lang {
  if (activity.locale) return activity.locale.toLowerCase().startsWith("zh") ? "zh" : "en";
  if (user) return user.locale;
  return /[\u4e00-\u9fff]/.test(activity.text ?? "") ? "zh" : "en";
}
