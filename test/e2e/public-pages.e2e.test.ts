import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { expectNoAxeViolations, launchBrowser } from '#test/support/browser.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const TODAY = '2026-11-22';
/** One of each kind of public page: lists, a past conference, a Norwegian study trip, a working group, an upcoming edition. */
const PUBLIC_PAGES = [
  '/',
  '/events/trygghetsdag-2022',
  '/events/ks-studietur-mc-kriminalitet-2011',
  '/events/motorburen-problematik-2020',
  '/events/trygghetsdag-2027',
  '/events/trygghetsdag-2022/programme',
  '/events/ks-studietur-mc-kriminalitet-2011/programme',
  '/accessibility',
  '/mailbox',
];
const platform = await createTestPlatform(`${TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
await loadDemoData(platform.table, TODAY);
const baseUrl = await serveOverHttp(platform);

const browser = await launchBrowser();
const page = await browser.newPage();
/** 1.4.10 Reflow's 320 CSS px: a phone in portrait, or a 1280 px screen zoomed to 400 %. */
const narrowPage = await browser.newPage({ viewport: { width: 320, height: 640 } });

describe('a participant in the browser', () => {
  it('finds past Trygghetsdag 2022 on the start page and reads that it is over and what its programme was', async () => {
    await page.goto(`${baseUrl}/`);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Kommande evenemang',
      'Tidigare evenemang',
    ]);

    await page
      .getByRole('region', { name: 'Tidigare evenemang' })
      .getByRole('link', { name: 'Trygghetsdag 2022 – Så arbetar vi mot narkotika' })
      .click();
    await page.waitForURL(`${baseUrl}/events/trygghetsdag-2022`);

    expect(await page.getByRole('status').textContent()).toBe('Evenemanget har redan ägt rum.');
    const slot = page
      .getByRole('list', { name: 'Program' })
      .getByRole('listitem')
      .filter({ has: page.getByText('Öppna drogscener', { exact: true }) });
    expect(await slot.textContent()).toContain('10.05–10.30');
  });

  it('reaches the skip link with the first Tab, sees it, and lands in the content with Enter', async () => {
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Hoppa till innehållet' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    expect((await skipLink.boundingBox())?.x).toBeGreaterThanOrEqual(0);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
  });
});

describe('a reader who prefers English, on a Swedish event page', () => {
  it("switches the page to English and back, while the event's own texts stay Swedish", async () => {
    const reader = await browser.newPage();
    await reader.goto(`${baseUrl}/events/trygghetsdag-2027`);
    const languages = reader.getByRole('navigation', { name: 'Språk' });
    expect(await languages.getByRole('link').allTextContents()).toEqual([
      'Svenska',
      'Norsk bokmål',
      'English',
    ]);

    await languages.getByRole('link', { name: 'English' }).click();
    await reader.getByRole('link', { name: 'Sign up' }).waitFor();
    expect(await reader.locator('html').getAttribute('lang')).toBe('en');
    const title = reader.getByRole('heading', { level: 1 });
    expect(await title.textContent()).toBe('Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(await title.getAttribute('lang')).toBe('sv');

    // The choice is remembered: the sign-up form, reached by a plain link, is in English too.
    await reader.getByRole('link', { name: 'Sign up' }).click();
    await reader.getByRole('button', { name: 'Sign up' }).waitFor();

    await reader.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Svenska' }).click();
    await reader.getByRole('button', { name: 'Skicka anmälan' }).waitFor();
    expect(await reader.locator('html').getAttribute('lang')).toBe('sv');
    await reader.close();
  });
});

describe('WCAG 2.1 AA', () => {
  it.each(PUBLIC_PAGES)('has no axe-core violations on %s', async (path) => {
    await page.goto(`${baseUrl}${path}`);
    await expectNoAxeViolations(page);
  });

  // 1.4.10 Reflow, which axe-core does not check.
  it.each(PUBLIC_PAGES)('reflows %s to 320 px without a horizontal scrollbar', async (path) => {
    await narrowPage.goto(`${baseUrl}${path}`);
    expect(await narrowPage.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  });
});
