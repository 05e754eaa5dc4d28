import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { mailTo } from './read-mail.ts';
import type { TestPlatform } from './test-platform.ts';

/** Signs an organiser in as a person does: asks for a link, opens it from their e-mail, presses "Logga in". */
export async function signInThroughMail(page: Page, platform: TestPlatform, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/organiser/sign-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
  await platform.deliverOutbox();
  const path = (await mailTo(platform.mailbox, email))
    .at(-1)
    ?.text?.match(/http:\/\/traffpunkt\.test(\/organiser\/sign-in\/[\w-]+)/)?.[1];
  expect(path, `a sign-in link in the mail to ${email}`).toBeDefined();
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}
