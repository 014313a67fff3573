import { SocialInfluenceBand } from '../../../common/graphql/enums';

/**
 * Reach bands from followers; a verified author counts one band higher. Bands raise a mention's
 * priority and never lower it below what its words earn: every customer gets an answer.
 */
export const BAND_FLOORS: ReadonlyArray<[SocialInfluenceBand, number]> = [
  [SocialInfluenceBand.TOP, 100_000],
  [SocialInfluenceBand.HIGH, 10_000],
  [SocialInfluenceBand.MEDIUM, 1_000],
  [SocialInfluenceBand.LOW, 0],
];
const ORDER = [SocialInfluenceBand.LOW, SocialInfluenceBand.MEDIUM, SocialInfluenceBand.HIGH, SocialInfluenceBand.TOP];

export function influenceBand(followers: number, verified: boolean): SocialInfluenceBand {
  const byFollowers = BAND_FLOORS.find(([, floor]) => followers >= floor)![0];
  return verified ? ORDER[Math.min(ORDER.length - 1, ORDER.indexOf(byFollowers) + 1)] : byFollowers;
}

/** Reach 0..1 on a log scale: 10 million followers is 1. */
export function influenceScore(followers: number): number {
  return Math.min(1, Math.round((Math.log10(Math.max(0, followers) + 1) / 7) * 1000) / 1000);
}

/** "verified author with 48k followers" */
export function describeAuthor(followers: number, verified: boolean): string {
  const count = followers >= 1_000_000 ? `${round1(followers / 1_000_000)}M` : followers >= 1_000 ? `${round1(followers / 1_000)}k` : String(followers);
  return `${verified ? 'verified author' : 'author'} with ${count} follower${followers === 1 ? '' : 's'}`;
}

function round1(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}
