/**
 * Decides what an upload is from its bytes alone, as they stream past: magic numbers for PDF, PNG
 * and JPEG; for a ZIP, the part names of its entries (Office files are ZIPs whose parts say what
 * they are); for text, valid UTF-8 without binary control characters and not HTML. The name and the
 * Content-Type the client sent are never consulted. Memory stays bounded whatever the file's size.
 */

export interface DetectedType {
  contentType: string;
  /** What people call it, for messages and summaries. */
  label: string;
  /** How text can be read from it for diffs, or null for images and spreadsheets. */
  textKind: 'pdf' | 'docx' | 'text' | null;
}

export const ALLOWED_TYPES_TEXT = 'PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), plain text, Markdown, PNG or JPEG';

export const TYPES = {
  pdf: { contentType: 'application/pdf', label: 'PDF', textKind: 'pdf' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document', textKind: 'docx' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel workbook', textKind: null },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint presentation', textKind: null },
  markdown: { contentType: 'text/markdown', label: 'Markdown text', textKind: 'text' },
  text: { contentType: 'text/plain', label: 'plain text', textKind: 'text' },
  png: { contentType: 'image/png', label: 'PNG image', textKind: null },
  jpeg: { contentType: 'image/jpeg', label: 'JPEG image', textKind: null },
} as const satisfies Record<string, DetectedType>;

export type SniffResult = { ok: true; type: DetectedType } | { ok: false; reason: string };

const HEAD_BYTES = 4096;
const MAX_ZIP_NAME = 512;
const MAX_ZIP_NAMES = 5000;
const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PDF = Buffer.from('%PDF-', 'latin1');
// C0 controls other than tab, newline, form feed and carriage return mean binary, not text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
const HTML_START = /^\s*<(!doctype\s+html|html|head|body|script|iframe|svg|meta|link|style|\?xml|!--)/i;
const MARKDOWN_HINT = /^(#{1,6}\s|\s*[-*+]\s|\s*\d+\.\s|>\s|```)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/m;

export class ContentSniffer {
  private head = Buffer.alloc(0);
  private size = 0;
  private carry = Buffer.alloc(0);
  private readonly zipNames = new Set<string>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private text = true;

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    this.size += chunk.length;
    this.scanZipNames(chunk);
    if (this.text) this.checkText(chunk, false);
  }

  result(): SniffResult {
    if (this.size === 0) return { ok: false, reason: 'is empty; choose a file with content' };
    const head = this.head;
    if (startsWith(head, PDF)) return { ok: true, type: TYPES.pdf };
    if (startsWith(head, PNG)) return { ok: true, type: TYPES.png };
    if (startsWith(head, JPEG)) return { ok: true, type: TYPES.jpeg };
    if (startsWith(head, LOCAL_HEADER)) return this.officeType();
    if (this.text) this.checkText(Buffer.alloc(0), true);
    if (this.text) {
      const start = head.toString('utf8').replace(/^\uFEFF/, '');
      if (HTML_START.test(start)) return { ok: false, reason: `is HTML, which is not allowed; upload ${ALLOWED_TYPES_TEXT}` };
      return { ok: true, type: MARKDOWN_HINT.test(start) ? TYPES.markdown : TYPES.text };
    }
    return { ok: false, reason: `is not an allowed type; upload ${ALLOWED_TYPES_TEXT} (checked by content, not by name)` };
  }

  private officeType(): SniffResult {
    const names = this.zipNames;
    if (names.has('[Content_Types].xml')) {
      if (names.has('word/document.xml')) return { ok: true, type: TYPES.docx };
      if (names.has('xl/workbook.xml')) return { ok: true, type: TYPES.xlsx };
      if (names.has('ppt/presentation.xml')) return { ok: true, type: TYPES.pptx };
    }
    return { ok: false, reason: `is a ZIP archive that is not a Word, Excel or PowerPoint file; upload ${ALLOWED_TYPES_TEXT}` };
  }

  private checkText(chunk: Buffer, end: boolean): void {
    try {
      const decoded = this.decoder.decode(chunk, { stream: !end });
      if (BINARY_CONTROL.test(decoded)) this.text = false;
    } catch {
      this.text = false;
    }
  }

  /**
   * Collects entry names from local and central directory headers. A header cut by a chunk
   * boundary is kept (at most a few hundred bytes) and read again with the next chunk.
   */
  private scanZipNames(chunk: Buffer): void {
    if (this.zipNames.size >= MAX_ZIP_NAMES) return;
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    let keepFrom = Math.max(0, buf.length - 3);
    for (const [signature, lengthAt, nameAt] of [
      [LOCAL_HEADER, 26, 30],
      [CENTRAL_HEADER, 28, 46],
    ] as const) {
      let at = buf.indexOf(signature);
      while (at !== -1) {
        if (at + nameAt > buf.length) {
          keepFrom = Math.min(keepFrom, at);
          break;
        }
        const length = buf.readUInt16LE(at + lengthAt);
        if (length > 0 && length <= MAX_ZIP_NAME) {
          if (at + nameAt + length > buf.length) {
            keepFrom = Math.min(keepFrom, at);
            break;
          }
          this.zipNames.add(buf.toString('utf8', at + nameAt, at + nameAt + length));
        }
        at = buf.indexOf(signature, at + 4);
      }
    }
    this.carry = Buffer.from(buf.subarray(keepFrom));
  }
}

function startsWith(buf: Buffer, prefix: Buffer): boolean {
  return buf.length >= prefix.length && buf.subarray(0, prefix.length).equals(prefix);
}
