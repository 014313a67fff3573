import { Browser, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { cspViolations, launchChromium, requireChromium, watchedPage } from '../support/browser';
import { login } from '../factories/org';

requireChromium();

/** The story of the foundation issue, in a real browser against the demo org. */
describe('the live feed in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('browser_feed');
    // Production mode, as users get it: full CSP, no introspection; the demo org gives it people.
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off' });
    browser = await launchChromium();
    ({ page } = await watchedPage(browser, 'Ana', consoleErrors));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it('signs Ana in from the demo logins and shows her feed', async () => {
    await page.goto(api.url);
    await page.getByTestId('demo-login').filter({ hasText: 'Ana Silva' }).click();
    await page.getByTestId('current-employee').filter({ hasText: 'Ana Silva' }).waitFor();
    await page.getByTestId('feed-item').first().waitFor();
    expect(await page.getByTestId('feed-item').count()).toBeGreaterThan(0);
  });

  it("offers a colleague's stage change on Acme Renewal at once, without a reload", async () => {
    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
    const bo = await login(api.url, 'bo@demo.tidings.dev', 'tidings-demo');
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string; stage: string }> }>(
      api.url,
      '{ deals(first: 200) { id name stage } }',
      {},
      bo.token,
    );
    const acme = deals.find((d) => d.name === 'Acme Renewal');
    expect(acme).toBeDefined();
    const target = acme!.stage === 'CLOSED_WON' ? 'NEGOTIATION' : 'CLOSED_WON';
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));

    await gqlOk(api.url, 'mutation($id: ID!, $s: DealStage!) { updateDeal(id: $id, input: { stage: $s }) { id } }', { id: acme!.id, s: target }, bo.token);

    // It waits under the new-items bar (nothing on screen moves) until Ana asks for it.
    await page.getByTestId('new-items-pill').filter({ hasText: '1 new update' }).click({ timeout: 3000 });
    const label = target === 'CLOSED_WON' ? 'Closed Won' : 'Negotiation';
    const card = page.getByTestId('feed-item').first();
    await card.filter({ hasText: 'Acme Renewal' }).filter({ hasText: label }).waitFor({ timeout: 3000 });
    expect(await card.textContent()).toContain('Bo Chen');
    expect(navigations).toEqual([]);
  });

  it('lets Ana post on the deal from its page, and the post shows in the record feed', async () => {
    await page.getByTestId('feed-item').first().getByTestId('subject-link').first().click();
    await page.getByTestId('record-title').filter({ hasText: 'Acme Renewal' }).waitFor();
    await page.getByTestId('post-body').fill('Calling them now about the kickoff');
    await page.getByTestId('post-submit').click();
    await page.getByTestId('feed-item').filter({ hasText: 'Calling them now about the kickoff' }).first().waitFor({ timeout: 3000 });
  });

  it('runs under a content security policy without violating it', async () => {
    const response = await page.request.get(api.url);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows hostile post bodies as plain text: nothing runs, nothing becomes a link or an element', async () => {
    const corpus = [
      '<script>window.__pwned = "script"</script>',
      '<img src=x onerror="window.__pwned = \'img\'">',
      '<a href="javascript:window.__pwned = \'link\'">open the contract</a>',
      '<svg onload="window.__pwned = \'svg\'"><circle r="5"/></svg>',
      '"><iframe src="javascript:window.parent.__pwned = \'iframe\'"></iframe>',
      '<div style="background:url(javascript:alert(1))">styled</div>',
    ];
    const bo = await login(api.url, 'bo@demo.tidings.dev', 'tidings-demo');
    const { deals } = await gqlOk<{ deals: Array<{ id: string; name: string }> }>(api.url, '{ deals(first: 200) { id name } }', {}, bo.token);
    const acme = deals.find((d) => d.name === 'Acme Renewal')!;
    await page.getByTestId('nav-following').click();
    for (const body of corpus) {
      await gqlOk(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: acme.id, b: body }, bo.token);
    }
    await page.getByTestId('new-items-pill').filter({ hasText: `${corpus.length} new updates` }).click({ timeout: 5000 });
    for (const body of corpus) await page.getByTestId('feed-item').filter({ hasText: body }).first().waitFor({ timeout: 3000 });
    await page.reload();
    for (const body of corpus) await page.getByTestId('feed-item').filter({ hasText: body }).first().waitFor({ timeout: 3000 });

    const feed = page.locator('main');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await feed.locator('[data-testid="feed-item"] script, [data-testid="feed-item"] iframe, [data-testid="feed-item"] svg circle').count()).toBe(0);
    expect(await feed.locator('[data-testid="feed-item"] img[src="x"]').count()).toBe(0);
    expect(await feed.locator('a[href^="javascript:"]').count()).toBe(0);
  });
});
