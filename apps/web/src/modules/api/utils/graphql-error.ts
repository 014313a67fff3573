import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** The code of the first GraphQL error, if the server sent one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A message fit to show a person: the server's own words for GraphQL errors. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter(Boolean);
    return messages.length > 0 ? messages.join(' ') : 'The server rejected the request.';
  }
  if (ServerError.is(error)) {
    return `The server answered ${error.statusCode}. Please try again.`;
  }
  if (error instanceof TypeError) {
    return 'Cannot reach the server. Check your connection and try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
