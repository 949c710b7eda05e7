// The chat page in Chromium: how long a message takes from Enter in one browser to its text on
// the other user's screen, one message at a time, and what the client and the page weigh.
// Both pages run in one Chromium on this machine, so their wall clocks are the same clock.
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { bundleApp, bundleClient, type BundleSize } from '../scripts/bundle.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/browser.js';
import { startParley, tempDir } from './lib.js';

export interface BrowserBenchResult {
  sizes: BundleSize[];
  latencies: number[] | undefined;
}

type Clocked = { __sent?: Record<string, number>; __seen?: Record<string, number> };

async function signIn(page: Page, url: string, userId: string): Promise<void> {
  await page.goto(`${url}/app/`);
  await page.getByLabel('User id').fill(userId);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ state: 'attached' });
}

export async function runBrowserBench(count: number): Promise<BrowserBenchResult> {
  const sizes = [...(await bundleClient()), ...(await bundleApp())];
  if (!existsSync(CHROMIUM_PATH)) return { sizes, latencies: undefined };

  const parley = await startParley({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: tempDir('parley-browser-'),
    DATABASE_URL: '',
    LOG_LEVEL: 'info',
    AUTH_DEV_MODE: 'true',
    RATE_LIMIT_PER_MINUTE: '100000000',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  try {
    const created = await fetch(`${parley.url}/api/v1/conversations`, {
      method: 'POST',
      headers: { 'x-user-id': 'bench_sender', 'content-type': 'application/json' },
      body: JSON.stringify({ participantIds: ['bench_reader'] }),
    });
    if (!created.ok) throw new Error(`could not create the conversation: ${created.status}`);
    const [sender, reader] = await Promise.all([browser.newContext(), browser.newContext()]).then((contexts) =>
      Promise.all(contexts.map((context) => context.newPage())),
    );
    if (!sender || !reader) throw new Error('no pages');
    await signIn(sender, parley.url, 'bench_sender');
    await signIn(reader, parley.url, 'bench_reader');
    for (const [page, other] of [[sender, 'bench_reader'], [reader, 'bench_sender']] as const) {
      await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: new RegExp(other) }).click();
    }
    const composer = sender.getByRole('textbox', { name: 'Message', exact: true });
    await composer.waitFor();
    // The send starts at the Enter key; it is shown when its text enters the reader's thread.
    await sender.evaluate(() => {
      const clocked = globalThis as unknown as Clocked & { document: { getElementById(id: string): { addEventListener(n: string, f: (e: { key: string; target: { value: string } }) => void, c: boolean): void } } };
      clocked.__sent = {};
      clocked.document.getElementById('message-input').addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') (clocked.__sent as Record<string, number>)[event.target.value] = performance.timeOrigin + performance.now();
        },
        true,
      );
    });
    await reader.evaluate(() => {
      const clocked = globalThis as unknown as Clocked & { document: { body: unknown } };
      clocked.__seen = {};
      const seen = clocked.__seen;
      const Observer = (globalThis as unknown as { MutationObserver: new (f: () => void) => { observe(n: never, o: object): void } }).MutationObserver;
      new Observer(() => {
        const now = performance.timeOrigin + performance.now();
        for (const element of (globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> } }).document.querySelectorAll('.messages .content')) {
          const text = element.textContent ?? '';
          if (text.startsWith('bench ') && seen[text] === undefined) seen[text] = now;
        }
      }).observe(clocked.document.body as never, { childList: true, subtree: true, characterData: true });
    });

    const latencies: number[] = [];
    for (let i = 1; i <= count; i++) {
      const text = `bench ${i}`;
      await composer.fill(text);
      await composer.press('Enter');
      await reader.waitForFunction((t) => (globalThis as unknown as Clocked).__seen?.[t] !== undefined, text, { polling: 'raf' });
      const sent = await sender.evaluate((t) => (globalThis as unknown as Clocked).__sent?.[t], text);
      const seen = await reader.evaluate((t) => (globalThis as unknown as Clocked).__seen?.[t], text);
      if (sent === undefined || seen === undefined) throw new Error(`no timing for ${text}`);
      latencies.push(seen - sent);
    }
    return { sizes, latencies };
  } finally {
    await browser.close();
    await parley.stop();
  }
}

