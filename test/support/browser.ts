import { existsSync } from 'node:fs';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { requirePrereq } from './require-prereq';

/** Debian's Chromium, driven by playwright-core (no browser downloads). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Call at the top level of a browser suite: with CI=true a missing Chromium fails it. */
export function requireChromium(): void {
  requirePrereq(`Chromium at ${CHROMIUM}`, () => Promise.resolve(existsSync(CHROMIUM)));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * A page in its own context (its own sign-in) that records console errors into `consoleErrors`
 * (prefixed with `label`) and content-security-policy violations for cspViolations().
 */
export async function watchedPage(browser: Browser, label: string, consoleErrors: string[], height = 800): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height } });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${label}: ${message.text()}`));
  await page.addInitScript(() => {
    const record = window as unknown as { cspViolations: string[] };
    record.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => record.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { page, context };
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Signs in by clicking a demo login on the login page, as a visitor of the demo would. */
export async function signInFromDemo(page: Page, apiUrl: string, name: string): Promise<void> {
  await page.goto(apiUrl);
  await page.getByTestId('demo-login').filter({ hasText: name }).click();
  await page.getByTestId('current-employee').filter({ hasText: name }).waitFor();
}
