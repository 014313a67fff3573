import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { SubjectRefValue, SubjectsService } from '../modules/access/subjects.service';
import type { AuthedRequest } from '../modules/auth/auth.decorators';
import { ActivityPresenter } from '../modules/feed/activity-presenter.service';
import { Activity } from '../modules/feed/activity.types';
import { FeedQueryService } from '../modules/feed/feed-query.service';
import { Comment } from '../modules/feed/entities/comment.entity';
import { Mention, MentionsService } from '../modules/feed/mentions.service';
import { PostService } from '../modules/feed/post.service';
import { FollowsService } from '../modules/follows/follows.service';
import { Employee } from '../modules/people/entities/employee.entity';
import { Team } from '../modules/people/entities/team.entity';
import { PeopleService } from '../modules/people/people.service';
import { Account } from '../modules/records/entities/account.entity';
import { Case } from '../modules/records/entities/case.entity';
import { Deal } from '../modules/records/entities/deal.entity';
import { Document } from '../modules/records/entities/document.entity';
import { RecordsService } from '../modules/records/records.service';
import { ReactionSummary } from '../modules/feed/reactions/reaction.types';
import { ReactionsService } from '../modules/feed/reactions/reactions.service';
import { ThreadPreferencesService } from '../modules/feed/thread-preferences.service';
import { Influence } from '../modules/insights/influence.types';
import { InfluenceService } from '../modules/insights/influence.service';
import { Topic } from '../modules/topics/topic.types';
import { TopicsService } from '../modules/topics/topics.service';

/** Per-request batch loaders: a page of any size costs a fixed number of statements. */
export interface Loaders {
  employee: DataLoader<string, Employee | null>;
  teamsOfEmployee: DataLoader<string, Team[]>;
  membersOfTeam: DataLoader<string, Employee[]>;
  subject: DataLoader<string, SubjectRefValue | null>;
  followersCount: DataLoader<string, number>;
  followedByMe: DataLoader<string, boolean>;
  commentCount: DataLoader<string, number>;
  commentsOfActivity: DataLoader<string, Comment[]>;
  mentionsOfActivity: DataLoader<string, Mention[]>;
  topicsOfActivity: DataLoader<string, Topic[]>;
  /** Activities the viewer can open, by id. */
  activity: DataLoader<string, Activity | null>;
  /** Keyed by `activityId/` for an activity, `activityId/commentId` for a comment. */
  reactions: DataLoader<string, ReactionSummary[]>;
  bookmarkedByMe: DataLoader<string, boolean>;
  mutedByMe: DataLoader<string, boolean>;
  influence: DataLoader<string, Influence>;
  account: DataLoader<string, Account | null>;
  deal: DataLoader<string, Deal | null>;
  dealsOfAccount: DataLoader<string, Deal[]>;
  casesOfAccount: DataLoader<string, Case[]>;
  documentsOfAccount: DataLoader<string, Document[]>;
}

export interface GqlContext {
  req: AuthedRequest;
  loaders: Loaders;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly people: PeopleService,
    private readonly subjects: SubjectsService,
    private readonly follows: FollowsService,
    private readonly presenter: ActivityPresenter,
    private readonly posts: PostService,
    private readonly mentions: MentionsService,
    private readonly records: RecordsService,
    private readonly reactionsService: ReactionsService,
    private readonly preferences: ThreadPreferencesService,
    private readonly topics: TopicsService,
    private readonly influenceService: InfluenceService,
    private readonly feeds: FeedQueryService,
  ) {}

  create(req: AuthedRequest): Loaders {
    // The guard runs after the context is built; loaders read the viewer when they batch.
    const viewer = () => req.employee?.id ?? '';
    const byId = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
      new DataLoader<string, T | null>(async (ids) => {
        const found = new Map((await load(ids)).map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      });
    const grouped = <T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>) =>
      new DataLoader<string, T[]>(async (ids) => {
        const groups = await load(ids);
        return ids.map((id) => groups.get(id) ?? []);
      });
    const flagged = (load: (ids: readonly string[]) => Promise<Set<string>>) =>
      new DataLoader<string, boolean>(async (ids) => {
        const set = await load(ids);
        return ids.map((id) => set.has(id));
      });
    const counted = (load: (ids: readonly string[]) => Promise<Map<string, number>>) =>
      new DataLoader<string, number>(async (ids) => {
        const counts = await load(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      });

    return {
      employee: byId((ids) => this.people.findByIds(ids)),
      teamsOfEmployee: grouped((ids) => this.people.teamsOf(ids)),
      membersOfTeam: grouped((ids) => this.people.membersOf(ids)),
      subject: new DataLoader(async (ids) => {
        const described = await this.subjects.describe(ids, viewer());
        return ids.map((id) => described.get(id) ?? null);
      }),
      followersCount: counted((ids) => this.follows.followersCount(viewer(), ids)),
      followedByMe: flagged((ids) => this.follows.followedBy(viewer(), ids)),
      commentCount: counted((ids) => this.presenter.commentCounts(ids)),
      commentsOfActivity: grouped((ids) => this.posts.commentsOf(ids)),
      mentionsOfActivity: grouped((ids) => this.mentions.ofActivities(ids)),
      topicsOfActivity: grouped((ids) => this.topics.ofActivities(viewer(), ids)),
      activity: byId((ids) => this.feeds.visibleByIds(viewer(), ids)),
      reactions: grouped((keys) =>
        this.reactionsService.summaries(
          viewer(),
          keys.map((key) => {
            const [activityId, commentId] = key.split('/');
            return { activityId, commentId: commentId || null };
          }),
        ),
      ),
      bookmarkedByMe: flagged((ids) => this.preferences.bookmarkedBy(viewer(), ids)),
      mutedByMe: flagged((ids) => this.preferences.mutedBy(viewer(), ids)),
      influence: new DataLoader(async (ids) => {
        const found = await this.influenceService.of(viewer(), ids);
        return ids.map((id) => found.get(id) ?? this.influenceService.none());
      }),
      account: byId((ids) => this.records.visibleByIds(viewer(), Account, ids)),
      deal: byId((ids) => this.records.visibleByIds(viewer(), Deal, ids)),
      dealsOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Deal, ids)),
      casesOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Case, ids)),
      documentsOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Document, ids)),
    };
  }
}
