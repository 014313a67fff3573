import { screen, waitFor, within } from '@testing-library/react';
import { MENTION_CANDIDATES, TOPIC_CANDIDATES } from 'src/modules/mentions/graphql/mentions.documents';
import { PostComposer } from 'src/modules/records/components/PostComposer';
import { POST } from 'src/modules/records/graphql/follow.documents';
import { ACME_DEAL, ANA_REF, activityFixture, type ActivityFixture } from 'src/test/fixtures';
import { mockOperation, renderWithProviders, type DataOf } from 'src/test/render-with-providers';

type Candidate = DataOf<typeof MENTION_CANDIDATES>['mentionCandidates'][number];

const PEOPLE: Candidate[] = [
  { __typename: 'MentionCandidate', id: 'emp_ana', kind: 'EMPLOYEE', handle: 'ana', name: 'Ana Alvarez', canOpenSubject: true },
  { __typename: 'MentionCandidate', id: 'emp_andre', kind: 'EMPLOYEE', handle: 'andre', name: 'Andre Nkemelu', canOpenSubject: true },
  { __typename: 'MentionCandidate', id: 'team_analytics', kind: 'TEAM', handle: 'analytics', name: 'Analytics', canOpenSubject: true },
  { __typename: 'MentionCandidate', id: 'emp_bo', kind: 'EMPLOYEE', handle: 'bo', name: 'Bo Chen', canOpenSubject: true },
];

const TOPICS = ['Renewal-Q3', 'renegotiation', 'pricing'];

function setup() {
  // The server's answer: who starts with the prefix.
  const candidates = mockOperation(MENTION_CANDIDATES, ({ prefix }) => ({
    mentionCandidates: PEOPLE.filter((c) => c.handle.startsWith(prefix.toLowerCase())),
  }));
  const topics = mockOperation(TOPIC_CANDIDATES, ({ prefix }) => ({
    topicCandidates: TOPICS.filter((name) => name.toLowerCase().startsWith(prefix.toLowerCase())).map((name) => ({ __typename: 'Topic' as const, id: `topic_${name}`, name })),
  }));
  const post = mockOperation(POST, ({ input }) => ({
    post: activityFixture({ id: 'act_new', actor: ANA_REF, body: input.body }),
  }));
  const posted: ActivityFixture[] = [];
  const rendered = renderWithProviders(
    <PostComposer subjectId={ACME_DEAL.id} subjectName={ACME_DEAL.name} onPosted={(activity) => posted.push(activity)} />,
    { mocks: [candidates, topics, post] },
  );
  const field = screen.getByRole<HTMLTextAreaElement>('combobox', { name: 'Post to Acme Renewal' });
  return { ...rendered, field, candidates, topics, post, posted };
}

const suggestions = () => screen.findByRole('listbox', { name: 'People and teams to mention' });
const optionNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('option')
    .map((option) => option.querySelector('.mention-option__handle')?.textContent);
const selectedOption = (list: HTMLElement) =>
  within(list)
    .getAllByRole('option')
    .filter((option) => option.getAttribute('aria-selected') === 'true')
    .map((option) => option.querySelector('.mention-option__handle')?.textContent);

// The autocomplete waits for a pause in typing before it asks: that wait runs on Jest's clock.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('PostComposer', () => {
  it('lists the people and teams whose handle starts with what follows "@"', async () => {
    const { user, field, candidates } = setup();

    await user.type(field, 'Thanks @an');

    const list = await suggestions();
    expect(optionNames(list)).toEqual(['@ana', '@andre', '@analytics']);
    expect(within(list).getByText('Team')).toBeTruthy();
    expect(field.getAttribute('aria-expanded')).toBe('true');
    // Asked once the typing paused, for this record, with the whole prefix.
    expect(candidates.calls.at(-1)).toEqual({ prefix: 'an', subjectId: ACME_DEAL.id, first: 8 });
  });

  it('lists the topics that start with what follows "#", and inserts the chosen one', async () => {
    const { user, field, topics, candidates } = setup();

    await user.type(field, 'Pricing call #ren');

    const list = await screen.findByRole('listbox', { name: 'Topics' });
    expect(within(list).getAllByRole('option').map((option) => option.querySelector('.mention-option__name')?.textContent)).toEqual(['#Renewal-Q3', '#renegotiation']);
    expect(topics.calls.at(-1)).toEqual({ prefix: 'ren', first: 8 });
    expect(candidates.calls).toEqual([]);

    await user.keyboard('{ArrowDown}{Enter}');
    expect(field.value).toBe('Pricing call #renegotiation ');
  });

  it('moves with ArrowDown and inserts the chosen handle with Enter', async () => {
    const { user, field } = setup();

    await user.type(field, 'Thanks @an');
    const list = await suggestions();
    expect(selectedOption(list)).toEqual(['@ana']);

    await user.keyboard('{ArrowDown}');
    expect(selectedOption(list)).toEqual(['@andre']);

    await user.keyboard('{Enter}');
    expect(field.value).toBe('Thanks @andre ');
    expect(screen.queryByRole('listbox')).toBeNull();
    // The caret sits after the inserted mention, so typing goes on from there.
    await user.type(field, 'can you check?');
    expect(field.value).toBe('Thanks @andre can you check?');
  });

  it('closes the list with Escape and keeps what was typed', async () => {
    const { user, field } = setup();

    await user.type(field, 'Ping @an');
    await suggestions();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.value).toBe('Ping @an');
    // Enter no longer picks anyone: the list stays closed and nothing is inserted.
    await user.keyboard('{Enter}');
    expect(field.value).toBe('Ping @an\n');
  });

  it('sends the post with the typed body, hands the new activity back and clears the field', async () => {
    const { user, field, post, posted } = setup();

    await user.type(field, '  Renewal signed for 3 years  ');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(post.calls).toEqual([{ input: { subjectId: ACME_DEAL.id, body: 'Renewal signed for 3 years' } }]);
    expect(posted[0]?.body).toBe('Renewal signed for 3 years');
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('disables Post while the body is empty or blank, and sends nothing blank', async () => {
    const { user, field, post, posted } = setup();
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Post' });

    expect(button.disabled).toBe(true);
    await user.type(field, '   ');
    expect(button.disabled).toBe(true);
    // Neither the shortcut nor the button sends a blank post.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(button);
    await user.click(field);
    await user.type(field, 'x');
    expect(button.disabled).toBe(false);
    await user.clear(field);
    expect(button.disabled).toBe(true);

    // Barrier: a real post goes through the same link after anything sent above.
    await user.type(field, 'Kick-off on Monday{Control>}{Enter}{/Control}');
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(post.calls).toEqual([{ input: { subjectId: ACME_DEAL.id, body: 'Kick-off on Monday' } }]);
  });
});
