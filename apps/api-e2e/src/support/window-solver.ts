/**
 * The attacker's solver for overlapping-window statistics: given, for every window [a, b] of periods,
 * bounds lo ≤ x_a + … + x_b ≤ hi on the unknown per-period counts x ≥ 0, find for each period the exact
 * range of values consistent with everything published. With prefix sums S_0 = 0, S_i = x_1 + … + x_i,
 * every bound is a difference constraint (S_b − S_(a−1) ≤ hi, S_(a−1) − S_b ≤ −lo), so shortest paths
 * (Floyd–Warshall) give the tightest bounds exactly; the system is totally unimodular, so the integer
 * answer is the same. A period whose range is one value has been recovered exactly.
 */
export interface WindowBound {
  /** First and last period of the window, 0-based, inclusive. */
  a: number;
  b: number;
  lo: number;
  hi: number;
}

export function solveWindows(periods: number, bounds: readonly WindowBound[]): { lo: number; hi: number }[] {
  const n = periods + 1;
  const INF = Number.POSITIVE_INFINITY;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : INF)));
  const edge = (u: number, v: number, w: number) => {
    if (w < d[u][v]) d[u][v] = w;
  };
  for (let i = 0; i < periods; i++) edge(i + 1, i, 0); // x_i ≥ 0
  for (const { a, b, lo, hi } of bounds) {
    edge(a, b + 1, hi);
    edge(b + 1, a, -lo);
  }
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
  for (let i = 0; i < n; i++) if (d[i][i] < 0) throw new Error('the published figures contradict each other');
  return Array.from({ length: periods }, (_, i) => ({ lo: Math.max(0, -d[i + 1][i]), hi: d[i][i + 1] }));
}
