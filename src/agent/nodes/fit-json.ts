/**
 * A tool result made to fit in `limit` characters of JSON while staying valid JSON: null fields dropped, long
 * strings shortened, then the longest list cut in half (its first items kept, a note saying how many were left out)
 * until it fits. Cutting the serialised text instead would hand the model broken JSON with the end of the result
 * (often the analysis and the suggestions) missing.
 */
export function fitJson(value: unknown, limit: number): string {
  const whole = JSON.stringify(value);
  if (whole === undefined || whole.length <= limit) return whole ?? "null";
  const v = compact(value, 400);
  for (let round = 0; round < 64; round++) {
    const json = JSON.stringify(v);
    if (json.length <= limit) return json;
    const list = longestList(v);
    if (!list) break;
    const { items, omitted } = list;
    const keep = Math.max(1, Math.floor(items.length / 2));
    const dropped = items.length - keep + omitted;
    items.splice(keep);
    items.push(`… ${dropped} more not shown`);
  }
  // Still too long (one huge object with no list to cut): the shortest honest answer.
  const json = JSON.stringify(v);
  return json.length <= limit ? json : JSON.stringify({ note: `result too long to show (${whole.length} characters)` });
}

const MORE = /^… (\d+) more not shown$/;

/** A copy without nulls, with strings longer than `max` shortened. */
function compact(v: unknown, max: number): unknown {
  if (typeof v === "string") return v.length > max ? `${v.slice(0, max)}…` : v;
  if (Array.isArray(v)) return v.map((x) => compact(x, max));
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== null && x !== undefined)
        .map(([k, x]) => [k, compact(x, max)]),
    );
  return v;
}

/** The list (with two or more real items) whose JSON is longest, anywhere in the value; its note taken off. */
function longestList(v: unknown): { items: unknown[]; omitted: number } | null {
  let best: unknown[] | null = null;
  let bestSize = 0;
  const visit = (x: unknown) => {
    if (Array.isArray(x)) {
      const real = MORE.test(String(x.at(-1))) ? x.length - 1 : x.length;
      const size = real >= 2 ? JSON.stringify(x).length : 0;
      if (size > bestSize) {
        best = x;
        bestSize = size;
      }
      for (const y of x) visit(y);
    } else if (x && typeof x === "object") for (const y of Object.values(x)) visit(y);
  };
  visit(v);
  const items = best as unknown[] | null;
  if (!items) return null;
  const note = String(items.at(-1)).match(MORE);
  if (note) items.pop();
  return { items, omitted: note ? Number(note[1]) : 0 };
}
