import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail, hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import { MANAGE_LINK_TYPE, manageLinkKey } from '#store/entities/manage-link.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { signUp as storeSignUp } from '#store/transactions/sign-up.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo, receivedMail } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableItems } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

const linkIn = (text: string | undefined) => text?.match(/http:\/\/traffpunkt\.test(\/manage\/[\w-]+)/)?.[1];

async function signUp(eventId: string, name: string, email: string) {
  const response = await postForm(platform.app, `/events/${eventId}/sign-up`, signUpFields(name, email));
  await platform.deliverOutbox();
  return response;
}

/** Every mail the address received, oldest first: its subject and the manage link it carries. */
async function mailsTo(email: string) {
  await platform.deliverOutbox();
  return (await mailTo(platform.mailbox, email)).map((mail) => ({
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    link: linkIn(mail.text),
  }));
}

const lastLinkTo = async (email: string) => (await mailsTo(email)).at(-1)?.link ?? '';

const open = async (path: string) => {
  const response = await platform.app.request(path);
  return { status: response.status, html: await response.text() };
};

const askAgain = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  platform.app.request('/link-again', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

describe('a manage link kept for the whole life of the registration', () => {
  it('is the same in the waiting-list mail, the seat offer and the confirmation, and opens the booking throughout', async () => {
    const event = await putTrygghetsdag(platform.table, 'keeps-link-offer', { capacity: 1, offerHours: 48 });
    await signUp(event.id, 'Greta Berg', 'greta@keeps-link-offer.se');
    await signUp(event.id, 'Oliver Berger', 'oliver@keeps-link-offer.se');
    const waiting = await lastLinkTo('oliver@keeps-link-offer.se');
    expect((await open(waiting)).html).toContain('På väntelistan');

    await postForm(platform.app, `${await lastLinkTo('greta@keeps-link-offer.se')}/cancel`, {
      confirm: 'yes',
    });
    await platform.deliverOutbox();
    expect((await open(waiting)).html).toContain('Erbjuden plats');
    await postForm(platform.app, `${waiting}/accept`, {});

    const mails = await mailsTo('oliver@keeps-link-offer.se');
    expect(mails.map((mail) => mail.subject.split(':')[0])).toEqual([
      'Väntelista',
      'En plats är ledig',
      'Bekräftelse',
    ]);
    expect(mails.map((mail) => mail.link)).toEqual([waiting, waiting, waiting]);
    expect((await open(waiting)).html).toContain('<dd>Anmäld</dd>');
  });

  it('is the same when a freed seat is given at once, by a cancellation or by an organiser', async () => {
    const event = await putTrygghetsdag(platform.table, 'keeps-link-promotion', { capacity: 1 });
    await signUp(event.id, 'Greta Berg', 'greta@keeps-link-promotion.se');
    await signUp(event.id, 'Oliver Berger', 'oliver@keeps-link-promotion.se');
    await signUp(event.id, 'Susan Friberg', 'susan@keeps-link-promotion.se');
    await postForm(platform.app, `${await lastLinkTo('greta@keeps-link-promotion.se')}/cancel`, {
      confirm: 'yes',
    });
    const susan = (await listRegistrations(platform.table, event.id)).find((r) => r.name === 'Susan Friberg');
    const organiser = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'platser@skr.se', 'skr', 'editor'),
    );
    await organiser.post(`/organiser/events/${event.id}/registrations/${susan?.id}/promote`);

    for (const address of ['oliver@keeps-link-promotion.se', 'susan@keeps-link-promotion.se']) {
      const mails = await mailsTo(address);
      expect(mails.map((mail) => mail.subject.split(':')[0])).toEqual(['Väntelista', 'Du har fått en plats']);
      expect(new Set(mails.map((mail) => mail.link)).size).toBe(1);
      expect((await open(mails[0]?.link ?? '')).html).toContain('<dd>Anmäld</dd>');
    }
  });
});

