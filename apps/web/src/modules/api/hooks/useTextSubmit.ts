import { useState, type FormEvent } from 'react';
import { errorMessage } from 'src/modules/api/utils/graphql-error';

/**
 * State for a one-field text form (post, comment): trims, skips blanks, clears on success and
 * shows the server's message on failure, keeping what was typed.
 */
export function useTextSubmit(submit: (text: string) => Promise<void>) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const send = async (text: string) => {
    try {
      await submit(text);
      setBody('');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  // A form handler returns nothing; send reports its own failure in the form.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    setError(null);
    void send(text);
  };

  return { body, setBody, error, onSubmit };
}
