import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Chromium from the system (playwright's own download is not available here). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export interface TestServer {
  app: TestApp;
  baseUrl: string;
  close(): Promise<void>;
}

/** A full app on a fresh PGlite copy, listening on a free localhost port. */
export async function startTestServer(options?: Parameters<typeof createTestApp>[0]): Promise<TestServer> {
  const app = await createTestApp(options);
  const address = await app.app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl: address, close: () => app.close() };
}

/**
 * Sets up data through the API as `headers` (e.g. an admin's), failing the test on any error.
 * @example const post = apiPoster(server.app, admin); const store = await post('/stores', { code: 'S1', name: 'Store' });
 */
export function apiPoster(t: TestApp, headers: Record<string, string>) {
  // `any`: test set-up reads whatever the route answers.
  return async (url: string, payload: object): Promise<any> => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
    if (res.statusCode >= 300) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
}

/** A browser on the server, signed in through the API (the page shares the cookie), watching for page errors. */
export async function signedInBrowser(
  server: TestServer,
  user: { email: string; password: string },
  options: { width: number; height: number; timeoutMs?: number; acceptDownloads?: boolean },
): Promise<{ browser: Browser; context: BrowserContext; page: Page; errors: string[]; csrf: string }> {
  const browser = await launchBrowser();
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: options.width, height: options.height },
    baseURL: server.baseUrl,
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeoutMs ?? 10_000);
  const errors = watchErrors(page);
  const login = await context.request.post('/api/v1/auth/login', { data: { email: user.email, password: user.password } });
  if (login.status() !== 200) throw new Error(`sign-in failed: ${login.status()} ${await login.text()}`);
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  return { browser, context, page, errors, csrf };
}

/** Collects page errors and console errors (CSP violations among them) for a final assertion. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** The form field (its @mantine/form path) that has keyboard focus. */
export function focusedField(page: Page): Promise<string | null> {
  return page.evaluate("document.activeElement && document.activeElement.getAttribute('data-path')") as Promise<string | null>;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
