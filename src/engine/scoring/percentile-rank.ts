// Book-relative positions without keeping the whole book: a grid holds the value at each
// percentile 1..100 (nearest rank), so a rank is a binary search over 100 numbers and re-scoring
// one account needs no other account.

/** The values at percentiles 1..100 (nearest rank) of a sample; empty for an empty sample. */
export function percentileGrid(values: Float64Array): number[] {
  const n = values.length;
  if (n === 0) return [];
  const sorted = values.slice().sort();
  const grid = new Array<number>(100);
  for (let p = 1; p <= 100; p++) grid[p - 1] = sorted[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)];
  return grid;
}

/**
 * Mid-rank percentile (0-100) of `x` in a grid: grid points below plus half of those equal. Ties
 * land in the middle, so a one-account book ranks its account at 50; an empty grid also gives 50.
 */
export function percentileRank(x: number, grid: number[]): number {
  const n = grid.length;
  if (n === 0) return 50;
  const below = lowerBound(grid, x, false);
  const notAbove = lowerBound(grid, x, true);
  return ((below + (notAbove - below) / 2) / n) * 100;
}

/** Count of grid values < x (or <= x when `inclusive`); the grid is sorted ascending. */
function lowerBound(grid: number[], x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid] < x || (inclusive && grid[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
