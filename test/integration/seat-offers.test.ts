import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRegistrations } from '#store/entities/registration.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let organiser: string;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

const hoursLater = (hours: number) => new Date(Date.parse(NOW) + hours * 3_600_000).toISOString();

async function signUp(eventId: string, name: string, email: string) {
  await postForm(platform.app, `/events/${eventId}/sign-up`, {
    name,
    email,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
  });
}

async function lastLink(email: string) {
  await platform.deliverOutbox();
  const mail = (await mailTo(platform.mailbox, email)).at(-1);
  return { subject: mail?.subject, link: mail?.text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0] ?? '', mail };
}

async function statuses(eventId: string) {
  return Object.fromEntries(
    (await listRegistrations(platform.table, eventId)).map((r) => [r.email, r.status]),
  );
}

/** One seat, taken; two waiting; the organiser switches to 48-hour offers through the organiser page. */
async function fullEventWithOffers(eventId: string) {
  platform.setNow(NOW);
  await putTrygghetsdag(platform.table, eventId, { capacity: 1 });
  organiser ??= await signedInOrganiser(platform, 'konferens@skr.se');
  const saved = await asOrganiser(platform, organiser).post(`/organiser/events/${eventId}/waiting-list`, {
    mode: 'offers',
    offerHours: '48',
  });
  expect(await saved.text()).toContain('Inställningen är sparad.');
  await signUp(eventId, 'Greta Berg', `greta@${eventId}.se`);
  await signUp(eventId, 'Oliver Berger', `oliver@${eventId}.se`);
  await signUp(eventId, 'Susan Friberg', `susan@${eventId}.se`);
  const { link } = await lastLink(`greta@${eventId}.se`);
  await postForm(platform.app, `${link}/cancel`, { confirm: 'yes' });
}

describe('time-limited seat offers', () => {
  it('hold a freed seat for the first in line, who accepts through the link and gets the invite', async () => {
    await fullEventWithOffers('offer-accept');
    const offer = await lastLink('oliver@offer-accept.se');
    expect(offer.subject).toBe('En plats är ledig: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(offer.mail?.text).toContain('senast tisdag 24 november 2026');
    expect(await statuses('offer-accept')).toMatchObject({
      'oliver@offer-accept.se': 'offered',
      'susan@offer-accept.se': 'waiting',
    });
    expect(await (await platform.app.request('/events/offer-accept')).text()).toContain('0 platser kvar');

    const accepted = await postForm(platform.app, `${offer.link}/accept`, {});
    expect(await accepted.text()).toContain('Du har tackat ja och är anmäld.');
    const confirmation = await lastLink('oliver@offer-accept.se');
    expect(confirmation.subject).toBe('Bekräftelse: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(confirmation.mail?.attachments[0]?.method).toBe('REQUEST');
    expect(await statuses('offer-accept')).toMatchObject({ 'oliver@offer-accept.se': 'confirmed' });
  });

  it('pass to the next in line when the time runs out, and a late answer is refused', async () => {
    await fullEventWithOffers('offer-expire');
    const offer = await lastLink('oliver@offer-expire.se');
    platform.setNow(hoursLater(47));
    expect((await platform.runJobs()).offersExpired).toBe(0);

    platform.setNow(hoursLater(49));
    const late = await postForm(platform.app, `${offer.link}/accept`, {});
    expect(await late.text()).toContain('Erbjudandet gäller inte längre.');
    expect((await platform.runJobs()).offersExpired).toBe(1);
    expect((await lastLink('oliver@offer-expire.se')).subject).toBe(
      'Erbjudandet har gått ut: Trygghetsdag 2027 – Så arbetar vi mot narkotika',
    );
    expect((await lastLink('susan@offer-expire.se')).subject).toBe(
      'En plats är ledig: Trygghetsdag 2027 – Så arbetar vi mot narkotika',
    );
    expect(await statuses('offer-expire')).toMatchObject({
      'oliver@offer-expire.se': 'cancelled',
      'susan@offer-expire.se': 'offered',
    });
    expect((await platform.runJobs()).offersExpired).toBe(0);
  });

  it('pass on at once when the offer is declined', async () => {
    await fullEventWithOffers('offer-decline');
    const offer = await lastLink('oliver@offer-decline.se');
    await postForm(platform.app, `${offer.link}/cancel`, { confirm: 'yes' });
    expect((await lastLink('susan@offer-decline.se')).subject).toBe(
      'En plats är ledig: Trygghetsdag 2027 – Så arbetar vi mot narkotika',
    );
  });

  it('are refused an answering time that is not a whole number of hours from 1 to 336', async () => {
    await putTrygghetsdag(platform.table, 'offer-settings', { capacity: 1 });
    const response = await asOrganiser(platform, organiser).post(
      '/organiser/events/offer-settings/waiting-list',
      {
        mode: 'offers',
        offerHours: '0.5',
      },
    );
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Ange ett helt antal timmar mellan 1 och 336.');
  });
});
