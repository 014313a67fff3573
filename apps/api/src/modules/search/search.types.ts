import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../feed/activity.types';

export enum SearchHitKind {
  POST = 'POST',
  COMMENT = 'COMMENT',
  RECORD = 'RECORD',
  SOCIAL_MENTION = 'SOCIAL_MENTION',
}

registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'What matched: a post, a comment, a record name (account, deal, case, document) or a social mention.',
});

@ObjectType({ description: 'Where a matched word is inside a snippet, in UTF-16 code units (JavaScript string indexes).' })
export class TextRange {
  @Field(() => Int)
  start: number;
  @Field(() => Int)
  length: number;
}

@ObjectType({ description: 'One thing that matched a search, with a plain-text snippet and where the matches are in it.' })
export class SearchHit {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID, { description: 'The subject the hit belongs to; for RECORD hits, the record itself.' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The post or social mention, or the activity a comment replies to.' })
  activityId: string | null;

  @Field(() => ID, { nullable: true })
  commentId: string | null;

  /** Author of the post or comment, creator of the record; resolved through the loader. */
  actorId: string | null;

  @Field({ description: 'When the post, comment or record was created.' })
  createdAt: Date;

  @Field({ description: 'Plain text, never HTML: clients mark the highlights themselves.' })
  snippet: string;

  @Field(() => [TextRange], { description: 'The matched words inside snippet.' })
  highlights: TextRange[];

  @Field(() => Float, { description: 'ts_rank_cd relevance; hits come in descending rank, then newest first.' })
  rank: number;
}

@ObjectType()
export class SearchEdge {
  @Field()
  cursor: string;
  @Field(() => SearchHit)
  node: SearchHit;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
