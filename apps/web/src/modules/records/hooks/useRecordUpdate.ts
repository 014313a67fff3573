import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';

type UpdateVars<TInput> = { id: string; input: TInput };

/**
 * Runs one of the update mutations for a record and keeps its error for the page to show.
 * `onSaved` lets the page pull the change's activity into the record feed.
 */
export function useRecordUpdate<TData, TInput>(
  document: TypedDocumentNode<TData, UpdateVars<TInput>>,
  id: string,
  onSaved?: () => void,
) {
  const [mutate, { loading }] = useMutation<TData, UpdateVars<TInput>>(document);
  const [error, setError] = useState<unknown>(null);

  const save = async (input: TInput): Promise<void> => {
    setError(null);
    try {
      await mutate({ variables: { id, input } });
      onSaved?.();
    } catch (caught) {
      setError(caught);
    }
  };

  return { save, saving: loading, error };
}
