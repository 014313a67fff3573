import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { ROOT_FIELD_POLICIES } from './access-policies';

describe('every root field has an access policy', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8'));

  for (const type of ['Query', 'Mutation'] as const) {
    it(`covers each ${type} field of the committed schema, and nothing that is not in it`, () => {
      const fields = Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
      const missing = fields.filter((f) => !ROOT_FIELD_POLICIES[type][f]);
      const stale = Object.keys(ROOT_FIELD_POLICIES[type]).filter((f) => !fields.includes(f));
      expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    });
  }

  it('keeps the public surface to signing in', () => {
    const publicFields = Object.entries({ ...ROOT_FIELD_POLICIES.Query, ...ROOT_FIELD_POLICIES.Mutation })
      .filter(([, policy]) => policy === 'PUBLIC')
      .map(([field]) => field)
      .sort();
    expect(publicFields).toEqual(['demoLogins', 'login']);
  });
});
