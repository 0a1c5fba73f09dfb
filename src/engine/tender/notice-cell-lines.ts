import { isColumnName } from "./notice-cells";

// a cell copied alone onto its line: short, no label colon, no table bar
const lone = (line: string | undefined) => !!line && line.length <= 60 && !/[:|]/.test(line);
const header = (line: string | undefined) => lone(line) && line!.length <= 16 && isColumnName(line!);
// the first cell of a row under 序号/排名/包号 is a small index ("1", "A", "第2包")
const INDEX_COLUMN = /^(序号|排名|排序|名次|包号|标段|标项)$/;
const INDEX_CELL = /^(\d{1,2}|[A-Z]|第?[\d一二三四五六七八九十]{1,3}(包|标段|标项|名)?)$/;

/**
 * A table copied from a page with every cell on its own line ("序号" "供应商名称" "成交金额" "1"
 * "甲公司" "¥263,580.00") is joined back into "a | b | c" rows: a run of two or more column names
 * is the header, and the plain lines after it fill rows of the same width. Lines outside such a run
 * are returned as they are.
 */
export function joinCellLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let k = 0;
    while (k < 8 && header(lines[i + k])) k++;
    if (k < 2) {
      out.push(lines[i]);
      continue;
    }
    const rows: string[][] = [];
    let j = i + k;
    while (j + k <= lines.length) {
      const row = lines.slice(j, j + k);
      if (!row.every((c) => lone(c) && !header(c))) break;
      if (INDEX_COLUMN.test(lines[i]) && !INDEX_CELL.test(row[0])) break;
      rows.push(row);
      j += k;
    }
    if (rows.length === 0) {
      out.push(lines[i]);
      continue;
    }
    out.push(lines.slice(i, i + k).join(" | "), ...rows.map((r) => r.join(" | ")));
    i = j - 1;
  }
  return out;
}
