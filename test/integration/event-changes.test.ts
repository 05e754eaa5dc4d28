import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorValuesOf } from '#shared/organiser/event-editor-form.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

let platform: TestPlatform;
let organiser: string;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  organiser = await signedInOrganiser(platform, 'konferens@skr.se', 'skr', 'editor');
});

/** Saves the event's editor form as stored, with `changes` typed in, as the organiser's browser posts it. */
async function saveDetails(eventId: string, changes: Record<string, string>) {
  const page = await getEventPage(platform.table, eventId);
  if (!page) throw new Error(`no event ${eventId}`);
  return asOrganiser(platform, organiser).post(`/organiser/events/${eventId}/edit`, {
    ...editorValuesOf(page.event, page.meetings.length),
    ...changes,
  });
}

const details = (changes: Record<string, string> = {}) => ({
  startsAt: '2027-02-04T10:00',
  endsAt: '2027-02-04T15:00',
  ...changes,
});

async function signUp(eventId: string, name: string, email: string) {
  await postForm(platform.app, `/events/${eventId}/sign-up`, {
    name,
    email,
    organisation: 'Norrtälje kommun',
    organisationKind: 'kommun',
    role: 'folkhälsostrateg',
  });
}

describe('an organiser changing the time, place or name of an event', () => {
  it('sends every confirmed participant the updated invite: same UID, SEQUENCE+1, the new time', async () => {
    await putTrygghetsdag(platform.table, 'moved-event', { capacity: 1 });
    await signUp('moved-event', 'Sofie Ahlholm', 'sofie@norrtalje.se');
    await signUp('moved-event', 'Anna Glas', 'anna@norrtalje.se');
    await platform.deliverOutbox();
    const response = await saveDetails(
      'moved-event',
      details({ startsAt: '2027-02-04T11:00', endsAt: '2027-02-04T16:00' }),
    );
    expect(await response.text()).toContain(
      'Ändringarna är sparade. 1 bekräftad deltagare får en uppdaterad inbjudan.',
    );
    await platform.deliverOutbox();

    const [confirmation, update] = await mailTo(platform.mailbox, 'sofie@norrtalje.se');
    expect(update?.subject).toBe('Ändrat: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    const veventOf = (mail: typeof update) => {
      const part = mail?.attachments.find((attachment) => attachment.mimeType === 'text/calendar');
      return new ICAL.Component(
        ICAL.parse(new TextDecoder().decode(part?.content as ArrayBuffer)),
      ).getFirstSubcomponent('vevent');
    };
    const before = veventOf(confirmation);
    const after = veventOf(update);
    expect(after?.getFirstPropertyValue('uid')).toBe(before?.getFirstPropertyValue('uid'));
    expect(after?.getFirstPropertyValue('sequence')).toBe(
      Number(before?.getFirstPropertyValue('sequence')) + 1,
    );
    expect(String(after?.getFirstProperty('dtstart')?.toJSON()[3])).toBe('2027-02-04T11:00:00');

    expect((await mailTo(platform.mailbox, 'anna@norrtalje.se')).map((mail) => mail.subject)).not.toContain(
      'Ändrat: Trygghetsdag 2027 – Så arbetar vi mot narkotika',
    );
    expect(await (await platform.app.request('/events/moved-event')).text()).toContain('11.00–16.00');
  });

  it('refuses an end before the start in Swedish and changes nothing', async () => {
    await putTrygghetsdag(platform.table, 'bad-change');
    const response = await saveDetails('bad-change', details({ endsAt: '2027-02-04T09:00' }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Sluttiden måste ligga efter starttiden.');
    expect(await (await platform.app.request('/events/bad-change')).text()).toContain('10.00–15.00');
  });

  it('sends nothing when nothing a calendar shows has changed', async () => {
    await putTrygghetsdag(platform.table, 'same-event');
    const response = await saveDetails('same-event', details());
    expect(await response.text()).toContain('Inget var ändrat, så inget sparades.');
  });
});
