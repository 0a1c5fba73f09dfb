import type { Lang } from "../../prompts/labels";
import type { Briefing } from "./briefing-types";
import { composeBriefing, type Line, type Section } from "./compose";

/** The briefing's plain-text part: the same content as the HTML, links written out. */
export function renderBriefingText(b: Briefing, lang: Lang = b.user.locale): string {
  const c = composeBriefing(b, lang);
  const out: string[] = [c.subject, "=".repeat(24), "", c.hello, c.intro, ""];
  out.push(...section(c.priorities, "##"));
  out.push(`## ${c.changes.title}`, "");
  if (c.changes.empty) out.push(c.changes.empty, "");
  for (const s of c.changes.sections) out.push(...section(s, "###"));
  out.push(...section(c.tenders, "##"));
  out.push(`## ${c.pipeline.title}`, "", ...c.pipeline.figures.map((f) => `${f.label}: ${f.value}`), "");
  if (c.reps) {
    out.push(`## ${c.reps.title}`, "");
    for (const row of c.reps.rows)
      out.push(
        `- ${row[0]}: ${row
          .slice(1)
          .map((v, i) => `${c.reps?.columns[i + 1]} ${v}`)
          .join(" · ")}`,
      );
    out.push("");
  }
  out.push("--", c.footer.why, c.footer.how);
  if (c.footer.settingsHref) out.push(c.footer.settingsHref);
  if (c.homeHref) out.push(c.homeHref);
  return `${out.join("\n")}\n`;
}

function section(s: Section, mark: string): string[] {
  const lines = s.lines.length ? s.lines.map(line) : [s.empty];
  return [`${mark} ${s.title}`, "", ...lines, ...(s.more ? [`… ${s.more}`] : []), ""];
}

function line(l: Line): string {
  const tag = l.tag ? ` [${l.tag}]` : "";
  return `- ${l.lead}${tag}: ${l.text}${l.href ? `\n  ${l.href}` : ""}`;
}
