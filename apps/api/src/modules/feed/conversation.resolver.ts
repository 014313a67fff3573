import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Reaction } from './feed.enums';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import { Activity } from './activity.types';
import { EditsService } from './edits.service';
import { Comment } from './entities/comment.entity';
import { ReactionSummary } from './reactions/reaction.types';
import { ReactionsService } from './reactions/reactions.service';
import { ThreadPreferencesService } from './thread-preferences.service';

/** What people do around an activity: edit and remove, react, bookmark, mute. */
@Resolver()
export class ConversationResolver {
  constructor(
    private readonly edits: EditsService,
    private readonly reactions: ReactionsService,
    private readonly preferences: ThreadPreferencesService,
  ) {}

  @Mutation(() => Activity, { description: 'Change the text of my own post; it shows as edited.' })
  editPost(@CurrentEmployee() me: Employee, @Args('activityId', { type: () => ID }) activityId: string, @Args('body') body: string) {
    return this.edits.editPost(me, activityId, body);
  }

  @Mutation(() => Comment, { description: 'Change the text of my own comment; it shows as edited.' })
  editComment(@CurrentEmployee() me: Employee, @Args('commentId', { type: () => ID }) commentId: string, @Args('body') body: string) {
    return this.edits.editComment(me, commentId, body);
  }

  @Mutation(() => Activity, { description: 'Remove a post or social mention (its author, or an admin). A tombstone stays.' })
  removeActivity(@CurrentEmployee() me: Employee, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.edits.removeActivity(me, activityId);
  }

  @Mutation(() => Comment, { description: 'Remove a comment (its author, or an admin). A tombstone stays.' })
  removeComment(@CurrentEmployee() me: Employee, @Args('commentId', { type: () => ID }) commentId: string) {
    return this.edits.removeComment(me, commentId);
  }

  @Mutation(() => [ReactionSummary], { description: 'React to an activity, or to one of its comments. Answers the reactions now on it.' })
  react(
    @CurrentEmployee() me: Employee,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('commentId', { type: () => ID, nullable: true }) commentId: string | null,
    @Args('reaction', { type: () => Reaction }) reaction: Reaction,
  ) {
    return this.reactions.react(me.id, { activityId, commentId }, reaction);
  }

  @Mutation(() => [ReactionSummary], { description: 'Take back my reaction. Answers the reactions now on it.' })
  unreact(
    @CurrentEmployee() me: Employee,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('commentId', { type: () => ID, nullable: true }) commentId: string | null,
    @Args('reaction', { type: () => Reaction }) reaction: Reaction,
  ) {
    return this.reactions.unreact(me.id, { activityId, commentId }, reaction);
  }

  @Mutation(() => Boolean, { description: 'Keep an activity in my BOOKMARKED feed.' })
  bookmark(@CurrentEmployee() me: Employee, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.preferences.bookmark(me.id, activityId, true);
  }

  @Mutation(() => Boolean, { description: 'Answers false: the bookmark is gone.' })
  unbookmark(@CurrentEmployee() me: Employee, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.preferences.bookmark(me.id, activityId, false);
  }

  @Mutation(() => Boolean, { description: 'Mute a thread: it leaves my Following feed; replies and reactions stop notifying me (@mentions still do).' })
  muteThread(@CurrentEmployee() me: Employee, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.preferences.mute(me.id, activityId, true);
  }

  @Mutation(() => Boolean, { description: 'Answers false: the thread is no longer muted.' })
  unmuteThread(@CurrentEmployee() me: Employee, @Args('activityId', { type: () => ID }) activityId: string) {
    return this.preferences.mute(me.id, activityId, false);
  }
}
