import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { queryAll } from '#store/table/query-all.ts';
import { applicationForm, apply, type Member, team } from '#test/support/application-fixture.ts';
import { putMotorburenProblematik } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
/** The fixture's application deadline is 2027-01-08 00:00 in Stockholm. */
const AFTER_DEADLINE = '2027-01-08T08:00:00Z';
const t = applicationMessagesFor('sv');

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

async function storedApplications(eventId: string) {
  return queryAll(platform.table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :application)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':application': 'APPLICATION#' },
    ConsistentRead: true,
  });
}

/** The edit link's path in the latest e-mail to `address`. */
async function editLinkOf(address: string): Promise<string> {
  const mail = await mailTo(platform.mailbox, address);
  const link = /http:\/\/traffpunkt\.test(\/applications\/[\w-]+)/.exec(mail.at(-1)?.text ?? '')?.[1];
  if (!link) throw new Error(`no edit link in the mail to ${address}`);
  return link;
}

describe('applying to a working group', () => {
  let event: EventRecord;
  beforeAll(async () => {
    event = await putMotorburenProblematik(platform.table, 'mp-apply');
  });

  it('offers "Ansök" on the event page while applications are open', async () => {
    const html = await (await platform.app.request(`/events/${event.id}`)).text();
    expect(html).toContain(`href="/events/${event.id}/apply"`);
    expect(html).toContain('>Ansök<');
  });

  it('shows the form with the requirements, the deadline and the municipalities by county', async () => {
    const response = await platform.app.request(`/events/${event.id}/apply`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Sista ansökningsdag: torsdag 7 januari 2027');
    expect(html).toContain('Problematiken finns i den lokala lägesbilden.');
    expect(html).toContain('<optgroup label="Västra Götalands län">');
    expect(html).toContain('<option value="1486">Strömstad</option>');
    expect(html).toContain(
      'Vill du ta del av eller radera dina uppgifter innan dess kontaktar du arrangören.',
    );
  });

  it.each([
    [
      'no police representative',
      { 'members.1.representation': 'other' },
      'members',
      t.errors.missingRepresentation('polisen'),
    ],
    [
      'no municipality representative',
      { 'members.0.representation': 'police' },
      'members',
      t.errors.missingRepresentation('kommunen'),
    ],
    ['no local situation', { localSituation: '  ' }, 'localSituation', t.errors.localSituation],
    ['no commitment', { commitment: '' }, 'commitment', t.errors.commitment],
    ['a municipality not on the list', { municipality: '9999' }, 'municipality', t.errors.municipality],
    [
      'the same address twice',
      { 'members.1.email': 'kim.criteria@kommun.se' },
      'members.1.email',
      t.errors.sameEmail(1),
    ],
  ])('refuses an application with %s, and stores and sends nothing', async (_, changes, field, message) => {
    const { status, html } = await apply(platform, event, {
      ...applicationForm('1485', team('criteria')),
      ...changes,
    });
    expect(status).toBe(422);
    expect(html).toContain(message);
    expect(html).toContain(`href="#field-${field}"`);
    expect(await storedApplications(event.id)).toEqual([]);
    expect(await mailTo(platform.mailbox, 'kim.criteria@kommun.se')).toEqual([]);
  });

  it('stores the application and sends every member a receipt with the edit link, which the page does not show', async () => {
    const members: Member[] = [
      ...team('uddevalla'),
      ['Ola Olsson', 'ola.uddevalla@fastighetsbolaget.se', 'Trygghetsvärd', 'other'],
    ];
    const { status, html } = await apply(platform, event, applicationForm('1485', members));
    expect(status).toBe(201);
    expect(html).toContain(t.outcome.submittedBody('Uddevalla', 3));
    expect(html).not.toContain('/applications/');

    const [stored] = await storedApplications(event.id);
    expect(stored).toMatchObject({
      SK: 'APPLICATION#1485',
      municipality: 'Uddevalla',
      county: 'Västra Götalands län',
      commitsToWorkBetweenMeetings: true,
      status: 'submitted',
    });
    expect(stored?.members).toHaveLength(3);
    expect(Number(stored?.expiresAt)).toBeGreaterThan(Date.parse(event.endsAt) / 1000);

    for (const [name, address] of members) {
      const mail = await mailTo(platform.mailbox, address);
      expect(mail).toHaveLength(1);
      expect(mail[0]?.subject).toBe(`Ansökan från Uddevalla: ${event.title}`);
      expect(mail[0]?.text).toContain(`Hej ${name}!`);
      expect(mail[0]?.text).toContain('Cruising och drifting på handelsområdet');
      expect(mail[0]?.text).toContain('Pia Persson, Kommunpolis (Polisen)');
      expect(await editLinkOf(address)).toMatch(/^\/applications\//);
    }
  });

  it('keeps one application per municipality: a second attempt re-sends the edit link to the team on file', async () => {
    await apply(platform, event, applicationForm('1486', team('stromstad')));
    const firstLink = await editLinkOf('kim.stromstad@kommun.se');

    const second = await apply(platform, event, applicationForm('1486', team('intruder')));
    expect(second.status).toBe(409);
    expect(second.html).toContain(t.outcome.alreadyBody('Strömstad'));
    expect(second.html).not.toContain('/applications/');

    const stored = (await storedApplications(event.id)).filter((item) => item.SK === 'APPLICATION#1486');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.members).toEqual([
      expect.objectContaining({ email: 'kim.stromstad@kommun.se' }),
      expect.objectContaining({ email: 'pia.stromstad@polisen.se' }),
    ]);
    expect(await mailTo(platform.mailbox, 'kim.intruder@kommun.se')).toEqual([]);

    for (const address of ['kim.stromstad@kommun.se', 'pia.stromstad@polisen.se']) {
      const mail = await mailTo(platform.mailbox, address);
      expect(mail.map((message) => message.subject)).toEqual([
        `Ansökan från Strömstad: ${event.title}`,
        `Länk för att ändra ansökan från Strömstad: ${event.title}`,
      ]);
    }
    const newLink = await editLinkOf('kim.stromstad@kommun.se');
    expect(newLink).not.toBe(firstLink);
    const stale = await platform.app.request(firstLink, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(stale.status).toBe(404);
    // The link names no event any more, so the reader's browser says which language to answer in.
    expect(await stale.text()).toContain(messagesFor('en').notFound);
    expect((await platform.app.request(newLink)).status).toBe(200);
  });

  it('lets the team change the application through the link, under the same criteria, with new receipts', async () => {
    await apply(platform, event, applicationForm('1384', team('kungsbacka')));
    const link = await editLinkOf('kim.kungsbacka@kommun.se');

    const page = await platform.app.request(link);
    const html = await page.text();
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('value="pia.kungsbacka@polisen.se"');
    expect(html).toContain('Cruising och drifting');

    const refused = await postForm(platform.app, link, {
      ...applicationForm('1384', team('kungsbacka')),
      'members.1.representation': 'other',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(t.errors.missingRepresentation('polisen'));

    const members: Member[] = [
      ...team('kungsbacka'),
      ['Nils Nilsson', 'nils.kungsbacka@kommun.se', 'Säkerhetschef', 'municipality'],
    ];
    const saved = await postForm(
      platform.app,
      link,
      applicationForm('0180', members, { localSituation: 'Hang på hamnplanen.' }),
    );
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain(t.edit.saved);
    await platform.deliverOutbox();

    const [stored] = (await storedApplications(event.id)).filter((item) => item.SK === 'APPLICATION#1384');
    expect(stored).toMatchObject({ municipality: 'Kungsbacka', localSituation: 'Hang på hamnplanen.' });
    expect(stored?.members).toHaveLength(3);
    expect(await storedApplications(event.id)).not.toContainEqual(
      expect.objectContaining({ SK: 'APPLICATION#0180' }),
    );
    for (const [, address] of members) {
      const mail = await mailTo(platform.mailbox, address);
      expect(mail.at(-1)?.subject).toBe(`Ändrad ansökan från Kungsbacka: ${event.title}`);
      expect(mail.at(-1)?.text).toContain('Hang på hamnplanen.');
    }
  });
});

describe('the application deadline', () => {
  let event: EventRecord;
  let link: string;
  beforeAll(async () => {
    event = await putMotorburenProblematik(platform.table, 'mp-deadline');
    await apply(platform, event, applicationForm('1490', team('boras')));
    link = await editLinkOf('kim.boras@kommun.se');
    platform.setNow(AFTER_DEADLINE);
  });
  afterAll(() => platform.setNow(NOW));

  it('refuses a new application after it, and stores nothing', async () => {
    expect((await platform.app.request(`/events/${event.id}/apply`)).status).toBe(409);
    const { status, html } = await apply(platform, event, applicationForm('1480', team('goteborg')));
    expect(status).toBe(409);
    expect(html).toContain(t.outcome.refused['deadline-passed'][0]);
    expect((await storedApplications(event.id)).map((item) => item.SK)).toEqual(['APPLICATION#1490']);
    expect(await mailTo(platform.mailbox, 'kim.goteborg@kommun.se')).toEqual([]);
  });

  it('shows the application read-only behind the link, and refuses a change', async () => {
    const page = await (await platform.app.request(link)).text();
    expect(page).toContain(t.edit.closed);
    expect(page).not.toContain('<form');

    const response = await postForm(
      platform.app,
      link,
      applicationForm('1490', team('boras'), { localSituation: 'För sent ändrat.' }),
    );
    expect(response.status).toBe(409);
    const [stored] = await storedApplications(event.id);
    expect(stored?.localSituation).not.toBe('För sent ändrat.');
  });

  it('no longer offers "Ansök" on the event page', async () => {
    const html = await (await platform.app.request(`/events/${event.id}`)).text();
    expect(html).not.toContain(`/events/${event.id}/apply`);
  });
});

describe("the application form's municipality list", () => {
  let event: EventRecord;
  beforeAll(async () => {
    event = await putMotorburenProblematik(platform.table, 'motorburen-county');
  });
  const optionsIn = (html: string) => [...html.matchAll(/<option value="(\d{4})"/g)].map((match) => match[1]);
  const groupsIn = (html: string) =>
    [...html.matchAll(/<optgroup label="([^"]+)"/g)].map((match) => match[1] ?? '');

  it("shows the group's own county alone, its municipalities in alphabetical order, with a link to all counties", async () => {
    const html = await (await platform.app.request(`/events/${event.id}/apply`)).text();
    expect(groupsIn(html)).toEqual(['Västra Götalands län']);
    expect(optionsIn(html)).toHaveLength(49);
    expect(html).toContain('Listan visar kommunerna i Västra Götalands län.');
    const names = [...html.matchAll(/<option value="\d{4}"[^>]*>([^<]+)</g)].map((match) => match[1] ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(html).toContain('href="?counties=all#field-municipality"');
  });

  it('shows every county after it, in alphabetical order, when asked', async () => {
    const html = await (await platform.app.request(`/events/${event.id}/apply?counties=all`)).text();
    const groups = groupsIn(html);
    expect(groups[0]).toBe('Västra Götalands län');
    expect(groups).toHaveLength(21);
    expect(groups.slice(1)).toEqual([...groups.slice(1)].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(optionsIn(html)).toHaveLength(290);
  });
});
