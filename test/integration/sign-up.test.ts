import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberedWaitingList } from '#shared/domain/waiting-list.ts';
import { listRegistrations } from '#store/entities/registration.ts';
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

const participant = (name: string, email: string) => ({
  name,
  email,
  organisation: 'Norrtälje kommun',
  organisationKind: 'kommun',
  role: 'brottsförebyggande strateg',
});

async function signUp(eventId: string, fields: Record<string, string>) {
  const response = await postForm(platform.app, `/events/${eventId}/sign-up`, fields);
  await platform.deliverOutbox();
  return { status: response.status, html: await response.text() };
}

const manageLinkIn = (text: string | undefined) =>
  text?.match(/http:\/\/traffpunkt\.test(\/manage\/[A-Za-z0-9_-]+)/)?.[1];

describe('signing up for a conference with free seats', () => {
  it('confirms at once, on the page and by e-mail with a calendar invite and a manage link', async () => {
    await putTrygghetsdag(platform.table, 'open-conference');
    const { status, html } = await signUp('open-conference', {
      ...participant('Sofie Ahlholm', 'Sofie.Ahlholm@Norrtalje.se'),
      diet: 'vegetarisk',
    });
    expect(status).toBe(201);
    expect(html).toContain('Du är anmäld');
    expect(html).toContain('sofie.ahlholm@norrtalje.se');
    expect(html).not.toContain('/manage/');

    const [mail] = await mailTo(platform.mailbox, 'sofie.ahlholm@norrtalje.se');
    expect(mail?.subject).toBe('Bekräftelse: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(manageLinkIn(mail?.text)).toBeDefined();
    const invite = mail?.attachments.find((attachment) => attachment.mimeType === 'text/calendar');
    expect(invite?.method).toBe('REQUEST');
    expect(String(invite?.content && new TextDecoder().decode(invite.content as ArrayBuffer))).toContain(
      'METHOD:REQUEST',
    );
  });

  it('shows the seats left on the event page after the sign-up', async () => {
    await putTrygghetsdag(platform.table, 'seats-left', { capacity: 3 });
    await signUp('seats-left', participant('Anna Glas', 'anna.glas@norrtalje.se'));
    const html = await (await platform.app.request('/events/seats-left')).text();
    expect(html).toContain('2 platser kvar');
    expect(html).toContain('href="/events/seats-left/sign-up"');
  });
});

describe('bad input', () => {
  it('is refused field by field in Swedish, and nothing is stored or sent', async () => {
    await putTrygghetsdag(platform.table, 'bad-input');
    const before = platform.mailbox.messages().length;
    const { status, html } = await signUp('bad-input', {
      ...participant('', 'inte-en-adress'),
      organisationKind: 'klubb',
    });
    expect(status).toBe(422);
    expect(html).toContain('Anmälan skickades inte. Rätta följande:');
    expect(html).toContain('Namn: Fyll i fältet.');
    expect(html).toContain('E-postadress: Skriv en e-postadress i formen namn@exempel.se.');
    expect(html).toContain('Typ av organisation: Välj vilken sorts organisation du kommer från.');
    expect(html).toContain('value="inte-en-adress"');
    expect(await listRegistrations(platform.table, 'bad-input')).toEqual([]);
    expect(platform.mailbox.messages()).toHaveLength(before);
  });

  it('refuses a form posted from another site', async () => {
    await putTrygghetsdag(platform.table, 'forged');
    const response = await postForm(
      platform.app,
      '/events/forged/sign-up',
      participant('Mallory', 'mallory@example.com'),
      'https://evil.example',
    );
    expect(response.status).toBe(403);
    expect(await listRegistrations(platform.table, 'forged')).toEqual([]);
  });
});

describe('a full event', () => {
  it('puts later participants on the waiting list with their position, and says so by e-mail', async () => {
    await putTrygghetsdag(platform.table, 'full-with-list', { capacity: 1 });
    await signUp('full-with-list', participant('Greta Berg', 'greta@skr.se'));
    const second = await signUp('full-with-list', participant('Oliver Berger', 'oliver@urban.se'));
    const third = await signUp('full-with-list', participant('Katharina Tollin', 'katharina@bra.se'));
    expect(second.status).toBe(201);
    expect(second.html).toContain('Du står på väntelistan');
    expect(second.html).toContain('Du står som nummer 1 på väntelistan');
    expect(third.html).toContain('Du står som nummer 2 på väntelistan');
    const [mail] = await mailTo(platform.mailbox, 'katharina@bra.se');
    expect(mail?.subject).toBe('Väntelista: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(mail?.text).toContain('Du står som nummer 2 på väntelistan');
    expect(mail?.attachments).toEqual([]);
  });

  it('moves everyone behind up when someone ahead leaves the waiting list, on their pages and in the lists', async () => {
    await putTrygghetsdag(platform.table, 'list-moves-up', { capacity: 1 });
    await signUp('list-moves-up', participant('Malin Holm', 'malin@skr.se'));
    const waiting = ['erik@urban.se', 'karin@bra.se', 'sara@polisen.se'];
    for (const [n, email] of waiting.entries())
      await signUp('list-moves-up', participant(`Väntande ${n}`, email));
    const manageLink = async (email: string) =>
      manageLinkIn((await mailTo(platform.mailbox, email))[0]?.text) ?? '';

    await postForm(platform.app, `${await manageLink('erik@urban.se')}/cancel`, { confirm: 'yes' });
    const pageOf = async (email: string) => (await platform.app.request(await manageLink(email))).text();
    expect(await pageOf('karin@bra.se')).toContain('nummer 1 i kön');
    expect(await pageOf('sara@polisen.se')).toContain('nummer 2 i kön');
    // As the organisers' lists, CSV and XLSX number it.
    const stillWaiting = (await listRegistrations(platform.table, 'list-moves-up')).filter(
      (registration) => registration.status === 'waiting',
    );
    const places = numberedWaitingList(stillWaiting).map((registration) => [
      registration.email,
      registration.waitingPosition,
    ]);
    expect(Object.fromEntries(places)).toEqual({ 'karin@bra.se': 1, 'sara@polisen.se': 2 });

    const next = await signUp('list-moves-up', participant('Johan Lind', 'johan@lansstyrelsen.se'));
    expect(next.html).toContain('Du står som nummer 3 på väntelistan');
  });

  it('answers "fully booked" when the event has no waiting list, and stores nothing', async () => {
    await putTrygghetsdag(platform.table, 'full-no-list', { capacity: 1, waitingListEnabled: false });
    await signUp('full-no-list', participant('Greta Berg', 'greta@skr.se'));
    const { status, html } = await signUp('full-no-list', participant('Susan Friberg', 'susan@polisen.se'));
    expect(status).toBe(409);
    expect(html).toContain('Fullbokat');
    expect((await listRegistrations(platform.table, 'full-no-list')).map((r) => r.email)).toEqual([
      'greta@skr.se',
    ]);
  });
});

describe('the same address again', () => {
  it('makes no second registration and sends the same manage link to the address, never to the screen', async () => {
    await putTrygghetsdag(platform.table, 'twice');
    await signUp('twice', participant('Seth Åberg', 'seth.aberg@umea.se'));
    const again = await signUp('twice', {
      ...participant('Seth Åberg', ' SETH.ABERG@umea.se '),
      role: 'annan roll',
    });
    expect(again.status).toBe(200);
    expect(again.html).toContain('Du är redan anmäld');
    expect(again.html).not.toContain('/manage/');
    expect(await listRegistrations(platform.table, 'twice')).toHaveLength(1);

    const [first, second] = await mailTo(platform.mailbox, 'seth.aberg@umea.se');
    expect(second?.subject).toBe('Din anmälan till Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    const link = manageLinkIn(second?.text);
    expect(link).toBeDefined();
    expect(manageLinkIn(first?.text)).toBe(link);
    expect((await platform.app.request(link ?? '')).status).toBe(200);
  });
});

describe('when sign-up is not open', () => {
  it.each([
    ['not yet open', { registrationOpensAt: '2026-12-01T08:00:00Z' }, 'Anmälan har inte öppnat'],
    [
      'past its deadline',
      { registrationClosesAt: '2026-11-20T23:00:00Z' },
      'Sista anmälningsdag har passerat',
    ],
    ['cancelled', { status: 'cancelled' as const }, 'Evenemanget är inställt'],
    [
      'over',
      { startsAt: '2026-11-01T09:00:00Z', endsAt: '2026-11-01T14:00:00Z' },
      'Evenemanget har redan varit',
    ],
  ])('refuses an event %s with a clear message and stores nothing', async (_, changes, message) => {
    const id = `closed-${Object.keys(changes)[0]}`;
    await putTrygghetsdag(platform.table, id, changes);
    const { status, html } = await signUp(id, participant('Camilla Tjernberg', 'camilla@lansstyrelsen.se'));
    expect(status).toBe(409);
    expect(html).toContain(message);
    expect(await listRegistrations(platform.table, id)).toEqual([]);
  });
});

describe('the manage link', () => {
  it('lets a participant change details, and cancelling gives the seat to the first in line', async () => {
    await putTrygghetsdag(platform.table, 'manage', { capacity: 1 });
    await signUp('manage', participant('Kerstin Rörsch', 'kerstin@umea.se'));
    await signUp('manage', participant('Fredrik Granhag', 'fredrik@lansstyrelsen.se'));
    await signUp('manage', participant('Mia-Maria Magnusson', 'mia@polisen.se'));
    const link = manageLinkIn((await mailTo(platform.mailbox, 'kerstin@umea.se'))[0]?.text) ?? '';

    const saved = await postForm(platform.app, `${link}/details`, {
      ...participant('Kerstin Rörsch', 'ignored@example.com'),
      role: 'drogförebyggare',
      accessibility: 'hörslinga',
    });
    const savedPage = await saved.text();
    expect(savedPage).toContain('Dina ändringar är sparade.');
    expect(savedPage).toContain('Mitt program');
    const data = (await (await platform.app.request(`${link}/data.json`)).json()) as {
      registration: { role: string; email: string };
      needs: { accessibility?: string };
    };
    expect(data.registration).toMatchObject({ role: 'drogförebyggare', email: 'kerstin@umea.se' });
    expect(data.needs).toEqual({ accessibility: 'hörslinga' });

    const cancelled = await postForm(platform.app, `${link}/cancel`, { confirm: 'yes' });
    await platform.deliverOutbox();
    expect(await cancelled.text()).toContain('Din anmälan är avbokad.');

    const cancelMail = (await mailTo(platform.mailbox, 'kerstin@umea.se')).at(-1);
    expect(cancelMail?.subject).toBe('Avbokning: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(cancelMail?.attachments[0]?.method).toBe('CANCEL');

    const promotedMail = (await mailTo(platform.mailbox, 'fredrik@lansstyrelsen.se')).at(-1);
    expect(promotedMail?.subject).toBe(
      'Du har fått en plats: Trygghetsdag 2027 – Så arbetar vi mot narkotika',
    );
    expect(promotedMail?.attachments[0]?.method).toBe('REQUEST');
    const promotedPage = await (await platform.app.request(manageLinkIn(promotedMail?.text) ?? '')).text();
    expect(promotedPage).toContain('Anmäld');

    const statuses = Object.fromEntries(
      (await listRegistrations(platform.table, 'manage')).map((registration) => [
        registration.email,
        registration.status,
      ]),
    );
    expect(statuses).toEqual({
      'kerstin@umea.se': 'cancelled',
      'fredrik@lansstyrelsen.se': 'confirmed',
      'mia@polisen.se': 'waiting',
    });
  });

  it('erases everything on request, after which the link opens nothing', async () => {
    await putTrygghetsdag(platform.table, 'erase', { capacity: 5 });
    await signUp('erase', { ...participant('Anna Glas', 'anna@norrtalje.se'), diet: 'glutenfri' });
    const link = manageLinkIn((await mailTo(platform.mailbox, 'anna@norrtalje.se'))[0]?.text) ?? '';
    const erased = await postForm(platform.app, `${link}/erase`, { confirm: 'yes' });
    expect(await erased.text()).toContain('Dina uppgifter är raderade.');
    expect(await listRegistrations(platform.table, 'erase')).toEqual([]);
    expect((await platform.app.request(link)).status).toBe(404);
    const page = await (await platform.app.request('/events/erase')).text();
    expect(page).toContain('5 platser kvar');
  });
});
