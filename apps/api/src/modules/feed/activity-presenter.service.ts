import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PushedSocialMention } from '@tidings/contracts';
import { ActivityKind, SubjectKindEnum } from '../../common/graphql/enums';
import { SubjectsService } from '../access/subjects.service';
import { PeopleService } from '../people/people.service';
import { ActivityPayload } from './activity.types';
import { ActivityRow } from './entities/activity.entity';
import { reactionCounts } from './reactions/reaction-counts';

/** Social mentions by activity id, in one statement for the batch. */
export type SocialMentionLoader = (activityIds: readonly string[]) => Promise<Map<string, PushedSocialMention>>;

/** Turns stored activities into what clients see, in a fixed number of statements. */
@Injectable()
export class ActivityPresenter {
  private socialMentions: SocialMentionLoader | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly subjects: SubjectsService,
    private readonly people: PeopleService,
  ) {}

  /** The module that owns social mentions provides them (it depends on feed, not the other way). */
  attachSocialMentions(loader: SocialMentionLoader): void {
    this.socialMentions = loader;
  }

  async present(rows: ActivityRow[]): Promise<ActivityPayload[]> {
    if (rows.length === 0) return [];
    const mentionIds = rows.filter((r) => r.kind === ActivityKind.SOCIAL_MENTION).map((r) => r.id);
    const [subjects, actors, counts, reactions, mentions] = await Promise.all([
      this.subjects.describe(rows.map((r) => r.subjectId)),
      this.people.findByIds(rows.map((r) => r.actorId).filter((id): id is string => !!id)),
      this.commentCounts(rows.map((r) => r.id)),
      reactionCounts(this.db, rows.map((r) => r.id)),
      // Only when the batch has social mentions: other pages keep their statement count.
      this.socialMentions && mentionIds.length > 0 ? this.socialMentions(mentionIds) : Promise.resolve(new Map<string, PushedSocialMention>()),
    ]);
    const actorById = new Map(actors.map((a) => [a.id, a]));
    return rows.map((row) => {
      const subject = subjects.get(row.subjectId);
      const actor = row.actorId ? actorById.get(row.actorId) : undefined;
      return {
        id: row.id,
        kind: row.kind,
        createdAt: row.createdAt.toISOString(),
        subjectId: row.subjectId,
        subject: subject ? { id: subject.id, kind: subject.kind as SubjectKindEnum, name: subject.name } : null,
        actor: actor ? { id: actor.id, name: actor.name, handle: actor.handle } : null,
        body: row.body,
        // Older rows may lack a null `from` or `to` (JSON drops undefined); pushes always carry both.
        changes: row.changes?.map((c) => ({ field: c.field, from: c.from ?? null, to: c.to ?? null })) ?? null,
        commentCount: counts.get(row.id) ?? 0,
        reactions: reactions.get(row.id)?.reactions ?? [],
        commentReactions: reactions.get(row.id)?.commentReactions ?? [],
        editedAt: row.editedAt?.toISOString() ?? null,
        deletedAt: row.deletedAt?.toISOString() ?? null,
        updatedAt: row.updatedAt?.toISOString() ?? null,
        ...(row.kind === ActivityKind.SOCIAL_MENTION ? { socialMention: mentions.get(row.id) ?? null } : {}),
      };
    });
  }

  async commentCounts(activityIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ activity_id: string; n: number }> = await this.db.query(
      'SELECT activity_id, count(*)::int AS n FROM comments WHERE activity_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY activity_id',
      [[...activityIds]],
    );
    return new Map(rows.map((r) => [r.activity_id, r.n]));
  }
}
