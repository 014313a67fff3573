/** SVG polyline points for values in -1..1 across `width` (1 at the top, -1 at the bottom). */
export function sparklinePoints(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return '';
  const step = values.length === 1 ? 0 : width / (values.length - 1);
  const y = (v: number) => ((1 - Math.max(-1, Math.min(1, v))) / 2) * height;
  const points = values.map((v, i) => `${round(i * step)},${round(y(v))}`);
  // One value is a flat line across, not a dot.
  return values.length === 1 ? `${points[0]} ${width},${round(y(values[0]))}` : points.join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
