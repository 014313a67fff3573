import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import type { DetectedType } from '../upload/content-sniffer';

export interface ExtractedText {
  /** Null when the type has no text to compare (images, spreadsheets) or the file is too large. */
  text: string | null;
  /** Why there is no text, for the version's summary. */
  reason: string | null;
}

/** Text beyond this is cut: diffs stay quick and rows stay small. */
export const MAX_EXTRACTED_CHARS = 500_000;
/**
 * PDF and DOCX need the whole file at hand (their structure is read from the end). Past this size
 * a version is stored and listed, but its text is not compared: reading it would hold a large file
 * in memory and keep the event loop busy.
 */
export const MAX_EXTRACT_BYTES = 8 * 1024 * 1024;

/** Reads the text of a stored version, one paragraph per block, separated by blank lines. */
@Injectable()
export class TextExtractionService {
  async extract(type: DetectedType, size: number, open: () => Promise<Readable>): Promise<ExtractedText> {
    if (!type.textKind) return { text: null, reason: `a ${type.label} has no text to compare` };
    if (size > MAX_EXTRACT_BYTES) return { text: null, reason: `text not compared: larger than ${MAX_EXTRACT_BYTES / (1024 * 1024)} MB` };
    const file = await readAll(await open());
    try {
      const text = type.textKind === 'pdf' ? await pdfText(file) : type.textKind === 'docx' ? await docxText(file) : file.toString('utf8').replace(/^\uFEFF/, '');
      return { text: text.slice(0, MAX_EXTRACTED_CHARS), reason: null };
    } catch {
      // The bytes passed the type check but the file is damaged: keep the version, say why.
      return { text: null, reason: `text could not be read from this ${type.label}` };
    }
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function docxText(file: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: file });
  return value;
}

/**
 * Lines from pdf.js text items by their baseline; a gap wider than one and a half lines starts a
 * new paragraph, so wrapped lines stay one paragraph. Stops reading pages once the cap is reached.
 */
async function pdfText(file: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(file.buffer, file.byteOffset, file.byteLength));
  const paragraphs: string[] = [];
  let length = 0;
  try {
    for (let n = 1; n <= pdf.numPages && length < MAX_EXTRACTED_CHARS; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let paragraph = '';
      let lastY: number | null = null;
      let lineHeight = 12;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw;
        const transform = item.transform as number[];
        const y = transform[5];
        const size = Math.abs(transform[3]) || lineHeight;
        if (lastY !== null && Math.abs(lastY - y) > 0.5) {
          const gap = Math.abs(lastY - y);
          if (gap > Math.max(size, lineHeight) * 1.5) {
            if (paragraph.trim()) paragraphs.push(paragraph.trim());
            paragraph = '';
          } else {
            paragraph += ' ';
          }
        }
        paragraph += item.str;
        lastY = y;
        lineHeight = size;
      }
      if (paragraph.trim()) paragraphs.push(paragraph.trim());
      length = paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return paragraphs.join('\n\n');
}
