jest.mock('@nestjs/graphql', () => ({ registerEnumType: () => undefined })); // enums only; no schema here
import { CasePriority, MentionIntent, RoutingAssignee, SocialInfluenceBand } from '../../../common/graphql/enums';
import { firstMatch, Rule } from '../routing/rule-matcher';
import { describeAuthor, influenceBand } from '../../integrations';
import { IntentClassifier } from './intent-classifier';
import { decideIntent, scoreMention } from './mention-scorer';
import { atLeast, priorityOf } from './priority';
import { scoreSentiment } from './sentiment';
import { TRAINING_SEED } from './training-seed';

const classifier = new IntentClassifier(TRAINING_SEED);

describe('sentiment', () => {
  it('reads service failures as negative and names the words', () => {
    const s = scoreSentiment('@acme_help the export is broken and I am still waiting for support');
    expect(s.value).toBeLessThan(-0.3);
    expect(s.negativeWords).toEqual(expect.arrayContaining(['still waiting', 'broken']));
  });

  it('ignores handles, links and service words, and capitals', () => {
    expect(scoreSentiment('@acme_help can support share the security docs? https://help.example').value).toBe(0);
    expect(scoreSentiment('Terrible service').value).toBeLessThan(-0.3);
  });

  it('scores sentence by sentence: a "without" does not flip the next sentence', () => {
    expect(scoreSentiment('They closed my ticket without fixing anything. Terrible service').value).toBeLessThan(-0.05);
  });
});

describe('intent', () => {
  it('a frustrated question reporting a failure is a complaint', () => {
    expect(decideIntent('Why does the app crash every time I log in?', classifier)).toEqual({
      intent: MentionIntent.COMPLAINT,
      reason: "a frustrated question reporting a failure: 'crash'",
    });
  });

  it('questions, praise and the rest', () => {
    expect(decideIntent('How do I add a second admin?', classifier).intent).toBe(MentionIntent.QUESTION);
    expect(decideIntent('Loving the new dashboards, brilliant work', classifier).intent).toBe(MentionIntent.PRAISE);
    expect(decideIntent('Heading to the partner conference next week', classifier).intent).toBe(MentionIntent.OTHER);
  });

  it('an exact correction wins over rules and the classifier', () => {
    const corrected = new IntentClassifier(TRAINING_SEED, [{ text: 'How do I add a second admin?', intent: MentionIntent.COMPLAINT }]);
    expect(decideIntent('how do I add a second   admin? @acme', corrected)).toEqual({ intent: MentionIntent.COMPLAINT, reason: 'an agent corrected this text before' });
  });
});

describe('influence and priority', () => {
  it('bands by followers; verified counts one band higher', () => {
    expect([0, 999, 1000, 9999, 10_000, 100_000].map((f) => influenceBand(f, false))).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'TOP']);
    expect(influenceBand(48_000, true)).toBe(SocialInfluenceBand.TOP);
    expect(influenceBand(100_000, true)).toBe(SocialInfluenceBand.TOP);
    expect(describeAuthor(48_200, true)).toBe('verified author with 48k followers');
    expect(describeAuthor(1, false)).toBe('author with 1 follower');
  });

  it('reach raises priority and never lowers it: a low-reach negative complaint is still HIGH', () => {
    expect(priorityOf(MentionIntent.COMPLAINT, -0.6, SocialInfluenceBand.LOW)).toBe(CasePriority.HIGH);
    expect(priorityOf(MentionIntent.COMPLAINT, -0.6, SocialInfluenceBand.HIGH)).toBe(CasePriority.URGENT);
    expect(priorityOf(MentionIntent.COMPLAINT, 0.2, SocialInfluenceBand.LOW)).toBe(CasePriority.MEDIUM);
    expect(priorityOf(MentionIntent.QUESTION, 0, SocialInfluenceBand.LOW)).toBe(CasePriority.MEDIUM);
    expect(priorityOf(MentionIntent.PRAISE, 0.8, SocialInfluenceBand.HIGH)).toBe(CasePriority.LOW);
    expect(priorityOf(MentionIntent.PRAISE, 0.8, SocialInfluenceBand.TOP)).toBe(CasePriority.MEDIUM);
    expect(atLeast(CasePriority.MEDIUM, CasePriority.HIGH)).toBe(CasePriority.HIGH);
    expect(atLeast(CasePriority.URGENT, CasePriority.HIGH)).toBe(CasePriority.URGENT);
  });

  it('explains itself in short sentences', () => {
    const scored = scoreMention({ text: 'The app is broken again and support never replied. Awful.', followers: 48_200, verified: true }, classifier);
    expect(scored).toMatchObject({ intent: MentionIntent.COMPLAINT, band: SocialInfluenceBand.TOP, priority: CasePriority.URGENT });
    expect(scored.why[0]).toMatch(/^negative wording: '/);
    expect(scored.why).toContain('verified author with 48k followers (top reach)');
  });
});

describe('routing rules', () => {
  const rule = (id: string, over: Partial<Rule>): Rule => ({
    id,
    name: id,
    enabled: true,
    networks: [],
    intents: [],
    sentimentMin: null,
    sentimentMax: null,
    influenceBands: [],
    accountTiers: [],
    keywords: [],
    createCase: true,
    casePriority: null,
    assignTo: RoutingAssignee.SUPPORT_TEAM,
    assignTeamId: null,
    notifyEmployeeIds: [],
    addTopic: null,
    ...over,
  });
  const facts = { network: 'x', intent: MentionIntent.COMPLAINT, sentiment: -0.5, band: SocialInfluenceBand.LOW, accountTier: null, text: 'I want a Refund' };

  it('the first enabled rule whose conditions all hold wins', () => {
    const rules = [
      rule('disabled', { enabled: false }),
      rule('facebook only', { networks: ['FACEBOOK'] }),
      rule('refunds', { keywords: ['refund'] }),
      rule('any complaint', { intents: ['COMPLAINT'] }),
    ];
    expect(firstMatch(rules, facts)?.id).toBe('refunds');
    expect(firstMatch(rules, { ...facts, text: 'broken' })?.id).toBe('any complaint');
    expect(firstMatch([rule('positive', { sentimentMin: 0 })], facts)).toBeNull();
    expect(firstMatch([rule('strategic', { accountTiers: ['STRATEGIC'] })], facts)).toBeNull();
  });
});
