import { useQuery } from '@apollo/client/react';
import { ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import type { Me } from 'src/modules/auth/graphql/auth.types';

/** The signed-in employee (from the cache after the first read), or null while it loads. */
export function useViewer(): Me | null {
  const { data } = useQuery(ME_QUERY);
  return data?.me ?? null;
}
