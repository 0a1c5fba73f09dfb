import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import type { PowerMap } from "../src/engine/planning/types";
import { powerMapFor } from "../src/services/plans";

const Input = z.object({ accountId: z.string().min(1).describe("The account's id") });

export type PowerMapResult = { accountName: string; map: PowerMap };

/** The decision chain and whom to contact next, through whom, with what. */
export function createPowerMapTool(): ToolDef<typeof Input, PowerMapResult> {
  return {
    name: "power_map",
    description:
      "The account's power map (权力地图): decision makers, roles, attitudes, our vs competitor strength, gaps, champion, blockers, and whom to contact next, through whom, with which message.",
    input: Input,
    run: async ({ accountId }, { deps, user, now, language }) => {
      const account = await findVisibleAccount(deps.db, user, accountId);
      if (!account) return fail("not_found", "No such account among yours.");
      const map = await powerMapFor(deps.db, user, accountId, now, language);
      return map ? ok({ accountName: account.name, map }) : fail("not_found", "No such account among yours.");
    },
    cards: (r) => [{ kind: "powerMap", accountId: r.map.accountId, accountName: r.accountName, data: r.map as never }],
  };
}
