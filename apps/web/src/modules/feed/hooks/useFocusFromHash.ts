import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

const HIGHLIGHT_MS = 4000;

/**
 * `#activity-<id>` or `#comment-<id>` in the address (a notification's link): once that post or
 * comment is on the page, scroll it into view and highlight it for a moment. Once per address.
 */
export function useFocusFromHash(ready: boolean): void {
  const { hash, key } = useLocation();
  const done = useRef<string | null>(null);

  useEffect(() => {
    const match = /^#(activity|comment)-([\w-]+)$/.exec(hash);
    if (!ready || !match || done.current === key) return;
    const [, kind, id] = match;
    const target = document.querySelector<HTMLElement>(`[data-${kind}-id="${CSS.escape(id ?? '')}"]`);
    if (!target) return;
    done.current = key;
    target.scrollIntoView({ block: 'center' });
    target.classList.add('is-focused');
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    const timer = window.setTimeout(() => target.classList.remove('is-focused'), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  });
}
