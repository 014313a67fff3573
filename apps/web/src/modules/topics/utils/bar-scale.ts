/**
 * Bar lengths for counts, as a share (0 to 1) of the largest, so the longest bar fills its row.
 * A non-zero count never rounds down to an invisible bar.
 */
export function barShares(counts: readonly number[], minShare = 0.04): number[] {
  const max = Math.max(0, ...counts);
  if (max === 0) return counts.map(() => 0);
  return counts.map((count) => (count <= 0 ? 0 : Math.max(minShare, count / max)));
}
