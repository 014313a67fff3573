import { Injectable, OnModuleInit } from '@nestjs/common';
import type { PushedSocialMention } from '@tidings/contracts';
import { DataSource } from 'typeorm';
import { ActivityPresenter } from '../../feed/activity-presenter.service';
import { SocialMentionRow, toPushedSocialMention, toSocialMention } from '../../integrations/social/social-mention.types';

/** Gives pushed SOCIAL_MENTION feed items their mention (`item.socialMention`), one statement per batch. */
@Injectable()
export class PushedMentionsLoader implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly presenter: ActivityPresenter,
  ) {}

  onModuleInit(): void {
    this.presenter.attachSocialMentions((ids) => this.load(ids));
  }

  async load(activityIds: readonly string[]): Promise<Map<string, PushedSocialMention>> {
    const rows: SocialMentionRow[] = await this.db.query('SELECT * FROM social_mentions WHERE activity_id = ANY($1::uuid[])', [[...activityIds]]);
    return new Map(rows.map((r) => [r.activity_id!, toPushedSocialMention(toSocialMention(r))]));
  }
}
