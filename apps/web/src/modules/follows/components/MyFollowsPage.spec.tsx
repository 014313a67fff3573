import { screen, waitFor, within } from '@testing-library/react';
import { MyFollowsPage } from 'src/modules/follows/components/MyFollowsPage';
import { FOLLOWING_QUERY, UNFOLLOW } from 'src/modules/records/graphql/follow.documents';
import { FOLLOW_SETTINGS_QUERY } from 'src/modules/records/graphql/follow-filter.documents';
import { mockOperation, renderWithProviders } from 'src/test/render-with-providers';

const ACME = { __typename: 'SubjectRef' as const, id: 'deal_acme', kind: 'DEAL' as const, name: 'Acme Renewal', accountName: 'Acme Corp' };
const GLOBEX = { __typename: 'SubjectRef' as const, id: 'acc_globex', kind: 'ACCOUNT' as const, name: 'Globex', accountName: null };
const RENEWAL = { __typename: 'SubjectRef' as const, id: 'top_renewal', kind: 'TOPIC' as const, name: '#renewal', accountName: null };

function setup() {
  let unfollowed = new Set<string>();
  const following = mockOperation(FOLLOWING_QUERY, () => ({ following: [RENEWAL, ACME, GLOBEX].filter((s) => !unfollowed.has(s.id)) }));
  const unfollow = mockOperation(UNFOLLOW, ({ subjectId }) => {
    unfollowed = new Set([...unfollowed, String(subjectId)]);
    return { unfollow: true };
  });
  const settings = mockOperation(FOLLOW_SETTINGS_QUERY, ({ subjectId }) => ({
    followSettings: {
      __typename: 'FollowSettings' as const,
      kinds: subjectId === ACME.id ? ['RECORD_CHANGE' as const] : null,
      fields: subjectId === ACME.id ? ['stage', 'status'] : null,
      includeRelated: true,
      since: '2026-11-30T08:00:00Z',
    },
  }));
  const rendered = renderWithProviders(<MyFollowsPage />, { mocks: [following, unfollow, settings] });
  return { ...rendered, unfollow };
}

const rows = () => within(screen.getByRole('list', { name: 'Follows' })).getAllByTestId('follow-row');
const rowOf = (name: string) => rows().find((row) => row.textContent?.includes(name))!;

describe('MyFollowsPage', () => {
  it('lists what I follow, records first, each with its kind, account and what it delivers', async () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My follows');
    await screen.findByText('Acme Renewal');

    expect(rows().map((row) => row.querySelector('.follows__what')?.textContent)).toEqual(['GlobexAccount', 'Acme RenewalDeal · Acme Corp', '#renewalTopic']);
    expect(within(rowOf('Acme Renewal')).getByRole('link', { name: 'Acme Renewal' }).getAttribute('href')).toBe('/deals/deal_acme');
    // The filter of each record follow, and none for a topic.
    await within(rowOf('Acme Renewal')).findByRole('button', { name: 'Notify me about: Only stage & status changes' });
    await within(rowOf('Globex')).findByRole('button', { name: 'Notify me about: Everything' });
    expect(within(rowOf('#renewal')).queryByTestId('follow-filter-button')).toBeNull();
  });

  it('edits a follow’s filter from the list', async () => {
    const { user } = setup();
    await user.click(await within(await waitFor(() => rowOf('Acme Renewal'))).findByRole('button', { name: /^Notify me about/ }));

    const dialog = screen.getByRole('dialog', { name: 'Notify me about' });
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Only stage & status changes' }).checked).toBe(true);
  });

  it('unfollows, and the follow leaves the list', async () => {
    const { user, unfollow } = setup();
    await screen.findByText('Acme Renewal');

    await user.click(screen.getByRole('button', { name: 'Unfollow Acme Renewal' }));

    await waitFor(() => expect(screen.queryByText('Acme Renewal')).toBeNull());
    expect(unfollow.calls).toEqual([{ subjectId: 'deal_acme' }]);
    expect(rows()).toHaveLength(2);
  });
});
