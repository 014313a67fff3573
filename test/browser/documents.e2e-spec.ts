import { Browser, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { cspViolations, launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { docxOf } from '../support/office-files';
import { createDocument, uploadVersion } from '../factories/documents';
import { login } from '../factories/org';

requireChromium();

const DEMO_PASSWORD = 'tidings-demo';
const V1 = ['1. Scope', 'Twelve thousand widgets.', '4.2 Pricing', 'The price is 100 EUR per widget.'];
const V2 = ['1. Scope', 'Twelve thousand widgets.', '4.2 Pricing', 'The price is 90 EUR per widget.'];

/** Ana uploads a new version and watches it go up, opens the diff and asks Bo, who approves from his own session. */
describe('documents in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let documentId: string;
  const consoleErrors: string[] = [];

  async function signIn(name: string): Promise<Page> {
    const { page } = await watchedPage(browser, name, consoleErrors);
    page.setDefaultTimeout(10_000);
    await signInFromDemo(page, api.url, name);
    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
    return page;
  }

  beforeAll(async () => {
    db = await createTestDatabase('browser_documents');
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    const ana = await login(api.url, 'ana@demo.tidings.dev', DEMO_PASSWORD);
    documentId = await createDocument(api.url, ana, { title: 'Widgets RFP answer', kind: 'RFP' });
    expect((await uploadVersion(api.url, ana, documentId, docxOf(V1), 'rfp.docx')).status).toBe(201);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it('uploads a version with visible progress, shows what changed side by side, and an approval from a second session lands live', async () => {
    const ana = await signIn('Ana Silva');
    await ana.goto(`${api.url}/documents/${documentId}`);
    await ana.getByTestId('record-title').filter({ hasText: 'Widgets RFP answer' }).waitFor();
    await ana.getByTestId('version-row').filter({ hasText: 'rfp.docx' }).waitFor();

    // A slow uplink, so the bar has time to show its steps.
    const cdp = await ana.context().newCDPSession(ana);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
    const seen: number[] = [];
    await ana.exposeFunction('recordProgress', (value: number) => seen.push(value));
    await ana.evaluate(() => {
      const record = (window as unknown as { recordProgress: (v: number) => void }).recordProgress;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="upload-progress"]');
        if (bar) record(Number(bar.getAttribute('aria-valuenow')));
      }).observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['aria-valuenow'] });
    });

    await ana.getByTestId('version-file').setInputFiles({ name: 'rfp v2.docx', mimeType: 'application/octet-stream', buffer: docxOf(V2, 2 * 1024 * 1024) });
    await ana.getByTestId('version-upload-submit').click();
    await ana.getByTestId('upload-progress').filter({ hasText: 'Uploaded' }).waitFor({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(seen.some((v) => v > 0 && v < 100)).toBe(true);
    expect(seen[seen.length - 1]).toBe(100);

    const v2 = ana.getByTestId('version-row').filter({ hasText: 'rfp v2.docx' });
    await v2.waitFor();
    expect(await v2.getByTestId('version-summary').textContent()).toBe('+1 paragraph, −1; section 4.2 Pricing changed');
    await ana.getByTestId('feed-item').filter({ hasText: 'Version 2: +1 paragraph, −1; section 4.2 Pricing changed' }).first().waitFor();

    await v2.getByTestId('compare-previous').click();
    const diff = ana.getByTestId('version-diff');
    await diff.getByTestId('diff-summary').filter({ hasText: '+1 paragraph, −1; section 4.2 Pricing changed' }).waitFor();
    const changed = diff.locator('[data-testid="diff-row"][data-kind="changed"]');
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('del').allTextContents()).toEqual(['100']);
    expect(await changed.locator('ins').allTextContents()).toEqual(['90']);
    expect(await diff.locator('[data-testid="diff-row"][data-kind="same"]').count()).toBe(3);

    const panel = ana.getByTestId('approval-panel');
    await panel.getByLabel('Bo Chen').check();
    await panel.getByTestId('submit-for-review').click();
    await panel.getByTestId('document-status').filter({ hasText: 'In review' }).waitFor();
    await panel.getByTestId('approval').filter({ hasText: 'Bo Chen' }).and(ana.locator('[data-state="PENDING"]')).waitFor();

    const bo = await signIn('Bo Chen');
    await bo.goto(`${api.url}/documents/${documentId}`);
    const boPanel = bo.getByTestId('approval-panel');
    await boPanel.getByTestId('approve').click();
    await boPanel.getByTestId('document-status').filter({ hasText: 'Approved' }).waitFor();

    // Ana's page follows without a reload: the status, Bo's answer, and the step in the feed.
    await panel.getByTestId('document-status').filter({ hasText: 'Approved' }).waitFor();
    await panel.locator('[data-testid="approval"][data-state="APPROVED"]').filter({ hasText: 'Bo Chen' }).waitFor();
    // Ana is scrolled down to the panel, so the new step waits behind the new-items pill.
    await ana.getByTestId('new-items-pill').click();
    await ana.getByTestId('feed-item').filter({ hasText: 'Widgets RFP answer: approved by Bo Chen; all 1 approval is in' }).first().waitFor();

    expect(await cspViolations(ana)).toEqual([]);
    expect(await cspViolations(bo)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
