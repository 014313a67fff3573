// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation or fragment type.
import type { DemoLoginsQuery, LoginMutationVariables, MeFieldsFragment } from 'src/gql/graphql';

export type { Role } from 'src/gql/graphql';
export type Me = MeFieldsFragment;
export type LoginVars = LoginMutationVariables;
export type DemoLogin = DemoLoginsQuery['demoLogins'][number];
