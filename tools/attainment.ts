import { z } from "zod";
import { fail, ok, type ToolDef } from "../src/agent/tool-types";
import { findVisibleAccount } from "../src/db/queries/accounts";
import { type AttainmentReport, attainmentFor } from "../src/services/attainment";
import { findVisibleRep } from "../src/services/my-week";

const Input = z.object({
  accountId: z.string().optional().describe("One account; omit for the whole book"),
  rep: z.string().min(1).max(100).optional().describe("One rep of the manager's team (name, e-mail or id)"),
});

export type AttainmentResult = Omit<AttainmentReport, "accounts"> & {
  scope: "account" | "rep" | "book";
  name: string | null;
  accounts: AttainmentReport["accounts"];
};

/** This year's won revenue and weighted pipeline against account targets and rep quotas (one definition). */
export function createAttainmentTool(): ToolDef<typeof Input, AttainmentResult> {
  return {
    name: "attainment",
    description:
      "How we are doing against target this year: won revenue to date and stage-weighted open pipeline against each account's target, each rep's quota and the team's; the same gap as the forecast.",
    input: Input,
    run: async (args, { deps, user, now }) => {
      const rep = args.rep ? await findVisibleRep(deps.db, user, args.rep) : null;
      if (args.rep && !rep) return fail("not_found", `No rep "${args.rep}" among those you may see.`);
      const report = await attainmentFor(deps.db, user, now, { rep });
      if (args.accountId) {
        const account = await findVisibleAccount(deps.db, user, args.accountId);
        if (!account) return fail("not_found", "No such account among yours.");
        const one = report.accounts.filter((a) => a.accountId === args.accountId);
        return ok({ ...report, scope: "account", name: account.name, accounts: one });
      }
      return ok({
        ...report,
        scope: rep ? "rep" : "book",
        name: rep?.name ?? null,
        accounts: report.accounts.slice(0, 10),
      });
    },
    cards: (r) => [
      {
        kind: "table",
        title: "attainment",
        data: {
          columns: ["name", "won", "weightedOpen", "expected", "goal", "gap"],
          rows: [
            ...r.reps.map((p) => [
              p.rep.name,
              p.won,
              p.weightedOpen,
              p.expected,
              p.goal ?? p.targets,
              p.gap ?? p.gapToTargets,
            ]),
            ...r.accounts.map((a) => [a.accountName, a.won, a.weightedOpen, a.expected, a.goal, a.gap]),
          ],
        },
      },
    ],
  };
}
