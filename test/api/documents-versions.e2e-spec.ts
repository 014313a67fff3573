import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { docxOf, pdfOf, plainZip } from '../support/office-files';
import { S3TestServer, startS3Server } from '../support/s3-server';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createDocument, download, uploadRaw, uploadVersion } from '../factories/documents';
import { createAccount, createEmployee, follow, loginAdmin, TestEmployee } from '../factories/org';

// Above lib-storage's 5 MB part size: an over-cap upload has already sent a part to S3 when it is cut.
const MAX_BYTES = 6 * 1024 * 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const V1 = [
  'Request for proposal: widgets for Acme',
  '1. Scope',
  'We deliver twelve thousand widgets in four batches.',
  '4.2 Pricing',
  'The price is 100 EUR per widget.',
  '5. Terms',
  'Payment is due within 30 days of each batch.',
];
const V2 = [
  'Request for proposal: widgets for Acme',
  '1. Scope',
  'We deliver twelve thousand widgets in four batches.',
  '4.2 Pricing',
  'The price is 90 EUR per widget.',
  'Volume discounts apply above 5,000 widgets.',
  '5. Terms',
  'Payment is due within 30 days of each batch.',
];

interface Backend {
  name: string;
  start(): Promise<{ env: Record<string, string>; storedKeys(): Promise<string[]>; stop(): Promise<void> }>;
}

const BACKENDS: Backend[] = [
  {
    name: 'a local folder under DATA_DIR',
    start() {
      const dataDir = mkdtempSync(join(tmpdir(), 'tidings-docs-'));
      const root = join(dataDir, 'documents');
      return Promise.resolve({
        env: { DATA_DIR: dataDir },
        storedKeys: () => Promise.resolve(filesUnder(root).map((f) => relative(root, f).split('\\').join('/'))),
        stop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
      });
    },
  },
  {
    name: 'an S3-compatible server (s3rver on loopback)',
    async start() {
      const s3: S3TestServer = await startS3Server();
      return { env: s3.env, storedKeys: async () => (await s3.keys()).sort(), stop: () => s3.stop() };
    },
  },
];

