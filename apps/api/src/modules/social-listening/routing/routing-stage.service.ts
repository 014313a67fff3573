import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { LOGGER } from '../../../common/logger';
import { AppConfig } from '../../../config/app-config';
import { ActivityKind } from '../../../common/graphql/enums';
import { AccountTier } from '../../records/records.enums';
import { Clock } from '../../clock/clock.service';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { FeedDispatcher } from '../../feed/feed-dispatcher.service';
import { InboxProcessor } from '../../integrations/inbox-processor.service';
import { SlaService } from '../../sla/sla.service';
import { MentionEvents } from '../inbox/mention-events.service';
import { PersonasService, personaKey } from '../personas/personas.service';
import { ClassifierService } from '../scoring/classifier.service';
import { ScoredMention, scoreMention } from '../scoring/mention-scorer';
import { Routed, RuleActions } from './rule-actions.service';
import { RoutingRulesService } from './routing-rules.service';

/** The longest routing yields to a burst of ingest and fan-out before it runs anyway. */
const MAX_YIELD_MS = 3000;

interface Claimed {
  id: string;
  network: string;
  direction: 'INBOUND' | 'OUTBOUND';
  author_handle: string;
  author_name: string | null;
  author_followers: number;
  author_verified: boolean;
  text: string;
  account_id: string | null;
  activity_id: string | null;
  removed_at: Date | null;
  in_reply_to_mention_id: string | null;
  case_id: string | null;
  dismissed_at: Date | null;
}

/**
 * The stage after ingest: scores new mentions, files them under their personas, applies the
 * routing rules (first match wins) and opens or joins cases; for our own replies, stops the case's
 * response clock. It runs in its own transactions when an ingest drain ends (and on a sweep, for
 * what a crashed process left), so ingest stays a few set-based statements. Each batch
 * first waits, up to a few seconds, for this process's ingest and fan-out to be idle: in a burst,
 * mentions reach their followers' feeds first and are scored and routed just after. Claims use
 * FOR UPDATE SKIP LOCKED: any number of API processes share the work, each mention routed once.
 */
@Injectable()
export class RoutingStage implements OnApplicationBootstrap, OnApplicationShutdown {
  private draining = false;
  private pending = false;
  private stopped = false;
  private sweep?: NodeJS.Timeout;

