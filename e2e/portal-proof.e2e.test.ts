import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { deflateSync } from 'node:zlib';
import { systemContext } from '../src/platform/audit/audit.service';
import { createUser } from '../src/platform/auth/users.service';
import { ensureDefaultStructure } from '../src/modules/organisation/default-structure';
import { screenshot, signedInBrowser, startTestServer, watchErrors, type TestServer } from './helpers/browser';

const agent = { email: 'recharge.lead@guildhall.test', name: 'Zhou Min', password: 'Correct-Horse-42' };
const WIDTH = 160;

/** A real PNG (a blue receipt-like card with grey lines), so the preview and the thumbnail decode. */
function receiptPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => (buf.reduce((c, b) => crcTable[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.concat([Buffer.from([0]), ...Array.from({ length: width }, (_, x) => Buffer.from(y % 16 < 3 && x > 12 && x < width - 12 ? [180, 180, 190] : [66, 99, 235]))]),
  );
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
const PNG = receiptPng(WIDTH, 100);

/** The width an <img> decoded to (0 while loading or when it failed). */
const decodedWidth = (img: Locator) =>
  img.evaluate((el) => {
    const image = el as unknown as { complete: boolean; naturalWidth: number };
    return image.complete ? image.naturalWidth : 0;
  });

// "Recharge not received" for an order nobody knows: the player is asked for proof, sends the
// receipt screenshot from the status page (refused files explained first), and the recharge
// team sees it as a thumbnail in the agent console and opens it in a new tab.
describe('proof screenshot from the status page to the console, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let agentContext: BrowserContext;
  let agentPage: Page;
  let agentErrors: string[];
  let player: Page;
  let playerErrors: string[];

  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultStructure(server.app.deps);
    await createUser(server.app.deps, { ...agent, role: 'supervisor' }, systemContext);
    ({ browser, context: agentContext, page: agentPage, errors: agentErrors } = await signedInBrowser(server, agent, { width: 1600, height: 1000, timeoutMs: 15_000 }));
    const playerContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1024, height: 900 }, baseURL: server.baseUrl });
    player = await playerContext.newPage();
    player.setDefaultTimeout(15_000);
    playerErrors = watchErrors(player);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the player uploads a receipt for a not-found order and the agent sees it', async () => {
    const inject = server.app.app.inject.bind(server.app.app);
    const paidAt = new Date(server.app.deps.clock.now().getTime() - 3600_000).toISOString();
    const claim = await inject({
      method: 'POST',
      url: '/api/v1/public/recharge-claims',
      payload: { gameAccount: 'e2e-proof', orderId: 'E2E-404', amount: '30.00', paymentChannel: 'alipay', paidAt, contactEmail: 'proof@example.com' },
    });
    expect(claim.statusCode, claim.body).toBe(201);
    const { token, number, outcome } = claim.json();
    expect(outcome).toBe('proof_needed');

    await player.goto(`/support/t/${token}`);
    await player.getByRole('heading', { name: 'Add a screenshot' }).waitFor();
    expect(await player.getByTestId('status-badge').getAttribute('data-status')).toBe('pending_customer');

    // Dropped, not an image: refused in the browser before anything is sent.
    const pdf = await player.evaluateHandle(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['%PDF-1.4'], 'receipt.pdf', { type: 'application/pdf' }));
      return dt;
    })()`);
    await player.getByTestId('screenshot-drop').dispatchEvent('drop', { dataTransfer: pdf });
    await player.getByText('Only PNG, JPEG, WebP or GIF images can be sent').waitFor();

    // Named .png but text inside: the server reads the bytes and refuses it.
    const input = player.locator('input[type="file"]');
    await input.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
    await player.getByRole('img', { name: 'Preview of the screenshot' }).waitFor({ state: 'attached' });
    await player.getByRole('button', { name: 'Send screenshot' }).click();
    await player.getByText('This file is not a PNG, JPEG, WebP or GIF image').waitFor();

    await input.setInputFiles({ name: 'alipay-receipt.png', mimeType: 'image/png', buffer: PNG });
    await player.getByText(/alipay-receipt\.png ·/).waitFor();
    const preview = player.getByRole('img', { name: 'Preview of the screenshot' });
    await expect.poll(() => decodedWidth(preview), { timeout: 10_000 }).toBe(WIDTH);
    await player.getByLabel('Note (optional)').fill('支付宝账单截图');
    await screenshot(player, 'portal-proof-preview-en');
    await player.getByRole('button', { name: 'Send screenshot' }).click();
    await player.getByText('Thank you: we have your proof and passed it to the recharge team').waitFor();
    await player.getByText(/\[截图 Screenshot: alipay-receipt\.png\]/).waitFor();
    await expect.poll(() => player.getByTestId('status-badge').getAttribute('data-status'), { timeout: 10_000 }).toBe('open');
    await expect.poll(() => player.getByRole('button', { name: 'Send screenshot' }).count(), { timeout: 10_000 }).toBe(0);

    // The recharge team's console: the screenshot as a thumbnail under the player's message.
    const found = await agentContext.request.get(`/api/v1/tickets?number=${number}`);
    const ticket = ((await found.json()) as { items: { id: string; priority: string; tags: string[] }[] }).items[0]!;
    expect(ticket.priority).toBe('high');
    expect(ticket.tags).toEqual(expect.arrayContaining(['claim_proof_received', 'recharge_team']));
    await agentPage.goto(`/tickets/${ticket.id}`);
    const thumb = agentPage.getByTestId('conversation').getByTestId('attachment-thumb');
    await thumb.waitFor();
    const image = thumb.getByRole('img', { name: 'alipay-receipt.png' });
    await expect.poll(() => decodedWidth(image), { timeout: 10_000 }).toBe(WIDTH);
    await agentPage.getByText('Proof received: the requester attached alipay-receipt.png').waitFor();
    await thumb.scrollIntoViewIfNeeded();
    await screenshot(agentPage, 'portal-proof-console');
    const [opened] = await Promise.all([agentContext.waitForEvent('page'), thumb.click()]);
    expect(opened.url()).toMatch(/^blob:/);

    expect(agentErrors).toEqual([]);
    // The refused fake is the one failed request the page made on purpose.
    expect(playerErrors.filter((e) => !e.includes('status of 415'))).toEqual([]);
  });
});
