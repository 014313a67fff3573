import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { ActivityKind } from '../../../common/graphql/enums';
import { DocumentStatus } from '../../records/records.enums';
import { newId } from '../../../common/ids';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { FieldChangeValue } from '../../feed/entities/activity.entity';
import { FollowsService } from '../../follows/follows.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { Employee } from '../../people/entities/employee.entity';
import { Document } from '../../records/entities/document.entity';
import { DOCUMENT_SPEC } from '../../records';
import { RecordsService } from '../../records/records.service';
import { AccessService } from '../../access/access.service';
import { DocumentReviewService } from '../review/document-review.service';
import { diffParagraphs, paragraphsOf, summarizeDiff } from '../text/paragraph-diff.util';
import type { DetectedType } from '../upload/content-sniffer';
import { VERSION_COLUMNS, VersionRow } from './version-rows';
import { pushTo } from '../../../common/group.util';

export interface StoredUpload {
  storageKey: string;
  sha256: string;
  size: number;
  type: DetectedType;
  fileName: string;
  note: string | null;
  text: string | null;
  /** Why there is no text, when there is none. */
  textReason: string | null;
}

/** Statuses a new version moves back to DRAFT: the approval it had was for another file. */
const BACK_TO_DRAFT: readonly DocumentStatus[] = [DocumentStatus.APPROVED, DocumentStatus.REJECTED];

/**
 * Versions of documents: numbering, summaries and the NEW_VERSION activity. The file is already
 * stored and checked when a version is recorded; recording is one transaction on the document's
 * locked row, so two uploads at once get consecutive numbers.
 */
@Injectable()
export class DocumentVersionsService {
  constructor(
    private readonly db: DataSource,
    private readonly records: RecordsService,
    private readonly access: AccessService,
    private readonly writer: ActivityWriter,
    private readonly follows: FollowsService,
    private readonly notifications: NotificationsService,
    private readonly reviews: DocumentReviewService,
  ) {}

  /** The document, if the employee may open it and it takes versions; NOT_FOUND as for a missing one. */
  async assertUploadable(actor: Employee, documentId: string): Promise<Document> {
    const document = await this.records.findVisible(actor.id, DOCUMENT_SPEC, documentId);
    assertTakesVersions(document);
    return document;
  }

  async record(actor: Employee, documentId: string, upload: StoredUpload): Promise<VersionRow> {
    return this.writer.transaction(async (tx) => {
      const document = await this.records.lockDocument(tx, documentId);
      if (!document || !(await this.access.canSee(actor.id, documentId, tx))) throw AppError.notFound('document');
      assertTakesVersions(document);
      const previous = await this.latest(tx, documentId);
      const version = (previous?.version ?? 0) + 1;
      const summary = summarize(previous, upload);
      const rows: VersionRow[] = await tx.query(
        `INSERT INTO document_versions
           (id, document_id, version, storage_key, sha256, size, content_type, file_name, note, uploaded_by, summary, extracted_text, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, date_trunc('milliseconds', clock_timestamp()))
         RETURNING ${VERSION_COLUMNS.replaceAll('v.', '')}`,
        [newId(), documentId, version, upload.storageKey, upload.sha256, upload.size, upload.type.contentType, upload.fileName, upload.note, actor.id, summary, upload.text],
      );

      const changes: FieldChangeValue[] = [];
      if (BACK_TO_DRAFT.includes(document.status)) {
        await this.records.setDocumentStatus(tx, documentId, DocumentStatus.DRAFT);
        changes.push({ field: 'status', from: document.status, to: DocumentStatus.DRAFT });
      }
      const restarted = document.status === DocumentStatus.IN_REVIEW ? await this.reviews.restartRound(tx, actor, documentId) : null;
      const body = [`Version ${version}: ${summary}`];
      if (upload.note) body.push(`Note: ${upload.note}`);
      if (restarted) body.push(`Approvals restart: ${restarted.names} review version ${version} again.`);
      const activity = await this.writer.append(tx, {
        kind: ActivityKind.NEW_VERSION,
        actorId: actor.id,
        subjectId: documentId,
        relatedSubjectIds: [...DOCUMENT_SPEC.parents(document), actor.id],
        body: body.join('\n'),
        changes: changes.length > 0 ? changes : null,
      });
      await this.follows.ensureFollowing(tx, [actor.id], documentId);
      if (restarted) {
        await this.notifications.add(tx, { kind: 'ASSIGNMENT', recipientIds: restarted.approverIds, actorId: actor.id, activityId: activity.id, subjectId: documentId });
      }
      return rows[0];
    });
  }

  /** Every version of each document, oldest first; the caller has checked visibility. */
  async listFor(documentIds: readonly string[]): Promise<Map<string, VersionRow[]>> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT ${VERSION_COLUMNS} FROM document_versions v WHERE v.document_id = ANY($1) ORDER BY v.document_id, v.version`,
      [[...documentIds]],
    );
    const grouped = new Map<string, VersionRow[]>();
    for (const row of rows) pushTo(grouped, row.document_id, row);
    return grouped;
  }

  /** One version of a document the employee may open; NOT_FOUND otherwise, for either. */
  async findVisible(viewer: Employee, documentId: string, version: number, field = 'version'): Promise<VersionRow & { extracted_text: string | null }> {
    await this.records.findVisible(viewer.id, DOCUMENT_SPEC, documentId);
    if (!Number.isInteger(version) || version < 1) throw AppError.badInput(field, 'must be a version number: 1, 2, 3…');
    const rows: Array<VersionRow & { extracted_text: string | null }> = await this.db.query(
      `SELECT ${VERSION_COLUMNS}, v.extracted_text FROM document_versions v WHERE v.document_id = $1 AND v.version = $2`,
      [documentId, version],
    );
    if (!rows[0]) throw AppError.notFound('version');
    return rows[0];
  }

  async count(tx: EntityManager, documentId: string): Promise<number> {
    const rows: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM document_versions WHERE document_id = $1`, [documentId]);
    return rows[0].n;
  }

  private async latest(tx: EntityManager, documentId: string): Promise<(VersionRow & { extracted_text: string | null }) | null> {
    const rows: Array<VersionRow & { extracted_text: string | null }> = await tx.query(
      `SELECT ${VERSION_COLUMNS}, v.extracted_text FROM document_versions v WHERE v.document_id = $1 ORDER BY v.version DESC LIMIT 1`,
      [documentId],
    );
    return rows[0] ?? null;
  }
}

function assertTakesVersions(document: Document): void {
  if (document.status === DocumentStatus.SIGNED) {
    throw AppError.conflict('documentId', 'the document is signed and takes no new versions; create a new document for changes');
  }
}

function summarize(previous: { version: number; sha256: string; extracted_text: string | null } | null, upload: StoredUpload): string {
  if (!previous) {
    if (upload.text === null) return `first version; ${upload.textReason ?? 'no text'}`;
    const n = paragraphsOf(upload.text).length;
    return `first version, ${n} ${n === 1 ? 'paragraph' : 'paragraphs'}`;
  }
  if (previous.sha256 === upload.sha256) return `same file as version ${previous.version}`;
  if (upload.text === null) return upload.textReason ?? 'text not compared';
  if (previous.extracted_text === null) return `text not compared: version ${previous.version} has none`;
  return summarizeDiff(diffParagraphs(paragraphsOf(previous.extracted_text), paragraphsOf(upload.text)));
}
