import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReviewedApplications } from '#store/entities/application.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

/** The idempotency key the form carries as the server drew it. */
async function keyOfForm(path: string): Promise<string> {
  const html = await (await platform.app.request(path)).text();
  const key = /name="idempotencyKey" value="([^"]+)"/.exec(html)?.[1];
  if (!key) throw new Error(`the form at ${path} carries no idempotency key`);
  return key;
}

async function post(path: string, fields: Record<string, string>) {
  const response = await postForm(platform.app, path, fields);
  return {
    status: response.status,
    html: await response.text(),
    replayed: response.headers.has('idempotent-replayed'),
  };
}

describe('a sign-up sent twice with the same key', () => {
  it('answers the retry with the first answer and registers and mails once', async () => {
    await putTrygghetsdag(platform.table, 'idem-sign-up');
    const key = await keyOfForm('/events/idem-sign-up/sign-up');
    const fields = { ...signUpFields('Sofie Ahlholm', 'sofie@norrtalje.se'), idempotencyKey: key };
    const first = await post('/events/idem-sign-up/sign-up', fields);
    const retry = await post('/events/idem-sign-up/sign-up', fields);
    await platform.deliverOutbox();

    expect(first.status).toBe(201);
    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await listRegistrations(platform.table, 'idem-sign-up')).toHaveLength(1);
    expect(await mailTo(platform.mailbox, 'sofie@norrtalje.se')).toHaveLength(1);
  });

  it('answers a double click, both posts at once, with one registration and the same page', async () => {
    await putTrygghetsdag(platform.table, 'idem-double-click');
    const key = await keyOfForm('/events/idem-double-click/sign-up');
    const fields = { ...signUpFields('Anna Glas', 'anna.glas@norrtalje.se'), idempotencyKey: key };
    const [one, other] = await Promise.all([
      post('/events/idem-double-click/sign-up', fields),
      post('/events/idem-double-click/sign-up', fields),
    ]);
    await platform.deliverOutbox();

    expect([one.status, other.status]).toEqual([201, 201]);
    expect(one.html).toBe(other.html);
    expect([one.replayed, other.replayed].sort()).toEqual([false, true]);
    expect(await listRegistrations(platform.table, 'idem-double-click')).toHaveLength(1);
    expect(await mailTo(platform.mailbox, 'anna.glas@norrtalje.se')).toHaveLength(1);
  });

  it('runs again after a refusal: the corrected form is a new request', async () => {
    await putTrygghetsdag(platform.table, 'idem-corrected');
    const key = await keyOfForm('/events/idem-corrected/sign-up');
    const refused = await post('/events/idem-corrected/sign-up', {
      ...signUpFields('', 'leo@norrtalje.se'),
      idempotencyKey: key,
    });
    expect(refused.status).toBe(422);
    const redrawnKey = /name="idempotencyKey" value="([^"]+)"/.exec(refused.html)?.[1];
    expect(redrawnKey).toBeDefined();
    expect(redrawnKey).not.toBe(key);

    const corrected = await post('/events/idem-corrected/sign-up', {
      ...signUpFields('Leo Lind', 'leo@norrtalje.se'),
      idempotencyKey: key,
    });
    expect(corrected).toMatchObject({ status: 201, replayed: false });
    expect(await listRegistrations(platform.table, 'idem-corrected')).toHaveLength(1);
  });

  it('keeps keys apart per form: the same key on another event is another request', async () => {
    await putTrygghetsdag(platform.table, 'idem-first-event');
    await putTrygghetsdag(platform.table, 'idem-second-event');
    const key = await keyOfForm('/events/idem-first-event/sign-up');
    const fields = { ...signUpFields('Maja Berg', 'maja@norrtalje.se'), idempotencyKey: key };
    expect((await post('/events/idem-first-event/sign-up', fields)).status).toBe(201);
    expect(await post('/events/idem-second-event/sign-up', fields)).toMatchObject({
      status: 201,
      replayed: false,
    });
  });
});

describe('an application sent twice with the same key', () => {
  it('stores one application and sends the team one receipt each, not a new edit link', async () => {
    await putMotorburenProblematik(platform.table, 'idem-apply');
    const key = await keyOfForm('/events/idem-apply/apply');
    const fields = {
      municipality: '1480',
      localSituation: 'Cruising på handelsområdet fredagskvällar.',
      commitment: 'yes',
      'members.0.name': 'Kim Karlsson',
      'members.0.email': 'kim@goteborg.se',
      'members.0.title': 'Samordnare',
      'members.0.representation': 'municipality',
      'members.1.name': 'Pia Persson',
      'members.1.email': 'pia@polisen.se',
      'members.1.title': 'Kommunpolis',
      'members.1.representation': 'police',
      idempotencyKey: key,
    };
    const first = await post('/events/idem-apply/apply', fields);
    const retry = await post('/events/idem-apply/apply', fields);
    await platform.deliverOutbox();

    expect(first.status).toBe(201);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await listReviewedApplications(platform.table, 'idem-apply')).toHaveLength(1);
    expect(await mailTo(platform.mailbox, 'kim@goteborg.se')).toHaveLength(1);
    expect(await mailTo(platform.mailbox, 'pia@polisen.se')).toHaveLength(1);
  });
});

describe('a delegation sent twice with the same key', () => {
  it('registers the delegation once and tells the retry what the first post was told', async () => {
    await putKsStudyTrip(platform.table, 'idem-delegation');
    const key = await keyOfForm('/events/idem-delegation/delegation');
    const fields = {
      organisation: 'Bergen',
      leadName: 'Leder Bergen',
      leadEmail: 'leder@bergen.kommune.no',
      'members.0.name': 'Deltaker Bergen',
      'members.0.email': 'deltaker@bergen.kommune.no',
      'members.0.role': 'police',
      ...DRAMMEN_INVOICE_FIELDS,
      intent: 'send-anyway',
      idempotencyKey: key,
    };
    const first = await post('/events/idem-delegation/delegation', fields);
    const retry = await post('/events/idem-delegation/delegation', fields);
    await platform.deliverOutbox();

    expect(first.status).toBe(201);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await listRegistrations(platform.table, 'idem-delegation')).toHaveLength(1);
    expect(await mailTo(platform.mailbox, 'leder@bergen.kommune.no')).toHaveLength(1);
  });
});
