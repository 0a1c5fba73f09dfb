import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { accounts, users } from "../schema";
import type { User } from "./users";

/**
 * The contract's visibility rule, as a WHERE condition on accounts: a rep sees the accounts they own,
 * a manager those owned by anyone in their team, an admin all. Applied in every query, never after it.
 */
export function visibleAccounts(user: User): SQL {
  if (user.role === "admin") return sql`true`;
  if (user.role === "manager" && user.team) {
    return inArray(accounts.ownerId, sql`(select ${users.id} from ${users} where ${users.team} = ${user.team})`);
  }
  return eq(accounts.ownerId, user.id);
}
