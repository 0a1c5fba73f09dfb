// Fixed rounding so stored numbers are reproducible: half away from zero at a fixed number of
// decimals (the 1e-9 nudge puts 1.005, stored as 1.00499999…, on the side a person expects).
// Negative zero becomes 0 so equal values compare equal everywhere.

/** Rounds to 2 decimals (points, totals, money shown in reasons). */
export function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100 || 0;
}

/** Rounds to 4 decimals (raw values: rates and amounts as shown and as matched against bands). */
export function round4(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10_000 + 1e-9)) / 10_000 || 0;
}