describe('the page that sends a link again', () => {
  let event: EventRecord;
  beforeAll(async () => {
    event = await putTrygghetsdag(platform.table, 'link-again');
    await signUp(event.id, 'Kerstin Rörsch', 'kerstin@umea.se');
  });

  it('is linked from the event page and the manage page, with the event chosen', async () => {
    const eventPage = (await open(`/events/${event.id}`)).html;
    expect(eventPage).toContain(`<a href="/link-again?event=${event.id}">Har du tappat bort din länk?</a>`);
    const managePage = (await open(await lastLinkTo('kerstin@umea.se'))).html;
    expect(managePage).toContain(`<a href="/link-again?event=${event.id}">Har du tappat bort din länk?</a>`);
    const form = (await open(`/link-again?event=${event.id}`)).html;
    expect(form).toContain('<h1>Skicka min länk igen</h1>');
    expect(form).toMatch(new RegExp(`<option value="${event.id}" selected="">`));
  });

  it('mails a registered address the link it holds, which opens the booking', async () => {
    const confirmation = await lastLinkTo('kerstin@umea.se');
    const response = await askAgain({ email: ' Kerstin@Umea.se ', event: event.id });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      `Om kerstin@umea.se är anmäld till ${event.title} har vi skickat länken dit nu.`,
    );
    const mail = (await mailsTo('kerstin@umea.se')).at(-1);
    expect(mail?.subject).toBe(`Din anmälan till ${event.title}`);
    expect(mail?.text).toContain('Någon (förhoppningsvis du) bad om länken till din anmälan');
    expect(mail?.link).toBe(confirmation);
    expect((await open(mail?.link ?? '')).html).toContain('Kerstin Rörsch');
  });

  it('answers an address that is not registered with the same page, and mails nothing', async () => {
    const registered = await (await askAgain({ email: 'kerstin@umea.se', event: event.id })).text();
    const before = (await receivedMail(platform.mailbox)).length;
    const unknown = await askAgain({ email: 'nobody@umea.se', event: event.id });
    expect(unknown.status).toBe(200);
    expect((await unknown.text()).replaceAll('nobody@umea.se', 'kerstin@umea.se')).toBe(registered);
    await platform.deliverOutbox();
    expect(await receivedMail(platform.mailbox)).toHaveLength(before + 1);
    expect(await mailTo(platform.mailbox, 'nobody@umea.se')).toEqual([]);
  });

  it('says what is missing, in the reader’s language', async () => {
    const swedish = await askAgain({ email: 'inte-en-adress', event: 'no-such-event' });
    expect(swedish.status).toBe(422);
    const page = await swedish.text();
    expect(page).toContain('Länken skickades inte. Rätta följande:');
    expect(page).toContain('E-postadress: Skriv en e-postadress i formen namn@exempel.se.');
    expect(page).toContain('Evenemang: Välj evenemanget du är anmäld till.');
    const english = await askAgain({ email: '', event: '' }, { 'accept-language': 'en' });
    expect(await english.text()).toContain('Event: Choose the event you signed up for.');
    expect((await open('/link-again?lang=nb')).html).toContain('<h1>Send lenken min på nytt</h1>');
  });

  it('is limited per address: the sixth request in a quarter of an hour is refused with Retry-After', async () => {
    await signUp(event.id, 'Anna Glas', 'anna@norrtalje.se');
    const statuses: number[] = [];
    for (let n = 0; n < 6; n += 1)
      statuses.push((await askAgain({ email: 'anna@norrtalje.se', event: event.id })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await askAgain({ email: 'ANNA@norrtalje.se', event: event.id });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await askAgain({ email: 'kerstin@umea.se', event: event.id })).status).toBe(200);
  });
});

