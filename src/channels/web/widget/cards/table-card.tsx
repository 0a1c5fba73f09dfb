import { readableTable } from "../../../../../prompts/table-words";
import type { Card } from "../../../../agent/cards";
import { formatDate, todayIso } from "../format";
import type { Lang } from "../i18n";
import { CardFrame } from "./card-frame";

type Props = Omit<Extract<Card, { kind: "table" }>, "kind"> & { lang: Lang; today?: string };

/** A cell as people read it: numbers grouped, an ISO day (a last contact, a close date) in words. */
function cellText(v: string | number | null | undefined, lang: Lang, today: string): string {
  if (v == null) return "—";
  if (typeof v === "number") return v.toLocaleString();
  return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.test(v) ? formatDate(v, lang, today) : v;
}

export function TableCard({ title, data, lang, today = todayIso() }: Props) {
  // Column names and coded cells in the reader's words (weighted → 加权, this_quarter → 本季度).
  const table = readableTable(title, data, lang);
  const columns = table.columns;
  const rows = table.rows;
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] == null || typeof r[i] === "number"));
  return (
    <CardFrame kind="table" title={table.title}>
      <div class="table-scroll">
        <table class="data-table">
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col" class={numeric[i] ? "num" : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => (
              <tr key={ri}>
                {columns.map((_, i) => (
                  <td key={i} class={numeric[i] ? "num" : undefined}>
                    {cellText(r[i], lang, today)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </CardFrame>
  );
}
