import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { main } from '../../bot/main.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { sandboxApi } from './sandbox-api.js';
import { freePort } from '../../testkit/services.js';

/**
 * A real bot process (sandbox on, demo province seeded, workers in process, no map tiles) and a
 * real headless Chromium (Debian's /usr/bin/chromium, installed by .ci/run when missing) with a
 * fresh profile. Every request that leaves 127.0.0.1 is refused and recorded, so a test can
 * assert the pages make no outside request.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT_DIR = join(process.cwd(), 'test-output', 'browser');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserHarness {
  base: string;
  db: TestDatabase;
  context: BrowserContext;
  outside: string[];
  cspErrors: string[];
  /** Uncaught script errors in any page. */
  jsErrors: string[];
  page(): Promise<Page>;
  shot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startHarness(extraEnv: Record<string, string> = {}): Promise<BrowserHarness> {
  const db = await createTestDatabase();
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'dlxh-browser-'));
  const sys = await main(
    {
      DATABASE_URL: db.url ?? '',
      DATA_DIR: dataDir,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: testQueuePrefix(),
      SANDBOX: 'on',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '50',
      FLOOD_BURST: '1000',
      QUIET_HOURS: '',
      MAP_TILE_URL: '',
      ...extraEnv,
    },
    { database: db },
  );
  const profile = await mkdtemp(join(tmpdir(), 'dlxh-chromium-'));
  await mkdir(OUTPUT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const outside: string[] = [];
  const cspErrors: string[] = [];
  const jsErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return {
    base: `http://127.0.0.1:${port}`,
    db,
    context,
    outside,
    cspErrors,
    jsErrors,
    async page() {
      const page = await context.newPage();
      page.on('pageerror', (e) => jsErrors.push(e.message));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
      });
      return page;
    },
    async shot(page, name) {
      const path = join(OUTPUT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async stop() {
      await context.close();
      await sys.stop();
      await db.close();
      await rm(profile, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs `page` into the console as a sandbox persona: /dangnhap in the sandbox chat, then the link it gets. */
export async function consoleLogin(h: BrowserHarness, page: Page, persona: string): Promise<void> {
  await page.goto(`${h.base}/sandbox`);
  await page.getByRole('listitem').filter({ hasText: persona }).click();
  const links = page.locator('.msg-out .bubble', { hasText: '/console/login/' });
  // An earlier, used link may be in the chat's history: wait for one more than the server holds.
  const api = sandboxApi(h.base);
  const account = (await api.personas()).find((p) => p.name === persona)!.accountId;
  const before = (await api.messages(account)).filter((m) => m.direction === 'out' && /\/console\/login\//.test(m.payload.text ?? '')).length;
  await page.locator('#text').fill('/dangnhap');
  await page.locator('#text').press('Enter');
  await expect.poll(() => links.count(), { timeout: 10_000 }).toBe(before + 1);
  const link = links.last();
  const url = /https?:\/\/\S+\/console\/login\/[A-Za-z0-9_-]+/.exec(await link.innerText())![0];
  await page.goto(url);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page
    .locator('h1', { hasText: 'Tổng quan' })
    .waitFor({ timeout: 10_000 })
    .catch(async (e) => {
      await h.shot(page, 'login-failed');
      throw e;
    });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page (evaluated through the DevTools protocol, which the page's CSP does not govern). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`)) as {
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  };
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** The page fits a phone's width: nothing wider than the viewport makes the whole page scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>;
}
