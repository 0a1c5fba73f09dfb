import { and, eq, inArray } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { renderBriefingHtml } from "../../prompts/briefing-email";
import { audit } from "../db/queries/audit";
import type { User } from "../db/queries/users";
import { users } from "../db/schema";
import type { Deps } from "../deps";
import { buildBriefing } from "../services/briefing";
import type { JobDef } from "./scheduler";

const SUBJECT = { zh: "Furrow 每周简报", en: "Furrow weekly briefing" };

/** The Monday briefing: one e-mail per rep and manager, in their language, about the accounts they may see. */
export function weeklyBriefingJob(deps: Deps, mailer: Transporter): JobDef {
  return {
    name: "weekly-briefing",
    cron: deps.env.BRIEFING_CRON,
    run: async (now) => {
      const people = (await deps.db
        .select()
        .from(users)
        // Deactivated people get no e-mail: they have left or are on leave.
        .where(and(inArray(users.role, ["rep", "manager"]), eq(users.active, true)))
        .orderBy(users.id)) as User[];
      let sent = 0;
      for (const person of people) {
        const briefing = await buildBriefing(deps.db, person, now);
        if (
          !briefing.atRisk.length &&
          !briefing.tenders.length &&
          !briefing.actionsDue.length &&
          !briefing.tierChanges.length
        )
          continue;
        await mailer.sendMail({
          from: deps.env.BRIEFING_FROM,
          to: person.email,
          subject: `${SUBJECT[person.locale]} · ${briefing.weekOf}`,
          html: renderBriefingHtml(briefing, person.locale),
        });
        await audit(deps.db, {
          userId: null,
          action: "briefing.sent",
          entity: "user",
          entityId: person.id,
          details: { weekOf: briefing.weekOf },
        });
        sent++;
      }
      return { sent, people: people.length };
    },
  };
}
