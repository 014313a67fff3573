import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../../common/logger';
import { AppConfig } from '../../../config/app-config';
import { SocialMentionRow, toPushedSocialMention, toSocialMention } from '../../integrations/social/social-mention.types';
import { RealtimePublisher } from '../../realtime/realtime.publisher';

/**
 * `social:mention` after commit, to the people a mention concerns: the account's followers, its
 * support team (else the default social team), the case's owner and whoever claimed it, each only
 * if they may open the account. A mention without an account goes to admins and the default social
 * team (who work the UNMATCHED queue).
 */
@Injectable()
export class MentionEvents {
  constructor(
    private readonly db: DataSource,
    private readonly realtime: RealtimePublisher,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async publish(mentionIds: readonly string[]): Promise<void> {
    if (mentionIds.length === 0) return;
    try {
      const rows: Array<SocialMentionRow & { audience: string[] }> = await this.db.query(
        `WITH m AS (
           SELECT s.*, a.support_team_id FROM social_mentions s LEFT JOIN accounts a ON a.id = s.account_id WHERE s.id = ANY($1::uuid[])
         ), default_team AS (
           SELECT id FROM teams WHERE lower(handle) = $2
         ), candidates AS (
           SELECT m.id, m.account_id, f.employee_id FROM m JOIN follows f ON f.subject_id = m.account_id
           UNION SELECT m.id, m.account_id, tm.employee_id FROM m JOIN team_members tm
             ON tm.team_id = coalesce(m.support_team_id, (SELECT id FROM default_team)) WHERE m.account_id IS NOT NULL
           UNION SELECT m.id, m.account_id, c.owner_id FROM m JOIN cases c ON c.id = m.case_id
           UNION SELECT m.id, m.account_id, m.claimed_by FROM m WHERE m.claimed_by IS NOT NULL AND m.account_id IS NOT NULL
           UNION SELECT m.id, NULL, e.id FROM m JOIN employees e ON e.role = 'ADMIN' WHERE m.account_id IS NULL
           UNION SELECT m.id, NULL, tm.employee_id FROM m JOIN team_members tm ON tm.team_id = (SELECT id FROM default_team) WHERE m.account_id IS NULL
         ), allowed AS (
           SELECT c.id, array_agg(c.employee_id) AS audience FROM candidates c JOIN employees e ON e.id = c.employee_id AND e.active
           WHERE c.account_id IS NULL OR tidings_can_see(c.employee_id, c.account_id)
           GROUP BY c.id
         )
         SELECT m.*, allowed.audience FROM m JOIN allowed ON allowed.id = m.id`,
        [[...mentionIds], this.config.socialListening.defaultTeamHandle ?? ''],
      );
      for (const row of rows) {
        this.realtime.emitToEmployees(row.audience, 'social:mention', { mention: toPushedSocialMention(toSocialMention(row)) });
      }
    } catch (error) {
      // The inbox is still right on its next read; only the live nudge is lost.
      this.logger.warn({ err: error, mentions: mentionIds.length }, 'social:mention push failed');
    }
  }
}
