import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '#context/app-context.ts';
import { cancelWithPromotion } from '#operations/participants/cancel-with-promotion.ts';
import { fanOutWebhookEvent } from '#operations/webhooks/deliver-webhook.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { claimMessage } from '#store/transactions/outbox-delivery.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser, signInAsOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableItems } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';
import { startWebhookReceiver, type WebhookReceiver } from '#test/support/webhook-receiver.ts';

const START = Date.parse('2026-11-22T10:00:00Z');
let now = START;
let platform: TestPlatform;
let skrReceiver: WebhookReceiver;
let ksReceiver: WebhookReceiver;
let skrAdmin: ReturnType<typeof asOrganiser>;
let ksAdmin: ReturnType<typeof asOrganiser>;
const clock = () => new Date(now);

afterAll(async () => {
  await skrReceiver?.stop();
  await ksReceiver?.stop();
  await platform?.stop();
});

beforeAll(async () => {
  platform = await createTestPlatform(new Date(START).toISOString());
  await putTrygghetsdag(platform.table, 'hooked', { capacity: 2, coOrganiserIds: [] });
  await putTrygghetsdag(platform.table, 'ks-hooked', {
    capacity: 10,
    organisationId: 'ks',
    coOrganiserIds: [],
  });
  skrAdmin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
  ksAdmin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@ks.no', 'ks', 'admin'));
  skrReceiver = await startWebhookReceiver(clock);
  ksReceiver = await startWebhookReceiver(clock);
});

/** The SKR admin signed in anew: a session ends after 30 idle minutes, and the tests move the clock by days. */
const skrAdminNow = async () => asOrganiser(platform, await signInAsOrganiser(platform, 'admin@skr.se'));

/** Moves the platform's clock (and the receivers' idea of now) to `minutes` after the start. */
function at(minutes: number) {
  now = START + minutes * 60_000;
  platform.setNow(new Date(now).toISOString());
}

/** What the outbox worker does each second, until nothing more is due: events fan out, deliveries go. */
async function drainOutbox() {
  for (let round = 0; round < 4; round += 1) await platform.deliverOutbox();
}

/** An admin's form posting, with the event types as repeated fields, as a browser sends checkboxes. */
function addEndpoint(admin: typeof skrAdmin, url: string, types: string[]) {
  const body = new URLSearchParams({ url, description: 'Intranätet' });
  for (const type of types) body.append('eventTypes', type);
  return admin.post('/organiser/settings/webhooks', body);
}

const signUp = (eventId: string, name: string, email: string) =>
  postForm(platform.app, `/events/${eventId}/sign-up`, signUpFields(name, email));

describe('webhook endpoints', () => {
  let skrSecret = '';

  it('are added by an admin, the signing secret shown once in the answer that adds it', async () => {
    const added = await addEndpoint(skrAdmin, skrReceiver.url(), [
      'registration.created',
      'registration.cancelled',
      'registration.promoted',
    ]);
    const html = await added.text();
    expect(added.status).toBe(200);
    expect(html).toContain('Den visas bara den här gången');
    skrSecret = html.match(/>(whsec_[A-Za-z0-9+/=]{44})</)?.[1] ?? '';
    expect(skrSecret).not.toBe('');
    skrReceiver.useSecret(skrSecret);
    const again = await (await skrAdmin.get('/organiser/settings/webhooks')).text();
    expect(again).toContain(skrReceiver.url());
    expect(again).toContain('Organisationen har 1 webhook.');
    expect(again).toContain('<a href="/organiser/settings">Tillbaka till inställningarna</a>');
    expect(again).not.toContain(skrSecret);
    const ks = await (await addEndpoint(ksAdmin, ksReceiver.url(), ['registration.created'])).text();
    ksReceiver.useSecret(ks.match(/>(whsec_[A-Za-z0-9+/=]{44})</)?.[1] ?? '');
  });

  it('keeps the secret nowhere: a scan of the table finds neither it nor its bytes', async () => {
    const items = JSON.stringify(await tableItems(platform.table));
    expect(items).not.toContain(skrSecret);
    expect(items).not.toContain(skrSecret.slice('whsec_'.length, 30));
    const audit = (await tableItems(platform.table)).filter(
      (item) => item.action === 'webhook-endpoint-created',
    );
    expect(audit).toHaveLength(2);
  });

  it('refuses plain http to anything but 127.0.0.1, and an empty choice of events, changing nothing', async () => {
    const refused = await addEndpoint(skrAdmin, 'http://example.com/hooks', []);
    const html = await refused.text();
    expect(refused.status).toBe(422);
    expect(html).toContain('Ange en fullständig adress som börjar med https:// eller http://127.0.0.1.');
    expect(html).toContain('Välj minst en händelse.');
    expect(await (await skrAdmin.get('/organiser/settings/webhooks')).text()).toContain(
      'Organisationen har 1 webhook.',
    );
  });
});

