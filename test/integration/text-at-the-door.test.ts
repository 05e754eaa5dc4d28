import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';
import { getNeeds } from '#store/entities/needs.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { putKsStudyTrip, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putTrygghetsdag(platform.table, 'door-conference', {
    capacity: 50,
    venue: { kind: 'place', name: 'Kulturhuset', city: 'Norrtälje' },
  });
  await putKsStudyTrip(platform.table, 'door-trip');
});

const sv = textRuleMessagesFor('sv');
const nb = textRuleMessagesFor('nb');
const en = textRuleMessagesFor('en');

/** A body sent as bytes, whatever they are, with our Origin. */
const postBytes = (path: string, type: string, bytes: Uint8Array<ArrayBuffer>) =>
  platform.app.request(path, {
    method: 'POST',
    headers: { 'content-type': type, origin: 'http://localhost' },
    body: bytes,
  });

/** The url-encoded sign-up form of Kerstin, with `raw` spliced in after `name=` as it came over the wire. */
function signUpWithNameBytes(raw: number[]): Uint8Array<ArrayBuffer> {
  const [head = '', tail = ''] = new URLSearchParams(signUpFields('Kerstin', 'kerstin@umea.se'))
    .toString()
    .split('Kerstin');
  const encoder = new TextEncoder();
  return Uint8Array.from([...encoder.encode(head), ...raw, ...encoder.encode(tail)]);
}

describe('a body that is not valid UTF-8', () => {
  it('is refused with 400 in words, raw, percent-escaped or in a multipart form, and nothing is stored', async () => {
    const before = await tableSnapshot(platform.table);
    const url = 'application/x-www-form-urlencoded';
    const answers = [
      await postBytes('/events/door-conference/sign-up', url, signUpWithNameBytes([0xff])),
      await postBytes('/events/door-conference/sign-up', url, signUpWithNameBytes([0xc3, 0x28])),
      await postBytes(
        '/events/door-conference/sign-up',
        url,
        signUpWithNameBytes([...'%ED%A0%80'].map((c) => c.charCodeAt(0))),
      ),
      await postBytes(
        '/events/door-conference/sign-up',
        'multipart/form-data; boundary=door',
        Uint8Array.from([
          ...new TextEncoder().encode('--door\r\nContent-Disposition: form-data; name="name"\r\n\r\nKerstin'),
          0xe2,
          0x82,
          ...new TextEncoder().encode('\r\n--door--\r\n'),
        ]),
      ),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('Texten kunde inte läsas');
    }
    const api = await postBytes(
      '/api/v1/events?lang=en',
      'application/json',
      Uint8Array.from([0x7b, 0xff, 0x7d]),
    );
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({
      code: 'encoding',
      message: expect.stringContaining('not valid UTF-8'),
    });
    expect(await tableSnapshot(platform.table)).toBe(before);
  });
});

describe('a one-line field', () => {
  it('refuses a line break or a tab, and a control character, as a field error in the event’s language', async () => {
    const before = await tableSnapshot(platform.table);
    for (const [field, value, message] of [
      ['name', 'Kerstin\r\nBcc: alla@umea.se', sv.lineBreak],
      ['organisation', 'Umeå\tkommun', sv.lineBreak],
      ['role', '\u001b[31msamordnare', sv.controlCharacter],
      ['name', 'Kerstin \u202egnp.exe', sv.controlCharacter],
    ] as const) {
      const answer = await postForm(platform.app, '/events/door-conference/sign-up', {
        ...signUpFields('Kerstin Rörsch', 'kerstin@umea.se'),
        [field]: value,
      });
      expect(answer.status).toBe(422);
      const html = await answer.text();
      expect(html).toContain(message);
      expect(html).toContain(`href="#field-${field}"`);
    }
    const delegation = await postForm(platform.app, '/events/door-trip/delegation', {
      organisation: 'Bergen',
      leadName: 'Torild\u0000Haugen',
      leadEmail: 'torild@bergen.kommune.no',
      'members.0.name': 'Ingvild\u2066Skaar',
      'members.0.email': 'ingvild@bergen.kommune.no',
      'members.0.role': 'police',
      ...DRAMMEN_INVOICE_FIELDS,
      intent: 'send-anyway',
    });
    expect(delegation.status).toBe(422);
    const html = await delegation.text();
    expect(html.split(nb.controlCharacter).length - 1).toBeGreaterThanOrEqual(2);
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('tells an organiser in their language, on their own forms too', async () => {
    const admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
    const added = await admin.post('/organiser/settings/people?lang=en', {
      email: 'ny@skr.se',
      name: 'Ny\nPerson',
      role: 'viewer',
    });
    expect(added.status).toBe(422);
    expect(await added.text()).toContain(en.lineBreak);
  });
});

describe('text that passes the door', () => {
  it('is stored in NFC, with line breaks kept where the field is a text area', async () => {
    const answer = await postForm(platform.app, '/events/door-conference/sign-up', {
      ...signUpFields('A\u030Asa O\u0308berg', 'asa@umea.se'),
      diet: 'Glutenfri\r\nlaktosfri',
    });
    expect(answer.status).toBe(201);
    const [registration] = (await listRegistrations(platform.table, 'door-conference')).filter(
      (stored) => stored.email === 'asa@umea.se',
    );
    expect(registration?.name).toBe('Åsa Öberg');
    expect(registration?.name).toHaveLength(9);
    expect(await getNeeds(platform.table, 'door-conference', registration?.id ?? '')).toEqual({
      diet: 'Glutenfri\r\nlaktosfri',
    });
  });
});
