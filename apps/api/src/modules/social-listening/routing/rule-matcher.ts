import { CasePriority, MentionIntent, RoutingAssignee, SocialInfluenceBand } from '../../../common/graphql/enums';
import { AccountTier } from '../../records/records.enums';

export interface RuleConditions {
  id: string;
  name: string;
  enabled: boolean;
  networks: string[];
  intents: string[];
  sentimentMin: number | null;
  sentimentMax: number | null;
  influenceBands: string[];
  accountTiers: string[];
  keywords: string[];
}

export interface RuleActions {
  createCase: boolean;
  casePriority: CasePriority | null;
  assignTo: RoutingAssignee;
  assignTeamId: string | null;
  notifyEmployeeIds: string[];
  addTopic: string | null;
}

export type Rule = RuleConditions & RuleActions;

export interface RoutedFacts {
  network: string;
  intent: MentionIntent;
  sentiment: number;
  band: SocialInfluenceBand;
  accountTier: AccountTier | null;
  text: string;
}

const anyOf = (list: readonly string[], value: string | null) => list.length === 0 || (value !== null && list.map((v) => v.toUpperCase()).includes(value.toUpperCase()));

export function ruleMatches(rule: RuleConditions, f: RoutedFacts): boolean {
  if (!rule.enabled) return false;
  if (!anyOf(rule.networks, f.network) || !anyOf(rule.intents, f.intent) || !anyOf(rule.influenceBands, f.band) || !anyOf(rule.accountTiers, f.accountTier)) return false;
  if (rule.sentimentMin !== null && f.sentiment < rule.sentimentMin) return false;
  if (rule.sentimentMax !== null && f.sentiment > rule.sentimentMax) return false;
  const text = f.text.toLowerCase();
  return rule.keywords.length === 0 || rule.keywords.some((k) => text.includes(k.toLowerCase()));
}

/** Rules in order; the first that matches decides, the rest are not looked at. */
export function firstMatch<R extends RuleConditions>(rules: readonly R[], facts: RoutedFacts): R | null {
  return rules.find((r) => ruleMatches(r, facts)) ?? null;
}
