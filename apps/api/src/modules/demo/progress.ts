/** One progress line for long CLI work: redrawn in place on a terminal, a line per step elsewhere. */
export class Progress {
  private done = 0;
  private readonly tty = process.stdout.isTTY === true;

  constructor(
    private readonly title: string,
    private readonly total: number,
  ) {}

  tick(label: string, step = 1): void {
    this.done = Math.min(this.total, this.done + step);
    const ratio = this.total === 0 ? 1 : this.done / this.total;
    const width = 24;
    const bar = '█'.repeat(Math.round(ratio * width)).padEnd(width, '░');
    const line = `${this.title} ${bar} ${String(Math.round(ratio * 100)).padStart(3)}%  ${label}`;
    if (this.tty) process.stdout.write(`\r${line.padEnd(100)}`);
    else if (this.done === this.total || this.done % Math.max(1, Math.floor(this.total / 10)) === 0) process.stdout.write(`${line}\n`);
  }

  finish(summary: string): void {
    if (this.tty) process.stdout.write('\n');
    process.stdout.write(`${this.title} done: ${summary}\n`);
  }
}
