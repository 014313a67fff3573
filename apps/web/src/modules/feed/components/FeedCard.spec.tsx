import { screen, within } from '@testing-library/react';
import { FeedCard } from 'src/modules/feed/components/FeedCard';
import { ANA_REF, BO_REF, activityFixture, type ActivityFixture } from 'src/test/fixtures';
import { renderWithProviders } from 'src/test/render-with-providers';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const NAMES: Record<string, string> = { emp_cy: 'Cy Dube', emp_bo: 'Bo Chen' };

function renderCard(item: ActivityFixture) {
  const rendered = renderWithProviders(<FeedCard activity={item} now={NOW} fresh={false} nameOf={(id) => NAMES[id]} />);
  return { ...rendered, card: screen.getByRole('article') };
}

/** The card's headline as read: "Bo Chen posted on Acme Renewal". */
const headline = (card: HTMLElement) => card.querySelector('.feed-card__title')?.textContent;

async function menuItems(user: ReturnType<typeof renderCard>['user']): Promise<string[]> {
  await user.click(screen.getByRole('button', { name: 'More actions for this post' }));
  const menu = screen.getByRole('menu', { name: 'More actions for this post' });
  return within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
}

describe('FeedCard', () => {
  it('shows a post as who posted what on which record, with its mentions set apart', () => {
    const { card } = renderCard(activityFixture({ kind: 'POST', body: 'Renewal signed, thanks @cy!' }));

    expect(headline(card)).toBe('Bo Chen posted on Acme Renewal');
    expect(within(card).getByRole('link', { name: 'Bo Chen' }).getAttribute('href')).toBe('/people/emp_bo');
    expect(within(card).getByRole('link', { name: 'Acme Renewal' }).getAttribute('href')).toBe('/deals/deal_acme');
    expect(within(card).getByText('Renewal signed, thanks', { exact: false })).toBeTruthy();
    expect(within(card).getByText('@cy').className).toBe('mention');
    expect(within(card).getByText('5 min ago')).toBeTruthy();
    // A post carries no kind badge and no change list.
    expect(within(card).queryByText('Change')).toBeNull();
    expect(within(card).queryByRole('list', { name: 'Changes' })).toBeNull();
    expect(within(card).getByRole('group', { name: 'Reactions to this post' })).toBeTruthy();
  });

  it('shows a record change with each field formatted for people', () => {
    const { card } = renderCard(
      activityFixture({
        kind: 'RECORD_CHANGE',
        actor: ANA_REF,
        changes: [
          { __typename: 'FieldChange', field: 'stage', from: 'NEGOTIATION', to: 'CLOSED_WON' },
          { __typename: 'FieldChange', field: 'amount', from: '90000', to: '120000' },
          { __typename: 'FieldChange', field: 'ownerId', from: 'emp_bo', to: 'emp_cy' },
          { __typename: 'FieldChange', field: 'closeDate', from: null, to: '2026-12-24' },
        ],
      }),
    );

    expect(headline(card)).toBe('Ana Alvarez updated Acme Renewal');
    expect(within(card).getByText('Change').classList.contains('badge')).toBe(true);
    const changes = within(within(card).getByRole('list', { name: 'Changes' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(changes).toEqual([
      'stage: Negotiation → Closed Won',
      'amount: $90,000 → $120,000',
      'owner: Bo Chen → Cy Dube',
      'close date: Dec 24, 2026',
    ]);
    // Stage values are chips coloured by value.
    expect(within(card).getByText('Closed Won').className).toBe('chip tone-closed-won');
  });

  it('shows a social mention with its badge and text', () => {
    const { card } = renderCard(activityFixture({ kind: 'SOCIAL_MENTION', body: 'Loving the new Acme dashboard' }));

    expect(headline(card)).toBe('Bo Chen shared a social mention of Acme Renewal');
    expect(within(card).getByText('Social').classList.contains('badge')).toBe(true);
    expect(within(card).getByText('Loving the new Acme dashboard')).toBeTruthy();
  });

  it('shows a system notice as from Tidings, without an actor link', () => {
    const { card } = renderCard(activityFixture({ kind: 'SYSTEM', actor: null, body: 'Contract renewal is due in 30 days' }));

    expect(headline(card)).toBe('Tidings on Acme Renewal');
    expect(within(card).getByText('System').classList.contains('badge')).toBe(true);
    expect(within(card).getByText('Contract renewal is due in 30 days')).toBeTruthy();
    expect(within(card).getAllByRole('link').map((link) => link.textContent)).toEqual(['Acme Renewal']);
  });

  it('shows a removed post as a tombstone: no text, no reactions, no actions', () => {
    const { card } = renderCard(
      activityFixture({ kind: 'POST', actor: ANA_REF, body: 'Secret plans', deletedAt: '2026-12-01T09:58:00Z' }),
    );

    expect(within(card).getByTestId('tombstone').textContent).toBe('This post was removed');
    expect(within(card).queryByText('Secret plans')).toBeNull();
    expect(within(card).queryByRole('group', { name: 'Reactions to this post' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'More actions for this post' })).toBeNull();
  });

  it('offers Edit on my own post, and lets me edit it in place', async () => {
    const { user, card } = renderCard(activityFixture({ kind: 'POST', actor: ANA_REF, body: 'First draft' }));

    expect(await menuItems(user)).toEqual(['Edit', 'Bookmark', 'Mute thread', 'Remove']);
    await user.click(screen.getByRole('menuitem', { name: 'Edit' }));
    expect(within(card).getByRole<HTMLTextAreaElement>('textbox', { name: 'Edit your post' }).value).toBe('First draft');
  });

  it("does not offer Edit on someone else's post", async () => {
    const { user } = renderCard(activityFixture({ kind: 'POST', actor: BO_REF, body: 'Bo wrote this' }));

    const items = await menuItems(user);
    expect(items).toEqual(['Bookmark', 'Mute thread']);
    expect(items).not.toContain('Edit');
  });
});
