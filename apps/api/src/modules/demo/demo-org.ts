/** The demo organisation `npm start` seeds: fictional people and customers. */
export const DEMO_PASSWORD = 'tidings-demo';
export const DEMO_DOMAIN = 'demo.tidings.dev';

export const DEMO_TEAMS = [
  { key: 'sales', name: 'Sales EMEA', handle: 'sales-emea' },
  { key: 'support', name: 'Support Tier 2', handle: 'support-t2' },
  { key: 'solutions', name: 'Solutions Engineering', handle: 'solutions' },
] as const;

export type DemoTeamKey = (typeof DEMO_TEAMS)[number]['key'];

export const DEMO_EMPLOYEES: Array<{ name: string; handle: string; title: string; team: DemoTeamKey }> = [
  { name: 'Ana Silva', handle: 'ana', title: 'Account Executive', team: 'sales' },
  { name: 'Bo Chen', handle: 'bo', title: 'Account Executive', team: 'sales' },
  { name: 'Carla Mendes', handle: 'carla', title: 'Sales Director', team: 'sales' },
  { name: 'Dev Patel', handle: 'dev', title: 'Account Executive', team: 'sales' },
  { name: 'Elif Yilmaz', handle: 'elif', title: 'Support Engineer', team: 'support' },
  { name: 'Femi Adeyemi', handle: 'femi', title: 'Support Engineer', team: 'support' },
  { name: 'Grace Kim', handle: 'grace', title: 'Support Lead', team: 'support' },
  { name: 'Hugo Martin', handle: 'hugo', title: 'Customer Success Manager', team: 'support' },
  { name: 'Ines Duarte', handle: 'ines', title: 'Solutions Engineer', team: 'solutions' },
  { name: 'Jonas Berg', handle: 'jonas', title: 'Solutions Engineer', team: 'solutions' },
  { name: 'Kira Novak', handle: 'kira', title: 'Bid Manager', team: 'solutions' },
  { name: 'Liam Walsh', handle: 'liam', title: 'Legal Counsel', team: 'solutions' },
];

export const DEMO_ACCOUNTS: Array<{ name: string; industry: string; private?: boolean }> = [
  { name: 'Acme Corp', industry: 'Manufacturing' },
  { name: 'Globex', industry: 'Energy' },
  { name: 'Initech', industry: 'Software' },
  { name: 'Umbrella Health', industry: 'Healthcare' },
  { name: 'Hooli', industry: 'Internet' },
  { name: 'Vandelay Imports', industry: 'Logistics' },
  { name: 'Soylent Foods', industry: 'Food & Beverage' },
  { name: 'Wayne Logistics', industry: 'Logistics' },
  { name: 'Tyrell Systems', industry: 'Robotics' },
  { name: 'Cyberdyne', industry: 'Defense' },
  { name: 'Wonka Confectionery', industry: 'Food & Beverage' },
  { name: 'Massive Dynamic', industry: 'Research' },
  { name: 'Pied Piper', industry: 'Software' },
  { name: 'Dunder Mifflin', industry: 'Paper' },
  { name: 'Sterling Cooper', industry: 'Advertising' },
  { name: 'Gringotts Bank', industry: 'Banking', private: true },
  { name: 'Monarch Airlines', industry: 'Travel' },
  { name: 'Aperture Labs', industry: 'Research' },
  { name: 'Black Mesa Energy', industry: 'Energy', private: true },
  { name: 'Nakatomi Trading', industry: 'Finance' },
  { name: 'Virtucon', industry: 'Industrial' },
  { name: 'Prestige Worldwide', industry: 'Media' },
  { name: 'Bluth Company', industry: 'Real Estate' },
  { name: 'Gekko & Co', industry: 'Finance', private: true },
  { name: 'Los Pollos Hermanos', industry: 'Restaurants' },
  { name: 'Krusty Krab', industry: 'Restaurants' },
  { name: 'Duff Brewing', industry: 'Food & Beverage' },
  { name: 'Blue Sun', industry: 'Retail' },
  { name: 'Weyland Industries', industry: 'Aerospace' },
  { name: 'Oceanic Airlines', industry: 'Travel' },
];

