import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, In } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { DocumentStatus } from './records.enums';
import { subjectKindOf } from '../../common/ids';
import { AccessService } from '../access/access.service';
import { Employee } from '../people/entities/employee.entity';
import {
  CreateAccountInput,
  CreateCaseInput,
  CreateDealInput,
  CreateDocumentInput,
  UpdateAccountInput,
  UpdateCaseInput,
  UpdateDealInput,
  UpdateDocumentInput,
} from './dto/records.input';
import { Account } from './entities/account.entity';
import { Case } from './entities/case.entity';
import { Deal } from './entities/deal.entity';
import { Document } from './entities/document.entity';
import { RecordBase } from './entities/record-base.entity';
import { ACCOUNT_SPEC, CASE_SPEC, DEAL_SPEC, DOCUMENT_SPEC, RecordSpec } from './record-specs';
import { RecordWriter } from './record-writer.service';
import { socialProfileFields } from './social-profile';
import { assertStatusSettableByHand } from './document-status.util';
import { assertPageSize } from '../../common/page-size';
import { pushTo } from '../../common/group.util';

export const MAX_LIST = 200;

@Injectable()
export class RecordsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly writer: RecordWriter,
  ) {}

  // --- writes -------------------------------------------------------------------------------

  createAccount(actor: Employee, input: CreateAccountInput): Promise<Account> {
    return this.writer.create(actor, ACCOUNT_SPEC, { ...input, ...socialProfileFields(input) });
  }

  async createDeal(actor: Employee, input: CreateDealInput): Promise<Deal> {
    await this.assertParent(actor, 'accountId', input.accountId, 'ACCOUNT');
    return this.writer.create(actor, DEAL_SPEC, { ...input });
  }

  async createCase(actor: Employee, input: CreateCaseInput): Promise<Case> {
    await this.assertParent(actor, 'accountId', input.accountId, 'ACCOUNT');
    return this.writer.create(actor, CASE_SPEC, { ...input });
  }

  async createDocument(actor: Employee, input: CreateDocumentInput): Promise<Document> {
    let accountId = input.accountId ?? null;
    if (input.dealId) {
      await this.assertParent(actor, 'dealId', input.dealId, 'DEAL');
      const deal = await this.db.getRepository(Deal).findOneByOrFail({ id: input.dealId });
      if (accountId && accountId !== deal.accountId) {
        throw AppError.badInput('accountId', 'does not match the account of the deal in dealId; leave it out');
      }
      accountId = deal.accountId;
    }
    if (accountId) await this.assertParent(actor, 'accountId', accountId, 'ACCOUNT');
    return this.writer.create(actor, DOCUMENT_SPEC, { ...input, accountId, dealId: input.dealId ?? null });
  }

  updateAccount(actor: Employee, id: string, input: UpdateAccountInput): Promise<Account> {
    return this.writer.update(actor, ACCOUNT_SPEC, id, { ...input, ...socialProfileFields(input) });
  }

  updateDeal(actor: Employee, id: string, input: UpdateDealInput): Promise<Deal> {
    return this.writer.update(actor, DEAL_SPEC, id, { ...input });
  }

  updateCase(actor: Employee, id: string, input: UpdateCaseInput): Promise<Case> {
    return this.writer.update(actor, CASE_SPEC, id, { ...input });
  }

  async updateDocument(actor: Employee, id: string, input: UpdateDocumentInput): Promise<Document> {
    if (input.status) {
      const current = await this.findVisible(actor.id, DOCUMENT_SPEC, id);
      assertStatusSettableByHand(current.status, input.status);
    }
    return this.writer.update(actor, DOCUMENT_SPEC, id, { ...input });
  }

  /**
   * An escalation by the server's rules, inside the caller's transaction: the case moves to a
   * team, and to a new owner when one is given (who must be active).
   */
  async handCaseToTeam(tx: EntityManager, caseId: string, teamId: string, ownerId: string | null): Promise<void> {
    await this.writer.updateIn(tx, null, CASE_SPEC, caseId, { owningTeamId: teamId, ...(ownerId ? { ownerId } : {}) }, 'system');
  }

  /**
   * A document's row, locked until the caller's transaction ends: versions and review steps of
   * one document take their turn on it. Null when missing (the caller checks visibility).
   */
  lockDocument(tx: EntityManager, id: string): Promise<Document | null> {
    return tx.getRepository(Document).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Moves a document's status inside the caller's transaction, for the review workflow, which
   * writes its own activity for the step (so the step reads as what happened, not as a field edit).
   */
  async setDocumentStatus(tx: EntityManager, id: string, status: DocumentStatus): Promise<void> {
    await tx.getRepository(Document).update({ id }, { status, updatedAt: new Date() });
  }

  // --- reads (every one filtered by the access rule) ------------------------------------------

  async findVisible<T extends RecordBase>(viewerId: string, spec: RecordSpec<T>, id: string): Promise<T> {
    if (subjectKindOf(id) !== spec.kind || !(await this.access.canSee(viewerId, id))) throw AppError.notFound(spec.noun);
    const record = await this.db.getRepository(spec.entity).findOneBy({ id } as never);
    if (!record) throw AppError.notFound(spec.noun);
    return record;
  }

  /** Records of one kind by id, keeping only those the viewer may open. */
  async visibleByIds<T extends RecordBase>(viewerId: string, entity: EntityTarget<T>, ids: readonly string[]): Promise<T[]> {
    const visible = await this.access.visibleSubset(viewerId, ids);
    if (visible.size === 0) return [];
    return this.db.getRepository(entity).findBy({ id: In([...visible]) } as never);
  }

  accounts(viewerId: string, search: string | null, first: number): Promise<Account[]> {
    const query = this.db
      .getRepository(Account)
      .createQueryBuilder('r')
      .where(AccessService.canSeeSql(':viewer', 'r.id'), { viewer: viewerId })
      .orderBy('r.name', 'ASC')
      .take(clampList(first));
    if (search?.trim()) query.andWhere('r.name ILIKE :search', { search: `%${escapeLike(search.trim())}%` });
    return query.getMany();
  }

  /** Children of accounts (deals, cases, documents), grouped by account, visible ones only. */
  async childrenOf<T extends RecordBase & { accountId: string | null }>(
    viewerId: string,
    entity: EntityTarget<T>,
    accountIds: readonly string[],
    first = MAX_LIST,
  ): Promise<Map<string, T[]>> {
    const rows = await this.db
      .getRepository(entity)
      .createQueryBuilder('r')
      .where('r.account_id IN (:...accountIds)', { accountIds: [...accountIds] })
      .andWhere(AccessService.canSeeSql(':viewer', 'r.id'), { viewer: viewerId })
      .orderBy('r.updated_at', 'DESC')
      .take(clampList(first) * Math.max(1, accountIds.length))
      .getMany();
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      if (!row.accountId) continue;
      pushTo(grouped, row.accountId, row);
    }
    return grouped;
  }

  list<T extends RecordBase>(viewerId: string, entity: EntityTarget<T>, accountId: string | null, first: number): Promise<T[]> {
    const query = this.db
      .getRepository(entity)
      .createQueryBuilder('r')
      .where(AccessService.canSeeSql(':viewer', 'r.id'), { viewer: viewerId })
      .orderBy('r.updated_at', 'DESC')
      .take(clampList(first));
    if (accountId) query.andWhere('r.account_id = :accountId', { accountId });
    return query.getMany();
  }

  private async assertParent(actor: Employee, field: string, id: string, kind: 'ACCOUNT' | 'DEAL'): Promise<void> {
    if (subjectKindOf(id) !== kind || !(await this.access.canSee(actor.id, id))) {
      throw AppError.badInput(field, `no ${kind.toLowerCase()} you can open has the id "${id}"`);
    }
  }
}

function clampList(first: number): number {
  return assertPageSize(first, MAX_LIST);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
