import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { systemContext } from '../src/platform/audit/audit.service';
import { createUser } from '../src/platform/auth/users.service';
import { FakeClock } from '../src/platform/clock';
import { issueCard } from '../src/modules/membership/cards.service';
import { runChargingCycle } from '../src/modules/venues/charging-cycle';
import { seedMember, seedVenue } from '../src/modules/venues/venues.test-kit';
import { screenshot, signedInBrowser, startTestServer, type TestServer } from './helpers/browser';

const staff = { email: 'desk@guildhall.test', name: 'Desk Staff', password: 'Correct-Horse-42' };

// The floor in Chromium with an injected clock: check-in from the floor, the 10-minute reminder
// arrives live, and the session ends by itself once the balance and the grace period are used up.
describe('floor view in Chromium', () => {
  const clock = new FakeClock('2026-01-05T02:00:00Z');
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startTestServer({ clock });
    const deps = server.app.deps;
    const venue = await seedVenue(deps, { centsPerHour: 600, seats: 6 });
    // 1.30 at 6.00/hour: 13 minutes of play.
    const customerId = await seedMember(deps, venue.storeId, 130, '王小明');
    await issueCard(deps, { ...systemContext, viewer: { pii: false }, author: { id: null, label: 'e2e' } }, customerId, { number: '8800123456', kind: 'physical' });
    await createUser(deps, { ...staff, role: 'store_staff', storeId: venue.storeId }, systemContext);
    ({ browser, page, errors } = await signedInBrowser(server, staff, { width: 1366, height: 900 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const tile = (label: string) => page.locator(`[data-seat="${label}"]`);
  const cycle = async (minutes: number) => {
    clock.advance(minutes * 60_000);
    await runChargingCycle(server.app.deps, clock.now());
  };

  it('checks a member in from the floor, shows the 10-minute reminder live, and frees the seat when the balance runs out', async () => {
    await page.goto('/venues');
    await page.getByRole('heading', { name: 'Floor', level: 2 }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    await expect.poll(() => tile('A01').getAttribute('data-state')).toBe('free');

    await tile('A01').click();
    const drawer = page.getByRole('dialog', { name: 'Seat A01' });
    await drawer.waitFor();
    const lookup = drawer.getByLabel('Member');
    await lookup.fill('8800123456');
    await lookup.press('Enter');
    await drawer.getByText('王小明').waitFor();
    await drawer.getByRole('button', { name: 'Check in' }).click();
    await expect.poll(() => tile('A01').getAttribute('data-state')).toBe('in_use');
    await tile('A01').getByText('13 min left').waitFor();

    await cycle(3);
    await tile('A01').getByText('10 min left').first().waitFor();
    await page.locator('.mantine-Notification-root').filter({ hasText: 'Seat A01: time running low' }).waitFor();
    await tile('A01').getByTestId('seat-reminder').waitFor();
    await screenshot(page, 'floor-reminder-en');

    await cycle(10);
    await tile('A01').getByText('Balance used up').waitFor();
    await cycle(2);
    await expect.poll(() => tile('A01').getAttribute('data-state')).toBe('free');
    await page.locator('.mantine-Notification-root').filter({ hasText: 'Seat A01 is free' }).waitFor();
    await screenshot(page, 'floor-ended-en');
    expect(errors).toEqual([]);
  });
});

describe('venue setup in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const admin = { email: 'root@guildhall.test', name: 'Root Admin', password: 'Correct-Horse-42' };

  beforeAll(async () => {
    server = await startTestServer();
    const deps = server.app.deps;
    await createUser(deps, { ...admin, role: 'admin' }, systemContext);
    const venue = await seedVenue(deps, { seats: 1 });
    ({ browser, page, errors } = await signedInBrowser(server, admin, { width: 1366, height: 900 }));
    // The store picker remembers the chain user's store; start with the seeded one.
    await page.addInitScript(`localStorage.setItem('guildhall.deskStore', '${venue.storeId}')`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a zone with a night rate and a run of seats', async () => {
    await page.goto('/admin/venues');
    await page.getByRole('heading', { name: 'Venue setup', level: 2 }).waitFor();
    await page.getByLabel('Code').fill('VIP');
    await page.getByLabel('Name').fill('VIP room');
    await page.getByLabel('Base rate (per hour)').fill('12');
    await page.getByLabel('Base rate (per hour)').press('Enter');
    const card = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: /VIP room/ }) });
    await card.waitFor();
    await card.getByLabel('Rate (per hour)').fill('8');
    await card.getByRole('button', { name: 'Add window' }).click();
    await card.getByText(/Fri Sat 22:00–08:00/).waitFor();
    await card.getByLabel('Prefix').fill('V');
    await card.getByLabel('To number').fill('4');
    await card.getByRole('button', { name: 'Add seats' }).click();
    await card.getByText('V04').waitFor();
    await screenshot(page, 'venue-setup-en');
    expect(errors).toEqual([]);
  });
});
