import mjml2html from "mjml";
import type { Lang } from "../../prompts/labels";
import type { Briefing } from "./briefing-types";
import { type Composed, composeBriefing, type Line, type Section } from "./compose";

const GREEN = "#14532d";
const MUTED = "#6b7280";
const FONT = "-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',Helvetica,Arial,sans-serif";

/** Text for MJML markup: everything from the data is escaped (notice titles and names are outside text). */
const esc = (v: unknown) =>
  String(v ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

/** The briefing as an HTML e-mail, laid out by MJML (responsive, inline styles, works in Outlook and Gmail). */
export async function renderBriefingHtml(b: Briefing, lang: Lang = b.user.locale): Promise<string> {
  const c = composeBriefing(b, lang);
  const { html, errors } = await mjml2html(toMjml(c), { validationLevel: "strict" });
  if (errors.length) throw new Error(`briefing e-mail template: ${errors.map((e) => e.formattedMessage).join("; ")}`);
  return html;
}

function toMjml(c: Composed): string {
  return `<mjml lang="${c.lang === "zh" ? "zh-CN" : "en"}">
<mj-head>
  <mj-title>${esc(c.subject)}</mj-title>
  <mj-preview>${esc(c.intro)}</mj-preview>
  <mj-attributes>
    <mj-all font-family="${FONT}" />
    <mj-text font-size="14px" line-height="1.5" color="#1f2937" padding="4px 20px" />
    <mj-section padding="0" background-color="#ffffff" />
  </mj-attributes>
  <mj-style>
    .line a { color: #0f766e; text-decoration: none; }
    .tag { display: inline-block; font-size: 12px; color: #b91c1c; border: 1px solid #fecaca; border-radius: 4px; padding: 0 4px; }
  </mj-style>
</mj-head>
<mj-body background-color="#f3f4f6" width="640px">
  <mj-section background-color="${GREEN}" padding="14px 0">
    <mj-column><mj-text color="#ffffff" font-size="18px" font-weight="bold">${esc(c.subject)}</mj-text></mj-column>
  </mj-section>
  <mj-section padding="12px 0 0">
    <mj-column>
      <mj-text>${esc(c.hello)}</mj-text>
      <mj-text color="${MUTED}">${esc(c.intro)}</mj-text>
    </mj-column>
  </mj-section>
  ${sectionMjml(c.priorities)}
  <mj-section padding="8px 0 0"><mj-column>
    <mj-text font-size="17px" font-weight="bold" color="${GREEN}" padding="12px 20px 2px">${esc(c.changes.title)}</mj-text>
    ${c.changes.empty ? `<mj-text color="${MUTED}">${esc(c.changes.empty)}</mj-text>` : ""}
  </mj-column></mj-section>
  ${c.changes.sections.map((s) => sectionMjml(s, true)).join("\n")}
  ${sectionMjml(c.tenders)}
  ${pipelineMjml(c)}
  ${repsMjml(c)}
  ${footerMjml(c)}
</mj-body>
</mjml>`;
}

function lineHtml(l: Line): string {
  const lead = l.href ? `<a href="${esc(l.href)}"><b>${esc(l.lead)}</b></a>` : `<b>${esc(l.lead)}</b>`;
  const tag = l.tag ? ` <span class="tag">${esc(l.tag)}</span>` : "";
  return `${lead}${tag}<br/><span>${esc(l.text)}</span>`;
}

function sectionMjml(s: Section, sub = false): string {
  const title = sub
    ? `<mj-text font-size="14px" font-weight="bold" color="#374151" padding="8px 20px 2px">${esc(s.title)}</mj-text>`
    : `<mj-text font-size="17px" font-weight="bold" color="${GREEN}" padding="16px 20px 2px">${esc(s.title)}</mj-text>`;
  const hint = s.hint ? `<mj-text font-size="12px" color="${MUTED}">${esc(s.hint)}</mj-text>` : "";
  const lines = s.lines.length
    ? s.lines.map((l) => `<mj-text css-class="line" padding="5px 20px">${lineHtml(l)}</mj-text>`).join("\n")
    : `<mj-text color="${MUTED}">${esc(s.empty)}</mj-text>`;
  const more = s.more ? `<mj-text font-size="13px" color="${MUTED}">… ${esc(s.more)}</mj-text>` : "";
  return `<mj-section padding="0"><mj-column>${title}${hint}${lines}${more}</mj-column></mj-section>`;
}

function pipelineMjml(c: Composed): string {
  const rows = c.pipeline.figures
    .map(
      (f) =>
        `<tr><td style="padding:3px 8px 3px 0;color:${MUTED}">${esc(f.label)}</td><td style="padding:3px 0;text-align:right;font-weight:bold">${esc(f.value)}</td></tr>`,
    )
    .join("");
  return `<mj-section padding="0"><mj-column>
    <mj-text font-size="17px" font-weight="bold" color="${GREEN}" padding="16px 20px 2px">${esc(c.pipeline.title)}</mj-text>
    <mj-table font-size="14px" padding="4px 20px" width="100%">${rows}</mj-table>
  </mj-column></mj-section>`;
}

/** One block per rep (name, then the figures as words): a table this wide would not fit a phone. */
function repsMjml(c: Composed): string {
  if (!c.reps) return "";
  const cols = c.reps.columns;
  const blocks = c.reps.rows
    .map(
      (r) =>
        `<mj-text padding="5px 20px"><b>${esc(r[0])}</b><br/><span style="color:#374151">${r
          .slice(1)
          .map((v, i) => `${esc(cols[i + 1])} <b>${esc(v)}</b>`)
          .join(" · ")}</span></mj-text>`,
    )
    .join("\n");
  return `<mj-section padding="0"><mj-column>
    <mj-text font-size="17px" font-weight="bold" color="${GREEN}" padding="16px 20px 2px">${esc(c.reps.title)}</mj-text>
    ${blocks}
  </mj-column></mj-section>`;
}

function footerMjml(c: Composed): string {
  const home = c.homeHref ? ` · <a href="${esc(c.homeHref)}" style="color:#0f766e">Furrow</a>` : "";
  const settings = c.footer.settingsHref
    ? ` <a href="${esc(c.footer.settingsHref)}" style="color:#0f766e">${esc(c.footer.settingsLabel)}</a>`
    : "";
  return `<mj-section padding="16px 0 20px" background-color="#f3f4f6"><mj-column>
    <mj-divider border-color="#d1d5db" border-width="1px" padding="0 20px 8px" />
    <mj-text font-size="12px" color="${MUTED}">${esc(c.footer.why)}${home}</mj-text>
    <mj-text font-size="12px" color="${MUTED}">${esc(c.footer.how)}${settings}</mj-text>
  </mj-column></mj-section>`;
}
