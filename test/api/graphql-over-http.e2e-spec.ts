import { serverAudits } from 'graphql-http';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';

/** POST /graphql follows the GraphQL-over-HTTP spec: every MUST-level audit of graphql-http passes. */
describe('GraphQL over HTTP', () => {
  let db: TestDatabase;
  let api: ApiServer;

  beforeAll(async () => {
    db = await createTestDatabase('graphql_http');
    api = await startApi(db.url);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  const audits = serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch });
  const mustAudits = audits.filter((audit) => audit.name.startsWith('MUST'));

  it('has MUST-level audits to run', () => {
    expect(mustAudits.length).toBeGreaterThan(10);
  });

  for (const audit of mustAudits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') throw new Error(`${result.status}: ${result.reason}`);
    });
  }
});
