import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { ActivityKind } from '../../common/graphql/enums';
import { newId, subjectKindOf } from '../../common/ids';
import { cleanText } from '../../common/text.util';
import { AccessService } from '../access/access.service';
import { SubjectsService } from '../access/subjects.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TopicsService } from '../topics/topics.service';
import { Activity, PostInput } from './activity.types';
import { ActivityWriter } from './activity-writer.service';
import { Comment } from './entities/comment.entity';
import { FeedQueryService } from './feed-query.service';
import { MentionsService } from './mentions.service';
import { FeedWriteObservers } from './write-observers';
import { pushTo } from '../../common/group.util';

export const MAX_BODY = 10_000;

/** What people say: posts on any subject, comments on any activity. */
@Injectable()
export class PostService {
  constructor(
    private readonly db: DataSource,
    private readonly writer: ActivityWriter,
    private readonly access: AccessService,
    private readonly subjects: SubjectsService,
    private readonly feed: FeedQueryService,
    private readonly mentions: MentionsService,
    private readonly notifications: NotificationsService,
    private readonly topics: TopicsService,
    private readonly observers: FeedWriteObservers,
  ) {}

  async post(authorId: string, input: PostInput): Promise<Activity> {
    if (!subjectKindOf(input.subjectId)) throw AppError.badInput('subjectId', `"${input.subjectId}" is not a subject id`);
    const body = validBody(input.body, 'body');
    const handles = this.mentions.handlesIn(body);
    this.topics.parse(body);
    await this.access.assertCanSee(authorId, input.subjectId);
    const parents = await this.subjects.parentsOf(input.subjectId);
    const row = await this.writer.transaction(async (tx) => {
      // A post's topics are related subjects: their followers get it, if they can open its subject.
      const topics = await this.topics.ensure(tx, body);
      const activity = await this.writer.append(tx, {
        kind: ActivityKind.POST,
        actorId: authorId,
        subjectId: input.subjectId,
        relatedSubjectIds: [...parents, authorId, ...topics.map((t) => t.id)],
        body,
      });
      await this.topics.recordUses(tx, topics, { activityId: activity.id });
      await this.mentions.record(tx, handles, { activityId: activity.id, subjectId: input.subjectId, actorId: authorId });
      return activity;
    });
    return Object.assign(new Activity(), { ...row, changes: null });
  }

  /**
   * A reply: notifies who it names, and the activity's author and earlier commenters (REPLY), except
   * those who muted the thread. The activity's audience sees its comment count change live.
   */
  async comment(authorId: string, activityId: string, rawBody: string): Promise<Comment> {
    const body = validBody(rawBody, 'body');
    const handles = this.mentions.handlesIn(body);
    this.topics.parse(body);
    const activity = await this.feed.findVisible(authorId, activityId);
    if (activity.deletedAt) throw AppError.conflict('activityId', 'this post was removed; it can no longer take comments');
    return this.writer.transaction(async (tx) => {
      const comment = tx.getRepository(Comment).create({
        id: newId(),
        activityId,
        authorId,
        body,
        createdAt: new Date(),
        editedAt: null,
        deletedAt: null,
        deletedBy: null,
      });
      await tx.getRepository(Comment).insert(comment);
      await this.topics.recordUses(tx, await this.topics.ensure(tx, body), { activityId, commentId: comment.id });
      await this.writer.markUpdated(tx, activityId);
      await this.observers.commentWritten(tx, { activityId, commentId: comment.id, subjectId: activity.subjectId, authorId });
      const at = { activityId, commentId: comment.id, subjectId: activity.subjectId, actorId: authorId };
      const mentioned = new Set(await this.mentions.record(tx, handles, at));
      const thread: Array<{ id: string }> = await tx.query(
        'SELECT DISTINCT author_id AS id FROM comments WHERE activity_id = $1 AND id <> $2 AND deleted_at IS NULL',
        [activityId, comment.id],
      );
      const repliedTo = [activity.actorId, ...thread.map((t) => t.id)].filter((id): id is string => !!id && !mentioned.has(id));
      await this.notifications.add(tx, { kind: 'REPLY', recipientIds: repliedTo, ...at });
      return comment;
    });
  }

  async commentsOf(activityIds: readonly string[]): Promise<Map<string, Comment[]>> {
    const rows = await this.db
      .getRepository(Comment)
      .createQueryBuilder('c')
      .where('c.activity_id IN (:...ids)', { ids: [...activityIds] })
      .orderBy('c.created_at', 'ASC')
      .getMany();
    const byActivity = new Map<string, Comment[]>();
    for (const c of rows) pushTo(byActivity, c.activityId, c);
    return byActivity;
  }
}

export function validBody(raw: string, field: string): string {
  const body = cleanText(raw);
  if (body.length === 0) throw AppError.badInput(field, 'is empty; write something first');
  if (body.length > MAX_BODY) throw AppError.badInput(field, `is ${body.length} characters; the limit is ${MAX_BODY}`);
  return body;
}
