/** The trend of an indicator's measurements, for its forecast (rule-book §6). */



/** Least squares line through the points; undefined with fewer than two distinct x. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): { a: number; b: number } | undefined {
  const n = xs.length;
  if (n < 2) return undefined;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - my);
  }
  if (sxx === 0) return undefined;
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}
