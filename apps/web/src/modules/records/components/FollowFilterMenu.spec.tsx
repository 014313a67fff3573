import { screen, within } from '@testing-library/react';
import { FollowFilterMenu } from 'src/modules/records/components/FollowFilterMenu';
import { FOLLOW_SETTINGS_QUERY, UPDATE_FOLLOW } from 'src/modules/records/graphql/follow-filter.documents';
import { mockOperation, renderWithProviders, type DataOf } from 'src/test/render-with-providers';

type Settings = NonNullable<DataOf<typeof FOLLOW_SETTINGS_QUERY>['followSettings']>;

const EVERYTHING: Settings = {
  __typename: 'FollowSettings',
  kinds: null,
  fields: null,
  includeRelated: true,
  since: '2026-11-30T08:00:00Z',
};

/** A followed record whose follow delivers `initial`; updateFollow answers with what it was sent. */
function setup(subjectId: string, initial: Settings = EVERYTHING) {
  const settings = mockOperation(FOLLOW_SETTINGS_QUERY, { followSettings: initial });
  const update = mockOperation(UPDATE_FOLLOW, ({ filter }) => ({
    updateFollow: {
      __typename: 'FollowSettings' as const,
      since: initial.since,
      kinds: filter.kinds ?? null,
      fields: filter.fields ?? null,
      includeRelated: filter.includeRelated ?? true,
    },
  }));
  const rendered = renderWithProviders(<FollowFilterMenu subjectId={subjectId} />, { mocks: [settings, update] });
  return { ...rendered, update };
}

const menuButton = (summary: string) => screen.findByRole('button', { name: `Notify me about: ${summary}` });
const dialog = () => screen.getByRole('dialog', { name: 'Notify me about' });
const checked = (name: string) => within(dialog()).getByRole<HTMLInputElement>('checkbox', { name }).checked;

describe('FollowFilterMenu', () => {
  it('shows what the follow delivers now, and the choices when opened', async () => {
    const { user } = setup('deal_acme');

    await user.click(await menuButton('Everything'));

    const radios = within(dialog()).getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Everything',
      'Only posts',
      'Only stage & status changes',
      'Custom',
    ]);
    expect(within(dialog()).getByRole<HTMLInputElement>('radio', { name: 'Everything' }).checked).toBe(true);
  });

  it('narrows the follow to posts only', async () => {
    const { user, update } = setup('deal_acme');

    await user.click(await menuButton('Everything'));
    await user.click(within(dialog()).getByRole('radio', { name: 'Only posts' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));

    expect(await menuButton('Only posts')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(update.calls).toEqual([{ subjectId: 'deal_acme', filter: { kinds: ['POST'], fields: null, includeRelated: true } }]);
  });

  it('narrows the follow to stage and status changes only', async () => {
    const { user, update } = setup('deal_acme');

    await user.click(await menuButton('Everything'));
    await user.click(within(dialog()).getByRole('radio', { name: 'Only stage & status changes' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));

    expect(await menuButton('Only stage & status changes')).toBeTruthy();
    expect(update.calls).toEqual([
      { subjectId: 'deal_acme', filter: { kinds: ['RECORD_CHANGE'], fields: ['stage', 'status'], includeRelated: true } },
    ]);
  });

  it('narrows the follow to changes of chosen fields, and shows them chosen when reopened', async () => {
    const { user, update } = setup('acc_acme');

    await user.click(await menuButton('Everything'));
    await user.click(within(dialog()).getByRole('radio', { name: 'Custom' }));
    // An account offers every tracked field, all on at first, and its related records.
    for (const name of ['Posts and social mentions', 'Tier', 'Owner', 'Close date', 'Status', 'Priority']) {
      await user.click(within(dialog()).getByRole('checkbox', { name }));
    }
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Include its deals, cases and documents' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));

    expect(await menuButton('Custom')).toBeTruthy();
    expect(update.calls).toEqual([
      { subjectId: 'acc_acme', filter: { kinds: ['RECORD_CHANGE'], fields: ['stage', 'amount'], includeRelated: false } },
    ]);

    await user.click(await menuButton('Custom'));
    expect(within(dialog()).getByRole<HTMLInputElement>('radio', { name: 'Custom' }).checked).toBe(true);
    expect(checked('Stage')).toBe(true);
    expect(checked('Amount')).toBe(true);
    expect(['Posts and social mentions', 'Tier', 'Owner', 'Close date', 'Status', 'Priority'].map(checked)).toEqual([
      false, false, false, false, false, false,
    ]);
    expect(checked('Include its deals, cases and documents')).toBe(false);
  });

  it("sends only the fields a deal offers, not another kind's", async () => {
    const { user, update } = setup('deal_acme');

    await user.click(await menuButton('Everything'));
    await user.click(within(dialog()).getByRole('radio', { name: 'Custom' }));
    const offered = within(dialog())
      .getAllByRole<HTMLInputElement>('checkbox')
      .map((box) => box.labels?.[0]?.textContent);
    expect(offered).toEqual(['Posts and social mentions', 'Stage', 'Amount', 'Close date', 'Owner']);
    for (const name of ['Posts and social mentions', 'Amount', 'Close date']) {
      await user.click(within(dialog()).getByRole('checkbox', { name }));
    }
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));

    expect(await menuButton('Custom')).toBeTruthy();
    expect(update.calls).toEqual([
      { subjectId: 'deal_acme', filter: { kinds: ['RECORD_CHANGE'], fields: ['stage', 'owner'], includeRelated: true } },
    ]);
  });

  it('will not save a custom choice that delivers nothing', async () => {
    const { user, update } = setup('case_login');

    await user.click(await menuButton('Everything'));
    await user.click(within(dialog()).getByRole('radio', { name: 'Custom' }));
    for (const name of ['Posts and social mentions', 'Status', 'Priority', 'Owner']) {
      await user.click(within(dialog()).getByRole('checkbox', { name }));
    }

    expect(within(dialog()).getByText('Choose at least one thing to be notified about.')).toBeTruthy();
    expect(within(dialog()).getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(true);
    await user.keyboard('{Enter}');
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await menuButton('Everything')).toBeTruthy();

    // Barrier: a save that goes through is sent on the same link after anything sent above, so
    // once it is shown, an earlier save would have been answered (and recorded) too.
    await user.click(await menuButton('Everything'));
    await user.click(within(dialog()).getByRole('radio', { name: 'Only posts' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));
    expect(await menuButton('Only posts')).toBeTruthy();
    expect(update.calls.map((call) => call.filter.kinds)).toEqual([['POST']]);
  });
});
