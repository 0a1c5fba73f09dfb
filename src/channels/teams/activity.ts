import { z } from "zod";

const Account = z.object({ id: z.string().min(1), name: z.string().nullish(), aadObjectId: z.string().nullish() });

/** The part of a Bot Framework activity Furrow reads; anything else in it is ignored. */
export const ActivitySchema = z
  .object({
    type: z.string(),
    id: z.string().min(1).max(512),
    channelId: z.string().nullish(),
    serviceUrl: z.url(),
    from: Account,
    recipient: Account,
    conversation: z.object({
      id: z.string().min(1).max(1024),
      conversationType: z.string().nullish(),
      tenantId: z.string().nullish(),
    }),
    text: z.string().max(20_000).nullish(),
    value: z.unknown().optional(),
    replyToId: z.string().nullish(),
    locale: z.string().nullish(),
    channelData: z
      .object({ tenant: z.object({ id: z.string() }).nullish() })
      .passthrough()
      .nullish(),
    entities: z.array(z.object({ type: z.string() }).passthrough()).nullish(),
  })
  .passthrough();

export type Activity = z.infer<typeof ActivitySchema>;

/** What a button on a Furrow card sends back (Action.Submit's `data`): the answer to a pending write. */
export const DecisionSchema = z.object({
  furrow: z.literal("confirm"),
  decision: z.enum(["approve", "reject"]),
  threadId: z.string().uuid(),
  summary: z.string().max(2000).optional(),
});

export type Decision = z.infer<typeof DecisionSchema>;

/** The message without the bot's @mention (`<at>Furrow</at>`), which Teams puts in the text of channel messages. */
export function messageText(activity: Activity): string {
  let text = activity.text ?? "";
  for (const e of activity.entities ?? []) {
    const mentioned = (e as { mentioned?: { id?: string }; text?: string }).mentioned;
    const shown = (e as { text?: unknown }).text;
    if (e.type === "mention" && mentioned?.id === activity.recipient.id && typeof shown === "string")
      text = text.split(shown).join(" ");
  }
  return (
    text
      // Another person's mention stays as their name.
      .replace(/<at>([^<]*)<\/at>/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function tenantOf(activity: Activity): string | null {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? null;
}

export function isPersonal(activity: Activity): boolean {
  return (activity.conversation.conversationType ?? "personal") === "personal";
}
