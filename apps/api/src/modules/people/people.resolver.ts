import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../app/graphql-context';
import { AppError } from '../../common/errors/app-error';
import { CurrentEmployee } from '../../common/request-identity';
import { CreateEmployeeInput, CreateTeamInput } from './dto/people.input';
import { Employee } from './entities/employee.entity';
import { Team } from './entities/team.entity';
import { PeopleService } from './people.service';
import { PeopleLoaders } from './people.loaders';

// Who may call each root field (admins only for createEmployee, createTeam, …) is in
// auth/access-policies.ts, which the global guard enforces.
@Resolver(() => Employee)
export class EmployeeResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => Employee, { description: 'The signed-in employee.' })
  me(@CurrentEmployee() me: Employee): Employee {
    return me;
  }

  @Query(() => [Employee])
  employees(): Promise<Employee[]> {
    return this.people.list();
  }

  @Query(() => Employee, { description: 'One colleague (active or not); NOT_FOUND for an unknown id.' })
  async employee(@Args('id', { type: () => ID }) id: string): Promise<Employee> {
    const found = await this.people.findById(id);
    if (!found) throw AppError.notFound('employee');
    return found;
  }

  @Mutation(() => Employee)
  createEmployee(@Args('input') input: CreateEmployeeInput): Promise<Employee> {
    return this.people.createEmployee(input);
  }

  @Mutation(() => Employee, { description: 'Disable (offboard) or re-enable an employee. Their sessions end at once.' })
  setEmployeeActive(@Args('employeeId', { type: () => ID }) employeeId: string, @Args('active') active: boolean): Promise<Employee> {
    return this.people.setActive(employeeId, active);
  }

  @ResolveField(() => [Team])
  teams(@Parent() employee: Employee, @Context() ctx: GqlContext): Promise<Team[]> {
    return ctx.loaders.of(PeopleLoaders).teamsOfEmployee.load(employee.id);
  }
}

@Resolver(() => Team)
export class TeamResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => [Team])
  teams(): Promise<Team[]> {
    return this.people.listTeams();
  }

  @Mutation(() => Team)
  createTeam(@Args('input') input: CreateTeamInput): Promise<Team> {
    return this.people.createTeam(input);
  }

  @Mutation(() => Team)
  addTeamMember(@Args('teamId', { type: () => ID }) teamId: string, @Args('employeeId', { type: () => ID }) employeeId: string) {
    return this.people.setTeamMember(teamId, employeeId, true);
  }

  @Mutation(() => Team)
  removeTeamMember(@Args('teamId', { type: () => ID }) teamId: string, @Args('employeeId', { type: () => ID }) employeeId: string) {
    return this.people.setTeamMember(teamId, employeeId, false);
  }

  @Mutation(() => Team, { description: "Sets or clears (employeeId: null) the team's lead, who gets its SLA breach alerts." })
  setTeamLead(@Args('teamId', { type: () => ID }) teamId: string, @Args('employeeId', { type: () => ID, nullable: true }) employeeId: string | null) {
    return this.people.setTeamLead(teamId, employeeId ?? null);
  }

  @ResolveField(() => [Employee])
  members(@Parent() team: Team, @Context() ctx: GqlContext): Promise<Employee[]> {
    return ctx.loaders.of(PeopleLoaders).membersOfTeam.load(team.id);
  }

  @ResolveField(() => Employee, { nullable: true, description: 'Gets the SLA breach alerts of the team with its members.' })
  async lead(@Parent() team: Team, @Context() ctx: GqlContext): Promise<Employee | null> {
    return team.leadId ? ctx.loaders.of(PeopleLoaders).employee.load(team.leadId) : null;
  }
}
