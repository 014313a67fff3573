import { VisuallyHidden } from 'src/modules/ui/components/VisuallyHidden';

/**
 * A polite live region: screen readers read `message` when it changes, after what they are saying.
 * It is always in the page (a region added together with its text is not announced).
 */
export function LiveAnnouncer({ message, testId }: { message: string; testId?: string }) {
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message}
    </VisuallyHidden>
  );
}
