import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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