describe.each(BACKENDS)('document versions stored in $name', (backend) => {
  let db: TestDatabase;
  let api: ApiServer;
  let storage: Awaited<ReturnType<Backend['start']>>;
  let sql: Client;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  let documentId: string;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    storage = await backend.start();
    db = await createTestDatabase('documents_versions');
    api = await startApi(db.url, { ...storage.env, DOCUMENT_MAX_BYTES: String(MAX_BYTES) });
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    const admin = await loginAdmin(api.url);
    [ana, bo, cy] = await Promise.all([createEmployee(api.url, admin, 'Ana'), createEmployee(api.url, admin, 'Bo'), createEmployee(api.url, admin, 'Cy')]);
    const accountId = await createAccount(api.url, ana, { name: 'Acme' });
    documentId = await createDocument(api.url, ana, { title: 'Acme widgets RFP', accountId });
  });

  afterAll(async () => {
    sockets.closeAll();
    await sql?.end();
    await api?.stop();
    await db?.drop();
    await storage?.stop();
  });

  const storedKeysInDb = async () => (await sql.query<{ storage_key: string }>('SELECT storage_key FROM document_versions ORDER BY storage_key')).rows.map((r) => r.storage_key).sort();

  it('takes v1 as a PDF and v2 as a changed DOCX; followers get NEW_VERSION live with what changed, and versionDiff shows exactly the changed paragraphs', async () => {
    await follow(api.url, cy, documentId);
    const cySocket = await sockets.connect(cy);

    const v1 = pdfOf(V1);
    const first = await uploadVersion(api.url, ana, documentId, v1, 'Acme RFP.pdf', { note: 'First draft', contentType: 'text/html' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ version: 1, sha256: sha256(v1), size: v1.length, contentType: 'application/pdf', fileName: 'Acme RFP.pdf' });
    const pushed1 = await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === documentId && e.item.kind === 'NEW_VERSION');
    expect(pushed1.item.body).toBe(`Version 1: first version, ${V1.length} paragraphs\nNote: First draft`);
    expect(pushed1.item.actor?.id).toBe(ana.id);

    const v2 = docxOf(V2);
    const second = await uploadVersion(api.url, bo, documentId, v2, 'Acme RFP (Bo’s edits).docx');
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      version: 2,
      sha256: sha256(v2),
      size: v2.length,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: 'Acme RFP (Bo’s edits).docx',
    });
    const pushed2 = await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.kind === 'NEW_VERSION' && e.item.body?.startsWith('Version 2') === true);
    expect(pushed2.item.body).toBe('Version 2: +2 paragraphs, −1; section 4.2 Pricing changed');
    expect(pushed2.item.actor?.id).toBe(bo.id);

    const { versionDiff } = await gqlOk<{ versionDiff: { summary: string; blocks: Array<{ op: string; text: string }> } }>(
      api.url,
      `query($d: ID!) { versionDiff(documentId: $d, from: 1, to: 2) { summary blocks { op text } } }`,
      { d: documentId },
      cy.token,
    );
    expect(versionDiff.summary).toBe('+2 paragraphs, −1; section 4.2 Pricing changed');
    expect(versionDiff.blocks.filter((b) => b.op !== 'UNCHANGED')).toEqual([
      { op: 'REMOVED', text: 'The price is 100 EUR per widget.' },
      { op: 'ADDED', text: 'The price is 90 EUR per widget.' },
      { op: 'ADDED', text: 'Volume discounts apply above 5,000 widgets.' },
    ]);
    expect(versionDiff.blocks.filter((b) => b.op === 'UNCHANGED').map((b) => b.text)).toEqual(V1.filter((p) => !p.includes('100 EUR')));

    const { document } = await gqlOk<{ document: { versions: Array<Record<string, unknown>> } }>(
      api.url,
      `query($d: ID!) { document(id: $d) { versions { version sha256 size contentType fileName note uploadedBy { id } createdAt summary } } }`,
      { d: documentId },
      cy.token,
    );
    expect(document.versions).toEqual([
      expect.objectContaining({ version: 1, sha256: sha256(v1), size: v1.length, contentType: 'application/pdf', fileName: 'Acme RFP.pdf', note: 'First draft', uploadedBy: { id: ana.id }, summary: `first version, ${V1.length} paragraphs` }),
      expect.objectContaining({ version: 2, sha256: sha256(v2), note: null, uploadedBy: { id: bo.id }, summary: '+2 paragraphs, −1; section 4.2 Pricing changed' }),
    ]);
    expect(await storage.storedKeys()).toEqual(await storedKeysInDb());
  });

  it('downloads a version as an attachment with its exact bytes, a safe name, nosniff and a sandboxing CSP', async () => {
    const res = await download(api.url, cy, documentId, 2);
    expect(res.status).toBe(200);
    expect(sha256(res.body as Buffer)).toBe((await sql.query<{ sha256: string }>('SELECT sha256 FROM document_versions WHERE version = 2')).rows[0].sha256);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Acme RFP (Bo_s edits).docx"; filename*=UTF-8''Acme%20RFP%20%28Bo%E2%80%99s%20edits%29.docx`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");

    const pdf = await download(api.url, ana, documentId, 1);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an HTML file named .pdf, a ZIP named .docx, a file over the cap, a U+202E name and an invisible document, leaving nothing stored', async () => {
    const keysBefore = await storage.storedKeys();
    const rowsBefore = await storedKeysInDb();
    const activitiesBefore = (await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM activities')).rows[0].n;

    const html = await uploadVersion(api.url, ana, documentId, Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), 'contract.pdf', { contentType: 'application/pdf' });
    expect(html.status).toBe(400);
    expect(html.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: expect.stringMatching(/^file: is HTML, which is not allowed/) });

    const zip = await uploadVersion(api.url, ana, documentId, plainZip(), 'contract.docx', {
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(zip.status).toBe(400);
    expect(zip.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: expect.stringContaining('ZIP archive that is not a Word, Excel or PowerPoint file') });

    const big = await uploadVersion(api.url, ana, documentId, Buffer.alloc(MAX_BYTES + 64 * 1024, 'a'), 'notes.txt', { contentType: 'text/plain' });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'file: is larger than the 6 MB limit; upload a smaller file' });

    const spoofed = await uploadVersion(api.url, ana, documentId, pdfOf(['Invoice']), 'invoice\u202Efdp.exe', { contentType: 'application/pdf' });
    expect(spoofed.status).toBe(400);
    expect(spoofed.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(spoofed.body.error?.message).toContain('U+202E');
    expect(spoofed.body.error?.message).toContain('"invoicefdp.exe"');

    const slashed = await uploadRaw(api.url, ana, documentId, pdfOf(['Invoice']), '../../etc/passwd.pdf');
    expect(slashed.status).toBe(400);
    expect(slashed.body.error).toMatchObject({ field: 'file', message: expect.stringContaining('contains a path') });

    const secret = await createDocument(api.url, ana, { title: 'Board-only contract', kind: 'CONTRACT', visibility: 'PRIVATE' });
    const hidden = await uploadVersion(api.url, cy, secret, pdfOf(['A valid PDF']), 'ok.pdf');
    const missing = await uploadVersion(api.url, cy, 'doc_0000000000007000800000000000000a', pdfOf(['A valid PDF']), 'ok.pdf');
    expect(hidden.status).toBe(404);
    expect(hidden.body.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(missing.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
    const hiddenDownload = await download(api.url, cy, secret, 1);
    expect(hiddenDownload.status).toBe(404);
    const hiddenDiff = await gql(api.url, `query($d: ID!) { versionDiff(documentId: $d, from: 1, to: 1) { summary } }`, { d: secret }, cy.token);
    expect(hiddenDiff.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect(await storage.storedKeys()).toEqual(keysBefore);
    expect(await storedKeysInDb()).toEqual(rowsBefore);
    expect((await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM activities')).rows[0].n).toBe(activitiesBefore + 1); // the private document's creation only

    // The same upload that was refused for its name goes through once renamed: the refusals were about what they said.
    const renamed = await uploadVersion(api.url, ana, documentId, pdfOf(['Invoice']), 'invoice.pdf');
    expect(renamed.status).toBe(201);
    expect((await storage.storedKeys()).length).toBe(keysBefore.length + 1);
  });

  it("keeps a private document's versions from followers of its account who cannot open it", async () => {
    const accountId = await createAccount(api.url, ana, { name: 'Initech' });
    const secret = await createDocument(api.url, ana, { title: 'Initech pricing floor', kind: 'OTHER', accountId, visibility: 'PRIVATE' });
    const open = await createDocument(api.url, ana, { title: 'Initech proposal', kind: 'PROPOSAL', accountId });
    await follow(api.url, cy, accountId);
    const cySocket = await sockets.connect(cy);

    expect((await uploadVersion(api.url, ana, secret, Buffer.from('Floor: 80 EUR.'), 'floor.txt')).status).toBe(201);
    // Barrier: a version of the open document on the same account reaches Cy, so the dispatcher has run past the private one.
    expect((await uploadVersion(api.url, ana, open, Buffer.from('Offer: 95 EUR.'), 'offer.txt')).status).toBe(201);
    await cySocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === open && e.item.kind === 'NEW_VERSION');

    expect(cySocket.of<FeedItemEvent>('feed:item').filter((e) => e.item.subjectId === secret)).toEqual([]);
    const { document } = await gqlOk<{ document: { versions: unknown[] } }>(api.url, `query($d: ID!) { document(id: $d) { versions { version } } }`, { d: secret }, ana.token);
    expect(document.versions).toHaveLength(1);
    const hidden = await gql(api.url, `query($d: ID!) { document(id: $d) { versions { version } } }`, { d: secret }, cy.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers an upload without a token with 401 and a bad version number with a clear error', async () => {
    const anonymous = await uploadVersion(api.url, { ...ana, token: 'not-a-token' }, documentId, pdfOf(['x']), 'x.pdf');
    expect(anonymous.status).toBe(401);
    const badVersion = await download(api.url, ana, documentId, 'latest');
    expect(badVersion.status).toBe(400);
    expect((JSON.parse((badVersion.body as Buffer).toString()) as { error?: unknown }).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
  });
});

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])).sort();
}
