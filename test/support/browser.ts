// A real Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
// (nothing is downloaded). Without it the suites skip, unless REQUIRE_SERVICES=1.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { requireServices } from './services.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** True when the browser suites can run; throws when they must and cannot. */
export function browserAvailable(): boolean {
  const present = existsSync(CHROMIUM_PATH);
  if (!present && requireServices) throw new Error(`REQUIRE_SERVICES=1 but there is no Chromium at ${CHROMIUM_PATH}`);
  return present;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** A signed-in chat page for one user, in its own browser context (its own storage, its own network). */
export async function openChat(
  browser: Browser,
  baseUrl: string,
  userId: string,
  viewport = { width: 1100, height: 720 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${userId}] page error:`, error.message));
  await page.goto(`${baseUrl}/app/`);
  await page.getByLabel('User id').fill(userId);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Conversations' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ state: 'attached' });
  return { context, page };
}
