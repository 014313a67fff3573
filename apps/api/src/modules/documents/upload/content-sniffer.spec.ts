import { expect } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { ContentSniffer, SniffResult } from './content-sniffer';

/** Feeds the bytes in small chunks, as a network would, so headers split across chunks are covered. */
function sniff(bytes: Buffer, chunk = 7): SniffResult {
  const sniffer = new ContentSniffer();
  for (let i = 0; i < bytes.length; i += chunk) sniffer.push(bytes.subarray(i, i + chunk));
  return sniffer.result();
}

const office = (parts: string[]) => Buffer.from(zipSync(Object.fromEntries(['[Content_Types].xml', ...parts].map((p) => [p, strToU8('<x/>')]))));

describe('ContentSniffer', () => {
  it('knows PDF, PNG and JPEG by their magic bytes', () => {
    expect(sniff(Buffer.from('%PDF-1.7\n...'))).toMatchObject({ ok: true, type: { contentType: 'application/pdf' } });
    expect(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatchObject({ ok: true, type: { contentType: 'image/png' } });
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toMatchObject({ ok: true, type: { contentType: 'image/jpeg' } });
  });

  it('tells Word, Excel and PowerPoint apart by the parts inside the ZIP, and refuses any other ZIP', () => {
    for (const chunk of [3, 64, 100_000]) {
      expect(sniff(office(['word/document.xml']), chunk)).toMatchObject({ ok: true, type: { label: 'Word document' } });
      expect(sniff(office(['xl/workbook.xml']), chunk)).toMatchObject({ ok: true, type: { label: 'Excel workbook' } });
      expect(sniff(office(['ppt/presentation.xml']), chunk)).toMatchObject({ ok: true, type: { label: 'PowerPoint presentation' } });
    }
    expect(sniff(Buffer.from(zipSync({ 'word/document.xml': strToU8('<x/>') })))).toMatchObject({ ok: false });
    expect(sniff(Buffer.from(zipSync({ 'a.txt': strToU8('hello') })))).toMatchObject({ ok: false, reason: expect.stringContaining('ZIP archive') });
  });

  it('takes UTF-8 text and Markdown, and refuses HTML, binary and empty files', () => {
    expect(sniff(Buffer.from('Plain words, “quoted”, naïve.\n'))).toMatchObject({ ok: true, type: { contentType: 'text/plain' } });
    expect(sniff(Buffer.from('# Title\n\n- a point\n'))).toMatchObject({ ok: true, type: { contentType: 'text/markdown' } });
    expect(sniff(Buffer.from('  <!doctype html><html></html>'))).toMatchObject({ ok: false, reason: expect.stringContaining('HTML') });
    expect(sniff(Buffer.from([0x00, 0x01, 0x02, 0x41]))).toMatchObject({ ok: false });
    expect(sniff(Buffer.from([0xc3, 0x28]))).toMatchObject({ ok: false });
    expect(sniff(Buffer.alloc(0))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });

  it('keeps a multi-byte character split across chunks as text', () => {
    expect(sniff(Buffer.from('é'.repeat(50)), 1)).toMatchObject({ ok: true, type: { contentType: 'text/plain' } });
  });
});
