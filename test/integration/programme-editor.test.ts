import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { OrganiserRole } from '#shared/domain/organiser.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { mergeProgramme } from '#shared/programme/merge-programme.ts';
import { instantAt } from '#shared/time.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { replaceProgramme } from '#store/transactions/programme.ts';
import { lastSessionNotice, participantWithAgenda, pickForAgenda } from '#test/support/agenda-fixture.ts';
import { auditEntriesAbout } from '#test/support/audit-entries.ts';
import { putKsStudyTrip, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { justBeforeTransaction } from '#test/support/just-before-transaction.ts';
import { signInAsOrganiser } from '#test/support/organiser-session.ts';
import { readCalendar, vevents } from '#test/support/read-calendar.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';
import {
  TRYGGHETSDAG_PROGRAMME,
  TRYGGHETSDAG_PROGRAMME_CORRECTED,
} from '#test/unit/programme/seed-programmes.ts';

const NOW = '2026-11-22T10:00:00Z';
const DRUG_SCENES = '1005-oppna-drogscener';
let platform: TestPlatform;
let editor: string;
afterAll(() => platform.stop());

async function signedIn(email: string, organisationId: string, role: OrganiserRole) {
  await putOrganiser(platform.table, hashEmail(email), { email, name: email, organisationId, role });
  return signInAsOrganiser(platform, email);
}

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  editor = await signedIn('konferens@skr.se', 'skr', 'editor');
});