describe('a webhook delivery', () => {
  it('posts a sign-up signed by Standard Webhooks, with ids and status but no name or address', async () => {
    at(1);
    expect((await signUp('hooked', 'Anna Berg', 'anna@umea.se')).status).toBe(201);
    await drainOutbox();
    const [delivery] = skrReceiver.received;
    expect(skrReceiver.received).toHaveLength(1);
    expect(delivery?.verified).toBe(true);
    expect(delivery?.payload).toMatchObject({
      type: 'registration.created',
      data: { organisationId: 'skr', eventId: 'hooked', status: 'confirmed' },
    });
    expect(delivery?.body).not.toContain('anna@umea.se');
    expect(delivery?.body).not.toContain('Anna Berg');
    expect(delivery?.id).toMatch(/^msg_[0-9a-z]+:[0-9a-f-]{36}$/);
  });

  it('never reaches another organisation: each receiver gets its own organisation’s events only', async () => {
    at(2);
    await signUp('ks-hooked', 'Ola Nordmann', 'ola@tromso.kommune.no');
    await drainOutbox();
    expect(ksReceiver.received.map(({ payload }) => payload.data.eventId)).toEqual(['ks-hooked']);
    expect(ksReceiver.received.every(({ verified }) => verified)).toBe(true);
    expect(skrReceiver.received.map(({ payload }) => payload.data.eventId)).toEqual(['hooked']);
    // Nor can one organisation's admin open another's endpoint, or send its deliveries again.
    const skrEndpointId = endpointIdOf(skrReceiver);
    expect((await ksAdmin.get(`/organiser/settings/webhooks/${skrEndpointId}`)).status).toBe(404);
    const resend = await ksAdmin.post(`/organiser/settings/webhooks/${skrEndpointId}/deliveries/resend`, {
      delivery: String(skrReceiver.received[0]?.id),
    });
    expect(resend.status).toBe(404);
    await drainOutbox();
    expect(skrReceiver.received).toHaveLength(1);
  });

  it('reaches a receiver that was down, once it is back: every delivery, none twice', async () => {
    const deliveredBefore = skrReceiver.delivered().length;
    await skrReceiver.down();
    at(10);
    await signUp('hooked', 'Bo Ek', 'bo@umea.se');
    await signUp('hooked', 'Cia Lund', 'cia@umea.se');
    const registrations = await listRegistrations(platform.table, 'hooked');
    const anna = registrations.find((registration) => registration.email === 'anna@umea.se');
    await cancelWithPromotion(platform.context as AppContext, await eventOf('hooked'), String(anna?.id));
    await drainOutbox();
    // Refused connections, then a receiver that answers 500 for a while, across the backoff.
    at(11);
    await drainOutbox();
    await skrReceiver.up();
    skrReceiver.answerWith(500);
    at(14);
    await drainOutbox();
    at(30);
    await drainOutbox();
    expect(skrReceiver.delivered()).toHaveLength(deliveredBefore);
    expect(skrReceiver.received.filter(({ answered }) => answered === 500).length).toBeGreaterThanOrEqual(4);
    const admin = await skrAdminNow();
    const page = await (await admin.get(`/organiser/settings/webhooks/${endpointIdOf(skrReceiver)}`)).text();
    expect(page).toContain(`<h1>Leveranser till ${new URL(skrReceiver.url()).host}</h1>`);
    expect(page).toContain(`Adress: <code>${skrReceiver.url()}</code>`);
    expect(page).toContain('Väntar, nästa försök');
    expect(page).toContain('500');
    skrReceiver.answerWith(200);
    at(90);
    await drainOutbox();
    at(200);
    await drainOutbox();
    const types = skrReceiver
      .delivered()
      .map(({ payload }) => payload.type)
      .sort();
    expect(types).toEqual([
      'registration.cancelled',
      'registration.created',
      'registration.created',
      'registration.created',
      'registration.promoted',
    ]);
    const ids = skrReceiver.delivered().map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(skrReceiver.received.every(({ verified }) => verified)).toBe(true);
    // Later runs find nothing left to send.
    at(2000);
    await drainOutbox();
    expect(skrReceiver.delivered()).toHaveLength(5);
  });

  it('turns off an endpoint that has failed for three days and tells its admins by mail', async () => {
    await skrReceiver.down();
    at(3000);
    await signUp('hooked', 'Dan Ström', 'dan@umea.se');
    // Each step passes the longest wait of the schedule (12 h and up to a tenth more of jitter, 13.2 h): one try per
    // step, and the try at 84 h is the first after three days whatever the jitter drew.
    for (let hour = 0; hour <= 84; hour += 14) {
      at(3000 + hour * 60);
      await drainOutbox();
    }
    const list = await (await (await skrAdminNow()).get('/organiser/settings/webhooks')).text();
    expect(list).toContain('Avstängd: anropen har misslyckats sedan');
    const [mail] = await mailTo(platform.mailbox, 'admin@skr.se').then((mails) =>
      mails.filter((m) => m.subject?.startsWith('Webhooken till')),
    );
    expect(mail?.subject).toBe(`Webhooken till ${skrReceiver.url()} är avstängd`);
    expect(mail?.text).toContain('har misslyckats i tre dygn');
    expect(mail?.text).toContain(`/organiser/settings/webhooks/${endpointIdOf(skrReceiver)}`);
    // Off means off: a new sign-up is not even fanned out to it.
    await signUp('hooked', 'Eva Sand', 'eva@umea.se');
    await drainOutbox();
    expect(await outboxWebhookCount()).toBe(0);
  });

  it('is sent again by an admin after the endpoint is turned back on', async () => {
    await skrReceiver.up();
    const endpointId = endpointIdOf(skrReceiver);
    const skrAdmin = await skrAdminNow();
    const on = await skrAdmin.post(`/organiser/settings/webhooks/${endpointId}/enable`);
    expect(await on.text()).toContain(`Webhooken till ${skrReceiver.url()} är på.`);
    const page = await (await skrAdmin.get(`/organiser/settings/webhooks/${endpointId}`)).text();
    const failed = page.match(/name="delivery" value="([^"]+)"/)?.[1] ?? '';
    const before = skrReceiver.delivered().length;
    const again = await skrAdmin.post(`/organiser/settings/webhooks/${endpointId}/deliveries/resend`, {
      delivery: failed,
    });
    expect(await again.text()).toContain('Leveransen skickas igen.');
    await drainOutbox();
    expect(skrReceiver.delivered()).toHaveLength(before + 1);
    expect(skrReceiver.delivered().at(-1)?.id).toBe(failed);
  });
});

