import { useQuery } from '@apollo/client/react';
import { DOCUMENT_FILES_QUERY } from 'src/modules/documents/graphql/documents.documents';
import { useFeedItems } from 'src/modules/realtime/hooks/useRealtime';

/** Versions and review of a document, re-read whenever an activity of the document arrives live. */
export function useDocumentFiles(documentId: string) {
  const query = useQuery(DOCUMENT_FILES_QUERY, { variables: { id: documentId } });
  useFeedItems(({ item }) => {
    if (item.subjectId === documentId) void query.refetch();
  });
  return query;
}
