import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * Requests that put a NUL into each text argument of the committed schema (apps/api/schema.graphql),
 * one path at a time, for suites that check every text input is refused the same way.
 */
export const NUL = 'a\u0000b';
const SCHEMA = buildSchema(readFileSync(join(__dirname, '..', '..', 'apps', 'api', 'schema.graphql'), 'utf8'));

/** Where a text (String or ID) can go in a field's arguments: "email", "input.body", … */
function textPaths(type: GraphQLInputType, path: string, seen = new Set<string>()): string[] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? [path] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  return Object.values(named.getFields()).flatMap((f) => textPaths(f.type, `${path}.${f.name}`, new Set([...seen, named.name])));
}

/** A value the schema accepts, with NUL at `target`; optional parts only where they lead there. */
function sample(type: GraphQLInputType, path: string, target: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(inner.ofType, path, target)];
  const named = inner as GraphQLNamedType;
  if (path === target) return NUL;
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isScalarType(named)) return ({ Int: 1, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00Z' } as Record<string, unknown>)[named.name] ?? 'x';
  if (!isInputObjectType(named)) return null;
  const value: Record<string, unknown> = {};
  for (const field of Object.values(named.getFields())) {
    const fieldPath = `${path}.${field.name}`;
    const needed = (isNonNullType(field.type) && field.defaultValue === undefined) || target.startsWith(`${fieldPath}.`) || target === fieldPath;
    if (needed) value[field.name] = sample(field.type, fieldPath, target);
  }
  return value;
}

export interface Probe {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

/** One request per text argument path of every root field: NUL there, valid values elsewhere. */
export function textArgumentProbes(): Probe[] {
  const all: Probe[] = [];
  for (const [operation, root] of [['query', SCHEMA.getQueryType()], ['mutation', SCHEMA.getMutationType()]] as const) {
    for (const field of Object.values(root!.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      for (const target of field.args.flatMap((a) => textPaths(a.type, a.name))) {
        const used = field.args.filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || target === a.name || target.startsWith(`${a.name}.`));
        const variables = Object.fromEntries(used.map((a) => [a.name, sample(a.type, a.name, target)]));
        const definitions = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
        const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
        all.push({
          label: `${field.name}(${target})`,
          query: `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`,
          variables,
          field: target,
        });
      }
    }
  }
  return all;
}
