/**
 * Reads an identifier at the start of a value: "HCA(4)2017040GNN", "闽建融[NP-2017]招字008号",
 * "16A4937,16A5022". Stops at whitespace, sentence punctuation or an unmatched closing bracket
 * (the value was cut from "(项目编号:X)实施了…"). Returns null when nothing code-like is there.
 */
export function readCode(value: string): string | null {
  let depth = 0;
  let end = 0;
  for (; end < value.length; end++) {
    const ch = value[end];
    if (/\s|[;；。，、]/.test(ch)) break;
    if (ch === "," && !/[A-Za-z0-9]/.test(value[end + 1] ?? "")) break;
    if (ch === "(" || ch === "[") depth++;
    if (ch === ")" || ch === "]") {
      if (depth === 0) break;
      depth--;
    }
  }
  const code = value.slice(0, end).replace(/[.:]+$/, "");
  if (!/[A-Za-z0-9]/.test(code) || code === "/") return null;
  return code;
}
