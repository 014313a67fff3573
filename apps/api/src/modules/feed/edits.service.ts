import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { ActivityKind, Role } from '../../common/graphql/enums';
import { isUuid } from '../../common/ids';
import { SubjectsService } from '../access/subjects.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Employee } from '../people/entities/employee.entity';
import { TopicsService } from '../topics/topics.service';
import { Activity } from './activity.types';
import { ActivityWriter } from './activity-writer.service';
import { Comment } from './entities/comment.entity';
import { FeedQueryService } from './feed-query.service';
import { MentionsService } from './mentions.service';
import { validBody } from './post.service';

/** Kinds of activity a person wrote or that came from outside, and that moderation may remove. */
const REMOVABLE: readonly ActivityKind[] = [ActivityKind.POST, ActivityKind.SOCIAL_MENTION];

/**
 * Authors edit their own posts and comments (the new text is parsed again: newly named people are
 * notified, topics follow the text). Authors and admins remove them: the row stays as a tombstone
 * with its text, mentions, topics, reactions' notifications gone, and everyone who had it in a feed
 * sees the change live.
 */
@Injectable()
export class EditsService {
  constructor(
    private readonly db: DataSource,
    private readonly writer: ActivityWriter,
    private readonly feed: FeedQueryService,
    private readonly subjects: SubjectsService,
    private readonly mentions: MentionsService,
    private readonly topics: TopicsService,
    private readonly notifications: NotificationsService,
  ) {}

  async editPost(editor: Employee, activityId: string, rawBody: string): Promise<Activity> {
    const body = validBody(rawBody, 'body');
    const handles = this.mentions.handlesIn(body);
    this.topics.parse(body);
    const activity = await this.feed.findVisible(editor.id, activityId);
    if (activity.kind !== ActivityKind.POST) throw AppError.badInput('activityId', 'only posts can be edited; record changes and social mentions are as they happened');
    if (activity.actorId !== editor.id) throw AppError.forbidden('Only its author can edit a post.');
    if (activity.deletedAt) throw AppError.conflict('activityId', 'this post was removed; it can no longer be edited');
    const parents = await this.subjects.parentsOf(activity.subjectId);
    await this.writer.transaction(async (tx) => {
      const topics = await this.topics.ensure(tx, body);
      await tx.query(
        `UPDATE activities SET body = $2, related_subject_ids = $3, edited_at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1`,
        [activityId, body, [...new Set([...parents, editor.id, ...topics.map((t) => t.id)])].filter((id) => id !== activity.subjectId)],
      );
      await this.topics.recordUses(tx, topics, { activityId });
      await this.mentions.forget(tx, activityId, null);
      await this.mentions.record(tx, handles, { activityId, subjectId: activity.subjectId, actorId: editor.id });
      await this.writer.markUpdated(tx, activityId);
    });
    return this.feed.findVisible(editor.id, activityId);
  }

  async editComment(editor: Employee, commentId: string, rawBody: string): Promise<Comment> {
    const body = validBody(rawBody, 'body');
    const handles = this.mentions.handlesIn(body);
    this.topics.parse(body);
    const { comment, subjectId } = await this.visibleComment(editor.id, commentId);
    if (comment.authorId !== editor.id) throw AppError.forbidden('Only its author can edit a comment.');
    if (comment.deletedAt) throw AppError.conflict('commentId', 'this comment was removed; it can no longer be edited');
    return this.writer.transaction(async (tx) => {
      await tx.query(`UPDATE comments SET body = $2, edited_at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1`, [commentId, body]);
      await this.topics.recordUses(tx, await this.topics.ensure(tx, body), { activityId: comment.activityId, commentId });
      await this.mentions.forget(tx, comment.activityId, commentId);
      await this.mentions.record(tx, handles, { activityId: comment.activityId, commentId, subjectId, actorId: editor.id });
      await this.writer.markUpdated(tx, comment.activityId);
      return tx.getRepository(Comment).findOneByOrFail({ id: commentId });
    });
  }

  /** Removing twice is harmless: the second call answers the tombstone as it is. */
  async removeActivity(remover: Employee, activityId: string): Promise<Activity> {
    const activity = await this.feed.findVisible(remover.id, activityId);
    if (!REMOVABLE.includes(activity.kind)) throw AppError.badInput('activityId', 'record changes are the record\'s history and cannot be removed');
    this.assertMayRemove(remover, activity.actorId, 'post');
    if (!activity.deletedAt) {
      const losers = await this.writer.transaction(async (tx) => {
        await tx.query(
          `UPDATE activities SET body = NULL, changes = NULL, deleted_at = date_trunc('milliseconds', clock_timestamp()), deleted_by = $2 WHERE id = $1`,
          [activityId, remover.id],
        );
        return this.forgetText(tx, activityId, null);
      });
      await this.notifications.pushCounts(losers);
    }
    return this.feed.findVisible(remover.id, activityId);
  }

  async removeComment(remover: Employee, commentId: string): Promise<Comment> {
    const { comment } = await this.visibleComment(remover.id, commentId);
    this.assertMayRemove(remover, comment.authorId, 'comment');
    if (comment.deletedAt) return comment;
    const losers = await this.writer.transaction(async (tx) => {
      await tx.query(
        `UPDATE comments SET body = NULL, deleted_at = date_trunc('milliseconds', clock_timestamp()), deleted_by = $2 WHERE id = $1`,
        [commentId, remover.id],
      );
      return this.forgetText(tx, comment.activityId, commentId);
    });
    await this.notifications.pushCounts(losers);
    return this.db.getRepository(Comment).findOneByOrFail({ id: commentId });
  }

  /** What removed text caused goes with it; answers whose unread count dropped. */
  private async forgetText(tx: EntityManager, activityId: string, commentId: string | null): Promise<string[]> {
    await this.mentions.forget(tx, activityId, commentId);
    await this.topics.recordUses(tx, [], { activityId, commentId });
    await this.writer.markUpdated(tx, activityId);
    return this.notifications.removeFor(tx, activityId, commentId);
  }

  private assertMayRemove(remover: Employee, authorId: string | null, what: string): void {
    if (remover.role !== Role.ADMIN && remover.id !== authorId) throw AppError.forbidden(`Only the ${what}'s author or an admin can remove it.`);
  }

  /** The comment, if the viewer can open its activity's subject (NOT_FOUND otherwise, as for a missing one). */
  private async visibleComment(viewerId: string, commentId: string): Promise<{ comment: Comment; subjectId: string }> {
    if (!isUuid(commentId)) throw AppError.notFound('comment');
    const comment = await this.db.getRepository(Comment).findOneBy({ id: commentId });
    if (!comment) throw AppError.notFound('comment');
    const activity = await this.feed.findVisible(viewerId, comment.activityId).catch(() => {
      throw AppError.notFound('comment');
    });
    return { comment, subjectId: activity.subjectId };
  }
}
