import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '#context/app-context.ts';
import { addWebhookEndpoint } from '#operations/webhooks/webhook-endpoints.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { editorValuesOf } from '#shared/organiser/event-editor-form.ts';
import type { WebhookEventType } from '#shared/webhooks/webhook-events.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import { putMotorburenProblematik, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';
import { startWebhookReceiver, type WebhookReceiver } from '#test/support/webhook-receiver.ts';

const NOW = '2026-11-22T10:00:00Z';
/** The working group's deadline is 2027-01-08 00:00 in Stockholm; organisers decide after it. */
const AFTER_DEADLINE = '2027-01-08T08:00:00Z';
let now = NOW;
let platform: TestPlatform;
let receiver: WebhookReceiver;
afterAll(async () => {
  await receiver?.stop();
  await platform?.stop();
});
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  receiver = await startWebhookReceiver(() => new Date(now));
});

function setNow(instant: string) {
  now = instant;
  platform.setNow(instant);
}

/** An endpoint of `organisationId` for `types`, added as its admin does, with the receiver holding its secret. */
async function endpointFor(organisationId: string, types: WebhookEventType[]) {
  const admin: Organiser = {
    email: `admin@${organisationId}.se`,
    name: 'Admin',
    organisationId,
    role: 'admin',
    memberships: [{ organisationId, role: 'admin' }],
  };
  const { secret } = await addWebhookEndpoint(platform.context as AppContext, admin, {
    url: receiver.url(),
    description: 'Ärendesystemet',
    eventTypes: types,
  });
  receiver.useSecret(secret);
}

async function drain() {
  for (let round = 0; round < 3; round += 1) await platform.deliverOutbox();
}

/** What the receiver took since `from`, each `type: data` as a line, in order; every signature checked. */
function receivedSince(from: number) {
  const taken = receiver.received.slice(from);
  expect(taken.every(({ verified, answered }) => verified && answered === 204)).toBe(true);
  return taken.map(({ payload }) => payload);
}

describe('the organisers’ changes, told to webhooks', () => {
  it('tells an event change and the promotions it causes, each once', async () => {
    await endpointFor('skr', ['event.changed', 'registration.promoted']);
    await putTrygghetsdag(platform.table, 'wider', { capacity: 2, coOrganiserIds: [] });
    for (let n = 1; n <= 4; n += 1)
      await postForm(platform.app, '/events/wider/sign-up', signUpFields(`Person ${n}`, `p${n}@wider.se`));
    await drain();
    // Sign-ups are not asked for: nothing was written for them.
    expect(receiver.received).toEqual([]);
    const editor = asOrganiser(platform, await signedInOrganiser(platform, 'red@skr.se', 'skr', 'editor'));
    const page = await getEventPage(platform.table, 'wider');
    if (!page) throw new Error('no event');
    const saved = await editor.post('/organiser/events/wider/edit', {
      ...editorValuesOf(page.event, page.meetings.length),
      capacity: '4',
    });
    expect(saved.status).toBe(200);
    await drain();
    const payloads = receivedSince(0);
    expect(payloads.map(({ type }) => type).sort()).toEqual([
      'event.changed',
      'registration.promoted',
      'registration.promoted',
    ]);
    expect(payloads.find(({ type }) => type === 'event.changed')?.data).toEqual({
      organisationId: 'skr',
      eventId: 'wider',
      changed: ['capacity'],
    });
  });

  it('tells a working group’s applications, each decision and a meeting that gets its date', async () => {
    const from = receiver.received.length;
    await endpointFor('lansstyrelsen-vg', [
      'application.submitted',
      'application.decided',
      'meeting.scheduled',
    ]);
    setNow(NOW);
    const event = await putMotorburenProblematik(platform.table, 'hooked-group');
    expect((await apply(platform, event, applicationForm('1480', team('goteborg')))).status).toBe(201);
    expect((await apply(platform, event, applicationForm('1490', team('boras')))).status).toBe(201);
    setNow(AFTER_DEADLINE);
    const organiser = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'editor@lansstyrelsen.se', 'lansstyrelsen-vg', 'editor'),
    );
    await organiser.post('/organiser/events/hooked-group/applications/1480/select');
    const decided = await organiser.post('/organiser/events/hooked-group/applications/decisions', {
      confirm: 'yes',
    });
    expect(decided.status).toBe(200);
    const meetings = (await getEventPage(platform.table, 'hooked-group'))?.meetings ?? [];
    const undated = meetings.find((meeting) => !meeting.startsAt);
    if (!undated) throw new Error('no meeting to date');
    const dated = await organiser.post(`/organiser/events/hooked-group/meetings/${undated.number}`, {
      sequence: String(undated.sequence),
      date: '2027-04-14',
      startTime: '09:00',
      endTime: '13:00',
      venueKind: 'digital',
    });
    expect(dated.status).toBe(200);
    await drain();
    const payloads = receivedSince(from);
    // Changes made in the same instant are delivered in any order.
    const told = payloads.map(({ type, data }) => `${type} ${data.municipalityCode ?? data.meetingNumber}`);
    expect(told.sort()).toEqual([
      'application.decided 1480',
      'application.decided 1490',
      'application.submitted 1480',
      'application.submitted 1490',
      `meeting.scheduled ${undated.number}`,
    ]);
    const decisions = payloads.filter(({ type }) => type === 'application.decided');
    expect(Object.fromEntries(decisions.map(({ data }) => [data.municipalityCode, data.decision]))).toEqual({
      1480: 'selected',
      1490: 'declined',
    });
    expect(payloads.find(({ type }) => type === 'meeting.scheduled')?.data).toMatchObject({
      organisationId: 'lansstyrelsen-vg',
      startsAt: '2027-04-14T07:00:00Z',
      endsAt: '2027-04-14T11:00:00Z',
    });
  });
});
