import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestStack, type TestStack } from './test-stack';

/** Where the runs' screenshots go (git-ignored). */
export const ARTIFACTS = join(__dirname, '../artifacts/web');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

export interface WebStack extends TestStack {
  baseUrl: string;
}

/**
 * The in-process API + worker of test-stack.ts, listening on a free port (or `listenOn`: the sign-in test's,
 * whose origin Keycloak allows) so that a browser can reach it.
 */
export async function startWebStack(listenOn = 0): Promise<WebStack> {
  const stack = await startTestStack();
  await stack.api.listen(listenOn, '127.0.0.1');
  const { port } = stack.api.getHttpServer().address() as AddressInfo;
  return { ...stack, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * Debian's Chromium driven by playwright-core, headless, in a fresh profile. The background-networking
 * flags keep it from stalling on this machine's closed network. Each page has its own sessionStorage,
 * so one page = one signed-in user.
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'khen-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: DESKTOP,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new tab at a viewport size; browser console errors fail loudly in the test output. */
export async function newPage(context: BrowserContext, viewport = DESKTOP): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (err) => console.error(`[browser] ${err.message}`));
  return page;
}

/** DEMO/TEST ONLY: signs in on the demo part of the sign-in page, pasting a demo user's bearer token. */
export async function signIn(page: Page, baseUrl: string, token: string, next = ''): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap${next}`);
  await page.locator('#token').fill(token);
  await page.locator('form button[type=submit]').click();
  await page.locator('[data-testid=whoami]').filter({ hasNotText: '…' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** No element wider than the viewport (a layout break shows as horizontal scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  ) as Promise<number>;
}

/** A signed-in user of the demo directory (`users` of test-stack.ts). */
type DemoUser = Parameters<TestStack['token']>[0];

/** The web stack and a browser shared by the tests of one describe block. */
export interface WebSuite {
  readonly stack: WebStack;
  readonly context: BrowserContext;
  /** A new tab signed in as `user`, at `path` of the pages. */
  as(user: DemoUser, path: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * The set-up of a browser spec, once: before its tests the stack starts (with `env` set first, and put back
 * after) and the browser opens; after them both close. Call it in the describe block; a spec's own
 * fixtures go in a later beforeAll, which runs once these are up.
 */
export function webSuite(env: Record<string, string> = {}): WebSuite {
  let stack: WebStack | undefined;
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  beforeAll(async () => {
    Object.assign(process.env, env);
    stack = await startWebStack();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    for (const [k, v] of Object.entries(before))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });
  const suite: WebSuite = {
    get stack() {
      if (!stack) throw new Error('webSuite: the stack is not started yet (use it inside a test or a later hook)');
      return stack;
    },
    get context() {
      if (!browser) throw new Error('webSuite: the browser is not open yet (use it inside a test or a later hook)');
      return browser.context;
    },
    async as(user, path, viewport = DESKTOP) {
      const p = await newPage(suite.context, viewport);
      await signIn(p, suite.stack.baseUrl, suite.stack.token(user));
      await p.goto(`${suite.stack.baseUrl}${path}`);
      return p;
    },
  };
  return suite;
}
