import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MentionCandidateKind {
  EMPLOYEE = 'EMPLOYEE',
  TEAM = 'TEAM',
}
registerEnumType(MentionCandidateKind, { name: 'MentionCandidateKind' });

@ObjectType({ description: 'Someone (an active employee) or a team that an @mention could name.' })
export class MentionCandidate {
  @Field(() => ID)
  id: string;

  @Field(() => MentionCandidateKind)
  kind: MentionCandidateKind;

  @Field({ description: 'What to type after "@".' })
  handle: string;

  @Field()
  name: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether they can open the subject passed as subjectId, i.e. whether a mention there notifies them; ' +
      'for a team, whether at least one active member can. Null without subjectId.',
  })
  canOpenSubject: boolean | null;
}
