import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { gqlOk } from '../support/graphql';
import type { TestEmployee } from './org';

export interface UploadAnswer {
  status: number;
  body: {
    version?: number;
    sha256?: string;
    size?: number;
    contentType?: string;
    fileName?: string;
    error?: { code: string; message: string; field?: string };
  };
}

export async function createDocument(api: string, as: TestEmployee, input: Record<string, unknown> = {}): Promise<string> {
  const data = await gqlOk<{ createDocument: { id: string } }>(
    api,
    `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
    { input: { title: `Document ${randomBytes(3).toString('hex')}`, kind: 'RFP', ...input } },
    as.token,
  );
  return data.createDocument.id;
}

/** POST /api/documents/:id/versions as a browser form would send it. */
export async function uploadVersion(
  api: string,
  as: TestEmployee,
  documentId: string,
  file: Buffer,
  fileName: string,
  options: { note?: string; contentType?: string } = {},
): Promise<UploadAnswer> {
  let req = request(api).post(`/api/documents/${documentId}/versions`).set('authorization', `Bearer ${as.token}`);
  if (options.note !== undefined) req = req.field('note', options.note);
  const res = await req.attach('file', file, { filename: fileName, contentType: options.contentType ?? 'application/octet-stream' });
  return { status: res.status, body: res.body as UploadAnswer['body'] };
}

export async function download(api: string, as: TestEmployee, documentId: string, version: number | string) {
  return request(api)
    .get(`/api/documents/${documentId}/versions/${version}`)
    .set('authorization', `Bearer ${as.token}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/**
 * A multipart body written by hand, for names a form library would rewrite (it keeps only the
 * last path segment): what a hostile client can send.
 */
export async function uploadRaw(api: string, as: TestEmployee, documentId: string, file: Buffer, rawFileName: string): Promise<UploadAnswer> {
  const boundary = '----tidings-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${rawFileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await request(api)
    .post(`/api/documents/${documentId}/versions`)
    .set('authorization', `Bearer ${as.token}`)
    .set('content-type', `multipart/form-data; boundary=${boundary}`)
    .send(body);
  return { status: res.status, body: res.body as UploadAnswer['body'] };
}
