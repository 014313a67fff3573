import { Browser, Page } from 'playwright-core';
import { ApiServer, startApi } from '../support/api-server';
import { seriousViolations } from '../support/axe';
import { cspViolations, launchChromium, requireChromium, signInFromDemo, watchedPage } from '../support/browser';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { postSocial, WEBHOOK_SECRETS } from '../support/webhooks';
import { loginAdmin } from '../factories/org';

requireChromium();

/**
 * A support engineer's social inbox in a real browser: a customer's question arrives live, becomes a
 * case, and the case page shows its response SLA. The inbox and the insights page pass axe in both themes.
 */
describe('the social inbox in a browser', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('browser_social');
    api = await startApi(db.url, { NODE_ENV: 'production', DEMO: 'on', SIMULATOR: 'off', SOCIAL_WEBHOOK_SECRET: WEBHOOK_SECRETS.SOCIAL_WEBHOOK_SECRET });
    browser = await launchChromium();
    ({ page } = await watchedPage(browser, 'Elif', consoleErrors));
    // Acme's admin lists the handle of their customer contact, so her posts find the account.
    const admin = await loginAdmin(api.url);
    const { accounts } = await gqlOk<{ accounts: Array<{ id: string }> }>(api.url, '{ accounts(search: "Acme Corp", first: 1) { id } }', {}, admin.token);
    await gqlOk(api.url, 'mutation($id: ID!) { updateAccount(id: $id, input: { socialHandles: [{ network: X, handle: "maria_acme" }] }) { id } }', { id: accounts[0].id }, admin.token);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.drop();
  });

  it('shows a question as it arrives, converts it to a case, shows the case with its SLA badge, and a logged reply meets it', async () => {
    await signInFromDemo(page, api.url, 'Elif Yilmaz');
    await page.getByTestId('nav-social').click();
    await page.getByRole('heading', { level: 1, name: 'Social inbox' }).waitFor();
    await page.waitForLoadState('networkidle');

    const text = 'How do we add a second admin to our workspace? Asking for the IT team.';
    const answer = await postSocial(
      api.url,
      'generic',
      JSON.stringify({
        externalId: 'browser-question-1',
        network: 'x',
        author: { handle: 'maria_acme', name: 'Maria Lopez', followers: 1240, verified: false },
        text,
        postedAt: new Date().toISOString(),
      }),
    );
    expect(answer.status).toBe(200);

    // It arrives without a reload, scored: a question, with why.
    const card = page.getByTestId('mention-card').filter({ hasText: text });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getByTestId('mention-intent').textContent()).toBe('Question');
    await card.getByText('Why this score').click();
    expect(await card.locator('.mention-card__why li').count()).toBeGreaterThan(0);

    await card.getByTestId('mention-convert').click();
    await page.waitForURL(/\/cases\/case_/);
    const badge = page.getByTestId('sla-badge');
    await badge.waitFor();
    expect(await badge.getAttribute('data-status')).toBe('ON_TRACK');
    expect(await badge.textContent()).toMatch(/SLA On Track.*due in/);
    // The case lists the mention it came from.
    await page.getByTestId('case-social').getByTestId('mention-card').filter({ hasText: text }).waitFor();

    // Logging the public reply answers the customer: the first-response clock is met.
    await page.getByTestId('log-reply-body').fill('Hi Maria, Settings → Members → Invite, then make them an admin.');
    await page.getByTestId('log-reply-url').fill('https://x.com/tidings_care/status/1');
    await page.getByTestId('log-reply-submit').click();
    await page.locator('[data-testid="sla-badge"][data-status="MET"]').waitFor({ timeout: 15_000 });
    // The reply is on the case's feed, for whoever opens the case.
    await page.reload();
    await page.getByTestId('feed-item').filter({ hasText: 'Settings → Members → Invite' }).waitFor({ timeout: 15_000 });

    expect(consoleErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 90_000);

  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious accessibility finding on the inbox and the insights page, ${theme}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
      const themed = await context.newPage();
      try {
        await signInFromDemo(themed, api.url, 'Elif Yilmaz');
        const problems: string[] = [];
        for (const path of ['/social', '/social?queue=ASSIGNED', '/insights']) {
          await themed.goto(`${api.url}${path}`);
          await themed.locator('main h1').first().waitFor();
          await themed.waitForLoadState('networkidle');
          if (path === '/insights') await themed.getByTestId('chart-volume').waitFor();
          for (const violation of await seriousViolations(themed)) problems.push(`${path}: ${violation}`);
        }
        // Charts carry their text alternatives.
        const volume = themed.getByTestId('chart-volume');
        expect(await volume.locator('.chart__plot[role="img"]').getAttribute('aria-label')).toMatch(/ in (these )?30 days/);
        expect(await volume.locator('table tbody tr').count()).toBe(30);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }
});
