import type { Db } from "../../db/client";
import type { User } from "../../db/queries/users";
import { findUserByIdentity, linkIdentity } from "../../services/users/identities";
import type { Activity } from "./activity";
import type { ConnectorClient } from "./connector-client";

/**
 * The Furrow user behind a Teams message: by the remembered identity (`teams:<Entra object id>`), else by the e-mail
 * or UPN the connector's member look-up gives, which is then remembered. Null for a stranger.
 */
export async function resolveTeamsUser(db: Db, connector: ConnectorClient, activity: Activity): Promise<User | null> {
  const known = activity.from.aadObjectId ? await findUserByIdentity(db, `teams:${activity.from.aadObjectId}`) : null;
  if (known) return known;
  const member = await connector.member(activity.serviceUrl, activity.conversation.id, activity.from.id);
  const objectId = member.aadObjectId ?? activity.from.aadObjectId;
  if (!objectId) return null;
  const addresses = [...new Set([member.email, member.userPrincipalName].filter((x): x is string => Boolean(x)))];
  for (const address of addresses) {
    const linked = await linkIdentity(db, `teams:${objectId}`, address);
    if (linked.status === "linked" || linked.status === "already_linked") return linked.user;
    // Linked to someone else, or not an Entra id: a changed e-mail must not move someone's access.
    if (linked.status !== "no_user") return null;
  }
  return null;
}
