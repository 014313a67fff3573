import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from './entities/employee.entity';
import { MentionCandidate } from './mention-candidate.types';
import { MentionCandidatesService } from './mention-candidates.service';

const DEFAULT_FIRST = 8;

@Resolver(() => MentionCandidate)
export class MentionCandidatesResolver {
  constructor(private readonly candidates: MentionCandidatesService) {}

  @Query(() => [MentionCandidate], {
    description:
      'Autocomplete for @mentions: active employees and teams whose handle or a word of whose name starts with prefix ' +
      '(a leading "@" is ignored), handle matches first. With subjectId (NOT_FOUND if you cannot open it), ' +
      'canOpenSubject tells who would be notified there. first: 1 to 20.',
  })
  mentionCandidates(
    @CurrentEmployee() me: Employee,
    @Args('prefix') prefix: string,
    @Args('subjectId', { type: () => ID, nullable: true }) subjectId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_FIRST }) first: number | null,
  ): Promise<MentionCandidate[]> {
    return this.candidates.find(me.id, { prefix, subjectId: subjectId ?? null, first: first ?? DEFAULT_FIRST });
  }
}
