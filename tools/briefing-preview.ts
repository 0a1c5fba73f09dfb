import { z } from "zod";
import { ok, type ToolDef } from "../src/agent/tool-types";
import { type Briefing, buildBriefing } from "../src/services/briefing";

const Input = z.object({});

/** This week's briefing for the user, as the Monday e-mail will have it. */
export function createBriefingPreviewTool(): ToolDef<typeof Input, Briefing> {
  return {
    name: "briefing_preview",
    description:
      "Preview the user's weekly briefing: accounts slipping, tier changes, tender deadlines and predicted purchases, actions due.",
    input: Input,
    run: async (_args, { deps, user, now }) => ok(await buildBriefing(deps.db, user, now)),
  };
}
