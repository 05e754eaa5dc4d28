import { afterAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { signInThroughMail } from '#test/support/browser-sign-in.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { putInvoicedStudyTrip, registerDrammenDelegation } from '#test/support/invoiced-trip-fixture.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
const baseUrl = await serveOverHttp(platform);
const event = await putInvoicedStudyTrip(platform.table, 'ks-faktura');
await registerDrammenDelegation(platform, event);
await putOrganiser(platform.table, hashEmail('arrangor@ks.no'), {
  email: 'arrangor@ks.no',
  name: 'Arrangør, KS',
  organisationId: 'ks',
  role: 'admin',
});
const browser = await launchBrowser();
const page = await browser.newPage();
afterAll(async () => {
  await browser.close();
  await platform.stop();
});

/** Whether the page is wider than the window: a table that does not scroll in its own box widens it. */
const overflows = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('KS invoicing Drammen kommune for its delegation', () => {
  it('finds Drammen kommune under Fakturaer, not yet invoiced', async () => {
    await signInThroughMail(page, platform, baseUrl, 'arrangor@ks.no');
    await page.goto(`${baseUrl}/organiser/events/${event.id}`);
    await page.getByRole('link', { name: 'Fakturaer', exact: true }).click();
    await page.getByText('1 betalende organisasjon er ikke fakturert ennå.').waitFor();
    await expectNoAxeViolations(page);
  });

  it('invoices it, and reads the invoice in the list and as a printable copy, on a phone too', async () => {
    await page.getByRole('button', { name: 'Fakturer Drammen kommune' }).click();
    await page.getByRole('status').filter({ hasText: '1 faktura ble opprettet.' }).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await overflows()).toBe(false);
    await page
      .getByRole('link', { name: /^Kopi \(HTML\)/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Faktura 1' }).waitFor();
    expect(await page.getByText('10 748,00 kr').count()).toBeGreaterThan(0);
    // On a phone the copy fits the window and the total to pay is in sight, not in a box scrolled sideways.
    expect(await overflows()).toBe(false);
    const total = await page
      .getByRole('row', { name: /^Å betale/ })
      .getByText('10 748,00 kr')
      .boundingBox();
    expect((total?.x ?? Number.POSITIVE_INFINITY) + (total?.width ?? 0)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);
  });
});
