import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import type { Circus } from '@jest/types';
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';
import { isCI, PREREQS_KEY, type PrereqResult } from '../support/require-prereq';

/**
 * The Node environment, plus: once the test file is collected, a missing prerequisite declared
 * with requirePrereq() marks the whole file skipped (outside CI) and prints why.
 */
export default class E2eEnvironment extends NodeEnvironment {
  private readonly testPath: string;

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.testPath = context.testPath;
  }

  async handleTestEvent(event: Circus.AsyncEvent | Circus.SyncEvent, state: Circus.State): Promise<void> {
    if (event.name !== 'run_start' || isCI()) return;
    const pending = (this.global as Record<string, unknown>)[PREREQS_KEY] as Array<Promise<PrereqResult>> | undefined;
    if (!pending?.length) return;
    const missing = (await Promise.all(pending)).filter((r) => !r.ok);
    if (missing.length === 0) return;
    skipAll(state.rootDescribeBlock);
    const reasons = missing.map((r) => `${r.name}${r.detail ? ` (${r.detail})` : ''}`).join('; ');
    process.stderr.write(`\n[skipped] ${this.testPath}\n  prerequisite missing: ${reasons}\n  (under CI=true this suite fails instead)\n`);
  }
}

/** Circus skips hooks and tests of a block marked 'skip', but does not pass it down to nested blocks. */
function skipAll(block: Circus.DescribeBlock): void {
  block.mode = 'skip';
  for (const child of block.children) {
    if (child.type === 'describeBlock') skipAll(child);
    else child.mode = 'skip';
  }
}