const get = (path: string, cookie = editor) => platform.app.request(path, { headers: { cookie } });
const post = (path: string, fields: Record<string, string>, cookie = editor) =>
  platform.app.request(path, {
    method: 'POST',
    headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const saveProgramme = (eventId: string, programme: string, cookie = editor) =>
  post(`/organiser/events/${eventId}/programme`, { programme }, cookie);
const addSlides = (eventId: string, slotId: string, title: string, url: string) =>
  post(`/organiser/events/${eventId}/slots/${slotId}/materials`, {
    [`title-${slotId}`]: title,
    [`url-${slotId}`]: url,
  });

/** The stored programme as the editor shows it for pasting back. */
async function programmeTextOf(eventId: string): Promise<string> {
  const html = await (await get(`/organiser/events/${eventId}/programme`)).text();
  return (html.match(/<textarea[^>]*>\n?([\s\S]*?)<\/textarea>/)?.[1] ?? '')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"');
}

async function storedSlots(eventId: string): Promise<ProgrammeSlot[]> {
  return (await getEventPage(platform.table, eventId))?.slots ?? [];
}

async function storedSlot(eventId: string, slotId: string): Promise<ProgrammeSlot | undefined> {
  return (await storedSlots(eventId)).find(({ id }) => id === slotId);
}

describe('the programme editor', () => {
  it('is linked from the event and shows the stored programme as text in the event’s language', async () => {
    const event = await putTrygghetsdag(platform.table, 'editor-shown');
    expect(await (await get('/organiser/events/editor-shown')).text()).toContain(
      '<a href="/organiser/events/editor-shown/programme">Program</a>',
    );
    const response = await get('/organiser/events/editor-shown/programme');
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(`lang="${event.language}"`);
    expect(html).toContain(
      '10.05–10.30 Öppna drogscener\nMia-Maria Magnusson, Polisdoktorand, Polismyndigheten',
    );
    expect(html).toContain('Spara programmet');
  });

  it('refuses the seed’s text for its two typos, suggesting 13.35 and 14.15, and stores nothing', async () => {
    await putTrygghetsdag(platform.table, 'editor-typos');
    const before = await storedSlots('editor-typos');
    const response = await saveProgramme('editor-typos', TRYGGHETSDAG_PROGRAMME);
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain('Programmet är inte sparat');
    expect(html).toContain(
      '<a href="#field-programme">Rad 33: sluttiden 3.35 ligger före starttiden 13.30. Menade du 13.35?</a>',
    );
    expect(html).toContain('Rad 35: sluttiden 4.15 ligger före starttiden 13.35. Menade du 14.15?');
    expect(html).toContain('aria-describedby="field-programme-hint field-programme-error"');
    expect(html).toContain('13.35–4.15 Trygghetsarbete');
    expect(await storedSlots('editor-typos')).toEqual(before);
  });

  it('saves the corrected text, which changes nothing the stored programme says', async () => {
    await putTrygghetsdag(platform.table, 'editor-corrected');
    const before = await storedSlots('editor-corrected');
    const response = await saveProgramme('editor-corrected', TRYGGHETSDAG_PROGRAMME_CORRECTED);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Programmet är sparat (0 pass ändrade).');
    expect(await storedSlots('editor-corrected')).toEqual(before);
  });

  it('keeps a moved slot’s id and raises its SEQUENCE, so calendars move the same entry', async () => {
    const event = await putTrygghetsdag(platform.table, 'editor-moved');
    const day = event.startsAt.slice(0, 10);
    const moved = TRYGGHETSDAG_PROGRAMME_CORRECTED.replace(
      '10.05–10.30 Öppna drogscener',
      '10.10–10.35 Öppna drogscener',
    ).replace('10.30–10.35 Paus\n', '');
    const response = await saveProgramme('editor-moved', moved);
    expect(await response.text()).toContain('Programmet är sparat (2 pass ändrade).');
    expect(await storedSlot('editor-moved', DRUG_SCENES)).toMatchObject({
      startsAt: instantAt(day, '10:10', event.timeZone),
      endsAt: instantAt(day, '10:35', event.timeZone),
      sequence: 1,
    });
    expect(await storedSlot('editor-moved', '1030-paus')).toBeUndefined();
    expect(await storedSlot('editor-moved', '1100-paus')).not.toHaveProperty('sequence');
  });

  it('refuses a slot moved onto another, and one outside the event’s hours, storing nothing', async () => {
    await putTrygghetsdag(platform.table, 'editor-overlap');
    const before = await storedSlots('editor-overlap');
    const overlapping = await saveProgramme(
      'editor-overlap',
      TRYGGHETSDAG_PROGRAMME_CORRECTED.replace(
        '10.05–10.30 Öppna drogscener',
        '10.10–10.35 Öppna drogscener',
      ),
    );
    expect(overlapping.status).toBe(422);
    expect(await overlapping.text()).toContain(
      'Rad 11: passet 10.30–10.35 överlappar passet på rad 7 (10.10–10.35).',
    );
    const late = await saveProgramme(
      'editor-overlap',
      `${TRYGGHETSDAG_PROGRAMME_CORRECTED}\n\n15.00–15.30 Mingel`,
    );
    expect(late.status).toBe(422);
    expect(await late.text()).toContain('Passet ”Mingel” (15.00–15.30) ligger utanför evenemangets tid');
    expect(await storedSlots('editor-overlap')).toEqual(before);
  });

  it('does not save a merge made from a programme that has changed since', async () => {
    await putTrygghetsdag(platform.table, 'editor-race');
    const before = await storedSlots('editor-race');
    const renamed = before.map((slot) => (slot.id === DRUG_SCENES ? { ...slot, title: 'Drogscener' } : slot));
    const merge = mergeProgramme(before, renamed, []);
    expect(await replaceProgramme(platform.table, 'editor-race', before, merge)).toBe(true);
    const stale = mergeProgramme(
      before,
      before.map((slot) => (slot.id === DRUG_SCENES ? { ...slot, title: 'Scener' } : slot)),
      [],
    );
    expect(await replaceProgramme(platform.table, 'editor-race', before, stale)).toBe(false);
    expect(await storedSlot('editor-race', DRUG_SCENES)).toMatchObject({ title: 'Drogscener', sequence: 1 });
  });
});

describe('materials', () => {
  it('adds a slide link to a slot, shown on the public event page, without raising its SEQUENCE', async () => {
    await putTrygghetsdag(platform.table, 'editor-slides');
    const url = 'https://skr.se/trygghetsdag/oppna-drogscener.pdf';
    const response = await addSlides('editor-slides', DRUG_SCENES, 'Bilder: Öppna drogscener', url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Materialet är tillagt.');
    expect(await storedSlot('editor-slides', DRUG_SCENES)).toMatchObject({
      materials: [{ title: 'Bilder: Öppna drogscener', url }],
    });
    expect(await storedSlot('editor-slides', DRUG_SCENES)).not.toHaveProperty('sequence');
    expect(await (await platform.app.request('/events/editor-slides')).text()).toContain(
      `<a href="${url}">Bilder: Öppna drogscener</a>`,
    );
  });

  it('keeps the slides when the slot is moved', async () => {
    await putTrygghetsdag(platform.table, 'editor-slides-moved');
    await addSlides('editor-slides-moved', DRUG_SCENES, 'Bilder', 'https://skr.se/bilder.pdf');
    await saveProgramme(
      'editor-slides-moved',
      TRYGGHETSDAG_PROGRAMME_CORRECTED.replace(
        '10.05–10.30 Öppna drogscener',
        '10.05–10.25 Öppna drogscener',
      ),
    );
    expect(await storedSlot('editor-slides-moved', DRUG_SCENES)).toMatchObject({
      materials: [{ title: 'Bilder', url: 'https://skr.se/bilder.pdf' }],
      sequence: 1,
    });
  });

  it('refuses a material without a title or with a link that is not http(s), in Swedish', async () => {
    await putTrygghetsdag(platform.table, 'editor-bad-material');
    const response = await addSlides('editor-bad-material', DRUG_SCENES, ' ', 'javascript:alert(1)');
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain('Materialet är inte tillagt');
    expect(html).toContain(
      `<a href="#field-title-${DRUG_SCENES}">Rubrik: Skriv en rubrik för materialet.</a>`,
    );
    expect(html).toContain('Skriv en webbadress som börjar med https:// eller http://');
    expect(html).toContain(`aria-describedby="field-url-${DRUG_SCENES}-hint field-url-${DRUG_SCENES}-error"`);
    expect(await storedSlot('editor-bad-material', DRUG_SCENES)).toMatchObject({ materials: [] });
  });

  it('answers 404 for a slot the event does not have', async () => {
    await putTrygghetsdag(platform.table, 'editor-no-slot');
    expect((await addSlides('editor-no-slot', 'no-such-slot', 'Bilder', 'https://skr.se/b.pdf')).status).toBe(
      404,
    );
  });
});

describe('who may edit', () => {
  it('refuses a viewer of the organisation with 403', async () => {
    await putTrygghetsdag(platform.table, 'editor-viewer');
    const viewer = await signedIn('lasare@skr.se', 'skr', 'viewer');
    expect(await (await get('/organiser/events/editor-viewer', viewer)).text()).not.toContain('/programme"');
    expect((await get('/organiser/events/editor-viewer/programme', viewer)).status).toBe(403);
    expect((await saveProgramme('editor-viewer', TRYGGHETSDAG_PROGRAMME_CORRECTED, viewer)).status).toBe(403);
  });

  it('does not find the event for another organisation’s organiser', async () => {
    await putTrygghetsdag(platform.table, 'editor-other');
    const ks = await signedIn('arrangor@ks.no', 'ks', 'admin');
    const before = await storedSlots('editor-other');
    expect((await get('/organiser/events/editor-other/programme', ks)).status).toBe(404);
    expect((await saveProgramme('editor-other', '10.00–10.30 Kapat', ks)).status).toBe(404);
    const material = await post(
      `/organiser/events/editor-other/slots/${DRUG_SCENES}/materials`,
      { [`title-${DRUG_SCENES}`]: 'Kapat', [`url-${DRUG_SCENES}`]: 'https://example.com' },
      ks,
    );
    expect(material.status).toBe(404);
    expect(await storedSlots('editor-other')).toEqual(before);
  });

  it('sends anyone without a session to sign in', async () => {
    const response = await platform.app.request('/organiser/events/editor-other/programme');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/organiser/sign-in');
  });
});

const slotPage = (eventId: string, slotId?: string) =>
  `/organiser/events/${eventId}/programme/${slotId === undefined ? 'new-slot' : `slots/${slotId}`}`;
/** The slot form as the page sends it for a talk, with `fields` filled in over it. */
const slotForm = (fields: Record<string, string>) => ({
  kind: 'talk',
  description: '',
  speakers: '',
  ...fields,
});
const addSlot = (eventId: string, fields: Record<string, string>, cookie = editor) =>
  post(slotPage(eventId), slotForm(fields), cookie);
const at = (event: { startsAt: string; timeZone: EventRecord['timeZone'] }, clock: string) =>
  instantAt(event.startsAt.slice(0, 10), clock, event.timeZone);

/** The form of a stored slot as its page shows it, for a test to change a field and send it back. */
async function formOf(eventId: string, slotId: string): Promise<Record<string, string>> {
  const html = await (await get(slotPage(eventId, slotId))).text();
  const form = html.slice(0, html.indexOf('id="remove-slot"'));
  const fields: Record<string, string> = {};
  for (const [, name, value] of form.matchAll(/<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"/g))
    fields[name ?? ''] = value ?? '';
  for (const [, name, value] of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    fields[name ?? ''] = value ?? '';
  for (const [, name, value] of form.matchAll(
    /<select[^>]*name="([^"]+)"[\s\S]*?<option value="([^"]*)" selected/g,
  ))
    fields[name ?? ''] = value ?? '';
  return fields;
}

/** The answer to `request` when `meanwhile` runs just before the request's first write of slot `slotId`. */
async function answerWithChangeBetween(
  slotId: string,
  meanwhile: () => Promise<unknown>,
  request: () => Response | Promise<Response>,
): Promise<Response> {
  const spy = justBeforeTransaction(
    platform.table,
    ({ Put, Update, Delete }) => (Put?.Item?.SK ?? Update?.Key?.SK ?? Delete?.Key?.SK) === `#SLOT#${slotId}`,
    meanwhile,
  );
  try {
    return await request();
  } finally {
    spy.mockRestore();
  }
}

const slotAudit = async (eventId: string) =>
  (await auditEntriesAbout(platform.table, 'skr', eventId)).map(({ action, target }) => ({ action, target }));

describe('adding a slot', () => {
  it('stores it in a track of its own, at SEQUENCE 0, shown on the event page and in the audit trail', async () => {
    const event = await putTrygghetsdag(platform.table, 'slot-added');
    const editorPage = await (await get('/organiser/events/slot-added/programme')).text();
    expect(editorPage).toContain('href="/organiser/events/slot-added/programme/new-slot"');
    expect((await get(slotPage('slot-added'))).status).toBe(200);
    const response = await addSlot('slot-added', {
      starts: '10:05',
      ends: '10:30',
      title: 'Frågestund',
      speakers: 'Greta Berg, Sveriges Kommuner och Regioner (SKR)',
      track: 'Sal B',
      capacity: '30',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Passet ”Frågestund” är tillagt.');
    expect(await storedSlot('slot-added', '1005-fragestund')).toEqual({
      id: '1005-fragestund',
      eventId: 'slot-added',
      startsAt: at(event, '10:05'),
      endsAt: at(event, '10:30'),
      kind: 'talk',
      title: 'Frågestund',
      speakers: [{ name: 'Greta Berg', organisation: 'Sveriges Kommuner och Regioner (SKR)' }],
      track: 'Sal B',
      capacity: 30,
      materials: [],
      sequence: 0,
    });
    expect(await (await platform.app.request('/events/slot-added')).text()).toContain('Frågestund');
    expect(await slotAudit('slot-added')).toEqual([
      {
        action: 'slot-added',
        target: { kind: 'slot', id: 'slot-added/1005-fragestund', label: 'Frågestund' },
      },
    ]);
  });

  it('refuses a slot on another one of its track, or outside the event, and one with fields in error, storing nothing', async () => {
    await putTrygghetsdag(platform.table, 'slot-refused');
    const before = await tableSnapshot(platform.table);
    const overlapping = await addSlot('slot-refused', {
      starts: '10:05',
      ends: '10:30',
      title: 'Frågestund',
    });
    expect(overlapping.status).toBe(422);
    const overlappingHtml = await overlapping.text();
    expect(overlappingHtml).toContain('Passet är inte sparat');
    expect(overlappingHtml).toContain(
      '<a href="#field-starts">Börjar: Passen ”Öppna drogscener” (10.05–10.30) och ”Frågestund” (10.05–10.30) överlappar varandra.</a>',
    );
    const late = await addSlot('slot-refused', { starts: '15:00', ends: '15:30', title: 'Mingel' });
    expect(late.status).toBe(422);
    expect(await late.text()).toContain('Passet ”Mingel” (15.00–15.30) ligger utanför evenemangets tid');
    const broken = await addSlot('slot-refused', {
      starts: '10.6o',
      ends: '',
      title: ' ',
      capacity: 'många',
    });
    const brokenHtml = await broken.text();
    expect(broken.status).toBe(422);
    expect(brokenHtml).toContain(
      '<a href="#field-starts">Börjar: Ange ett klockslag, till exempel 10:05.</a>',
    );
    expect(brokenHtml).toContain('<a href="#field-title">Rubrik: Fyll i fältet.</a>');
    expect(brokenHtml).toContain(
      '<a href="#field-capacity">Platser i passet: Ange ett helt antal platser, minst 1, eller lämna fältet tomt.</a>',
    );
    expect(brokenHtml).toContain('aria-describedby="field-starts-hint field-starts-error"');
    expect(brokenHtml).toContain('value="10.6o"');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('answers 409 when a colleague adds the same slot between the read and the write, storing it once', async () => {
    await putTrygghetsdag(platform.table, 'slot-added-twice');
    const fields = { starts: '10:05', ends: '10:30', title: 'Frågestund', track: 'Sal B' };
    const response = await answerWithChangeBetween(
      '1005-fragestund',
      async () => expect((await addSlot('slot-added-twice', fields)).status).toBe(200),
      () => addSlot('slot-added-twice', fields),
    );
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('value="Frågestund"');
    const titles = (await storedSlots('slot-added-twice')).map(({ title }) => title);
    expect(titles.filter((title) => title === 'Frågestund')).toHaveLength(1);
    expect((await slotAudit('slot-added-twice')).map(({ action }) => action)).toEqual(['slot-added']);
  });

  it('asks a study trip for its day and answers in the organisation’s language, Norwegian for KS', async () => {
    await putKsStudyTrip(platform.table, 'slot-ks');
    const ks = await signedIn('redaktor@ks.no', 'ks', 'editor');
    const form = await (await get(slotPage('slot-ks'), ks)).text();
    expect(form).toContain('<option value="2027-02-18">Dag 2: torsdag 18. februar 2027</option>');
    const undated = await addSlot('slot-ks', { starts: '08:00', ends: '08:25', title: 'Kaffe' }, ks);
    expect(undated.status).toBe(422);
    expect(await undated.text()).toContain('<a href="#field-day">Dag: Velg en av arrangementets dager.</a>');
    const added = await addSlot(
      'slot-ks',
      { day: '2027-02-18', starts: '08:00', ends: '08:25', kind: 'break', title: 'Kaffe' },
      ks,
    );
    expect(await added.text()).toContain('Økten «Kaffe» er lagt til.');
    expect(await storedSlot('slot-ks', 'dag2-0800-kaffe')).toMatchObject({
      startsAt: instantAt('2027-02-18', '08:00', 'Europe/Oslo'),
      kind: 'break',
    });
  });
});

describe('changing a slot', () => {
  it('keeps its id and slides, raises its SEQUENCE, and sends the participant who picked it the update', async () => {
    const event = await putTrygghetsdag(platform.table, 'slot-changed');
    await addSlides('slot-changed', DRUG_SCENES, 'Bilder', 'https://skr.se/bilder.pdf');
    await participantWithAgenda(platform, 'slot-changed', 'mia@polisen.se', [DRUG_SCENES]);
    const form = await formOf('slot-changed', DRUG_SCENES);
    expect(form).toMatchObject({
      starts: '10:05',
      ends: '10:30',
      kind: 'talk',
      title: 'Öppna drogscener',
      speakers: 'Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten',
      sequence: '0',
    });
    const response = await post(slotPage('slot-changed', DRUG_SCENES), {
      ...form,
      starts: '10:06',
      title: 'Öppna drogscener i Sverige',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      'Passet ”Öppna drogscener i Sverige” är sparat. 1 deltagare får besked via e-post.',
    );
    expect(await storedSlot('slot-changed', DRUG_SCENES)).toMatchObject({
      startsAt: at(event, '10:06'),
      endsAt: at(event, '10:30'),
      title: 'Öppna drogscener i Sverige',
      materials: [{ title: 'Bilder', url: 'https://skr.se/bilder.pdf' }],
      sequence: 1,
    });
    expect(await lastSessionNotice(platform, 'mia@polisen.se')).toMatchObject({
      subject: 'Ändrat i programmet: Öppna drogscener i Sverige',
      method: 'REQUEST',
      uid: `slot-changed.${DRUG_SCENES}@traffpunkt.se`,
      sequence: 1,
      starts: '2027-02-04T10:06:00',
    });
    expect(await slotAudit('slot-changed')).toContainEqual({
      action: 'slot-changed',
      target: { kind: 'slot', id: `slot-changed/${DRUG_SCENES}`, label: 'Öppna drogscener i Sverige' },
    });
  });

  it('stores a session’s capacity without raising its SEQUENCE or mailing anyone', async () => {
    await putTrygghetsdag(platform.table, 'slot-capacity');
    await participantWithAgenda(platform, 'slot-capacity', 'mia@polisen.se', [DRUG_SCENES]);
    const mails = (await mailTo(platform.mailbox, 'mia@polisen.se')).length;
    const form = await formOf('slot-capacity', DRUG_SCENES);
    const response = await post(slotPage('slot-capacity', DRUG_SCENES), { ...form, capacity: '25' });
    expect(await response.text()).toContain('Passet ”Öppna drogscener” är sparat.');
    expect(await storedSlot('slot-capacity', DRUG_SCENES)).toMatchObject({ capacity: 25 });
    expect(await storedSlot('slot-capacity', DRUG_SCENES)).not.toHaveProperty('sequence');
    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'mia@polisen.se')).toHaveLength(mails);
    const unchanged = await post(slotPage('slot-capacity', DRUG_SCENES), { ...form, capacity: '25' });
    expect(await unchanged.text()).toContain('Inget att spara: passet ”Öppna drogscener” är som förut.');
  });

  it('refuses a form rendered before someone else changed the slot, showing the slot as it is now', async () => {
    await putTrygghetsdag(platform.table, 'slot-stale');
    const form = await formOf('slot-stale', DRUG_SCENES);
    await post(slotPage('slot-stale', DRUG_SCENES), { ...form, title: 'Drogscener' });
    const before = await tableSnapshot(platform.table);
    const stale = await post(slotPage('slot-stale', DRUG_SCENES), { ...form, title: 'Scener' });
    const html = await stale.text();
    expect(stale.status).toBe(409);
    expect(html).toContain('Någon annan ändrade passet under tiden, så din ändring är inte sparad.');
    expect(html).toContain('value="Drogscener"');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('answers 409 when a colleague’s change reaches the store between the read and the write, keeping theirs', async () => {
    await putTrygghetsdag(platform.table, 'slot-race');
    const form = await formOf('slot-race', DRUG_SCENES);
    const change = (title: string) => post(slotPage('slot-race', DRUG_SCENES), { ...form, title });
    const response = await answerWithChangeBetween(
      DRUG_SCENES,
      async () => expect((await change('Drogscener')).status).toBe(200),
      () => change('Scener'),
    );
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Någon annan ändrade passet under tiden');
    expect(await storedSlot('slot-race', DRUG_SCENES)).toMatchObject({ title: 'Drogscener', sequence: 1 });
    expect((await slotAudit('slot-race')).map(({ target }) => target.label)).toEqual(['Drogscener']);
  });

  it('refuses a form rendered before someone else changed the capacity, which raises no SEQUENCE', async () => {
    await putTrygghetsdag(platform.table, 'slot-stale-capacity');
    const form = await formOf('slot-stale-capacity', DRUG_SCENES);
    await post(slotPage('slot-stale-capacity', DRUG_SCENES), { ...form, capacity: '40' });
    const before = await tableSnapshot(platform.table);
    const stale = await post(slotPage('slot-stale-capacity', DRUG_SCENES), { ...form, title: 'Drogscener' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('type="number" value="40"');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('does not write a capacity over one a colleague stored between the read and the write', async () => {
    await putTrygghetsdag(platform.table, 'slot-capacity-meanwhile');
    const form = await formOf('slot-capacity-meanwhile', DRUG_SCENES);
    const resize = (capacity: string) =>
      post(slotPage('slot-capacity-meanwhile', DRUG_SCENES), { ...form, capacity });
    const response = await answerWithChangeBetween(
      DRUG_SCENES,
      async () => expect((await resize('40')).status).toBe(200),
      () => resize('25'),
    );
    expect(response.status).toBe(409);
    expect(await storedSlot('slot-capacity-meanwhile', DRUG_SCENES)).toMatchObject({ capacity: 40 });
  });

  it('does not store a capacity that a pick made between the read and the write no longer fits', async () => {
    await putTrygghetsdag(platform.table, 'slot-capacity-picked');
    await participantWithAgenda(platform, 'slot-capacity-picked', 'mia@polisen.se', [DRUG_SCENES]);
    const sofie = await participantWithAgenda(platform, 'slot-capacity-picked', 'sofie@norrtalje.se', []);
    const form = await formOf('slot-capacity-picked', DRUG_SCENES);
    const response = await answerWithChangeBetween(
      DRUG_SCENES,
      () => pickForAgenda(platform, sofie, [DRUG_SCENES]),
      () => post(slotPage('slot-capacity-picked', DRUG_SCENES), { ...form, capacity: '1' }),
    );
    expect(response.status).toBe(409);
    const page = await getEventPage(platform.table, 'slot-capacity-picked');
    expect(page?.slotPicks[DRUG_SCENES]).toBe(2);
    expect(page?.slots.find(({ id }) => id === DRUG_SCENES)).not.toHaveProperty('capacity');
  });

  it('refuses a change that breaks the programme rules, with the error on its start', async () => {
    await putTrygghetsdag(platform.table, 'slot-overlap');
    const before = await tableSnapshot(platform.table);
    const form = await formOf('slot-overlap', DRUG_SCENES);
    const response = await post(slotPage('slot-overlap', DRUG_SCENES), { ...form, ends: '10:40' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(
      'Börjar: Passen ”Öppna drogscener” (10.05–10.40) och ”Paus” (10.30–10.35) överlappar varandra.',
    );
    expect(await tableSnapshot(platform.table)).toBe(before);
  });
});

describe('removing a slot', () => {
  it('asks for the confirmation first, then withdraws the session from calendars with METHOD:CANCEL', async () => {
    await putTrygghetsdag(platform.table, 'slot-removed');
    await participantWithAgenda(platform, 'slot-removed', 'mia@polisen.se', [DRUG_SCENES]);
    const remove = (fields: Record<string, string>) =>
      post(`${slotPage('slot-removed', DRUG_SCENES)}/remove`, { sequence: '0', ...fields });
    const before = await tableSnapshot(platform.table);
    const unconfirmed = await remove({});
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain('Kryssa i rutan för att bekräfta att passet ska tas bort.');
    expect(await tableSnapshot(platform.table)).toBe(before);

    const removed = await remove({ confirm: 'yes' });
    expect(removed.status).toBe(200);
    expect(await removed.text()).toContain(
      'Passet ”Öppna drogscener” är borttaget. 1 deltagare får besked via e-post.',
    );
    expect(await storedSlot('slot-removed', DRUG_SCENES)).toBeUndefined();
    expect(await lastSessionNotice(platform, 'mia@polisen.se')).toMatchObject({
      subject: 'Struket ur programmet: Öppna drogscener',
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: `slot-removed.${DRUG_SCENES}@traffpunkt.se`,
    });
    expect(await slotAudit('slot-removed')).toEqual([
      {
        action: 'slot-removed',
        target: { kind: 'slot', id: `slot-removed/${DRUG_SCENES}`, label: 'Öppna drogscener' },
      },
    ]);
    expect((await remove({ confirm: 'yes' })).status).toBe(404);
  });
});

describe('a slot added again under the id of one removed', () => {
  it('goes on from the SEQUENCE of its CANCEL, whether the form or the pasted programme adds it', async () => {
    await putTrygghetsdag(platform.table, 'slot-again');
    const remove = () =>
      post(`${slotPage('slot-again', DRUG_SCENES)}/remove`, { sequence: '0', confirm: 'yes' });
    expect((await remove()).status).toBe(200);
    expect((await getEventPage(platform.table, 'slot-again'))?.retiredSlots).toEqual([
      { slotId: DRUG_SCENES, sequence: 1 },
    ]);

    const added = await addSlot('slot-again', { starts: '10:05', ends: '10:30', title: 'Öppna drogscener' });
    expect(added.status).toBe(200);
    expect(await storedSlot('slot-again', DRUG_SCENES)).toMatchObject({ sequence: 2 });
    const calendar = await (await platform.app.request('/events/slot-again/calendar.ics')).text();
    const session = vevents(readCalendar(calendar)).find(
      (vevent) => vevent.getFirstPropertyValue('uid') === `slot-again.${DRUG_SCENES}@traffpunkt.se`,
    );
    expect(session?.getFirstPropertyValue('sequence')).toBe(2);

    // Removed once more (its CANCEL at 3), then pasted back with the rest of the programme.
    const text = await programmeTextOf('slot-again');
    const withoutIt = text
      .split('\n\n')
      .filter((block) => !block.includes('Öppna drogscener'))
      .join('\n\n');
    expect((await saveProgramme('slot-again', withoutIt)).status).toBe(200);
    expect((await saveProgramme('slot-again', text)).status).toBe(200);
    expect(await storedSlot('slot-again', DRUG_SCENES)).toMatchObject({ sequence: 4 });
  });
});

describe('moving a slot', () => {
  const move = (eventId: string, slotId: string, direction: string, sequence: string) =>
    post(`${slotPage(eventId, slotId)}/move`, { direction, sequence });
  const span = async (eventId: string, slotId: string) => {
    const { startsAt, endsAt, sequence } = (await storedSlot(eventId, slotId)) ?? {};
    return { startsAt, endsAt, sequence };
  };

  it('offers to move each slot where its track has a neighbour that way', async () => {
    await putTrygghetsdag(platform.table, 'slot-buttons');
    const html = await (await get('/organiser/events/slot-buttons/programme')).text();
    expect(html).toContain('aria-label="Flytta ned ”Inledning”">Flytta ned</button>');
    expect(html).not.toContain('Flytta upp ”Inledning”');
    expect(html).toContain('aria-label="Flytta upp ”Sammanfattning”">Flytta upp</button>');
    expect(html).not.toContain('Flytta ned ”Sammanfattning”');
    expect(html).toContain(
      `action="/organiser/events/slot-buttons/programme/slots/${DRUG_SCENES}/move#slot-${DRUG_SCENES}"`,
    );
  });

  it('swaps a slot with the next one and back, each keeping its length, and tells who picked them', async () => {
    const event = await putTrygghetsdag(platform.table, 'slot-moved');
    await participantWithAgenda(platform, 'slot-moved', 'mia@polisen.se', [DRUG_SCENES]);
    const later = await move('slot-moved', DRUG_SCENES, 'later', '0');
    expect(later.status).toBe(200);
    expect(await later.text()).toContain(
      'Passet ”Öppna drogscener” är flyttat. 1 deltagare får besked via e-post.',
    );
    expect(await span('slot-moved', '1030-paus')).toEqual({
      startsAt: at(event, '10:05'),
      endsAt: at(event, '10:10'),
      sequence: 1,
    });
    expect(await span('slot-moved', DRUG_SCENES)).toEqual({
      startsAt: at(event, '10:10'),
      endsAt: at(event, '10:35'),
      sequence: 1,
    });
    expect(await lastSessionNotice(platform, 'mia@polisen.se')).toMatchObject({
      sequence: 1,
      starts: '2027-02-04T10:10:00',
    });

    const before = await tableSnapshot(platform.table);
    const pressedTwice = await move('slot-moved', DRUG_SCENES, 'later', '0');
    expect(pressedTwice.status).toBe(409);
    expect(await tableSnapshot(platform.table)).toBe(before);

    expect((await move('slot-moved', DRUG_SCENES, 'earlier', '1')).status).toBe(200);
    expect(await span('slot-moved', DRUG_SCENES)).toEqual({
      startsAt: at(event, '10:05'),
      endsAt: at(event, '10:30'),
      sequence: 2,
    });
    expect(await span('slot-moved', '1030-paus')).toEqual({
      startsAt: at(event, '10:30'),
      endsAt: at(event, '10:35'),
      sequence: 2,
    });
    expect((await slotAudit('slot-moved')).map(({ action }) => action)).toEqual([
      'slots-reordered',
      'slots-reordered',
    ]);
  });

  it('counts a participant with both slots of the move on their agenda once, and tells them of both', async () => {
    await putTrygghetsdag(platform.table, 'slot-moved-both');
    await participantWithAgenda(platform, 'slot-moved-both', 'mia@polisen.se', [
      '1000-inledning',
      DRUG_SCENES,
    ]);
    const response = await move('slot-moved-both', DRUG_SCENES, 'earlier', '0');
    expect(await response.text()).toContain(
      'Passet ”Öppna drogscener” är flyttat. 1 deltagare får besked via e-post.',
    );
    await platform.deliverOutbox();
    expect((await mailTo(platform.mailbox, 'mia@polisen.se')).map(({ subject }) => subject)).toEqual(
      expect.arrayContaining(['Ändrat i programmet: Inledning', 'Ändrat i programmet: Öppna drogscener']),
    );
  });

  it('refuses to move the first slot earlier, storing nothing', async () => {
    await putTrygghetsdag(platform.table, 'slot-first');
    const before = await tableSnapshot(platform.table);
    const response = await move('slot-first', '1000-inledning', 'earlier', '0');
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Passet ”Inledning” kan inte flyttas dit');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });
});

describe('who may edit slots', () => {
  const slotActions = (eventId: string): { path: string; fields: Record<string, string> }[] => [
    { path: slotPage(eventId), fields: slotForm({ starts: '15:00', title: 'Kapat' }) },
    {
      path: slotPage(eventId, DRUG_SCENES),
      fields: slotForm({ starts: '10:05', title: 'Kapat', sequence: '0' }),
    },
    { path: `${slotPage(eventId, DRUG_SCENES)}/remove`, fields: { confirm: 'yes', sequence: '0' } },
    { path: `${slotPage(eventId, DRUG_SCENES)}/move`, fields: { direction: 'later', sequence: '0' } },
  ];

  it('refuses a viewer with 403 in the organisation’s language, changing nothing', async () => {
    await putTrygghetsdag(platform.table, 'slot-viewer');
    const viewer = await signedIn('lasare-pass@skr.se', 'skr', 'viewer');
    const before = await tableSnapshot(platform.table);
    expect((await get(slotPage('slot-viewer'), viewer)).status).toBe(403);
    expect((await get(slotPage('slot-viewer', DRUG_SCENES), viewer)).status).toBe(403);
    for (const { path, fields } of slotActions('slot-viewer')) {
      const response = await post(path, fields, viewer);
      expect(response.status, path).toBe(403);
      expect(await response.text()).toBe('Din roll har inte behörighet att göra det här.');
    }
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('does not find another organisation’s event or slot, changing nothing', async () => {
    await putTrygghetsdag(platform.table, 'slot-other');
    const ks = await signedIn('annan@ks.no', 'ks', 'admin');
    const before = await tableSnapshot(platform.table);
    expect((await get(slotPage('slot-other', DRUG_SCENES), ks)).status).toBe(404);
    for (const { path, fields } of slotActions('slot-other'))
      expect((await post(path, fields, ks)).status, path).toBe(404);
    expect((await get(slotPage('slot-other', 'no-such-slot'))).status).toBe(404);
    expect(await tableSnapshot(platform.table)).toBe(before);
  });
});
