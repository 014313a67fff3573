import { LiveAnnouncer } from 'src/modules/ui/components/LiveAnnouncer';
import { useThrottledValue } from 'src/modules/ui/hooks/useThrottledValue';

/** A screen reader hears the count at most this often, however fast items arrive. */
export const ANNOUNCE_EVERY_MS = 10_000;

interface NewItemsBarProps {
  count: number;
  onShow: () => void;
}

export const newItemsText = (count: number) => `${count} new ${count === 1 ? 'update' : 'updates'}`;

/**
 * The top of a live feed: "N new updates" while others' items wait, "Up to date" otherwise. The bar
 * always takes the same space, so its coming and going moves nothing; a polite live region says the
 * count, throttled.
 */
export function NewItemsBar({ count, onShow }: NewItemsBarProps) {
  const announcement = useThrottledValue(count > 0 ? newItemsText(count) : '', ANNOUNCE_EVERY_MS);
  return (
    <div className={count > 0 ? 'new-items-bar new-items-bar--waiting' : 'new-items-bar'} data-testid="new-items-bar">
      {count > 0 ? (
        <button type="button" className="new-items-pill" data-testid="new-items-pill" data-count={count} onClick={onShow}>
          <span aria-hidden="true">↑</span> {newItemsText(count)}
        </button>
      ) : (
        <span className="new-items-bar__status">Up to date</span>
      )}
      <LiveAnnouncer message={announcement} testId="new-items-announcement" />
    </div>
  );
}
