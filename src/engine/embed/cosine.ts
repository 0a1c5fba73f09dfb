/** Cosine similarity of two vectors of the same length; 0 when either is all zeros. */
export function cosine(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error("vectors differ in length");
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
