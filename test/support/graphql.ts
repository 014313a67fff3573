import request from 'supertest';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; errorId?: string };
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

/** POST /graphql as a client would, with an optional bearer token. */
export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  let req = request(baseUrl).post('/graphql').set('content-type', 'application/json').set('accept', 'application/json');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  const body = res.body as { data?: T | null; errors?: GqlError[] } | undefined;
  return { status: res.status, data: body?.data ?? undefined, errors: body?.errors };
}

/** Like gql, but fails the test with the server's errors when there are any. */
export async function gqlOk<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await gql<T>(baseUrl, query, variables, token);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL call failed (${result.status}): ${JSON.stringify(result.errors)}\n${query}`);
  }
  return result.data;
}
