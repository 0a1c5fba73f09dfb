// A period said without its year, read as the one to come: offline planning of forecasts and deal lists.

/** A bare quarter or month (no year said) wholly past as of `today`: the same one next year. */
export function aheadOf(range: { from: string; to: string; text?: string }, today: string) {
  const bare =
    /^(q[1-4]|第?[一二三四1-4]季度|[一二三四五六七八九十]{1,2}月|1[0-2]月|[1-9]月|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/i;
  // "in jan", "by March", "for Q1": the month or quarter alone, with its preposition.
  const said = (range.text ?? "").trim().replace(/^(in|by|for|during|over|until|till|before)\s+/i, "");
  if (range.to >= today || !bare.test(said)) return range;
  const next = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
  // 2月 ends on the 28th or 29th: the month's last day, next year.
  const to = next(range.to);
  const last = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { ...range, from: next(range.from), to: to.slice(5, 7) === "02" ? last : to };
}
