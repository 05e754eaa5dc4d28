import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrganisation } from '#store/entities/organisation.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { forgetOrganisation, recentOrganisation } from '#store/reads/organisation-cache.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

const participant = {
  name: 'Sofie Ahlholm',
  email: 'sofie@norrtalje.se',
  organisation: 'Norrtälje kommun',
  organisationKind: 'kommun',
  role: 'brottsförebyggande strateg',
};

describe('what a sign-up reads: the event item alone, and its organisation as read lately', () => {
  it('finds no draft: form and sign-up answer 404 and store nothing', async () => {
    await putTrygghetsdag(platform.table, 'draft-conference', { status: 'draft' });
    expect((await platform.app.request('/events/draft-conference/sign-up')).status).toBe(404);
    expect((await postForm(platform.app, '/events/draft-conference/sign-up', participant)).status).toBe(404);
    expect(await listRegistrations(platform.table, 'draft-conference')).toEqual([]);
  });

  it('keeps an organisation this process read until it is forgotten, then reads the table again', async () => {
    await putTrygghetsdag(platform.table, 'cached-organisation');
    const skr = await getOrganisation(platform.table, 'skr');
    if (!skr) throw new Error('the fixture lacks SKR');
    forgetOrganisation(platform.table, 'skr');
    expect(await recentOrganisation(platform.table, 'skr')).toEqual(skr);

    // Saved by another instance: this one goes on with what it read, for at most ORGANISATION_CACHE_MS.
    await putOrganisation(platform.table, { ...skr, senderName: 'SKR Konferens' });
    expect((await recentOrganisation(platform.table, 'skr'))?.senderName).toBe(skr.senderName);

    forgetOrganisation(platform.table, 'skr');
    expect((await recentOrganisation(platform.table, 'skr'))?.senderName).toBe('SKR Konferens');
    expect((await postForm(platform.app, '/events/cached-organisation/sign-up', participant)).status).toBe(
      201,
    );
    await platform.deliverOutbox();
    const [mail] = await mailTo(platform.mailbox, 'sofie@norrtalje.se');
    expect(mail?.from?.name).toBe('SKR Konferens');
  });

  it('remembers no organisation that is missing', async () => {
    const lateComer = {
      id: 'late-comer',
      name: 'Sent kommun',
      kind: 'kommun',
      country: 'SE',
      retentionDays: 90,
    } as const;
    expect(await recentOrganisation(platform.table, lateComer.id)).toBeUndefined();
    await putOrganisation(platform.table, lateComer);
    expect(await recentOrganisation(platform.table, lateComer.id)).toEqual(lateComer);
  });
});
