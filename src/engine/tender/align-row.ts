const GROUP_COLUMN = /^(包号|包组|合同包|序号|标段|分包号|包|标项)$/;
/** A value of such a column: "1", "A", "第2包", "1包", "标段二". */
const GROUP_VALUE =
  /^(\d{1,3}|[A-Z]|第?[\d一二三四五六七八九十]{1,3}(包|标段|标项)?|(包|标段|标项)[\d一二三四五六七八九十]{1,3})$/;

/**
 * Aligns table rows to the header. A row shorter than the header lost leading cells to row spans
 * when the first column groups rows (包号, 序号) and the row does not start with such a value:
 * those rows are right-aligned and inherit the missing cells from the row above. Otherwise short
 * rows lost trailing empty cells and are left-aligned.
 */
export function alignRows(header: string[], rows: string[][]): string[][] {
  const grouped = GROUP_COLUMN.test(header[0]?.replace(/\s/g, "") ?? "");
  const out: string[][] = [];
  let previous: string[] = [];
  for (const row of rows) {
    let cells = row;
    if (row.length < header.length && grouped && !GROUP_VALUE.test(row[0] ?? "")) {
      const missing = header.length - row.length;
      cells = [...header.slice(0, missing).map((_, i) => previous[i] ?? ""), ...row];
    }
    out.push(cells);
    previous = cells;
  }
  return out;
}
