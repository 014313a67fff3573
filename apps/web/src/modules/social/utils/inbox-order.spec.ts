import type { SocialMention } from 'src/modules/social/graphql/social.types';
import { sortMentions } from 'src/modules/social/utils/inbox-order';

const mention = (id: string, priority: SocialMention['priority'], postedAt: string, dueAt: string | null = null) =>
  ({ id, priority, postedAt, dueAt }) as SocialMention & { dueAt: string | null };

describe('the social inbox order', () => {
  const items = [
    mention('low-new', 'LOW', '2026-12-01T10:00:00Z'),
    mention('urgent-old', 'URGENT', '2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z'),
    mention('high-mid', 'HIGH', '2026-12-01T09:00:00Z', '2026-12-01T13:00:00Z'),
    mention('high-new', 'HIGH', '2026-12-01T09:30:00Z'),
  ];

  it('puts the newest first by default', () => {
    expect(sortMentions(items, 'NEWEST').map((m) => m.id)).toEqual(['low-new', 'high-new', 'high-mid', 'urgent-old']);
  });

  it('puts the highest priority first, newest first within one', () => {
    expect(sortMentions(items, 'PRIORITY').map((m) => m.id)).toEqual(['urgent-old', 'high-new', 'high-mid', 'low-new']);
  });

  it('puts the soonest due first and those without a clock last, by priority', () => {
    expect(sortMentions(items, 'DUE').map((m) => m.id)).toEqual(['urgent-old', 'high-mid', 'high-new', 'low-new']);
  });
});
