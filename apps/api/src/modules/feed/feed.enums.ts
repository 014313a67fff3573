import { registerEnum } from '../../common/graphql/enums';

// Enum values are part of the API contract: change them only with a migration and a schema review.
export enum FeedFilter {
  FOLLOWING = 'FOLLOWING',
  TO_ME = 'TO_ME',
  SUBJECT = 'SUBJECT',
  SOCIAL = 'SOCIAL',
  BOOKMARKED = 'BOOKMARKED',
}
/** The small set of reactions; each stands for one emoji (REACTION_EMOJI). */
export enum Reaction {
  LIKE = 'LIKE',
  LOVE = 'LOVE',
  CELEBRATE = 'CELEBRATE',
  INSIGHTFUL = 'INSIGHTFUL',
  LAUGH = 'LAUGH',
  SURPRISED = 'SURPRISED',
  EYES = 'EYES',
}
export const REACTION_EMOJI: Record<Reaction, string> = {
  LIKE: '👍',
  LOVE: '❤️',
  CELEBRATE: '🎉',
  INSIGHTFUL: '💡',
  LAUGH: '😄',
  SURPRISED: '😮',
  EYES: '👀',
};

registerEnum(FeedFilter, { name: 'FeedFilter' });
registerEnum(Reaction, { name: 'Reaction', description: 'LIKE 👍, LOVE ❤️, CELEBRATE 🎉, INSIGHTFUL 💡, LAUGH 😄, SURPRISED 😮, EYES 👀' });
