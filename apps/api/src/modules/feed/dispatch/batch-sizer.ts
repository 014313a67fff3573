/**
 * Sizes dispatch batches so a transaction holds its claimed rows for about `targetMs`: an
 * activity with 10,000 followers writes 10,000 entries, so a fixed batch of 200 such activities
 * held its locks for tens of seconds. Grows after fast batches, shrinks after slow ones.
 */
export class BatchSizer {
  private size: number;

  constructor(
    private readonly targetMs = 100,
    private readonly max = 200,
    initial = 20,
  ) {
    this.size = Math.min(initial, max);
  }

  get current(): number {
    return this.size;
  }

  /** Records how long a batch of `claimed` rows took inside its transaction. */
  observe(claimed: number, elapsedMs: number): void {
    if (claimed === 0) return;
    if (elapsedMs > this.targetMs) {
      // Aim for the size that would have taken the target, at least halving.
      const fitting = Math.floor((claimed * this.targetMs) / elapsedMs);
      this.size = Math.max(1, Math.min(Math.floor(this.size / 2), fitting));
    } else if (elapsedMs < this.targetMs / 2 && claimed >= this.size) {
      this.size = Math.min(this.max, this.size * 2);
    }
  }
}
