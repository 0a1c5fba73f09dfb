import type { Db } from "../../db/client";
import type { User } from "../../db/queries/users";
import { findUserByIdentity, linkIdentity } from "../../services/users/identities";
import type { SlackApi } from "./slack-api";

/** `slack:{team}:{user}`: the identity form of docs/CONTRACT.md's user identities. */
export const slackIdentity = (teamId: string, userId: string) => `slack:${teamId}:${userId}`;

/**
 * The Furrow user behind a Slack user: a remembered identity, or else the verified e-mail from `users.info`
 * (scope users:read.email) matched to an active Furrow user and remembered. Null for anyone else: they get no data.
 * A miss is not remembered, so a person given a Furrow account later is recognised on their next message.
 */
export async function findSlackUser(db: Db, slack: SlackApi, teamId: string, userId: string): Promise<User | null> {
  const identity = slackIdentity(teamId, userId);
  const known = await findUserByIdentity(db, identity);
  if (known) return known;
  const person = await lookUp(slack, userId);
  // Bots, and guests from other workspaces (Slack Connect) whose e-mail is not ours to trust, stay strangers.
  if (!person || person.is_bot || person.deleted || person.is_stranger) return null;
  const email = person.profile?.email;
  if (!email) return null;
  const linked = await linkIdentity(db, identity, email);
  return linked.status === "linked" || linked.status === "already_linked" ? linked.user : null;
}

async function lookUp(slack: SlackApi, userId: string) {
  try {
    return (await slack.users.info({ user: userId })).user;
  } catch (err) {
    // Someone Slack itself does not know (deleted, another workspace): a stranger, not a failure.
    if ((err as { data?: { error?: string } }).data?.error === "user_not_found") return undefined;
    throw err;
  }
}
