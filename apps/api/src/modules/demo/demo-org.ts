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

export const DEMO_POSTS = [
  'Calling them now about the kickoff.',
  'Legal came back with two redlines on the liability cap. Looking at it today. #legal',
  'Their CFO wants a multi-year option. Can someone from finance join Thursday? #renewal #pricing',
  'Great call with the champion. They are aligned on the rollout plan.',
  'Heads up: procurement asked for a security review before signature. #security-review',
  'Customer reported the issue is fixed after the patch. Closing the loop tomorrow.',
  'Shared the updated pricing sheet in the proposal folder. #pricing',
  'They are evaluating a competitor. We should bring the case study from Globex. #competition',
  'Escalated to engineering; workaround sent to the customer.',
  'Demo went well. Next step: technical deep dive with their architects.',
  'Renewal conversation starts next week; usage is up 40% this quarter. #renewal',
];

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
