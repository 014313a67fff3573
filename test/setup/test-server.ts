import type { EmbeddedPostgresHandle } from '../../libs/shared/src/embedded-postgres';

/** State shared by global-setup and global-teardown (both run in Jest's parent process). */
export interface TestServerState {
  adminUrl: string;
  runId: string;
  embedded?: { handle: EmbeddedPostgresHandle; tempDir: string };
}

const KEY = Symbol.for('tidings.test-server');
type Holder = typeof globalThis & { [KEY]?: TestServerState };

export function saveTestServer(state: TestServerState): void {
  (globalThis as Holder)[KEY] = state;
}

export function takeTestServer(): TestServerState | undefined {
  const state = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return state;
}
