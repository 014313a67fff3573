import { z } from 'zod';

/** The social-listening variables, merged into the app's environment schema. */
export const socialListeningEnvSchema = {
  SOCIAL_DEFAULT_TEAM: z
    .string()
    .regex(/^@?[A-Za-z0-9._-]{1,100}$/, 'must be a team handle like support or @support')
    .optional(),
  SOCIAL_CASE_REOPEN_DAYS: z.coerce.number().min(0).max(365).default(7),
  SOCIAL_ROUTING_SWEEP_MS: z.coerce.number().int().min(100).default(2000),
  SOCIAL_ROUTING_BATCH: z.coerce.number().int().min(1).max(1000).default(200),
};

/** The demo org's support team (demo-org.ts), the default in demo mode. */
export const DEMO_SUPPORT_TEAM = 'support-t2';

type SocialListeningEnv = z.infer<z.ZodObject<typeof socialListeningEnvSchema>>;

export class SocialListeningConfig {
  /** The team (by handle) a social case goes to when its account names no support team. */
  readonly defaultTeamHandle: string | null;
  /** A persona's complaint within this many days of their last one on a case joins (and reopens) that case. */
  readonly caseReopenDays: number;
  /** How often the routing stage looks for mentions nobody routed (a crashed process's). */
  readonly routingSweepMs: number;
  /** How many mentions one routing transaction claims. */
  readonly routingBatch: number;

  constructor(env: SocialListeningEnv, mode: { demo: boolean }) {
    const handle = env.SOCIAL_DEFAULT_TEAM ?? (mode.demo ? DEMO_SUPPORT_TEAM : undefined);
    this.defaultTeamHandle = handle ? handle.replace(/^@/, '').toLowerCase() : null;
    this.caseReopenDays = env.SOCIAL_CASE_REOPEN_DAYS;
    this.routingSweepMs = env.SOCIAL_ROUTING_SWEEP_MS;
    this.routingBatch = env.SOCIAL_ROUTING_BATCH;
  }
}