  constructor(
    private readonly writer: ActivityWriter,
    private readonly inbox: InboxProcessor,
    private readonly dispatcher: FeedDispatcher,
    private readonly classifier: ClassifierService,
    private readonly personas: PersonasService,
    private readonly rules: RoutingRulesService,
    private readonly actions: RuleActions,
    private readonly sla: SlaService,
    private readonly events: MentionEvents,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.integrations.processor) return;
    this.inbox.onProcessed(() => this.wake());
    this.sweep = setInterval(() => this.wake(), this.config.socialListening.routingSweepMs);
    this.sweep.unref();
    this.wake();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.sweep);
  }

  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.pending = true;
      return;
    }
    void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      do {
        this.pending = false;
        while (!this.stopped && (await this.afterBurst(() => this.routeBatch())) === this.config.socialListening.routingBatch);
      } while (this.pending && !this.stopped);
    } catch (error) {
      this.logger.error({ err: error }, 'social routing failed; the sweep retries');
    } finally {
      this.draining = false;
    }
  }

  /** Runs the work once ingest and fan-out are idle here, or after MAX_YIELD_MS at the latest. */
  private async afterBurst<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const latest = new Promise<void>((resolve) => (timer = setTimeout(resolve, MAX_YIELD_MS)));
    const quiet = (async () => {
      await this.inbox.idle();
      await this.dispatcher.idle();
    })();
    await Promise.race([quiet, latest]);
    clearTimeout(timer);
    return work();
  }

  /** One batch in one transaction; answers how many posts it claimed. */
  async routeBatch(): Promise<number> {
    const changed: string[] = [];
    const claimed = await this.writer.transaction(async (tx) => {
      const rows: Claimed[] = await tx.query(
        `SELECT id, network, direction, author_handle, author_name, author_followers, author_verified, text, account_id, activity_id,
                removed_at, in_reply_to_mention_id, case_id, dismissed_at
         FROM social_mentions WHERE routed_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.socialListening.routingBatch],
      );
      if (rows.length === 0) return 0;
      await this.replies(tx, rows.filter((r) => r.direction === 'OUTBOUND'));
      const inbound = rows.filter((r) => r.direction === 'INBOUND');
      changed.push(...(await this.mentions(tx, inbound)));
      return rows.length;
    });
    if (changed.length > 0) await this.events.publish(changed);
    return claimed;
  }

  /** Our public replies through a connector: the answered mention's case has its response. */
  private async replies(tx: EntityManager, replies: Claimed[]): Promise<void> {
    if (replies.length === 0) return;
    const parents: Array<{ case_id: string }> = await tx.query(
      `SELECT DISTINCT p.case_id FROM social_mentions p WHERE p.id = ANY($1::uuid[]) AND p.case_id IS NOT NULL`,
      [replies.map((r) => r.in_reply_to_mention_id).filter((id): id is string => !!id)],
    );
    for (const p of parents) await this.sla.agentResponse(tx, { caseId: p.case_id, at: this.clock.now(), employeeId: null });
    await tx.query('UPDATE social_mentions SET routed_at = $2 WHERE id = ANY($1::uuid[])', [replies.map((r) => r.id), this.clock.now()]);
  }

  private async mentions(tx: EntityManager, rows: Claimed[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const classifier = await this.classifier.current(tx);
    const scores = new Map<string, ScoredMention>(
      rows.map((r) => [r.id, scoreMention({ text: r.text, followers: r.author_followers, verified: r.author_verified }, classifier)]),
    );
    const personas = await this.personas.upsertMany(
      tx,
      rows.map((r) => ({ network: r.network, handle: r.author_handle, name: r.author_name, followers: r.author_followers, verified: r.author_verified })),
    );
    const personaOf = (r: Claimed) => personas.get(personaKey(r.network, r.author_handle)) ?? null;
    // Filed under their personas before any case decision: a later post of this batch finds the
    // case an earlier one opened.
    await tx.query(`UPDATE social_mentions s SET persona_id = u.persona_id FROM unnest($1::uuid[], $2::uuid[]) AS u(id, persona_id) WHERE s.id = u.id`, [
      rows.map((r) => r.id),
      rows.map((r) => personaOf(r)?.id ?? null),
    ]);
    await this.matchThroughPersonas(tx, rows, personaOf);

    // An edited post already on a case, or dismissed, is scored again but not routed again.
    const matched = rows.filter((r) => r.account_id && !r.removed_at && !r.case_id && !r.dismissed_at);
    const tiers = await this.accountTiers(tx, matched.map((r) => r.account_id!));
    const rules = await this.rules.list(tx);
    const ruleOf = new Map<string, string>();
    for (const r of matched) {
      const score = scores.get(r.id)!;
      const m = {
        id: r.id,
        network: r.network,
        authorHandle: r.author_handle,
        text: r.text,
        accountId: r.account_id!,
        accountTier: tiers.get(r.account_id!) ?? null,
        personaId: personaOf(r)?.id ?? null,
        activityId: r.activity_id,
        intent: score.intent,
        sentiment: score.sentiment,
        band: score.band,
        priority: score.priority,
      };
      const rule = this.actions.match(rules, m);
      if (!rule) continue;
      let routed: Routed = { ruleId: rule.id, priority: m.priority, why: `rule "${rule.name}"` };
      if (RuleActions.acts(rule)) {
        // One mention's failure (say, its account's owner was disabled) must not hold back the batch.
        await tx.query('SAVEPOINT route_mention');
        try {
          routed = await this.actions.applyRule(tx, rule, m);
          await tx.query('RELEASE SAVEPOINT route_mention');
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT route_mention');
          this.logger.warn({ err: error, mentionId: r.id }, 'a routing rule could not be applied to a mention');
          score.why.push('routing failed: a colleague should look at it');
          continue;
        }
      }
      if (!routed.ruleId) continue;
      ruleOf.set(r.id, routed.ruleId);
      score.priority = routed.priority;
      score.why.push(routed.why!);
    }
    await tx.query(
      `UPDATE social_mentions s SET sentiment = u.sentiment, intent = u.intent, priority = u.priority, why = u.why,
         influence_band = u.band, routing_rule_id = coalesce(u.rule_id, s.routing_rule_id), routed_at = $2
       FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, sentiment real, intent text, priority text, why text[], band text, rule_id uuid)
       WHERE s.id = u.id`,
      [
        JSON.stringify(
          rows.map((r) => {
            const s = scores.get(r.id)!;
            return { id: r.id, sentiment: s.sentiment, intent: s.intent, priority: s.priority, why: s.why, band: s.band, rule_id: ruleOf.get(r.id) ?? null };
          }),
        ),
        this.clock.now(),
      ],
    );
    // Feed items already pushed get their scored mention.
    await this.writer.markUpdatedMany(tx, rows.map((r) => r.activity_id).filter((id): id is string => !!id));
    return rows.map((r) => r.id);
  }

  /**
   * A post nobody matched, by a persona a colleague linked to an account, is about that account:
   * it becomes its SOCIAL_MENTION activity now (one statement for the batch).
   */
  private async matchThroughPersonas(tx: EntityManager, rows: Claimed[], personaOf: (r: Claimed) => { account_id: string | null } | null): Promise<void> {
    const linked = rows.filter((r) => !r.account_id && !r.removed_at && personaOf(r)?.account_id);
    if (linked.length === 0) return;
    const activities = await this.writer.appendMany(
      tx,
      linked.map((r) => ({ kind: ActivityKind.SOCIAL_MENTION, actorId: null, subjectId: personaOf(r)!.account_id!, relatedSubjectIds: [], body: r.text })),
    );
    linked.forEach((r, i) => {
      r.account_id = personaOf(r)!.account_id;
      r.activity_id = activities[i].id;
    });
    await tx.query(
      `UPDATE social_mentions s SET account_id = u.account_id, match_confidence = 0.9, match_reason = 'persona', activity_id = u.activity_id
       FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS u(id, account_id, activity_id) WHERE s.id = u.id`,
      [linked.map((r) => r.id), linked.map((r) => r.account_id), linked.map((r) => r.activity_id)],
    );
  }

  private async accountTiers(tx: EntityManager, accountIds: string[]): Promise<Map<string, AccountTier>> {
    if (accountIds.length === 0) return new Map();
    const rows: Array<{ id: string; tier: AccountTier }> = await tx.query('SELECT id, tier FROM accounts WHERE id = ANY($1::text[])', [[...new Set(accountIds)]]);
    return new Map(rows.map((r) => [r.id, r.tier]));
  }
}

