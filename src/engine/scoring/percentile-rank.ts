// Book-relative positions without keeping the whole book: a grid holds the value at each
// percentile 1..100 (nearest rank), so a rank is a binary search over 100 numbers and re-scoring
// one account needs no other account.

/** The values at percentiles 1..100 (nearest rank) of a sample; empty for an empty sample. */
export function percentileGrid(values: Float64Array): number[] {
  const n = values.length;
  if (n === 0) return [];
  const ranks = new Int32Array(100);
  for (let p = 1; p <= 100; p++) ranks[p - 1] = nearestRank(p, n);
  return valuesAtRanks(values, ranks);
}

/** The value at percentile p (nearest rank) of a non-empty sample: percentileGrid(values)[p - 1], nothing else selected. */
export function percentileValue(values: Float64Array, p: number): number {
  return valuesAtRanks(values, Int32Array.of(nearestRank(p, values.length)))[0];
}

const nearestRank = (p: number, n: number) => Math.min(n - 1, Math.ceil((p / 100) * n) - 1);

/** The values of sorted ranks `ranks` (ascending) of a non-empty sample; the sample is not changed. */
function valuesAtRanks(values: Float64Array, ranks: Int32Array): number[] {
  const range = integerRange(values);
  if (range !== null) return countedRanks(values, range.min, range.max, ranks);
  // Only 100 positions are read: selecting them costs about a third of sorting a book's 100k values.
  const placed = values.slice();
  selectRanks(placed, 0, values.length - 1, ranks, 0, ranks.length);
  return Array.from(ranks, (r) => placed[r]);
}

/**
 * Min and max of a sample of whole numbers spanning a range not much wider than the sample (days since the last
 * order, order counts), else null: such a sample is ranked by counting, one pass instead of a selection. Negative
 * zero is not counted (it would come back as 0).
 */
function integerRange(values: Float64Array): { min: number; max: number } | null {
  let min = values[0];
  let max = values[0];
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if ((v | 0) !== v || (v === 0 && 1 / v < 0)) return null;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  return max - min <= 4 * values.length + 1024 ? { min, max } : null;
}

/** The values of sorted ranks of whole numbers in min..max, by a count of each. */
function countedRanks(values: Float64Array, min: number, max: number, ranks: Int32Array): number[] {
  const counts = new Int32Array(max - min + 1);
  for (let k = 0; k < values.length; k++) counts[values[k] - min]++;
  const out: number[] = [];
  let value = 0;
  let below = counts[0]; // values up to and including min + value
  for (const r of ranks) {
    while (below <= r) below += counts[++value];
    out.push(min + value);
  }
  return out;
}

/**
 * Puts the value of sorted rank r at a[r] for each of ranks[from..to) (ascending, all within lo..hi): quickselect
 * down to the ranks asked for. Comparisons with < and >, so NaN must not occur (callers leave unknowns out).
 */
function selectRanks(a: Float64Array, lo: number, hi: number, ranks: Int32Array, from: number, to: number): void {
  while (from < to) {
    if (hi - lo < 16) {
      insertionSort(a, lo, hi);
      return;
    }
    const pivot = medianOfThree(a[lo], a[(lo + hi) >> 1], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // Now lo..j hold values <= pivot, i..hi values >= pivot, and anything between equals the pivot: in place.
    let left = from;
    while (left < to && ranks[left] <= j) left++;
    let right = left;
    while (right < to && ranks[right] < i) right++;
    selectRanks(a, lo, j, ranks, from, left);
    lo = i;
    from = right;
  }
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let k = lo + 1; k <= hi; k++) {
    const v = a[k];
    let m = k - 1;
    while (m >= lo && a[m] > v) {
      a[m + 1] = a[m];
      m--;
    }
    a[m + 1] = v;
  }
}

function medianOfThree(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}

/**
 * Mid-rank percentile (0-100) of `x` in a grid: grid points below plus half of those equal. Ties
 * land in the middle, so a one-account book ranks its account at 50; an empty grid also gives 50.
 */
export function percentileRank(x: number, grid: number[]): number {
  const n = grid.length;
  if (n === 0) return 50;
  const below = lowerBound(grid, x, false, 0);
  // Most values equal no grid point (revenue, profit): the second search only when one does.
  const notAbove = grid[below] === x ? lowerBound(grid, x, true, below) : below;
  return ((below + (notAbove - below) / 2) / n) * 100;
}

/** Count of grid values < x (or <= x when `inclusive`), searching from `lo`; the grid is sorted ascending. */
function lowerBound(grid: number[], x: number, inclusive: boolean, from: number): number {
  let lo = from;
  let hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid] < x || (inclusive && grid[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
