import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { CasePriority, MentionIntent, RoutingAssignee, SocialInfluenceBand, SocialNetwork } from '../../../common/graphql/enums';
import { AccountTier } from '../../records/records.enums';
import { newId } from '../../../common/ids';
import { cleanText } from '../../../common/text.util';
import { CreateRoutingRuleInput, RoutingRule, UpdateRoutingRuleInput } from './routing-rule.types';

interface RuleRow {
  id: string;
  position: number;
  name: string;
  enabled: boolean;
  networks: string[];
  intents: string[];
  sentiment_min: number | null;
  sentiment_max: number | null;
  influence_bands: string[];
  account_tiers: string[];
  keywords: string[];
  create_case: boolean;
  case_priority: string | null;
  assign_to: string;
  assign_team_id: string | null;
  notify_employee_ids: string[];
  add_topic: string | null;
}

function toRule(r: RuleRow): RoutingRule {
  return {
    id: r.id,
    position: r.position,
    name: r.name,
    enabled: r.enabled,
    networks: r.networks as SocialNetwork[],
    intents: r.intents as MentionIntent[],
    sentimentMin: r.sentiment_min,
    sentimentMax: r.sentiment_max,
    influenceBands: r.influence_bands as SocialInfluenceBand[],
    accountTiers: r.account_tiers as AccountTier[],
    keywords: r.keywords,
    createCase: r.create_case,
    casePriority: r.case_priority as CasePriority | null,
    assignTo: r.assign_to as RoutingAssignee,
    assignTeamId: r.assign_team_id,
    notifyEmployeeIds: r.notify_employee_ids,
    addTopic: r.add_topic,
  };
}

const COLUMNS: ReadonlyArray<[keyof CreateRoutingRuleInput, string]> = [
  ['name', 'name'],
  ['enabled', 'enabled'],
  ['networks', 'networks'],
  ['intents', 'intents'],
  ['sentimentMin', 'sentiment_min'],
  ['sentimentMax', 'sentiment_max'],
  ['influenceBands', 'influence_bands'],
  ['accountTiers', 'account_tiers'],
  ['keywords', 'keywords'],
  ['createCase', 'create_case'],
  ['casePriority', 'case_priority'],
  ['assignTo', 'assign_to'],
  ['assignTeamId', 'assign_team_id'],
  ['notifyEmployeeIds', 'notify_employee_ids'],
  ['addTopic', 'add_topic'],
];
const LISTS = new Set(['networks', 'intents', 'influence_bands', 'account_tiers', 'keywords', 'notify_employee_ids']);

/**
 * The routing rules admins edit. Ordered by position (1 first); routing takes the first enabled
 * rule whose conditions all hold, so order is meaning. Every write renumbers 1..n in one
 * transaction that locks the rules, so concurrent edits cannot leave two rules in one place.
 */
@Injectable()
export class RoutingRulesService {
  constructor(private readonly db: DataSource) {}

  async list(tx?: EntityManager): Promise<RoutingRule[]> {
    const rows: RuleRow[] = await (tx ?? this.db.manager).query('SELECT * FROM social_routing_rules ORDER BY position, id');
    return rows.map(toRule);
  }

  async create(input: CreateRoutingRuleInput): Promise<RoutingRule> {
    return this.db.transaction(async (tx) => {
      const rules = await this.lockAll(tx);
      const values = await this.validate(tx, input, null);
      const id = newId();
      const cols = Object.keys(values);
      await tx.query(
        `INSERT INTO social_routing_rules (id, position, ${cols.join(', ')}) VALUES ($1, $2, ${cols.map((_, i) => `$${i + 3}`).join(', ')})`,
        [id, rules.length + 1, ...Object.values(values)],
      );
      const ids = rules.map((r) => r.id);
      ids.splice(clampPosition(input.position, ids.length + 1) - 1, 0, id);
      await this.renumber(tx, ids);
      return this.get(tx, id);
    });
  }

  async update(id: string, input: UpdateRoutingRuleInput): Promise<RoutingRule> {
    return this.db.transaction(async (tx) => {
      const rules = await this.lockAll(tx);
      const existing = rules.find((r) => r.id === id);
      if (!existing) throw AppError.notFound('routing rule');
      const values = await this.validate(tx, input, existing);
      const cols = Object.keys(values);
      if (cols.length > 0) {
        await tx.query(
          `UPDATE social_routing_rules SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = clock_timestamp() WHERE id = $1`,
          [id, ...Object.values(values)],
        );
      }
      if (input.position !== undefined && input.position !== null) {
        const ids = rules.map((r) => r.id).filter((r) => r !== id);
        ids.splice(clampPosition(input.position, ids.length + 1) - 1, 0, id);
        await this.renumber(tx, ids);
      }
      return this.get(tx, id);
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rules = await this.lockAll(tx);
      if (!rules.some((r) => r.id === id)) throw AppError.notFound('routing rule');
      await tx.query('DELETE FROM social_routing_rules WHERE id = $1', [id]);
      await this.renumber(tx, rules.map((r) => r.id).filter((r) => r !== id));
      return true;
    });
  }

