/** Prints one benchmark figure as `name: value unit (goal …)`. */
export function report(name: string, value: number, unit: string, goal?: string): void {
  const shown = value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
  console.log(`${name}: ${shown} ${unit}${goal ? ` (goal ${goal})` : ""}`);
}

/** Percentile of a sample (p in 0-100), nearest-rank. */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
