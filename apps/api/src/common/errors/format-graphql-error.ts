import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { ENUMS_BY_NAME } from '../graphql/enums';
import { AppError, ErrorCode } from './app-error';

const SAFE_APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place errors become what clients see: our codes with the offending field named, and
 * internal failures reduced to a generic message plus an id that finds the details in the log.
 */
export function formatGraphqlError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // Refusals before execution (the text guard) carry the AppError as their cause.
    const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError ? unwrapped.originalError : unwrapped;
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    const apolloCode = formatted.extensions?.code;
    if (typeof apolloCode === 'string' && SAFE_APOLLO_CODES.has(apolloCode)) {
      return describeInputError(formatted, error);
    }
    const errorId = randomUUID();
    logger.error({ err: original, errorId, path: formatted.path }, 'unexpected error while answering GraphQL');
    return {
      message: `Something went wrong on our side. If it keeps happening, report error id ${errorId}.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}

const ENUM_VALUE = /Value "([^"]*)" does not exist in "(\w+)" enum/;
const ENUM_LITERAL = /Enum "(\w+)" cannot represent non-enum value: ([^.]+)\./;
const VARIABLE_PATH = /got invalid value .* at "([\w.[\]]+)"/;

/** Query and variable errors name the field and, for enums, the values allowed. */
function describeInputError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const parseOrValidation = code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED';
  const enumMatch = ENUM_VALUE.exec(formatted.message) ?? ENUM_LITERAL.exec(formatted.message);
  if (!enumMatch) {
    return { ...formatted, extensions: { code: parseOrValidation ? code : ErrorCode.BAD_USER_INPUT } };
  }
  const [value, enumName] = ENUM_VALUE.test(formatted.message) ? [enumMatch[1], enumMatch[2]] : [enumMatch[2], enumMatch[1]];
  const field = fieldOf(formatted.message, error);
  const allowed = Object.values(ENUMS_BY_NAME[enumName] ?? {}).join(', ');
  return {
    message: `${field ?? enumName}: "${value}" is not a valid ${enumName}. Use one of: ${allowed}.`,
    locations: formatted.locations,
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
  };
}

/** The input field an error is about: from the variable path, or from the query text before it. */
function fieldOf(message: string, error: unknown): string | undefined {
  const path = VARIABLE_PATH.exec(message)?.[1];
  if (path) return path.split('.').at(-1)?.replace(/\[\d+\]$/, '');
  if (error instanceof GraphQLError && error.source && error.positions?.[0] !== undefined) {
    const before = error.source.body.slice(0, error.positions[0]);
    return /(\w+)\s*:\s*$/.exec(before)?.[1];
  }
  return undefined;
}