describe('a webhook event whose fan-out was cut short', () => {
  it('is fanned out again without doubling a delivery: each endpoint gets it once', async () => {
    await platform.deliverOutbox();
    at(5000);
    await signUp('ks-hooked', 'Kari Lie', 'kari@tromso.kommune.no');
    const event = (await tableItems(platform.table)).find(
      (item) => item.PK === 'EVENT#ks-hooked' && item.webhook && item.status === 'pending',
    );
    const claimed = await claimMessage(
      platform.table,
      { id: String(event?.id), eventId: 'ks-hooked' },
      { now: clock().toISOString(), cutShortBefore: clock().toISOString() },
    );
    if (!claimed?.webhook) throw new Error('no webhook event to claim');
    // A sender fans the event out and dies before it records so: its record is refused, the event stays `sending`.
    await fanOutWebhookEvent(
      { ...platform.context, random: () => 0 },
      { ...claimed, webhook: claimed.webhook, claimedAt: 'a claim that died' },
    );
    at(5001);
    await drainOutbox();
    at(5002);
    await drainOutbox();
    const ids = ksReceiver.delivered().map(({ id }) => id);
    expect(ids.filter((id) => id.startsWith(`${claimed.id}:`))).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('an organisation without endpoints wanting a change', () => {
  it('writes no webhook item at all in the change’s transaction', async () => {
    await putTrygghetsdag(platform.table, 'lansstyrelsen-quiet', {
      capacity: 5,
      organisationId: 'lansstyrelsen-vg',
      coOrganiserIds: [],
    });
    await signUp('lansstyrelsen-quiet', 'Fia Holm', 'fia@umea.se');
    const items = await tableItems(platform.table);
    expect(items.filter((item) => item.PK === 'EVENT#lansstyrelsen-quiet' && item.webhook)).toEqual([]);
  });
});

async function eventOf(id: string) {
  const page = await getEventPage(platform.table, id);
  if (!page) throw new Error(`no event ${id}`);
  return page.event;
}

function endpointIdOf(receiver: WebhookReceiver): string {
  return String(receiver.received[0]?.id.split(':')[1]);
}

/** Webhook outbox items still waiting: pending events or deliveries. */
async function outboxWebhookCount() {
  return (await tableItems(platform.table)).filter(
    (item) => item.webhook && (item.status === 'pending' || item.status === 'sending'),
  ).length;
}
