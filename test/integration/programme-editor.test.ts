import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail } from '../../functions/security/secret-token.ts';
import { getEventPage } from '../../functions/store/event-items.ts';
import { putOrganiser } from '../../functions/store/organiser-items.ts';
import { replaceProgramme } from '../../functions/store/programme-items.ts';
import type { OrganiserRole } from '../../shared/domain/organiser.ts';
import type { ProgrammeSlot } from '../../shared/domain/programme-slot.ts';
import { mergeProgramme } from '../../shared/programme/merge-programme.ts';
import { instantAt } from '../../shared/time.ts';
import { putTrygghetsdag } from '../support/conference-fixture.ts';
import { signInAsOrganiser } from '../support/organiser-session.ts';
import { createTestPlatform, type TestPlatform } from '../support/test-platform.ts';
import {
  TRYGGHETSDAG_PROGRAMME,
  TRYGGHETSDAG_PROGRAMME_CORRECTED,
} from '../unit/programme/seed-programmes.ts';

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
      '<a href="/organiser/events/editor-shown/programme">Redigera programmet</a>',
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
    const merge = mergeProgramme(before, renamed);
    expect(await replaceProgramme(platform.table, 'editor-race', merge)).toBe(true);
    const stale = mergeProgramme(
      before,
      before.map((slot) => (slot.id === DRUG_SCENES ? { ...slot, title: 'Scener' } : slot)),
    );
    expect(await replaceProgramme(platform.table, 'editor-race', stale)).toBe(false);
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
