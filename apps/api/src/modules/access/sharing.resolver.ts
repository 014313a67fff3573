import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentEmployee, type Caller } from '../../common/request-identity';
import { SharingService } from './sharing.service';

const optionalId = { type: () => ID, nullable: true };

@Resolver()
export class SharingResolver {
  constructor(private readonly sharing: SharingService) {}

  @Mutation(() => Boolean, { description: 'Share a private record with one employee or one team. Owner or admin.' })
  shareRecord(
    @CurrentEmployee() me: Caller,
    @Args('recordId', { type: () => ID }) recordId: string,
    @Args('employeeId', optionalId) employeeId: string | null,
    @Args('teamId', optionalId) teamId: string | null,
  ): Promise<boolean> {
    return this.sharing.share(me, recordId, { employeeId, teamId });
  }

  @Mutation(() => Boolean, { description: 'Take back a share. Owner or admin.' })
  unshareRecord(
    @CurrentEmployee() me: Caller,
    @Args('recordId', { type: () => ID }) recordId: string,
    @Args('employeeId', optionalId) employeeId: string | null,
    @Args('teamId', optionalId) teamId: string | null,
  ): Promise<boolean> {
    return this.sharing.unshare(me, recordId, { employeeId, teamId });
  }
}