  /** The new order: every rule's id exactly once. */
  async reorder(ids: readonly string[]): Promise<RoutingRule[]> {
    return this.db.transaction(async (tx) => {
      const rules = await this.lockAll(tx);
      const known = new Set(rules.map((r) => r.id));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
        throw AppError.badInput('ids', `must list every routing rule's id exactly once (${known.size} rules)`);
      }
      await this.renumber(tx, ids);
      return this.list(tx);
    });
  }

  private async get(tx: EntityManager, id: string): Promise<RoutingRule> {
    const rows: RuleRow[] = await tx.query('SELECT * FROM social_routing_rules WHERE id = $1', [id]);
    return toRule(rows[0]);
  }

  private async lockAll(tx: EntityManager): Promise<Array<{ id: string }>> {
    // The whole table: a new rule's position depends on all the others.
    await tx.query('LOCK TABLE social_routing_rules IN SHARE ROW EXCLUSIVE MODE');
    return tx.query('SELECT id, sentiment_min, sentiment_max, assign_to, assign_team_id FROM social_routing_rules ORDER BY position, id');
  }

  private async renumber(tx: EntityManager, ids: readonly string[]): Promise<void> {
    await tx.query(
      `UPDATE social_routing_rules r SET position = o.n FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE r.id = o.id AND r.position <> o.n`,
      [ids],
    );
  }

  /** Column values to write; BAD_USER_INPUT naming the field for anything inconsistent. */
  private async validate(tx: EntityManager, input: UpdateRoutingRuleInput, existing: Partial<RuleRow> | null): Promise<Record<string, unknown>> {
    const values: Record<string, unknown> = {};
    for (const [field, column] of COLUMNS) {
      const value = input[field];
      if (value === undefined) continue;
      if (value === null && (LISTS.has(column) || ['name', 'enabled', 'create_case', 'assign_to'].includes(column))) {
        throw AppError.badInput(field, 'cannot be null; leave it out to keep the current value');
      }
      values[column] = value;
    }
    if (typeof values.name === 'string') {
      values.name = cleanText(values.name);
      if (values.name === '') throw AppError.badInput('name', 'is blank; type some text');
    }
    if (Array.isArray(values.keywords)) {
      values.keywords = (values.keywords as string[]).map((k, i) => {
        const keyword = cleanText(k).toLowerCase();
        if (keyword.length < 2 || keyword.length > 100) throw AppError.badInput('keywords', `keyword ${i + 1} ("${k}") must be 2 to 100 characters`);
        return keyword;
      });
    }
    if (typeof values.add_topic === 'string') {
      values.add_topic = (values.add_topic).replace(/^#/, '');
      if (!/^[\p{L}\p{N}_-]{1,100}$/u.test(values.add_topic as string)) throw AppError.badInput('addTopic', 'must be one word of letters, digits, "_" or "-" (no spaces)');
    }
    const min = (values.sentiment_min ?? (existing ? existing.sentiment_min : null)) as number | null;
    const max = (values.sentiment_max ?? (existing ? existing.sentiment_max : null)) as number | null;
    if (min !== null && max !== null && min > max) throw AppError.badInput('sentimentMin', 'must not be above sentimentMax');
    const assignTo = (values.assign_to ?? existing?.assign_to ?? RoutingAssignee.NONE) as RoutingAssignee;
    const teamId = (values.assign_team_id !== undefined ? values.assign_team_id : (existing?.assign_team_id ?? null)) as string | null;
    if (assignTo === RoutingAssignee.TEAM && !teamId) throw AppError.badInput('assignTeamId', 'is required when assignTo is TEAM');
    if (typeof values.assign_team_id === 'string') {
      const [{ n }]: Array<{ n: number }> = await tx.query('SELECT count(*)::int AS n FROM teams WHERE id = $1', [values.assign_team_id]);
      if (n === 0) throw AppError.badInput('assignTeamId', `no team has the id "${values.assign_team_id}"`);
    }
    if (Array.isArray(values.notify_employee_ids) && (values.notify_employee_ids as string[]).length > 0) {
      const ids = [...new Set(values.notify_employee_ids as string[])];
      const found: Array<{ id: string }> = await tx.query('SELECT id FROM employees WHERE id = ANY($1::text[]) AND active', [ids]);
      const missing = ids.filter((id) => !found.some((f) => f.id === id));
      if (missing.length > 0) throw AppError.badInput('notifyEmployeeIds', `no active employee has the id "${missing[0]}"`);
      values.notify_employee_ids = ids;
    }
    return values;
  }
}

function clampPosition(position: number | null | undefined, max: number): number {
  return position == null ? max : Math.max(1, Math.min(max, position));
}
