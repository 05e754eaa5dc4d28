import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undeliverableAddresses } from '#store/entities/undeliverable-address.ts';
import { markUndeliverableAddress } from '#store/transactions/undeliverable-marks.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
});

describe('addresses that bounce or complain', () => {
  it('are marked by a hash of the address, the latest report winning over one that arrives late', async () => {
    await markUndeliverableAddress(platform.table, 'Lena.Borg@Umea.se ', 'complaint', '2026-11-20T08:00:00Z');
    await markUndeliverableAddress(platform.table, 'lena.borg@umea.se', 'bounce', '2026-11-21T08:00:00Z');
    await markUndeliverableAddress(platform.table, 'lena.borg@umea.se', 'complaint', '2026-11-19T08:00:00Z');
    const marks = await undeliverableAddresses(platform.table, ['lena.borg@umea.se', 'nils@umea.se']);
    expect([...marks]).toEqual([['lena.borg@umea.se', { reason: 'bounce', at: '2026-11-21T08:00:00Z' }]]);
  });

  it('are shown to the organisers beside the registration, in words', async () => {
    await putTrygghetsdag(platform.table, 'marked');
    for (const [name, email] of [
      ['Lena Borg', 'lena.borg@umea.se'],
      ['Nils Ström', 'nils@umea.se'],
      ['Ida Vik', 'ida.vik@umea.se'],
    ]) {
      await postForm(platform.app, '/events/marked/sign-up', {
        name: name ?? '',
        email: email ?? '',
        organisation: 'Umeå kommun',
        organisationKind: 'kommun',
        role: 'samordnare',
      });
    }
    await markUndeliverableAddress(platform.table, 'ida.vik@umea.se', 'complaint', '2026-11-22T09:00:00Z');
    const organiser = asOrganiser(platform, await signedInOrganiser(platform, 'ulla@skr.se', 'skr'));
    const page = await (await organiser.get('/organiser/events/marked/registrations')).text();
    expect(page).toContain('lena.borg@umea.se<strong> (E-post studsar)</strong>');
    expect(page).toContain('ida.vik@umea.se<strong> (Har markerat vår e-post som skräppost)</strong>');
    expect(page).not.toContain('nils@umea.se<strong>');
    expect(page).toContain('href="/organiser/outbox"');
  });
});
