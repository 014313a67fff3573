import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { ActivityKind } from '../../common/graphql/enums';
import { subjectKindOf } from '../../common/ids';
import { cleanText } from '../../common/text.util';
import { AccessService } from '../access/access.service';
import { SubjectsService } from '../access/subjects.service';
import { Activity, PostInput } from './activity.types';
import { ActivityWriter } from './activity-writer.service';
import { DataSource } from 'typeorm';
import { Comment } from './entities/comment.entity';
import { newId } from '../../common/ids';
import { FeedQueryService } from './feed-query.service';
import { MentionsService } from './mentions.service';
import { NotificationsService } from '../notifications/notifications.service';

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
  ) {}

  async post(authorId: string, input: PostInput): Promise<Activity> {
    if (!subjectKindOf(input.subjectId)) throw AppError.badInput('subjectId', `"${input.subjectId}" is not a subject id`);
    const body = validBody(input.body, 'body');
    const handles = this.mentions.handlesIn(body);
    await this.access.assertCanSee(authorId, input.subjectId);
    const parents = await this.subjects.parentsOf(input.subjectId);
    const row = await this.writer.transaction(async (tx) => {
      const activity = await this.writer.append(tx, {
        kind: ActivityKind.POST,
        actorId: authorId,
        subjectId: input.subjectId,
        relatedSubjectIds: [...parents, authorId],
        body,
      });
      await this.mentions.record(tx, handles, { activityId: activity.id, subjectId: input.subjectId, actorId: authorId });
      return activity;
    });
    return Object.assign(new Activity(), { ...row, changes: null });
  }

  /** A reply: notifies who it names, and the activity's author and earlier commenters (REPLY). */
  async comment(authorId: string, activityId: string, rawBody: string): Promise<Comment> {
    const body = validBody(rawBody, 'body');
    const handles = this.mentions.handlesIn(body);
    const activity = await this.feed.findVisible(authorId, activityId);
    return this.writer.transaction(async (tx) => {
      const comment = tx.getRepository(Comment).create({ id: newId(), activityId, authorId, body, createdAt: new Date() });
      await tx.getRepository(Comment).insert(comment);
      const at = { activityId, commentId: comment.id, subjectId: activity.subjectId, actorId: authorId };
      const mentioned = new Set(await this.mentions.record(tx, handles, at));
      const thread: Array<{ id: string }> = await tx.query(
        'SELECT DISTINCT author_id AS id FROM comments WHERE activity_id = $1 AND id <> $2',
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
    for (const c of rows) byActivity.set(c.activityId, [...(byActivity.get(c.activityId) ?? []), c]);
    return byActivity;
  }
}

function validBody(raw: string, field: string): string {
  const body = cleanText(raw);
  if (body.length === 0) throw AppError.badInput(field, 'is empty; write something first');
  if (body.length > MAX_BODY) throw AppError.badInput(field, `is ${body.length} characters; the limit is ${MAX_BODY}`);
  return body;
}
