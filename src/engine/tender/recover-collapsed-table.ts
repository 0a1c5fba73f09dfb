import { isHeaderRow } from "./notice-cells";

export type RecoveredTable = { caption: string; header: string[]; rows: string[][] };

const lastSpace = (s: string) => s.lastIndexOf(" ");

/**
 * Rebuilds a table whose rows a crawler joined into one line: "…结果: 序号 | 金额 | 供应商 1 |
 * 100 | 甲公司". The header runs from the first cell's last word to the cell whose last word is
 * data; each later cell holding "<last cell> <first cell of the next row>" splits there.
 */
export function recoverCollapsedTable(cells: string[]): RecoveredTable | null {
  if (cells.length < 4 || lastSpace(cells[0]) < 0) return null;
  const caption = cells[0].slice(0, lastSpace(cells[0])).trim();
  const header = [cells[0].slice(lastSpace(cells[0]) + 1)];
  let j = 1;
  for (; j < cells.length; j++) {
    const cut = lastSpace(cells[j]);
    if (cut < 0) {
      header.push(cells[j]);
      continue;
    }
    header.push(cells[j].slice(0, cut));
    break;
  }
  if (j >= cells.length || header.length < 2 || !isHeaderRow(header)) return null;
  const tokens = [cells[j].slice(lastSpace(cells[j]) + 1), ...cells.slice(j + 1)];
  const rows: string[][] = [];
  let row: string[] = [];
  tokens.forEach((t, k) => {
    const more = k < tokens.length - 1;
    if (row.length === header.length - 1 && more && lastSpace(t) > 0) {
      row.push(t.slice(0, lastSpace(t)));
      rows.push(row);
      row = [t.slice(lastSpace(t) + 1)];
    } else row.push(t);
  });
  if (row.length) rows.push(row);
  return rows.length ? { caption, header, rows } : null;
}
