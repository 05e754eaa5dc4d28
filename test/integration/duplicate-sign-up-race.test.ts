import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRegistrations } from '#store/entities/registration.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const TABS = 10;
const ADDRESS = 'greta.berg@skr.se';

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
});

const manageLinksIn = (texts: (string | undefined)[]) =>
  texts.map((text) => text?.match(/http:\/\/traffpunkt\.test(\/manage\/[A-Za-z0-9_-]+)/)?.[1]);

describe(`one address sent from ${TABS} tabs at once`, () => {
  it('is signed up once (201) and every other post gets the duplicate page (200), never an error', async () => {
    const event = await putTrygghetsdag(platform.table, 'ten-tabs', { capacity: 50 });
    // Each tab rendered its own form, so each post carries its own key: none is a retry of another.
    const responses = await Promise.all(
      Array.from({ length: TABS }, () =>
        postForm(platform.app, `/events/${event.id}/sign-up`, {
          ...signUpFields('Greta Berg', ADDRESS),
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    const pages = await Promise.all(
      responses.map(async (response) => ({ status: response.status, html: await response.text() })),
    );
    expect(pages.map((page) => page.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(pages.filter((page) => page.html.includes('Du är anmäld'))).toHaveLength(1);
    expect(pages.filter((page) => page.html.includes('Du är redan anmäld'))).toHaveLength(TABS - 1);
    expect(await listRegistrations(platform.table, event.id)).toHaveLength(1);

    // The confirmation and every "already signed up" mail carry one and the same link, and it opens the booking.
    await platform.deliverOutbox();
    const mails = await mailTo(platform.mailbox, ADDRESS);
    expect(mails).toHaveLength(TABS);
    const links = new Set(manageLinksIn(mails.map((mail) => mail.text)));
    expect(links.size).toBe(1);
    const [link] = links;
    expect(link).toBeDefined();
    const booking = await platform.app.request(link ?? '');
    expect(booking.status).toBe(200);
    expect(await booking.text()).toContain('Greta Berg');

    // Ten more tabs once she is registered: ten duplicate pages, still one registration, the link unchanged.
    const again = await Promise.all(
      Array.from({ length: TABS }, () =>
        postForm(platform.app, `/events/${event.id}/sign-up`, {
          ...signUpFields('Greta Berg', ADDRESS),
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    const answers = await Promise.all(
      again.map(async (response) => ({ status: response.status, html: await response.text() })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: TABS }, () => 200));
    expect(answers.every((answer) => answer.html.includes('Du är redan anmäld'))).toBe(true);
    expect(await listRegistrations(platform.table, event.id)).toHaveLength(1);
    await platform.deliverOutbox();
    expect(
      new Set(manageLinksIn((await mailTo(platform.mailbox, ADDRESS)).map((mail) => mail.text))),
    ).toEqual(links);
  });
});