export const DEAL_NAMES = ['Renewal', 'Expansion', 'Platform Rollout', 'Pilot', 'Multi-year Agreement', 'Upsell'];

export const CASE_SUBJECTS = [
  'Login fails after SSO change',
  'Invoice shows wrong currency',
  'Export to CSV times out',
  'API rate limit errors since Monday',
  'Mobile app crashes on upload',
  'Dashboard numbers do not match report',
  'Password reset email never arrives',
  'Webhook deliveries delayed',
  'Need help configuring roles',
  'Data import stuck at 90%',
];

export const DOCUMENT_TITLES: Array<{ title: string; kind: 'RFP' | 'PROPOSAL' | 'CONTRACT' | 'SOW' | 'OTHER' }> = [
  { title: 'RFP response', kind: 'RFP' },
  { title: 'Commercial proposal', kind: 'PROPOSAL' },
  { title: 'Master services agreement', kind: 'CONTRACT' },
  { title: 'Statement of work', kind: 'SOW' },
  { title: 'Security questionnaire', kind: 'OTHER' },
];

/**
 * What people write about their work, with the record's own names in it, so two deals never read
 * the same: {record}, {account}, {amount}, {day} and {person} are filled in by fillPost.
 */
export const POSTS_ABOUT = {
  deal: [
    'Calling {account} now about the {record} kickoff.',
    'Legal came back with two redlines on the liability cap for {record}. Looking at it today. #legal',
    "{account}'s CFO wants a multi-year option on {record}. Can someone from finance join {day}? #renewal #pricing",
    'Great call with our champion at {account}: they are aligned on the rollout plan.',
    'Heads up: {account} procurement asked for a security review before signing {record}. #security-review',
    'Shared the updated pricing sheet for {record} ({amount}) in the proposal folder. #pricing',
    '{account} is evaluating a competitor. We should bring the Globex case study. #competition',
    'Demo for {account} went well. Next step: a technical deep dive with their architects on {day}.',
    'Renewal conversation with {account} starts next week; usage is up {percent}% this quarter. #renewal',
    '{person} from {account} asked whether {record} can start before the end of the quarter.',
    'Sent {account} the revised order form for {record}. Waiting on their signature.',
    'Forecast call: {record} at {amount}, commit for this quarter if legal clears it by {day}.',
    '{account} wants references in their industry before they sign {record}. Who has one?',
    'Pricing approval for {record} is in: {amount} with a two-year ramp. #pricing',
  ],
  case: [
    'Reproduced "{record}" on our side; fix is in review.',
    'Escalated "{record}" to engineering; workaround sent to {account}.',
    '{account} confirmed the patch fixes "{record}". Closing the loop tomorrow.',
    'Waiting on logs from {account} for "{record}"; reminded {person} this morning.',
    'Call with {account} at 3pm about "{record}". Anyone from the product team free?',
    '"{record}" looks like the same root cause as last month. Linking the two.',
    'Customer is frustrated about "{record}": two weeks open. Let us prioritise it. #escalation',
    'Shared a status update on "{record}" with {person} at {account}.',
  ],
} as const;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CONTACTS = ['Maria', 'James', 'Priya', 'Tom', 'Yuki', 'Lena', 'Omar', 'Sofia'];

/** A post template with its record's names, an amount as people write it, and a believable day and person. */
export function fillPost(template: string, names: { record: string; account: string; amount: number | null }, random: () => number): string {
  const amount = names.amount === null ? 'the quoted price' : `$${Math.round(names.amount).toLocaleString('en-US')}`;
  return template
    .replaceAll('{record}', names.record)
    .replaceAll('{account}', names.account)
    .replaceAll('{amount}', amount)
    .replaceAll('{day}', pick(random, DAYS))
    .replaceAll('{person}', pick(random, CONTACTS))
    .replaceAll('{percent}', String(15 + Math.floor(random() * 40)));
}


export const DEMO_COMMENTS = [
  'Thanks, on it.',
  'I can join Thursday.',
  'Nice work!',
  'Let me know if you need the reference architecture.',
  'Adding this to the account plan.',
  'Can we loop in the customer success manager?',
];

/** A small seeded PRNG, so the demo org is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
