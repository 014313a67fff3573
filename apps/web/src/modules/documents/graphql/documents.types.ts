// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation or fragment type.
import type { DocumentFilesFieldsFragment, DocumentFilesQuery, VersionDiffQuery, VersionDiffQueryVariables } from 'src/gql/graphql';

export type DocumentFiles = DocumentFilesFieldsFragment;
export type DocumentVersion = DocumentFiles['versions'][number];
export type DocumentFilesData = DocumentFilesQuery;
export type VersionDiffData = VersionDiffQuery;
export type VersionDiffVars = VersionDiffQueryVariables;
export type DiffBlock = VersionDiffQuery['versionDiff']['blocks'][number];
