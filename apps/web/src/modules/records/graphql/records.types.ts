// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation or fragment type.
import type { AccountQuery, EmployeeSummaryFragment } from 'src/gql/graphql';

export type { Visibility } from 'src/gql/graphql';
export type EmployeeSummary = EmployeeSummaryFragment;
export type AccountDetail = AccountQuery['account'];
