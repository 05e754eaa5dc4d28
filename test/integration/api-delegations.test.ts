import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, apiClientFor } from '#test/support/api-client.ts';
import { makeApiToken } from '#test/support/api-token-fixture.ts';
import { putKsStudyTrip, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/** The upcoming KS study trip (Oslo and the other large cities 5 places each, the other invited 3). */
const NOW = '2026-11-22T10:00:00Z';
const eventId = 'api-study-trip';
let platform: TestPlatform;
let api: ApiClient;
afterAll(() => platform.stop());

/** A lead registers two members of their municipality's delegation through the public form. */
async function registerDelegation(organisation: string, roles: string[]) {
  const fields: Record<string, string> = {
    organisation,
    leadName: `Leder ${organisation}`,
    leadEmail: `leder@${organisation.toLowerCase().replace(/\W/g, '')}.kommune.no`,
    // The demo trip has a price with VAT, so the form asks who pays.
    ...DRAMMEN_INVOICE_FIELDS,
    intent: 'send-anyway',
  };
  roles.forEach((role, row) => {
    fields[`members.${row}.name`] = `Deltaker ${row + 1} ${organisation}`;
    fields[`members.${row}.email`] =
      `deltaker${row + 1}@${organisation.toLowerCase().replace(/\W/g, '')}.kommune.no`;
    fields[`members.${row}.role`] = role;
  });
  expect((await postForm(platform.app, `/events/${eventId}/delegation`, fields)).status).toBe(201);
}

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const event = await putKsStudyTrip(platform.table, eventId, { coOrganiserIds: [] });
  await putTrygghetsdag(platform.table, 'ks-conference', {
    organisationId: event.organisationId,
    coOrganiserIds: [],
  });
  const admin = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'admin@ks.no', event.organisationId, 'admin'),
  );
  api = apiClientFor(platform, await makeApiToken(admin, 'Intranett', 'read'));
  await registerDelegation('Drammen', ['politician', 'police']);
});

describe('a study trip’s delegations and quotas through the API', () => {
  it('reads the quotas with each organisation’s places taken and left', async () => {
    const { data, response } = await api.GET('/organisation/events/{eventId}/quotas', {
      params: { path: { eventId } },
    });
    expect(response.status).toBe(200);
    expect(data?.defaultMaxPerOrganisation).toBe(3);
    const places = Object.fromEntries(
      (data?.organisations ?? []).map((entry) => [entry.organisation, entry]),
    );
    expect(places.Oslo).toMatchObject({ max: 5, taken: 0, left: 5 });
    expect(places.Drammen).toMatchObject({ max: 3, taken: 2, left: 1 });
  });

  it('lists the delegations with their lead, members and the wished-for roles they lack', async () => {
    const { data } = await api.GET('/organisation/events/{eventId}/delegations', {
      params: { path: { eventId } },
    });
    const drammen = data?.items.find((item) => item.organisation === 'Drammen');
    expect(drammen).toMatchObject({
      taken: 2,
      left: 1,
      lead: { name: 'Leder Drammen', email: 'leder@drammen.kommune.no' },
      covered: ['politician', 'police'],
      missing: ['crime-prevention-coordinator'],
    });
    // One transaction registered both, at one instant: compare them by name.
    expect(drammen?.members.map((member) => [member.name, member.delegationRole]).sort()).toEqual([
      ['Deltaker 1 Drammen', 'politician'],
      ['Deltaker 2 Drammen', 'police'],
    ]);
    expect(data?.items.find((item) => item.organisation === 'Oslo')).toMatchObject({ taken: 0, members: [] });
  });

  it('answers 404 for an event that takes no delegations', async () => {
    const { response } = await api.GET('/organisation/events/{eventId}/delegations', {
      params: { path: { eventId: 'ks-conference' } },
    });
    expect(response.status).toBe(404);
  });
});
