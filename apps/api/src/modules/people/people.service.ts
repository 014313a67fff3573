import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { Role } from '../../common/graphql/enums';
import { newSubjectId } from '../../common/ids';
import { normalizeEmail } from '../../common/email.util';
import { cleanText } from '../../common/text.util';
import { CreateEmployeeInput, CreateTeamInput } from './dto/people.input';
import { Employee } from './entities/employee.entity';
import { Team, TeamMember } from './entities/team.entity';
import { pushTo } from '../../common/group.util';

@Injectable()
export class PeopleService {
  constructor(private readonly db: DataSource) {}

  findById(id: string): Promise<Employee | null> {
    return this.db.getRepository(Employee).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Employee[]> {
    return this.db.getRepository(Employee).findBy({ id: In([...ids]) });
  }

  findWithPasswordByEmail(email: string): Promise<Employee | null> {
    return this.db
      .getRepository(Employee)
      .createQueryBuilder('e')
      .addSelect('e.passwordHash')
      .where('e.email = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  findActiveByEmail(email: string, tx?: EntityManager): Promise<Employee | null> {
    return (tx ?? this.db.manager)
      .getRepository(Employee)
      .createQueryBuilder('e')
      .where('lower(e.email) = lower(:email) AND e.active', { email })
      .getOne();
  }

  /** The longest-serving active admin: owner of records that arrive from outside with no known owner. */
  firstAdmin(tx?: EntityManager): Promise<Employee | null> {
    return (tx ?? this.db.manager).getRepository(Employee).findOne({ where: { role: Role.ADMIN, active: true }, order: { createdAt: 'ASC' } });
  }

  list(): Promise<Employee[]> {
    return this.db.getRepository(Employee).find({ where: { active: true }, order: { name: 'ASC' } });
  }

  /** Demo members (all share the demo password); the admin signs in with ADMIN_PASSWORD instead. */
  listDemoLogins(): Promise<Employee[]> {
    return this.db.getRepository(Employee).find({ where: { active: true, role: Role.MEMBER }, order: { name: 'ASC' }, take: 20 });
  }

  listTeams(): Promise<Team[]> {
    return this.db.getRepository(Team).find({ order: { name: 'ASC' } });
  }

  findTeamById(id: string): Promise<Team | null> {
    return this.db.getRepository(Team).findOneBy({ id });
  }

  async teamsOf(employeeIds: readonly string[]): Promise<Map<string, Team[]>> {
    const rows: Array<{ employee_id: string; id: string; name: string; handle: string; lead_id: string | null; created_at: Date }> =
      await this.db.query(
        `SELECT m.employee_id, t.id, t.name, t.handle, t.lead_id, t.created_at FROM team_members m JOIN teams t ON t.id = m.team_id
         WHERE m.employee_id = ANY($1) ORDER BY t.name`,
        [[...employeeIds]],
      );
    const byEmployee = new Map<string, Team[]>();
    for (const row of rows) {
      const team = Object.assign(new Team(), { id: row.id, name: row.name, handle: row.handle, leadId: row.lead_id, createdAt: row.created_at });
      pushTo(byEmployee, row.employee_id, team);
    }
    return byEmployee;
  }

  async membersOf(teamIds: readonly string[]): Promise<Map<string, Employee[]>> {
    const members = await this.db.getRepository(TeamMember).findBy({ teamId: In([...teamIds]) });
    const employees = new Map((await this.findByIds(members.map((m) => m.employeeId))).map((e) => [e.id, e]));
    const byTeam = new Map<string, Employee[]>();
    for (const m of members) {
      const employee = employees.get(m.employeeId);
      if (employee) pushTo(byTeam, m.teamId, employee);
    }
    return byTeam;
  }

  /** The ids of the active employees and the teams with these handles (lowercase), for @mentions. */
  async idsByHandles(handles: readonly string[], tx?: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await (tx ?? this.db.manager).query(
      `SELECT id FROM employees WHERE lower(handle) = ANY($1) AND active
       UNION ALL SELECT id FROM teams WHERE lower(handle) = ANY($1)`,
      [[...handles]],
    );
    return rows.map((r) => r.id);
  }

  /** Employee and team ids as the people they stand for: the employees, and each team's members. */
  async expandTeams(ids: readonly string[], tx?: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await (tx ?? this.db.manager).query(
      `SELECT id FROM employees WHERE id = ANY($1) UNION SELECT employee_id FROM team_members WHERE team_id = ANY($1)`,
      [[...ids]],
    );
    return rows.map((r) => r.id);
  }

  /** BAD_USER_INPUT naming `field` unless a team has this id. */
  async assertTeam(id: string, field: string, tx?: EntityManager): Promise<void> {
    if (!(await (tx ?? this.db.manager).getRepository(Team).existsBy({ id }))) {
      throw AppError.badInput(field, `no team has the id "${id}"`);
    }
  }

  /** Whether `claimantId` may take over what `ownerId` left: the owner is no longer active and the claimant is in `teamId`. */
  async mayClaimFrom(ownerId: string, teamId: string, claimantId: string, tx?: EntityManager): Promise<boolean> {
    const rows: Array<{ claimable: boolean }> = await (tx ?? this.db.manager).query(
      `SELECT NOT EXISTS (SELECT 1 FROM employees WHERE id = $1 AND active)
          AND EXISTS (SELECT 1 FROM team_members WHERE team_id = $2 AND employee_id = $3) AS claimable`,
      [ownerId, teamId, claimantId],
    );
    return rows[0]?.claimable === true;
  }

  async assertActiveEmployee(id: string, field: string, tx?: EntityManager): Promise<Employee> {
    const employee = await (tx ?? this.db.manager).getRepository(Employee).findOneBy({ id, active: true });
    if (!employee) throw AppError.badInput(field, `no active employee has the id "${id}"`);
    return employee;
  }

  async createEmployee(input: CreateEmployeeInput, tx?: EntityManager): Promise<Employee> {
    const run = async (m: EntityManager) => {
      const email = normalizeEmail(input.email);
      const handle = (input.handle ?? handleFromEmail(email)).toLowerCase();
      const taken = await m.query<Array<{ email: number; handle: number }>>(
        `SELECT (SELECT count(*) FROM employees WHERE email = $1)::int AS email,
                (SELECT count(*) FROM employees WHERE lower(handle) = $2)::int + (SELECT count(*) FROM teams WHERE lower(handle) = $2)::int AS handle`,
        [email, handle],
      );
      if (taken[0].email > 0) throw AppError.conflict('email', `an employee with the email "${email}" already exists`);
      if (taken[0].handle > 0) throw AppError.conflict('handle', `the handle "@${handle}" is taken; pass another handle`);
      const teamIds = [...new Set(input.teamIds ?? [])];
      if (teamIds.length) {
        const found = await m.getRepository(Team).countBy({ id: In(teamIds) });
        if (found !== teamIds.length) throw AppError.badInput('teamIds', 'one or more teams do not exist');
      }
      const employee = m.getRepository(Employee).create({
        id: newSubjectId('EMPLOYEE'),
        email,
        name: requiredText(input.name, 'name'),
        handle,
        title: input.title ? cleanText(input.title) || null : null,
        role: input.role ?? Role.MEMBER,
        passwordHash: await argon2.hash(input.password),
        active: true,
        tokenVersion: 0,
      });
      await m.getRepository(Employee).insert(employee);
      if (teamIds.length) {
        await m.getRepository(TeamMember).insert(teamIds.map((teamId) => ({ teamId, employeeId: employee.id })));
      }
      const visible: Partial<Employee> = { ...employee };
      delete visible.passwordHash;
      return Object.assign(new Employee(), visible);
    };
    return tx ? run(tx) : this.db.transaction(run);
  }

  async createTeam(input: CreateTeamInput, tx?: EntityManager): Promise<Team> {
    const run = async (m: EntityManager) => {
      const handle = input.handle.toLowerCase();
      const taken = await m.query<Array<{ n: number }>>(
        `SELECT (SELECT count(*) FROM employees WHERE lower(handle) = $1)::int + (SELECT count(*) FROM teams WHERE lower(handle) = $1)::int AS n`,
        [handle],
      );
      if (taken[0].n > 0) throw AppError.conflict('handle', `the handle "@${handle}" is taken; pass another handle`);
      const memberIds = [...new Set(input.memberIds ?? [])];
      if (memberIds.length) {
        const found = await m.getRepository(Employee).countBy({ id: In(memberIds) });
        if (found !== memberIds.length) throw AppError.badInput('memberIds', 'one or more employees do not exist');
      }
      const team = m.getRepository(Team).create({ id: newSubjectId('TEAM'), name: requiredText(input.name, 'name'), handle });
      await m.getRepository(Team).insert(team);
      if (memberIds.length) {
        await m.getRepository(TeamMember).insert(memberIds.map((employeeId) => ({ teamId: team.id, employeeId })));
      }
      return team;
    };
    return tx ? run(tx) : this.db.transaction(run);
  }

  /** The team's lead (null: none); an admin's call, checked by the access policy. */
  async setTeamLead(teamId: string, employeeId: string | null): Promise<Team> {
    const team = await this.findTeamById(teamId);
    if (!team) throw AppError.notFound('team');
    if (employeeId !== null) await this.assertActiveEmployee(employeeId, 'employeeId');
    await this.db.query('UPDATE teams SET lead_id = $2 WHERE id = $1', [teamId, employeeId]);
    return Object.assign(team, { leadId: employeeId });
  }

  async setTeamMember(teamId: string, employeeId: string, member: boolean): Promise<Team> {
    const team = await this.findTeamById(teamId);
    if (!team) throw AppError.notFound('team');
    // Any state: offboarding removes a disabled employee from teams, so re-enabling restores nothing.
    if (!(await this.db.getRepository(Employee).existsBy({ id: employeeId }))) {
      throw AppError.badInput('employeeId', `no employee has the id "${employeeId}"`);
    }
    if (member) {
      await this.db.query('INSERT INTO team_members (team_id, employee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [teamId, employeeId]);
    } else {
      await this.db.query('DELETE FROM team_members WHERE team_id = $1 AND employee_id = $2', [teamId, employeeId]);
    }
    return team;
  }

  /** Disables (offboarding) or re-enables an employee; a disabled one cannot sign in or keep sockets. */
  async setActive(employeeId: string, active: boolean): Promise<Employee> {
    const { affected } = await this.db.getRepository(Employee).update({ id: employeeId }, { active });
    if (!affected) throw AppError.notFound('employee');
    return (await this.findById(employeeId)) as Employee;
  }

  /** Moves the token version on: every token signed before stops working. */
  async revokeTokens(employeeId: string): Promise<void> {
    await this.db.query('UPDATE employees SET token_version = token_version + 1 WHERE id = $1', [employeeId]);
  }

  async setPassword(employeeId: string, passwordHash: string): Promise<Employee> {
    await this.db.query('UPDATE employees SET password_hash = $2, token_version = token_version + 1 WHERE id = $1', [employeeId, passwordHash]);
    return (await this.findById(employeeId)) as Employee;
  }

  /** Token versions and active flags of employees, to check open sessions in one statement. */
  async sessionStates(employeeIds: readonly string[]): Promise<Map<string, { tokenVersion: number; active: boolean }>> {
    const rows = await this.findByIds(employeeIds);
    return new Map(rows.map((e) => [e.id, { tokenVersion: e.tokenVersion, active: e.active }]));
  }

  /**
   * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when there is no admin yet. The
   * password is asked for only then, so a production install may drop it once the admin exists.
   */
  async bootstrapAdmin(email: string, password: () => string): Promise<Employee | null> {
    const admins = await this.db.getRepository(Employee).countBy({ role: Role.ADMIN });
    if (admins > 0) return null;
    return this.createEmployee({ email, password: password(), name: 'Administrator', role: Role.ADMIN, title: 'Tidings admin' });
  }
}

/** Names as shown to everyone: no control characters or bidi overrides that could spoof them. */
function requiredText(raw: string, field: string): string {
  const text = cleanText(raw);
  if (!text) throw AppError.badInput(field, 'is blank; type a name');
  return text;
}

function handleFromEmail(email: string): string {
  const local = email.split('@')[0].toLowerCase().replace(/[^a-z0-9._-]/g, '');
  return (local.length >= 2 ? local : `user${local}`).slice(0, 31);
}
