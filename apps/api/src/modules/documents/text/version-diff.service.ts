import { Injectable } from '@nestjs/common';
import { Employee } from '../../people/entities/employee.entity';
import { DiffGranularity, DiffOp, VersionDiff } from '../documents.types';
import { DocumentVersionsService } from '../versions/document-versions.service';
import { DiffBlockValue, diffParagraphs, diffTextLines, paragraphsOf, summarizeDiff } from './paragraph-diff.util';

/** Compares the stored text of two versions; neither file is read again. */
@Injectable()
export class VersionDiffService {
  constructor(private readonly versions: DocumentVersionsService) {}

  async diff(viewer: Employee, documentId: string, from: number, to: number, granularity: DiffGranularity): Promise<VersionDiff> {
    const before = await this.versions.findVisible(viewer, documentId, from, 'from');
    const after = await this.versions.findVisible(viewer, documentId, to, 'to');
    if (before.extracted_text === null || after.extracted_text === null) {
      const which = before.extracted_text === null ? before : after;
      return { summary: `text not compared: version ${which.version} (${which.content_type}) has no readable text`, blocks: [] };
    }
    const blocks: DiffBlockValue[] =
      granularity === DiffGranularity.LINE
        ? diffTextLines(paragraphsOf(before.extracted_text).join('\n'), paragraphsOf(after.extracted_text).join('\n'))
        : diffParagraphs(paragraphsOf(before.extracted_text), paragraphsOf(after.extracted_text));
    if (from === to) return { summary: 'same version', blocks: blocks.map((b) => ({ op: DiffOp.UNCHANGED, text: b.text })) };
    return { summary: summarizeDiff(blocks), blocks: blocks.map((b) => ({ op: DiffOp[b.op], text: b.text })) };
  }
}

