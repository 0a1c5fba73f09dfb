// Section, cell and pair reading live in notice-sections.ts, notice-cells.ts and notice-pairs.ts; this file is the one pass.
import { cleanValue, hasNumbering, joinSpacedLabels, labelKey, labelUnit, stripNumbering } from "./normalise-text";
import { joinCellLines } from "./notice-cell-lines";
import { isHeaderRow, isLabelCell, splitRow } from "./notice-cells";
import { colonPairs, spacedPair, spacedPairs, splitCombinedPair, standaloneLabel, valueLine } from "./notice-pairs";
import { headingSection, labelSection, type Section } from "./notice-sections";
import { recoverCollapsedTable } from "./recover-collapsed-table";

export type { Section } from "./notice-sections";

/** One `label: value` pair found in a line or a key-value table row. */
export type Entry = {
  label: string;
  key: string;
  unit: string | null;
  value: string;
  section: Section;
  line: number;
  source: "colon" | "cell";
};

/** A table with a header row (`序号 | 中标供应商名称 | 中标金额(万元)`) and its data rows. */
export type ColumnTable = { header: string[]; rows: string[][]; line: number; caption: string };

export type NoticeLines = { lines: string[]; entries: Entry[]; tables: ColumnTable[] };

const PHONE_CELL = /^[\d\s()\-—–+/转]{7,}$/;

type State = { section: Section; entries: Entry[]; line: number };

// "如有异议…向纪检监察科反映,电话:…": a phone in a sentence about objections or oversight is not the project's
const OVERSIGHT_LEAD = /异议|质疑|投诉|举报|监督|纪检|监察/;

function push(state: State, label: string, value: string, source: Entry["source"], lead = ""): void {
  const key = labelKey(label);
  if (!key) return;
  const next = labelSection(key, state.section);
  if (next) state.section = next;
  const aside = OVERSIGHT_LEAD.test(lead) && /电话|联系方式/.test(key);
  state.entries.push({
    label,
    key,
    unit: labelUnit(label),
    value: cleanValue(value),
    section: aside ? "supervisor" : state.section,
    line: state.line,
    source,
  });
}
function rowEntries(state: State, cells: string[]): void {
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    if (cell.includes(":") && colonPairs(cell).length) {
      for (const p of colonPairs(cell)) push(state, p.label, p.value, "colon");
    } else if (isLabelCell(cell) && j + 1 < cells.length && !isLabelCell(cells[j + 1])) {
      push(state, cell, cells[j + 1], "cell");
      j++;
    } else if (PHONE_CELL.test(cell) && /\d{7}/.test(cell.replace(/\D/g, ""))) {
      push(state, "电话", cell, "cell");
    }
  }
}

/**
 * Reads a normalised notice into lines, `label: value` entries tagged with the party section they
 * appear in, and column tables. Every later rule works on this one pass.
 */
export function readNoticeLines(text: string): NoticeLines {
  const lines = joinCellLines(text.split("\n").map((l) => joinSpacedLabels(l.trim())));
  const state: State = { section: "none", entries: [], line: 0 };
  const tables: ColumnTable[] = [];
  let table: ColumnTable | null = null;
  let caption = "";
  let skip = -1;
  lines.forEach((line, i) => {
    if (i === skip) return;
    state.line = i;
    if (hasNumbering(line)) state.section = "none";
    if (line.includes("|")) {
      const cells = splitRow(line);
      const recovered = table || isHeaderRow(cells) ? null : recoverCollapsedTable(cells);
      if (isHeaderRow(cells)) {
        table = { header: cells, rows: [], line: i, caption };
        tables.push(table);
      } else if (table) table.rows.push(cells);
      else if (recovered) {
        // the text around the rebuilt table still carries labels ("(招标编号:…) 受…委托 …")
        for (const p of colonPairs(recovered.caption)) push(state, p.label, p.value, "colon");
        const heading = headingSection(stripNumbering(recovered.caption.replace(/^.*\s/, "").replace(/:$/, "")));
        if (heading) state.section = heading;
        tables.push({ header: recovered.header, rows: recovered.rows, line: i, caption: recovered.caption });
        const tail = recovered.rows.at(-1)?.at(-1) ?? "";
        for (const p of colonPairs(tail)) push(state, p.label, p.value, "colon");
      } else rowEntries(state, cells);
      return;
    }
    table = null;
    if (standaloneLabel(line, lines[i + 1])) {
      for (const p of splitCombinedPair(stripNumbering(line), lines[i + 1])) push(state, p.label, p.value, "cell");
      skip = i + 1;
      return;
    }
    const pairs = colonPairs(line);
    // "一、项目编号(或招标编号…):" with the value alone on the next line
    const bare = pairs.length === 0 && line.endsWith(":") ? line.slice(0, -1) : null;
    const empty = pairs.length === 1 && cleanValue(pairs[0].value) === "" ? pairs[0].label : bare;
    if (empty && valueLine(empty, lines[i + 1])) {
      push(state, empty, lines[i + 1], "colon");
      skip = i + 1;
      return;
    }
    const many = spacedPairs(line);
    // a line naming a supplier and an award amount states the award, whatever numbering it has
    if (many.some((p) => /金额/.test(p.label)) && many.some((p) => /供应商/.test(p.label))) state.section = "award";
    for (const p of many) push(state, p.label, p.value, "cell");
    // "1.采购人信息 名称:某某局": a heading in front of the first label still opens its section
    const prefix = pairs.length ? line.slice(0, pairs[0].start).trim() : "";
    const inline = prefix ? headingSection(stripNumbering(prefix)) : null;
    if (inline) state.section = inline;
    if (pairs.length === 0 || (pairs.length === 1 && cleanValue(pairs[0].value) === "")) {
      const heading = headingSection(stripNumbering(line));
      if (heading) state.section = heading;
      const spaced = pairs.length === 0 && !many.length ? spacedPair(line) : null;
      if (spaced) push(state, spaced.label, spaced.value, "cell");
    }
    for (const p of pairs)
      for (const q of splitCombinedPair(p.label, p.value))
        push(state, q.label, q.value, "colon", line.slice(Math.max(0, p.start - 30), p.start));
    // a short line before a table names it ("分包号:2", "…(一标段)")
    if (line.length <= 40) caption = line;
  });
  applyUnitFields(state.entries);
  return { lines, entries: state.entries, tables };
}

/** "价格: 121.5 价格单位: 万元": a unit given as its own field applies to the amount just before it. */
function applyUnitFields(entries: Entry[]): void {
  entries.forEach((e, i) => {
    if (!/单位$/.test(e.key) || !/^(万元|元|亿元|万|人民币万元|人民币元)$/.test(e.value.trim())) return;
    const target = entries
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((p) => !p.unit && e.line - p.line <= 2 && /^[\d,.\s]+$/.test(p.value.trim()));
    if (target) target.unit = e.value.trim();
  });
}
