import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ANNOUNCE_EVERY_MS, NewItemsBar } from 'src/modules/feed/components/NewItemsBar';

const region = () => screen.getByRole('status');

describe('NewItemsBar', () => {
  afterEach(() => jest.useRealTimers());

  it('says the feed is up to date, then offers the waiting items in the same bar', async () => {
    const onShow = jest.fn();
    const { rerender } = render(<NewItemsBar count={0} onShow={onShow} />);
    const bar = screen.getByTestId('new-items-bar');
    expect(bar.textContent).toContain('Up to date');
    expect(screen.queryByRole('button')).toBeNull();

    rerender(<NewItemsBar count={20} onShow={onShow} />);

    // The same element, so the space it takes never changes; only what it says does.
    expect(screen.getByTestId('new-items-bar')).toBe(bar);
    const button = screen.getByRole('button', { name: '20 new updates' });
    await userEvent.click(button);
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('has a polite live region in the page before anything arrives', () => {
    render(<NewItemsBar count={0} onShow={() => undefined} />);

    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().textContent).toBe('');
  });

  it('announces the first count at once and later ones at most once per interval, the latest count', () => {
    jest.useFakeTimers();
    const { rerender } = render(<NewItemsBar count={0} onShow={() => undefined} />);

    rerender(<NewItemsBar count={1} onShow={() => undefined} />);
    expect(region().textContent).toBe('1 new update');

    rerender(<NewItemsBar count={2} onShow={() => undefined} />);
    rerender(<NewItemsBar count={3} onShow={() => undefined} />);
    act(() => jest.advanceTimersByTime(ANNOUNCE_EVERY_MS - 1));
    expect(region().textContent).toBe('1 new update');

    act(() => jest.advanceTimersByTime(1));
    expect(region().textContent).toBe('3 new updates');
  });
});
