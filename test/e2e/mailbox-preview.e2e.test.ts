import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '#test/support/browser.ts';
import { FIXTURE_TODAY, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { serveOverHttp } from '#test/support/serve-over-http.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform } from '#test/support/test-platform.ts';

const platform = await createTestPlatform(`${FIXTURE_TODAY}T10:00:00Z`);
afterAll(() => platform.stop());
const event = await putTrygghetsdag(platform.table, 'trygghetsdag-mailbox');
const baseUrl = await serveOverHttp(platform);
const browser = await launchBrowser();

await postForm(platform.app, `/events/${event.id}/sign-up`, signUpFields('Åsa Öberg', 'asa@norrtalje.se'));
await platform.deliverOutbox();
const [confirmation] = platform.mailbox.messages();
if (!confirmation) throw new Error('the sign-up sent no confirmation');

/**
 * How many pixels of the element, as the page's screenshot shows it, are darker than mid grey: text drawn in it.
 * Counted from pixels because a frame's DOM can hold all its text while the screen shows none of it (a sandboxed
 * frame's document is drawn by another process, which may not have painted it).
 */
async function inkedPixels(page: Page, element: Locator): Promise<number> {
  const box = await element.boundingBox();
  if (!box) throw new Error('the element is not shown');
  const png = (await page.screenshot({ clip: box })).toString('base64');
  const canvasPage = await browser.newPage();
  try {
    return await canvasPage.evaluate(async (source) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const drawing = canvas.getContext('2d');
      if (!drawing) throw new Error('no 2d canvas');
      drawing.drawImage(image, 0, 0);
      const { data } = drawing.getImageData(4, 4, image.width - 8, image.height - 8);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 3 * 160) inked += 1;
      }
      return inked;
    }, `data:image/png;base64,${png}`);
  } finally {
    await canvasPage.close();
  }
}

describe('the local mailbox', () => {
  it('shows the HTML part of a message in its frame, styled as the mail styles itself', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const answer = await page.goto(`${baseUrl}/mailbox/${confirmation.id}`);
    const frameElement = page.locator('iframe.mail-html');
    await frameElement.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe.mail-html');
    await frame.getByText('Hej Åsa Öberg!').waitFor();
    expect(await inkedPixels(page, frameElement), 'text drawn in the frame').toBeGreaterThan(1000);
    const unstyled = await frame
      .locator('body')
      .evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[style]')]
          .filter((element) => element.style.length === 0)
          .map((element) => element.outerHTML.slice(0, 80)),
      );
    expect(unstyled, 'elements whose inline style the frame refused').toEqual([]);

    // The page's own policy is as strict as on every other page: the frame gets a policy of its own.
    const pagePolicy = answer?.headers()['content-security-policy'] ?? '';
    expect(pagePolicy).toContain("style-src 'self'");
    expect(pagePolicy).toContain("frame-ancestors 'none'");
    expect(pagePolicy).not.toContain('unsafe-inline');
    await page.close();
  });

  it('serves the HTML part inert: no script, nothing fetched, framed only by the mailbox', async () => {
    const part = await platform.app.request(`/mailbox/${confirmation.id}/html`);
    const policy = part.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain('sandbox');
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).not.toContain('script-src');
    expect(part.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(await part.text()).toContain('Hej Åsa Öberg!');
  });
});
