import type { FieldPolicy, Reference } from '@apollo/client';

interface StoredEdge {
  cursor: string;
  node: Reference;
}

interface StoredConnection {
  edges: StoredEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * One cached list per (filter, subjectId). A page fetched with `after` is appended; a write
 * without `after` (first load, refetch, or a live prepend that writes the whole list) replaces.
 * Edges are de-duplicated by activity id because an item may arrive by query and by socket.
 */
export const feedFieldPolicy: FieldPolicy<StoredConnection> = {
  keyArgs: ['filter', 'subjectId'],
  merge(existing, incoming, { args, readField }) {
    const seen = new Set<string>();
    const unique = (edges: readonly StoredEdge[]): StoredEdge[] =>
      edges.filter((edge) => {
        const id = readField<string>('id', edge.node);
        if (!id || seen.has(id)) return false;
        seen.add(id);
        return true;
      });

    if (args?.after && existing) {
      return { ...incoming, edges: [...unique(existing.edges), ...unique(incoming.edges)] };
    }
    return { ...incoming, edges: unique(incoming.edges) };
  },
};
