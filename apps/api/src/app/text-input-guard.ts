import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { AppError } from '../common/errors/app-error';

// U+0000 (PostgreSQL text cannot hold it) and UTF-16 halves without their partner (no character at all).
// eslint-disable-next-line no-control-regex -- refusing NUL is the point of this pattern
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every text the client sends, checked once at the GraphQL edge, before any resolver: a NUL or a
 * broken surrogate in any argument or input field, whether written in the document or passed as a
 * variable, is BAD_USER_INPUT naming where it is ("email", "input.body"), never an internal error
 * from the database. Resolvers may then take text as text.
 */
export function badTextIn(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  const where: string[] = [];
  const variablePaths = new Map<string, string>();
  let found: string | null = null;
  visit(document, {
    Argument: { enter: (node) => void where.push(node.name.value), leave: () => void where.pop() },
    ObjectField: { enter: (node) => void where.push(node.name.value), leave: () => void where.pop() },
    // A default value ($a: String = "…") is named by its variable.
    VariableDefinition: { enter: (node) => void where.push(node.variable.name.value), leave: () => void where.pop() },
    StringValue(node) {
      if (found === null && BAD_TEXT.test(node.value)) found = where.join('.') || 'query';
    },
    Variable(node, _key, parent) {
      // A use inside an argument (not the $name of its definition) says which field it fills.
      if ((parent as { kind?: string } | undefined)?.kind === Kind.VARIABLE_DEFINITION) return;
      if (where.length > 0 && !variablePaths.has(node.name.value)) variablePaths.set(node.name.value, where.join('.'));
    },
  });
  if (found !== null) return found;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const bad = badTextInValue(value, variablePaths.get(name) ?? name);
    if (bad !== null) return bad;
  }
  return null;
}

function badTextInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const bad = badTextInValue(item, path);
      if (bad !== null) return bad;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const bad = badTextInValue(item, `${path}.${key}`);
      if (bad !== null) return bad;
    }
  }
  return null;
}

/** Apollo plugin running badTextIn after the document is parsed and validated, before execution. */
export function textInputGuardPlugin() {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(ctx: { document: DocumentNode; request: { variables?: Record<string, unknown> } }): Promise<void> {
          const field = badTextIn(ctx.document, ctx.request.variables);
          if (field === null) return Promise.resolve();
          const error = AppError.badInput(field, 'contains a NUL character or a broken surrogate; send plain text');
          return Promise.reject(
            new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, field, http: { status: 400 } } }),
          );
        },
      });
    },
  };
}
