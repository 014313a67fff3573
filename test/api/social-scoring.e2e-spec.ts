import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { GenericMention, postMentions, routed, wholeInbox } from '../support/social';
import { fixture, WEBHOOK_SECRETS } from '../support/webhooks';
import { createAccount, loginAdmin, TestEmployee } from '../factories/org';

interface Labelled {
  id: string;
  split: 'train' | 'heldout';
  network: string;
  author: { handle: string; followers: number; verified: boolean };
  text: string;
  intent: string;
  sentimentSign: -1 | 0 | 1;
  account: string | null;
}

const LABELLED = JSON.parse(fixture('social/labelled-mentions.json')) as {
  accounts: Array<{ key: string; name: string; tier: string; socialHandles: unknown[]; domains: string[]; watchKeywords: string[] }>;
  mentions: Labelled[];
};

const sign = (sentiment: number) => (sentiment > 0.05 ? 1 : sentiment < -0.05 ? -1 : 0);
const percent = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

/**
 * Acceptance 1 of social listening: the labelled set goes in through the real signed connector.
 * Agents correct what the training part got wrong (as they would in the inbox); the held-out part
 * is then measured, and the figures printed.
 */
describe('scoring a labelled set of mentions', () => {
  let db: TestDatabase;
  let pg: Client;
  let api: ApiServer;
  let admin: TestEmployee;
  const accountIds = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase('social_scoring');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    api = await startApi(db.url, { ...WEBHOOK_SECRETS, INTEGRATIONS_SWEEP_MS: '500' });
    admin = await loginAdmin(api.url);
    for (const a of LABELLED.accounts) {
      accountIds.set(a.key, await createAccount(api.url, admin, { name: a.name, tier: a.tier, socialHandles: a.socialHandles, domains: a.domains, watchKeywords: a.watchKeywords }));
    }
  });

  afterAll(async () => {
    await api?.stop();
    await pg?.end();
    await db?.drop();
  });

  const asWire = (m: Labelled, i: number): GenericMention => ({
    externalId: `labelled-${m.id}`,
    network: m.network,
    author: { handle: m.author.handle, followers: m.author.followers, verified: m.author.verified },
    text: m.text,
    postedAt: new Date(Date.UTC(2026, 10, 2, 9, 0, i)).toISOString(),
  });

  it('has at least 100 mentions, a held-out part, and all four intents in it', () => {
    expect(LABELLED.mentions.length).toBeGreaterThanOrEqual(100);
    const heldOut = LABELLED.mentions.filter((m) => m.split === 'heldout');
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
    expect(new Set(heldOut.map((m) => m.intent))).toEqual(new Set(['COMPLAINT', 'QUESTION', 'PRAISE', 'OTHER']));
  });

  it('reads intent, sentiment sign and account of the held-out part at 85%, 85% and 95% or better', async () => {
    const train = LABELLED.mentions.filter((m) => m.split === 'train');
    const heldOut = LABELLED.mentions.filter((m) => m.split === 'heldout');

    await postMentions(api.url, train.map(asWire));
    await routed(pg, train.map((m) => `labelled-${m.id}`));
    const seen = new Map((await wholeInbox(api.url, admin.token)).map((m) => [m.externalId, m]));
    let corrected = 0;
    for (const m of train) {
      const got = seen.get(`labelled-${m.id}`)!;
      const account = m.account ? accountIds.get(m.account)! : null;
      const intent = got.intent !== m.intent ? m.intent : null;
      const accountId = account && got.accountId !== account ? account : null;
      if (!intent && !accountId) continue;
      corrected += 1;
      await gqlOk(api.url, `mutation($id: ID!, $intent: MentionIntent, $accountId: ID) { correctMention(mentionId: $id, intent: $intent, accountId: $accountId) { id } }`, { id: got.id, intent, accountId }, admin.token);
    }

    await postMentions(api.url, heldOut.map((m, i) => asWire(m, train.length + i)));
    await routed(pg, heldOut.map((m) => `labelled-${m.id}`));
    const scored = new Map((await wholeInbox(api.url, admin.token)).map((m) => [m.externalId, m]));
    let intents = 0;
    let signs = 0;
    let matches = 0;
    const misses: string[] = [];
    for (const m of heldOut) {
      const got = scored.get(`labelled-${m.id}`);
      if (!got) throw new Error(`${m.id} is in no inbox queue`);
      const account = m.account ? accountIds.get(m.account)! : null;
      if (got.intent === m.intent) intents += 1;
      else misses.push(`${m.id} intent ${m.intent} read as ${got.intent}: ${m.text}`);
      if (sign(got.sentiment) === m.sentimentSign) signs += 1;
      else misses.push(`${m.id} sentiment ${m.sentimentSign} read as ${got.sentiment}: ${m.text}`);
      if (got.accountId === account) matches += 1;
      else misses.push(`${m.id} account ${m.account ?? 'none'} matched ${got.accountId ?? 'none'}: ${m.text}`);
      expect(got.why.length).toBeGreaterThanOrEqual(3);
    }
    const n = heldOut.length;
    console.log(
      [
        `Labelled social mentions: ${train.length} training (${corrected} corrected by an agent), ${n} held out`,
        `  intent accuracy          ${percent(intents, n)}% (${intents}/${n})`,
        `  sentiment-sign accuracy  ${percent(signs, n)}% (${signs}/${n})`,
        `  match accuracy           ${percent(matches, n)}% (${matches}/${n})`,
        ...misses.map((miss) => `  miss: ${miss}`),
      ].join('\n'),
    );
    expect(intents / n).toBeGreaterThanOrEqual(0.85);
    expect(signs / n).toBeGreaterThanOrEqual(0.85);
    expect(matches / n).toBeGreaterThanOrEqual(0.95);
  });
});
