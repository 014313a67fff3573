/**
 * The people who talk about the demo's customers on social networks: known personas tied to an
 * account (their handle is one of the account's social handles, so matching finds them), and a few
 * strangers nobody knows. Followers and verification vary, so influence and priority vary too.
 */
export interface DemoPersona {
  network: 'x' | 'linkedin' | 'reviews' | 'facebook';
  handle: string;
  name: string | null;
  followers: number;
  verified: boolean;
  /** The demo account this persona works at; null for an unknown author. */
  account: string | null;
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  { network: 'x', handle: 'maria_acme', name: 'Maria Lopez', followers: 1_240, verified: false, account: 'Acme Corp' },
  { network: 'x', handle: 'globex_cto', name: 'James Whitfield', followers: 48_300, verified: true, account: 'Globex' },
  { network: 'linkedin', handle: 'priya-initech', name: 'Priya Raman', followers: 3_900, verified: false, account: 'Initech' },
  { network: 'x', handle: 'tom_umbrella', name: 'Tom Becker', followers: 85, verified: false, account: 'Umbrella Health' },
  { network: 'x', handle: 'hooli_ops', name: 'Hooli Operations', followers: 212_000, verified: true, account: 'Hooli' },
  { network: 'reviews', handle: 'yuki_vandelay', name: 'Yuki Sato', followers: 310, verified: false, account: 'Vandelay Imports' },
  { network: 'x', handle: 'lena_wayne', name: 'Lena Hoffmann', followers: 7_650, verified: false, account: 'Wayne Logistics' },
  { network: 'linkedin', handle: 'omar-tyrell', name: 'Omar Haddad', followers: 15_800, verified: true, account: 'Tyrell Systems' },
  { network: 'x', handle: 'sofia_piedpiper', name: 'Sofia Rossi', followers: 620, verified: false, account: 'Pied Piper' },
  { network: 'x', handle: 'dm_scranton', name: 'Dwight S.', followers: 2_100, verified: false, account: 'Dunder Mifflin' },
  { network: 'reviews', handle: 'monarch_traveller', name: 'Ravi Kumar', followers: 45, verified: false, account: 'Monarch Airlines' },
  { network: 'x', handle: 'bluth_michael', name: 'Michael B.', followers: 930, verified: false, account: 'Bluth Company' },
  // Strangers: nobody links them to an account; their text may still name one.
  { network: 'x', handle: 'saas_watcher', name: 'SaaS Watcher', followers: 96_000, verified: true, account: null },
  { network: 'x', handle: 'night_shift_dev', name: null, followers: 12, verified: false, account: null },
  { network: 'reviews', handle: 'anon_reviewer_42', name: 'Anonymous', followers: 0, verified: false, account: null },
  { network: 'linkedin', handle: 'ops-leader-ams', name: 'Eva de Vries', followers: 4_400, verified: false, account: null },
];

export type DemoIntent = 'PRAISE' | 'QUESTION' | 'COMPLAINT';

/** What customers write, by intent; {name} is the account's name. */
export const DEMO_MENTION_TEXTS: Record<DemoIntent, readonly string[]> = {
  PRAISE: [
    'Big thanks to the support team for sorting our rollout at {name} so quickly 🙏',
    'Just renewed at {name}, the new dashboards sold it. Great work!',
    'Shout-out to the folks who helped {name} migrate over the weekend. Flawless.',
    'Love the new reporting. {name} finance team is finally happy with month-end.',
    'Honestly the best onboarding we have had at {name}. Thank you!',
  ],
  QUESTION: [
    'Is there an EU data centre option? Asking for the {name} compliance team',
    'How do we add SSO for a second domain at {name}? Docs are unclear.',
    'Does anyone know if the API supports bulk updates? {name} needs it for next quarter.',
    'Can we export audit logs to our SIEM? {name} security is asking.',
    'When is the next release with the mobile fixes? Planning a rollout at {name}.',
  ],
  COMPLAINT: [
    'Three weeks waiting on a reply from support. Not great. {name} is paying for premium.',
    'Exports have been failing all morning at {name}. This is unacceptable.',
    'Still broken. Login fails for half of {name} since the SSO change. Terrible.',
    'Our invoices at {name} show the wrong currency AGAIN. Who do I talk to?',
    'The dashboard is down and {name} has a board meeting in an hour. Really disappointed.',
  ],
};

/** A second message from someone who complained before: the case should reopen or grow, not duplicate. */
export const DEMO_FOLLOW_UPS: readonly string[] = [
  'Still no answer on this. {name} is escalating internally.',
  'Following up: the problem is still there at {name} today. Very frustrating.',
  'Day two and nothing has changed for {name}. Anyone?',
];

/** Texts that name no customer: they land in the unmatched queue. */
export const DEMO_UNMATCHED_TEXTS: readonly string[] = [
  'Anyone else seeing slow page loads on this tool today?',
  'Which CRM collaboration tool do you all use? Looking for recommendations.',
  'The new UI is nice but the search is slow for me.',
];

/** Our answers to a complaint, from the company's own handle; {name} is the customer's first name. */
export const DEMO_ANSWERS: readonly string[] = [
  'Sorry about this, {name}. We have opened a case and an engineer is on it; we will DM you shortly.',
  'Thanks for flagging, {name}. This is with our support team now, we will update you within the hour.',
  'We hear you, {name}. Could you DM us your workspace name so we can look into it right away?',
];
