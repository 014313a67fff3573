import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { MentionIntent, SocialNetwork } from '../../common/graphql/enums';
import { subjectKindOf } from '../../common/ids';
import { AccessService } from '../access/access.service';
import { Clock } from '../clock/clock.service';
import { SocialMentionRow, toSocialMention } from '../integrations/social/social-mention.types';
import { Case } from '../records/entities/case.entity';
import { RecordsService } from '../records/records.service';
import { ClassifierAccuracy } from '../social-listening/inbox/inbox.types';
import { ClassifierService } from '../social-listening/scoring/classifier.service';
import { decideIntent, TRAINING_SEED } from '../social-listening';
import { CASE_FIGURES_SQL, HELD_OUT_SQL, MENTION_FIGURES_SQL, OPEN_SOCIAL_CASES_SQL, TRAINING_CORRECTIONS_SQL } from './social-insights.sql';
import { Insights, InsightsDay, SlaCompliance, SocialAuthorInsight } from './social-insights.types';

export const MAX_DAYS = 365;
const OPEN_CASES = 10;
const DAY_MS = 24 * 3600 * 1000;

interface MentionFigures {
  days: Array<{ day: string; mentions: number; complaints: number; sentiment_sum: number }>;
  advocates: AuthorRow[];
  influencers: AuthorRow[];
  recent: string[];
}
interface AuthorRow {
  network: string;
  handle: string;
  name: string | null;
  followers: number;
  verified: boolean;
  mentions: number;
  positive: number;
  average_sentiment: number | null;
  influence: number;
  advocacy: number;
}
interface Compliance {
  id?: string;
  name?: string;
  met: number;
  missed: number;
}
interface CaseFigures {
  overall: Compliance;
  teams: Array<Required<Compliance>>;
  agents: Array<Required<Compliance>>;
  first_response: { responses: number; p50: number | null; p90: number | null };
  fcr: { closed: number; one_reply: number };
}

/** `insights(accountId, days)`: social listening figures, within what the viewer may open. */
@Injectable()
export class SocialInsightsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly records: RecordsService,
    private readonly classifier: ClassifierService,
    private readonly clock: Clock,
  ) {}

  async insights(viewerId: string, accountId: string | null, days: number): Promise<Insights> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw AppError.badInput('days', `must be a whole number from 1 to ${MAX_DAYS}`);
    if (accountId !== null) {
      if (subjectKindOf(accountId) !== 'ACCOUNT') throw AppError.badInput('accountId', `"${accountId}" is not an account id`);
      if (!(await this.access.canSee(viewerId, accountId))) throw AppError.notFound('account');
    }
    const until = this.clock.now();
    const since = windowStart(until, days);
    const params = [viewerId, since, until, accountId];
    const [[mentions], [cases], openCases, classifierAccuracy] = await Promise.all([
      this.db.query<MentionFigures[]>(MENTION_FIGURES_SQL, params),
      this.db.query<CaseFigures[]>(CASE_FIGURES_SQL, params),
      this.openSocialCases(viewerId, accountId),
      this.classifierAccuracy(viewerId, accountId),
    ]);
    const daily = dailySeries(since, days, mentions.days);
    const total = daily.reduce((n, d) => n + d.mentions, 0);
    const complaints = daily.reduce((n, d) => n + d.complaints, 0);
    const sentimentSum = mentions.days.reduce((n, d) => n + d.sentiment_sum, 0);
    return {
      accountId,
      days,
      since,
      until,
      mentions: total,
      complaints,
      complaintShare: share(complaints, total),
      averageSentiment: total ? round(sentimentSum / total) : null,
      daily,
      firstResponse: {
        responses: cases.first_response.responses,
        p50Minutes: roundOrNull(cases.first_response.p50),
        p90Minutes: roundOrNull(cases.first_response.p90),
      },
      slaCompliance: compliance(cases.overall),
      slaByTeam: cases.teams.map((t) => ({ teamId: t.id, name: t.name, ...compliance(t) })),
      slaByAgent: cases.agents.map((a) => ({ employeeId: a.id, name: a.name, ...compliance(a) })),
      firstContactResolution: { closedCases: cases.fcr.closed, oneReply: cases.fcr.one_reply, share: share(cases.fcr.one_reply, cases.fcr.closed) },
      advocates: mentions.advocates.map(toAuthor),
      topInfluencers: mentions.influencers.map(toAuthor),
      classifierAccuracy,
      recentMentions: await this.mentionsByIds(mentions.recent),
      openSocialCases: openCases,
    };
  }

  private async mentionsByIds(ids: string[]) {
    if (ids.length === 0) return [];
    const rows: SocialMentionRow[] = await this.db.query('SELECT * FROM social_mentions WHERE id = ANY($1::uuid[])', [ids]);
    const byId = new Map(rows.map((r) => [r.id, toSocialMention(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Open cases from mentions, newest first; candidates are over-fetched, then only visible ones kept. */
  private async openSocialCases(viewerId: string, accountId: string | null): Promise<Case[]> {
    const rows: Array<{ id: string }> = await this.db.query(OPEN_SOCIAL_CASES_SQL, [accountId, OPEN_CASES * 5]);
    const ids = rows.map((r) => r.id);
    const visible = new Map((await this.records.visibleByIds(viewerId, Case, ids)).map((c) => [c.id, c]));
    return ids.flatMap((id) => visible.get(id) ?? []).slice(0, OPEN_CASES);
  }

  /** The current classifier on the held-out corrections of mentions the viewer may open. */
  private async classifierAccuracy(viewerId: string, accountId: string | null): Promise<ClassifierAccuracy> {
    const [examples, [{ corrections }]] = await Promise.all([
      this.db.query<Array<{ text: string; intent: MentionIntent }>>(HELD_OUT_SQL, [viewerId, accountId]),
      this.db.query<Array<{ corrections: number }>>(TRAINING_CORRECTIONS_SQL),
    ]);
    const classifier = await this.classifier.current();
    const correct = examples.filter((e) => decideIntent(e.text, classifier).intent === e.intent).length;
    return { heldOut: examples.length, correct, accuracy: share(correct, examples.length), trainingExamples: TRAINING_SEED.length + corrections };
  }
}

/** Midnight UTC of the window's first day: `days` calendar days, today included. */
export function windowStart(now: Date, days: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

function dailySeries(since: Date, days: number, rows: MentionFigures['days']): InsightsDay[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    const r = byDay.get(day);
    return { day, mentions: r?.mentions ?? 0, complaints: r?.complaints ?? 0, averageSentiment: r ? round(r.sentiment_sum / r.mentions) : null };
  });
}

function compliance(c: Compliance): SlaCompliance {
  const met = Number(c.met);
  const missed = Number(c.missed);
  return { met, missed, share: share(met, met + missed) };
}

function toAuthor(a: AuthorRow): SocialAuthorInsight {
  return {
    network: a.network.toUpperCase() as SocialNetwork,
    handle: a.handle,
    name: a.name,
    followers: a.followers,
    verified: a.verified,
    influence: a.influence,
    mentions: a.mentions,
    positiveMentions: a.positive,
    averageSentiment: a.average_sentiment === null ? null : round(a.average_sentiment),
    advocacy: round(a.advocacy),
  };
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole) : null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function roundOrNull(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10;
}