describe('replacing a link', () => {
  it('by the participant: the new link is mailed and works, and the old one says it was replaced', async () => {
    const event = await putTrygghetsdag(platform.table, 'leaked-link');
    await signUp(event.id, 'Seth Åberg', 'seth@umea.se');
    const old = await lastLinkTo('seth@umea.se');
    expect((await open(old)).html).toContain('Byt ut min länk');

    const replaced = await postForm(platform.app, `${old}/replace-link`, {});
    expect(await replaced.text()).toContain('Vi har skickat en ny länk till seth@umea.se.');
    const mail = (await mailsTo('seth@umea.se')).at(-1);
    expect(mail?.subject).toBe(`Ny länk till din anmälan: ${event.title}`);
    const fresh = mail?.link ?? '';
    expect(fresh).not.toBe(old);
    expect((await open(fresh)).html).toContain('Seth Åberg');

    const gone = await open(old);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('<h1>Länken har bytts ut</h1>');
    expect(gone.html).toContain(
      'Den här länken fungerar inte längre: en ny länk har skickats till din e-postadress.',
    );
    expect(gone.html).toContain(`href="/link-again?event=${event.id}">Skicka min länk igen</a>`);
    expect(gone.html).not.toContain('Seth');
    // The old link does nothing any more, and the link mailed again is the new one.
    expect((await postForm(platform.app, `${old}/cancel`, {})).status).toBe(410);
    expect((await platform.app.request(`${old}/data.json`)).status).toBe(410);
    await askAgain({ email: 'seth@umea.se', event: event.id });
    expect(await lastLinkTo('seth@umea.se')).toBe(fresh);
    expect((await open(fresh)).html).toContain('<dd>Anmäld</dd>');
  });

  it('by an organiser from the registration’s page, in one transaction with the audit entry', async () => {
    const event = await putTrygghetsdag(platform.table, 'organiser-replaces', { coOrganiserIds: [] });
    await signUp(event.id, 'Camilla Tjernberg', 'camilla@lansstyrelsen.se');
    const old = await lastLinkTo('camilla@lansstyrelsen.se');
    const [camilla] = await listRegistrations(platform.table, event.id);
    const page = `/organiser/events/${event.id}/registrations/${camilla?.id}`;
    const editor = asOrganiser(platform, await signedInOrganiser(platform, 'byter@skr.se', 'skr', 'editor'));
    expect(await (await editor.get(page)).text()).toContain(`action="${page}/replace-link"`);

    const response = await editor.post(`${page}/replace-link`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      'camilla@lansstyrelsen.se har fått ett meddelande med en ny länk',
    );
    const fresh = await lastLinkTo('camilla@lansstyrelsen.se');
    expect(fresh).not.toBe(old);
    expect((await open(fresh)).status).toBe(200);
    expect((await open(old)).status).toBe(410);
    const { entries } = await listAuditEntries(platform.table, 'skr');
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: 'registration-link-replaced',
        actor: expect.objectContaining({ email: 'byter@skr.se' }),
        target: { kind: 'registration', id: camilla?.id, label: `Camilla Tjernberg, ${event.title}` },
      }),
    );
  });

  it('of a registration from before links were derived: the first mail moves it to a derived link, however many ask at once', async () => {
    const event = await putTrygghetsdag(platform.table, 'drawn-link');
    const drawn = newSecretToken();
    const registrationId = randomUUID();
    await storeSignUp(platform.table, {
      event,
      registration: {
        id: registrationId,
        eventId: event.id,
        ...signUpFields('Fredrik Granhag', 'fredrik@lansstyrelsen.se'),
        organisationKind: 'kommun',
        language: 'sv',
        createdAt: NOW,
      },
      emailHash: hashEmail('fredrik@lansstyrelsen.se'),
      manageLink: { tokenHash: hashSecret(drawn), version: 0 },
      expiresAt: Math.floor(Date.parse(event.endsAt) / 1000) + 90 * 86_400,
      needs: {},
      needsExpiresAt: Math.floor(Date.parse(event.endsAt) / 1000) + 7 * 86_400,
      mailFor: (registration) => participantMailIntent('confirmation', registration),
    });
    // Such a link was an item of its own, found by its hash: the link says nothing of where its registration is.
    await platform.table.doc.send(
      new PutCommand({
        TableName: platform.table.name,
        Item: {
          ...manageLinkKey(hashSecret(drawn)),
          type: MANAGE_LINK_TYPE,
          eventId: event.id,
          registrationId,
        },
      }),
    );
    expect((await open(`/manage/${drawn}`)).status).toBe(200);

    const again = await Promise.all(
      Array.from({ length: 5 }, () =>
        postForm(platform.app, `/events/${event.id}/sign-up`, {
          ...signUpFields('Fredrik Granhag', 'fredrik@lansstyrelsen.se'),
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    expect(again.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const links = (await mailsTo('fredrik@lansstyrelsen.se')).flatMap((mail) =>
      mail.link ? [mail.link] : [],
    );
    expect(links).toHaveLength(5);
    expect(new Set(links).size).toBe(1);
    expect((await open(links[0] ?? '')).html).toContain('Fredrik Granhag');
    expect((await open(`/manage/${drawn}`)).status).toBe(410);
  });
});

describe('a link that says where its registration is', () => {
  it('opens its own registration only: another’s secret, another place or a changed character opens nothing', async () => {
    await putTrygghetsdag(platform.table, 'located-links');
    await signUp('located-links', 'Ann Rönnäng', 'ann@polisen.se');
    await signUp('located-links', 'Bo Ek', 'bo@umea.se');
    const ann = (await lastLinkTo('ann@polisen.se')).replace('/manage/', '');
    const bo = (await lastLinkTo('bo@umea.se')).replace('/manage/', '');
    expect((await open(`/manage/${ann}`)).html).toContain('Ann Rönnäng');
    expect((await open(`/manage/${bo}`)).html).toContain('Bo Ek');

    const [annSecret, annPlace] = [ann.slice(0, SECRET_LENGTH), ann.slice(SECRET_LENGTH)];
    const [boSecret, boPlace] = [bo.slice(0, SECRET_LENGTH), bo.slice(SECRET_LENGTH)];
    const flipped = `${annSecret.slice(0, 10)}${annSecret[10] === 'A' ? 'B' : 'A'}${annSecret.slice(11)}`;
    for (const forged of [
      `${annSecret}${boPlace}`,
      `${boSecret}${annPlace}`,
      `${flipped}${annPlace}`,
      annSecret,
    ])
      expect((await open(`/manage/${forged}`)).status).toBe(404);
  });
});

/** A link's secret: what comes before the place of its registration. */
const SECRET_LENGTH = 43;

describe('the table', () => {
  it('holds no manage link that was mailed, nor its secret, only its hash', async () => {
    const secrets = (await receivedMail(platform.mailbox)).flatMap((mail) => {
      const token = linkIn(mail.text)?.replace('/manage/', '');
      return token ? [token.slice(0, SECRET_LENGTH)] : [];
    });
    expect(secrets.length).toBeGreaterThan(10);
    const items = JSON.stringify(await tableItems(platform.table));
    expect(secrets.filter((secret) => items.includes(secret))).toEqual([]);
  });
});
