import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount, findVisibleContact } from "../src/db/queries/accounts";
import type { PowerMap } from "../src/engine/planning/types";
import { powerMapFor } from "../src/services/plans";

const Input = z.object({
  accountId: z.string().min(1).describe("The account's id"),
  contactId: z.string().optional().describe("The person the question is about, if one (the reply leads with them)"),
  bossOf: z
    .string()
    .optional()
    .describe("When the question asked for someone's boss: that someone's contact id (contactId is then the boss)"),
});

export type PowerMapResult = {
  accountName: string;
  map: PowerMap;
  focusContactId?: string | null;
  /** Whom the person asked about reports to when that is someone at another account (a branch's head at the group). */
  focusReportsTo?: { name: string; title: string | null; accountName: string } | null;
  /** How to reach the person asked about, as the CRM has it ("谢总电话多少"). */
  focusReach?: { phone: string | null; email: string | null } | null;
  /** The person whose boss was asked for ("杜文斌的领导是谁"), when the boss (contactId) works at another account. */
  bossOf?: { name: string; title: string | null; accountName: string } | null;
};

/** The decision chain and whom to contact next, through whom, with what. */
export function createPowerMapTool(): ToolDef<typeof Input, PowerMapResult> {
  return {
    name: "power_map",
    description:
      "The account's power map (权力地图): decision makers, roles, attitudes, our vs competitor strength, gaps, champion, blockers, and whom to contact next, through whom, with which message.",
    input: Input,
    run: async ({ accountId, contactId, bossOf }, { deps, user, now, language }) => {
      const account = await findVisibleAccount(deps.db, user, accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const map = await powerMapFor(deps.db, user, accountId, now, language);
      if (!map) return fail("not_found", "No such account among yours.");
      if (contactId && !map.contacts.some((c) => c.id === contactId))
        return fail("not_found", "That contact is not at this account.");
      const bossId = map.contacts.find((c) => c.id === contactId)?.reportsToId;
      const elsewhere = bossId && !map.contacts.some((c) => c.id === bossId) ? bossId : null;
      const boss = elsewhere ? await findVisibleContact(deps.db, user, elsewhere) : null;
      const focusReportsTo = boss ? { name: boss.name, title: boss.title, accountName: boss.accountName } : null;
      const person = contactId ? await findVisibleContact(deps.db, user, contactId) : null;
      const focusReach = person && (person.phone || person.email) ? { phone: person.phone, email: person.email } : null;
      const below = bossOf && contactId ? await findVisibleContact(deps.db, user, bossOf) : null;
      const asked =
        below && below.reportsToId === contactId
          ? { name: below.name, title: below.title, accountName: below.accountName }
          : null;
      return ok({
        accountName: account.name,
        map,
        focusContactId: contactId ?? null,
        focusReportsTo,
        focusReach,
        bossOf: asked,
      });
    },
    cards: (r) => [{ kind: "powerMap", accountId: r.map.accountId, accountName: r.accountName, data: r.map as never }],
  };
}
