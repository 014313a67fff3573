import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createDocument, uploadVersion } from '../factories/documents';
import { createEmployee, feedOf, follow, loginAdmin, TestEmployee } from '../factories/org';

interface NotificationEvent {
  notification: { kind: string; subjectId: string; activityId: string } | null;
  unreadCount: number;
}

interface ReviewState {
  document: { status: string; review: { round: number; approvals: Array<{ approver: { id: string }; state: string; comment: string | null }> } | null };
}

const REVIEW_FIELDS = 'status review { round approvals { approver { id } state comment } }';

/** The review workflow: every step moves the status, lands in the feed in order and reaches followers live. */
describe('document review', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  let dee: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('documents_review');
    api = await startApi(db.url);
    const admin = await loginAdmin(api.url);
    [ana, bo, cy, dee] = await Promise.all(['Ana', 'Bo', 'Cy', 'Dee'].map((name) => createEmployee(api.url, admin, name)));
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const submit = (as: TestEmployee, documentId: string, approverIds: string[]) =>
    gql<{ submitForReview: { status: string } }>(api.url, `mutation($d: ID!, $a: [ID!]!) { submitForReview(documentId: $d, approverIds: $a) { status } }`, { d: documentId, a: approverIds }, as.token);
  const approve = (as: TestEmployee, documentId: string, comment?: string) =>
    gql<{ approveDocument: { status: string } }>(api.url, `mutation($d: ID!, $c: String) { approveDocument(documentId: $d, comment: $c) { status } }`, { d: documentId, c: comment ?? null }, as.token);
  const reject = (as: TestEmployee, documentId: string, comment: string) =>
    gql<{ rejectDocument: { status: string } }>(api.url, `mutation($d: ID!, $c: String!) { rejectDocument(documentId: $d, comment: $c) { status } }`, { d: documentId, c: comment }, as.token);
  const stateOf = async (documentId: string) =>
    (await gqlOk<ReviewState>(api.url, `query($d: ID!) { document(id: $d) { ${REVIEW_FIELDS} } }`, { d: documentId }, ana.token)).document;
  const text = (paragraphs: string[]) => Buffer.from(paragraphs.join('\n\n'));

  it('two approvers, one approves and one rejects; a new version is resubmitted and both approve: every step in the feed in order, ending APPROVED', async () => {
    const documentId = await createDocument(api.url, ana, { title: 'Globex MSA', kind: 'CONTRACT' });
    expect((await uploadVersion(api.url, ana, documentId, text(['1. Terms', 'Net 60.']), 'msa.txt')).status).toBe(201);
    await follow(api.url, dee, documentId);
    const [deeSocket, boSocket, cySocket] = await Promise.all([sockets.connect(dee), sockets.connect(bo), sockets.connect(cy)]);
    const live = (body: string) => deeSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === documentId && e.item.body === body);

    expect((await submit(ana, documentId, [bo.id, cy.id])).data?.submitForReview.status).toBe('IN_REVIEW');
    await live('Globex MSA: submitted for review to Bo and Cy');
    for (const socket of [boSocket, cySocket]) {
      const pushed = await socket.waitFor<NotificationEvent>('notification', (n) => n.notification?.subjectId === documentId);
      expect(pushed.notification?.kind).toBe('ASSIGNMENT');
    }

    expect((await approve(bo, documentId, 'Fine by me')).data?.approveDocument.status).toBe('IN_REVIEW');
    await live('Globex MSA: approved by Bo (1 of 2): “Fine by me”');
    expect((await stateOf(documentId)).review?.approvals).toEqual([
      { approver: { id: bo.id }, state: 'APPROVED', comment: 'Fine by me' },
      { approver: { id: cy.id }, state: 'PENDING', comment: null },
    ]);

    expect((await reject(cy, documentId, 'Net 60 is too long')).data?.rejectDocument.status).toBe('REJECTED');
    await live('Globex MSA: rejected by Cy: “Net 60 is too long”');

    expect((await uploadVersion(api.url, ana, documentId, text(['1. Terms', 'Net 30.']), 'msa v2.txt')).status).toBe(201);
    const v2 = await live('Version 2: +1 paragraph, −1; section 1. Terms changed');
    expect(v2.item.kind).toBe('NEW_VERSION');
    expect(v2.item.changes).toEqual([{ field: 'status', from: 'REJECTED', to: 'DRAFT' }]);

    expect((await submit(ana, documentId, [bo.id, cy.id])).data?.submitForReview.status).toBe('IN_REVIEW');
    await live('Globex MSA: submitted for review (round 2) to Bo and Cy');
    expect((await approve(bo, documentId)).data?.approveDocument.status).toBe('IN_REVIEW');
    await live('Globex MSA: approved by Bo (1 of 2)');
    expect((await approve(cy, documentId)).data?.approveDocument.status).toBe('APPROVED');
    await live('Globex MSA: approved by Cy; all 2 approvals are in');

    const feed = await feedOf(api.url, dee, { filter: 'SUBJECT', subjectId: documentId, first: 20 });
    const steps = feed.edges.map((e) => [e.node.kind, e.node.body, e.node.changes?.find((c) => c.field === 'status')?.to ?? null]).reverse();
    expect(steps.slice(2)).toEqual([
      ['RECORD_CHANGE', 'Globex MSA: submitted for review to Bo and Cy', 'IN_REVIEW'],
      ['SYSTEM', 'Globex MSA: approved by Bo (1 of 2): “Fine by me”', null],
      ['RECORD_CHANGE', 'Globex MSA: rejected by Cy: “Net 60 is too long”', 'REJECTED'],
      ['NEW_VERSION', 'Version 2: +1 paragraph, −1; section 1. Terms changed', 'DRAFT'],
      ['RECORD_CHANGE', 'Globex MSA: submitted for review (round 2) to Bo and Cy', 'IN_REVIEW'],
      ['SYSTEM', 'Globex MSA: approved by Bo (1 of 2)', null],
      ['RECORD_CHANGE', 'Globex MSA: approved by Cy; all 2 approvals are in', 'APPROVED'],
    ]);
    expect(steps.slice(0, 2).map((s) => s[0])).toEqual(['RECORD_CHANGE', 'NEW_VERSION']); // the creation, then version 1
    const final = await stateOf(documentId);
    expect(final.status).toBe('APPROVED');
    expect(final.review).toEqual({
      round: 2,
      approvals: [
        { approver: { id: bo.id }, state: 'APPROVED', comment: null },
        { approver: { id: cy.id }, state: 'APPROVED', comment: null },
      ],
    });
  });

  it('a new version while in review restarts the approvals, says so, and notifies the approvers again', async () => {
    const documentId = await createDocument(api.url, ana, { title: 'Initech SOW', kind: 'SOW' });
    await uploadVersion(api.url, ana, documentId, text(['Scope: two sprints.']), 'sow.txt');
    await gqlOk(api.url, `mutation($d: ID!, $a: [ID!]!) { submitForReview(documentId: $d, approverIds: $a) { id } }`, { d: documentId, a: [bo.id, cy.id] }, ana.token);
    await approve(bo, documentId);
    const boSocket = await sockets.connect(bo);

    await uploadVersion(api.url, ana, documentId, text(['Scope: three sprints.']), 'sow v2.txt');

    const pushed = await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === documentId && e.item.kind === 'NEW_VERSION');
    expect(pushed.item.body).toBe('Version 2: +1 paragraph, −1\nApprovals restart: Bo and Cy review version 2 again.');
    const notified = await boSocket.waitFor<NotificationEvent>('notification', (n) => n.notification?.activityId === pushed.item.id);
    expect(notified.notification?.kind).toBe('ASSIGNMENT');
    const state = await stateOf(documentId);
    expect(state.status).toBe('IN_REVIEW');
    expect(state.review?.round).toBe(2);
    expect(state.review?.approvals.map((a) => a.state)).toEqual(['PENDING', 'PENDING']);
  });

  it('refuses approvers who cannot open the document, naming approverIds, and changes nothing', async () => {
    const documentId = await createDocument(api.url, ana, { title: 'Private pricing memo', kind: 'OTHER', visibility: 'PRIVATE' });
    await uploadVersion(api.url, ana, documentId, text(['Margins.']), 'memo.txt');
    const refused = await submit(ana, documentId, [dee.id]);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approverIds' });
    expect(refused.errors?.[0].message).toBe('approverIds: Dee cannot open this document; share it with them first');
    expect((await submit(ana, documentId, [])).errors?.[0].extensions?.field).toBe('approverIds');
    expect((await submit(ana, documentId, ['emp_nope'])).errors?.[0].extensions?.field).toBe('approverIds');
    const state = await stateOf(documentId);
    expect(state).toEqual({ status: 'DRAFT', review: null });
  });

  it('lets only a pending approver answer, and asks a rejection for its reason', async () => {
    const documentId = await createDocument(api.url, ana, { title: 'Hooli proposal', kind: 'PROPOSAL' });
    const empty = await submit(ana, documentId, [bo.id]);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentId' });
    await uploadVersion(api.url, ana, documentId, text(['Offer.']), 'offer.txt');
    await gqlOk(api.url, `mutation($d: ID!, $a: [ID!]!) { submitForReview(documentId: $d, approverIds: $a) { id } }`, { d: documentId, a: [bo.id] }, ana.token);

    expect((await approve(dee, documentId)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await reject(bo, documentId, '   ');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect((await submit(ana, documentId, [bo.id])).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await approve(bo, documentId)).data?.approveDocument.status).toBe('APPROVED');
    expect((await approve(bo, documentId)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps approval to the approvers: no status set by hand skips the review, and an approved document is signed by hand', async () => {
    const setStatus = (as: TestEmployee, documentId: string, status: string) =>
      gql<{ updateDocument: { status: string } }>(api.url, 'mutation($d: ID!, $s: DocumentStatus!) { updateDocument(id: $d, input: { status: $s }) { status } }', { d: documentId, s: status }, as.token);
    const created = await gql(api.url, 'mutation { createDocument(input: { title: "Pre-approved", kind: OTHER, status: APPROVED }) { id } }', {}, ana.token);
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });

    const documentId = await createDocument(api.url, ana, { title: 'Wayne renewal', kind: 'CONTRACT' });
    for (const status of ['IN_REVIEW', 'APPROVED', 'SIGNED']) {
      const refused = await setStatus(ana, documentId, status);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    }
    expect((await stateOf(documentId)).status).toBe('DRAFT');

    await uploadVersion(api.url, ana, documentId, text(['Renewal terms.']), 'renewal.txt');
    await gqlOk(api.url, `mutation($d: ID!, $a: [ID!]!) { submitForReview(documentId: $d, approverIds: $a) { id } }`, { d: documentId, a: [bo.id] }, ana.token);
    expect((await setStatus(ana, documentId, 'APPROVED')).errors?.[0].extensions?.field).toBe('status');
    expect((await approve(bo, documentId)).data?.approveDocument.status).toBe('APPROVED');
    expect((await setStatus(ana, documentId, 'SIGNED')).data?.updateDocument.status).toBe('SIGNED');
  });
});
