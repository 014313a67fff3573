import { useEffect, useRef, useState } from 'react';

/**
 * `value`, changing at most once every `intervalMs`: the first change shows at once, later ones
 * within the interval wait and the latest of them shows when it ends (nothing is lost, nothing
 * repeats faster than the interval).
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    if (Object.is(value, shown)) return;
    // A newer value cancels the waiting one (this effect's cleanup) and waits in its place.
    const wait = lastShownAt.current + intervalMs - Date.now();
    const show = () => {
      lastShownAt.current = Date.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = window.setTimeout(show, wait);
    return () => window.clearTimeout(timer);
  }, [value, shown, intervalMs]);

  return shown;
}
