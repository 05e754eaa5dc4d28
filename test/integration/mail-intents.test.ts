import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { registrationKey } from '#store/entities/registration.ts';
import { putKsStudyTrip, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableItems } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

/** The event's outbox items as stored, with their size as JSON (DynamoDB's own size is close to it). */
async function outboxOf(eventId: string) {
  return (await tableItems(platform.table))
    .filter((item) => item.type === 'outbox' && item.eventId === eventId && !item.webhook)
    .map((item) => ({ item, bytes: Buffer.byteLength(JSON.stringify(item)) }));
}

const manageLinkIn = (text: string | undefined) =>
  text?.match(/http:\/\/traffpunkt\.test(\/manage\/[A-Za-z0-9_-]+)/)?.[1];

describe('the mail a sign-up queues', () => {
  it('is an intent of well under 1 KB naming nobody, and goes out as the whole confirmation with its invite', async () => {
    const event = await putTrygghetsdag(platform.table, 'intent-confirmation', { capacity: 10 });
    const response = await postForm(platform.app, `/events/${event.id}/sign-up`, {
      ...signUpFields('Greta Berg', 'greta.berg@umea.se'),
      accessibility: 'hörslinga',
    });
    expect(response.status).toBe(201);

    const [queued, ...more] = await outboxOf(event.id);
    expect(more).toEqual([]);
    expect(queued?.bytes).toBeLessThan(1024);
    expect(queued?.item).toMatchObject({
      status: 'pending',
      recipientHash: hashEmail('greta.berg@umea.se'),
      mail: { kind: 'participant', story: 'confirmation', manageLinkVersion: 0, needsNoted: true },
    });
    expect(queued?.item).not.toHaveProperty('message');
    const stored = JSON.stringify(queued?.item);
    for (const personal of ['Greta', 'greta.berg@umea.se', 'hörslinga', 'Norrtälje']) {
      expect(stored).not.toContain(personal);
    }

    await platform.deliverOutbox();
    const [mail, ...others] = await mailTo(platform.mailbox, 'greta.berg@umea.se');
    expect(others).toEqual([]);
    expect(mail?.subject).toBe(`Bekräftelse: ${event.title}`);
    expect(mail?.text).toContain('Hej Greta Berg');
    expect(mail?.text).toContain('Greta Berg, brottsförebyggande strateg, Norrtälje kommun');
    expect(manageLinkIn(mail?.text)).toBeDefined();
    expect((await platform.app.request(manageLinkIn(mail?.text) ?? '')).status).toBe(200);
    const invite = mail?.attachments.find((attachment) => attachment.mimeType === 'text/calendar');
    expect(invite?.method).toBe('REQUEST');
    // Once sent, the intent goes too: the item keeps the recipient's hash and times.
    const [sent] = await outboxOf(event.id);
    expect(sent?.item).toMatchObject({ status: 'sent', recipientHash: hashEmail('greta.berg@umea.se') });
    expect(sent?.item).not.toHaveProperty('mail');
  });

  it('tells the waiting-list place the person had, even when a seat came to them before it went out, and then the seat', async () => {
    const event = await putTrygghetsdag(platform.table, 'intent-waiting', { capacity: 1 });
    await postForm(platform.app, `/events/${event.id}/sign-up`, signUpFields('Anna Först', 'anna@umea.se'));
    await platform.deliverOutbox();
    const [confirmation] = await mailTo(platform.mailbox, 'anna@umea.se');
    expect(
      (await postForm(platform.app, `/events/${event.id}/sign-up`, signUpFields('Bo Sist', 'bo@umea.se')))
        .status,
    ).toBe(201);
    // Anna leaves before Bo's waiting-list mail is sent: Bo gets her seat.
    await postForm(platform.app, `${manageLinkIn(confirmation?.text)}/cancel`, { confirm: 'yes' });
    const toBo = (await outboxOf(event.id)).filter(
      ({ item }) => item.recipientHash === hashEmail('bo@umea.se'),
    );
    expect(toBo.map(({ item }) => (item.mail as { story?: string } | undefined)?.story).sort()).toEqual([
      'promoted',
      'waiting',
    ]);
    await platform.deliverOutbox();

    const mails = await mailTo(platform.mailbox, 'bo@umea.se');
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      `Du har fått en plats: ${event.title}`,
      `Väntelista: ${event.title}`,
    ]);
    const waiting = mails.find((mail) => mail.subject?.startsWith('Väntelista'));
    expect(waiting?.text).toContain('Du står som nummer 1 på väntelistan.');
  });

  it('of a cancellation carries the SEQUENCE its change raised, however the event moves before it is sent', async () => {
    const event = await putTrygghetsdag(platform.table, 'intent-cancel-sequence', { capacity: 10 });
    const person = signUpFields('Dan Åter', 'dan@umea.se');
    await postForm(platform.app, `/events/${event.id}/sign-up`, person);
    await platform.deliverOutbox();
    const [confirmation] = await mailTo(platform.mailbox, 'dan@umea.se');
    const sequenceOf = (mail: Parameters<typeof inviteIn>[0]) =>
      Number(inviteIn(mail).vevent.getFirstPropertyValue('sequence'));
    const first = sequenceOf(confirmation);

    // Dan cancels and signs up again before either mail is sent: the receipt's CANCEL must not outrank the new
    // REQUEST, or his calendar would drop the entry he signed up for again.
    await postForm(platform.app, `${manageLinkIn(confirmation?.text)}/cancel`, { confirm: 'yes' });
    expect((await postForm(platform.app, `/events/${event.id}/sign-up`, person)).status).toBe(201);
    await platform.deliverOutbox();

    const [, receipt, again] = await mailTo(platform.mailbox, 'dan@umea.se');
    expect(inviteIn(receipt).method).toBe('CANCEL');
    expect(inviteIn(again).method).toBe('REQUEST');
    expect(sequenceOf(receipt)).toBe(first + 1);
    expect(sequenceOf(again)).toBe(first + 1);
  });

  it('is dropped when the registration was erased before it went out: nothing is sent, nothing kept', async () => {
    const event = await putTrygghetsdag(platform.table, 'intent-erased', { capacity: 10 });
    await postForm(
      platform.app,
      `/events/${event.id}/sign-up`,
      signUpFields('Cecilia Ek', 'cecilia@umea.se'),
    );
    const [queued] = await outboxOf(event.id);
    const { registrationId } = (queued?.item.mail ?? {}) as { registrationId?: string };
    // DynamoDB's TTL erasing the registration, which DynamoDB Local does not run.
    await platform.table.doc.send(
      new DeleteCommand({
        TableName: platform.table.name,
        Key: registrationKey(event.id, String(registrationId)),
      }),
    );

    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'cecilia@umea.se')).toEqual([]);
    expect(await outboxOf(event.id)).toEqual([]);
  });

  it('of a delegation member names the lead who registered them, read from the delegation as it is sent', async () => {
    const trip = await putKsStudyTrip(platform.table, 'intent-delegation');
    const response = await postForm(platform.app, `/events/${trip.id}/delegation`, {
      organisation: 'Drammen',
      leadName: 'Leder Drammen',
      leadEmail: 'leder@drammen.kommune.no',
      'members.0.name': 'Ola Nordmann',
      'members.0.email': 'ola.intent@drammen.kommune.no',
      'members.0.role': 'politician',
      ...DRAMMEN_INVOICE_FIELDS,
      intent: 'send-anyway',
    });
    expect(response.status).toBe(201);
    const memberMail = (await outboxOf(trip.id)).find(
      ({ item }) => item.recipientHash === hashEmail('ola.intent@drammen.kommune.no'),
    );
    expect(memberMail?.item.mail).toMatchObject({ story: 'confirmation', registeredByLead: true });
    expect(JSON.stringify(memberMail?.item)).not.toContain('Leder Drammen');

    await platform.deliverOutbox();
    const [mail] = await mailTo(platform.mailbox, 'ola.intent@drammen.kommune.no');
    expect(mail?.text).toContain('Leder Drammen');
  });
});
