import { DataSource, EntityManager } from 'typeorm';
import { DocumentVersion } from '../documents.types';

/** A row of document_versions, as SQL answers it. */
export interface VersionRow {
  id: string;
  document_id: string;
  version: number;
  storage_key: string;
  sha256: string;
  size: string;
  content_type: string;
  file_name: string;
  note: string | null;
  uploaded_by: string;
  summary: string;
  created_at: Date;
}

export const VERSION_COLUMNS =
  'v.id, v.document_id, v.version, v.storage_key, v.sha256, v.size, v.content_type, v.file_name, v.note, v.uploaded_by, v.summary, v.created_at';

export function toDocumentVersion(row: VersionRow): Omit<DocumentVersion, 'uploadedBy'> {
  return {
    version: row.version,
    sha256: row.sha256,
    size: Number(row.size),
    contentType: row.content_type,
    fileName: row.file_name,
    note: row.note,
    uploadedById: row.uploaded_by,
    createdAt: row.created_at,
    summary: row.summary,
    downloadPath: `/api/documents/${row.document_id}/versions/${row.version}`,
  };
}

export type Queryable = DataSource | EntityManager;
