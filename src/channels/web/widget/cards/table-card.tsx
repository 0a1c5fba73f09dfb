import type { Card } from "../../../../agent/cards";
import { CardFrame } from "./card-frame";

type Props = Omit<Extract<Card, { kind: "table" }>, "kind">;

export function TableCard({ title, data }: Props) {
  const columns = data.columns ?? [];
  const rows = data.rows ?? [];
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] == null || typeof r[i] === "number"));
  return (
    <CardFrame kind="table" title={title}>
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
                    {r[i] == null ? "—" : typeof r[i] === "number" ? (r[i] as number).toLocaleString() : r[i]}
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
