import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { Role } from '../../common/graphql/enums';
import { isRecordKind, subjectKindOf } from '../../common/ids';
import { AccessService, describeKind } from './access.service';

export interface ShareTarget {
  employeeId?: string | null;
  teamId?: string | null;
}

/** Explicit shares of private records with an employee or a team, by the owner or an admin. */
@Injectable()
export class SharingService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async share(actor: { id: string; role: Role }, recordId: string, target: ShareTarget): Promise<boolean> {
    await this.assertMayShare(actor, recordId);
    const { employeeId, teamId } = await this.validTarget(target);
    await this.db.query(
      `INSERT INTO record_shares (record_id, employee_id, team_id) VALUES ($1, $2, $3)
       ON CONFLICT (record_id, coalesce(employee_id, ''), coalesce(team_id, '')) DO NOTHING`,
      [recordId, employeeId, teamId],
    );
    return true;
  }

  async unshare(actor: { id: string; role: Role }, recordId: string, target: ShareTarget): Promise<boolean> {
    await this.assertMayShare(actor, recordId);
    const { employeeId, teamId } = await this.validTarget(target);
    await this.db.query(
      `DELETE FROM record_shares WHERE record_id = $1 AND employee_id IS NOT DISTINCT FROM $2 AND team_id IS NOT DISTINCT FROM $3`,
      [recordId, employeeId, teamId],
    );
    return true;
  }

  private async assertMayShare(actor: { id: string; role: Role }, recordId: string): Promise<void> {
    if (!isRecordKind(subjectKindOf(recordId))) throw AppError.badInput('recordId', `"${recordId}" is not a record id`);
    await this.access.assertCanSee(actor.id, recordId);
    if (actor.role === Role.ADMIN) return;
    const rows: Array<{ owner_id: string }> = await this.db.query(
      `SELECT owner_id FROM accounts WHERE id = $1 UNION ALL SELECT owner_id FROM deals WHERE id = $1
       UNION ALL SELECT owner_id FROM cases WHERE id = $1 UNION ALL SELECT owner_id FROM documents WHERE id = $1`,
      [recordId],
    );
    if (rows[0]?.owner_id !== actor.id) {
      throw AppError.forbidden(`Only the ${describeKind(recordId)}'s owner or an admin can share it.`);
    }
  }

  private async validTarget(target: ShareTarget): Promise<{ employeeId: string | null; teamId: string | null }> {
    const employeeId = target.employeeId ?? null;
    const teamId = target.teamId ?? null;
    if ((employeeId === null) === (teamId === null)) {
      throw AppError.badInput(employeeId ? 'teamId' : 'employeeId', 'pass exactly one of employeeId and teamId');
    }
    const [table, id, field] = employeeId ? ['employees', employeeId, 'employeeId'] : ['teams', teamId as string, 'teamId'];
    const found: unknown[] = await this.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    if (found.length === 0) throw AppError.badInput(field, `nothing has the id "${id}"`);
    return { employeeId, teamId };
  }
}
