import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ActivityKind } from '../../../common/graphql/enums';
import { Activity } from '../../feed/activity.types';
import { SocialMention, SocialMentionRow, toSocialMention } from './social-mention.types';

const loaders = new WeakMap<object, DataLoader<string, SocialMention | null>>();

/** `Activity.socialMention`: one statement per page, whatever its size. */
@Resolver(() => Activity)
export class ActivitySocialMentionResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => SocialMention, { nullable: true, description: 'Set when kind is SOCIAL_MENTION.' })
  socialMention(@Parent() activity: Activity, @Context() ctx: object): Promise<SocialMention | null> | null {
    if (activity.kind !== ActivityKind.SOCIAL_MENTION) return null;
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows: SocialMentionRow[] = await this.db.query('SELECT * FROM social_mentions WHERE activity_id = ANY($1::uuid[])', [[...ids]]);
        const byActivity = new Map(rows.map((r) => [r.activity_id, toSocialMention(r)]));
        return ids.map((id) => byActivity.get(id) ?? null);
      });
      loaders.set(ctx, loader);
    }
    return loader.load(activity.id);
  }
}
