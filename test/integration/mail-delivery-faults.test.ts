import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleLocalPlatform } from '#local/local-platform.ts';
import type { Mailbox } from '#local/smtp-catcher.ts';
import { createMailTransport } from '#mail/mail-transport.ts';
import { deliverOutboxMessage } from '#operations/outbox/deliver-outbox-message.ts';
import { renderMailIntent } from '#operations/outbox/render-mail-intent.ts';
import { cutShortBefore, MAX_DELIVERY_ATTEMPTS } from '#shared/mail/delivery-retry.ts';
import { dueMessages, failedMessages, type OutboxAddress } from '#store/entities/outbox-message.ts';
import { queryAll } from '#store/table/query-all.ts';
import { claimMessage } from '#store/transactions/outbox-delivery.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const START = Date.parse('2026-11-22T10:00:00Z');
let minutes = 0;
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(new Date(START).toISOString());
});

/** Moves the platform's clock on; retries wait out their backoff in platform time, not in the test's. */
function later(byMinutes: number): string {
  minutes += byMinutes;
  const now = new Date(START + minutes * 60_000).toISOString();
  platform.setNow(now);
  return now;
}

function signUp(eventId: string, name: string, email: string) {
  return postForm(platform.app, `/events/${eventId}/sign-up`, {
    name,
    email,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
  });
}

/** How many times the catcher received each message, by its Message-ID. */
function receivedPerMessageId(mailbox: Mailbox): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { raw } of mailbox.messages()) {
    const id = raw.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1] ?? 'none';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** A sender's claim at `now`, with the local platform's window: a claim older than fifteen seconds was cut short. */
const claimAt = (address: OutboxAddress, now: string) =>
  claimMessage(platform.table, address, { now, cutShortBefore: cutShortBefore(now, 15_000) });

const messageIdOf = (outboxId: string) => `<${outboxId.replaceAll(/[^A-Za-z0-9.-]/g, '.')}@traffpunkt>`;

async function outboxOf(eventId: string) {
  return queryAll(platform.table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':outbox': 'OUTBOX#' },
    ConsistentRead: true,
  });
}

describe('the SMTP server down for a while, then up', () => {
  it('delivers every mail queued meanwhile exactly once, after backing off', async () => {
    await putTrygghetsdag(platform.table, 'outage', { capacity: 50 });
    await platform.smtpCatcher.stop();
    const people = Array.from({ length: 12 }, (_, n) => `deltagare${n}@umea.se`);
    for (const [n, email] of people.entries()) {
      expect((await signUp('outage', `Deltagare ${n}`, email)).status).toBe(201);
    }
    const caughtBefore = platform.mailbox.messages().length;

    expect(await platform.deliverOutbox()).toBe(0);
    const afterFirstTry = await outboxOf('outage');
    expect(afterFirstTry.map((item) => item.status)).toEqual(people.map(() => 'pending'));
    expect(
      afterFirstTry.every((item) => item.attempts === 1 && String(item.lastError).includes('ECONNREFUSED')),
    ).toBe(true);
    // Not due again until the backoff has passed: a worker run right away tries nothing.
    expect(await dueMessages(platform.table, later(0))).toEqual([]);

    later(2);
    expect(await platform.deliverOutbox()).toBe(0);
    expect((await outboxOf('outage')).every((item) => item.attempts === 2 && item.status === 'pending')).toBe(
      true,
    );

    await platform.smtpCatcher.start();
    later(5);
    expect(await platform.deliverOutbox()).toBe(people.length);
    later(60);
    expect(await platform.deliverOutbox()).toBe(0);

    const outbox = await outboxOf('outage');
    expect(outbox.map((item) => item.status)).toEqual(people.map(() => 'sent'));
    const received = receivedPerMessageId(platform.mailbox);
    expect(platform.mailbox.messages().length - caughtBefore).toBe(people.length);
    for (const item of outbox) expect(received.get(messageIdOf(String(item.id)))).toBe(1);
  });

  it('spreads the retries of messages that failed together (jitter)', async () => {
    await putTrygghetsdag(platform.table, 'jitter', { capacity: 50 });
    await platform.smtpCatcher.stop();
    for (const n of [1, 2, 3, 4, 5, 6]) await signUp('jitter', `Person ${n}`, `person${n}@umea.se`);
    await platform.deliverOutbox();
    await platform.smtpCatcher.start();
    const retries = new Set((await outboxOf('jitter')).map((item) => item.nextAttemptAt));
    expect(retries.size).toBeGreaterThan(1);
    later(60);
    expect(await platform.deliverOutbox()).toBe(6);
  });
});

describe('a crash', () => {
  it('between the write and the send loses nothing: the next worker sends the mail, once', async () => {
    await putTrygghetsdag(platform.table, 'crash-before-send', { capacity: 50 });
    expect((await signUp('crash-before-send', 'Kerstin Rörsch', 'kerstin@umea.se')).status).toBe(201);
    // The process dies here: the sign-up is stored, its mail is not sent. Another process takes over the table.
    const restarted = await assembleLocalPlatform({
      table: platform.table,
      clock: () => new Date(START + minutes * 60_000),
      publicBaseUrl: 'http://traffpunkt.test',
      linkSecret: platform.context.linkSecret,
    });
    try {
      expect(await restarted.deliverOutbox()).toBe(1);
      expect(await restarted.deliverOutbox()).toBe(0);
      expect(await platform.deliverOutbox()).toBe(0);
      const [message] = restarted.mailbox.messages();
      expect(message?.raw).toContain('kerstin@umea.se');
      expect([...receivedPerMessageId(restarted.mailbox).values()]).toEqual([1]);
    } finally {
      await restarted.stop();
    }
  });

  it('between the claim and the send is sent by itself once the window has passed, and counted for the organisers', async () => {
    await putTrygghetsdag(platform.table, 'crash-in-send', { capacity: 50 });
    await signUp('crash-in-send', 'Seth Åberg', 'seth@umea.se');
    const [address] = (await dueMessages(platform.table, later(0))).filter(
      (m) => m.eventId === 'crash-in-send',
    );
    if (!address) throw new Error('no queued message');
    // A sender claims the message and dies before it sends or records anything.
    expect(await claimAt(address, later(0))).toBeDefined();
    const organiser = asOrganiser(platform, await signedInOrganiser(platform, 'sara@skr.se', 'skr'));
    const caught = platform.mailbox.messages().length;

    // Ten seconds on, the claim may still be a living sender's: the local window is fifteen.
    later(10 / 60);
    expect(await platform.deliverOutbox()).toBe(0);
    expect((await outboxOf('crash-in-send')).map((item) => item.status)).toEqual(['sending']);

    later(1);
    expect(await platform.deliverOutbox()).toBe(1);
    expect(platform.mailbox.messages()).toHaveLength(caught + 1);
    expect(receivedPerMessageId(platform.mailbox).get(messageIdOf(address.id))).toBe(1);
    expect(await outboxOf('crash-in-send')).toMatchObject([
      { status: 'sent', interruptions: 1, attempts: 2 },
    ]);
    const page = await (await organiser.get('/organiser/outbox')).text();
    expect(page).toContain(
      '1 meddelande skickades igen efter ett avbrott: sändningen avbröts innan vi visste om det hade kommit fram, så mottagaren kan ha fått det två gånger.',
    );
    expect(page).toContain('All e-post har gått fram.');
    later(60);
    expect(await platform.deliverOutbox()).toBe(0);

    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'per@ks.no', 'ks'));
    expect(await (await ks.get('/organiser/outbox')).text()).not.toContain('sendt på nytt etter et avbrudd');
  });

  it('being sent is claimed by nobody else, keeps its place in the list, and is taken over once cut short', async () => {
    await putTrygghetsdag(platform.table, 'held-claim', { capacity: 50 });
    await signUp('held-claim', 'Hanna Holm', 'hanna@umea.se');
    const [address] = (await dueMessages(platform.table, later(0))).filter((m) => m.eventId === 'held-claim');
    if (!address) throw new Error('no queued message');
    const now = Date.parse(later(0));
    const at = (seconds: number) => new Date(now + seconds * 1000).toISOString();
    expect(await claimAt(address, at(0))).toMatchObject({ status: 'sending', attempts: 1 });

    // A living sender holds it: the claim left its entry in the list, and no second claim takes it.
    expect(await dueMessages(platform.table, at(10))).toContainEqual(address);
    expect(await claimAt(address, at(10))).toBeUndefined();
    expect(await claimAt(address, at(15))).toBeUndefined();
    expect(await outboxOf('held-claim')).toMatchObject([
      { status: 'sending', attempts: 1, claimedAt: at(0) },
    ]);

    // Past the window its sender was cut short: one claim takes it over, and only one.
    const [first, second] = await Promise.all([claimAt(address, at(16)), claimAt(address, at(16))]);
    expect([first, second].filter(Boolean)).toMatchObject([
      { status: 'sending', attempts: 2, interruptions: 1, claimedAt: at(16) },
    ]);
    expect(await claimAt(address, at(20))).toBeUndefined();
    expect(await dueMessages(platform.table, at(20))).toContainEqual(address);

    // That sender dies too: the worker finds it in the list once the window has passed, sends it and records it.
    later(1);
    expect(await platform.deliverOutbox()).toBe(1);
    expect(await outboxOf('held-claim')).toMatchObject([{ status: 'sent', attempts: 3, interruptions: 2 }]);
    expect(await dueMessages(platform.table, later(0))).not.toContainEqual(address);
  });

  it('between the send and the record is sent again, at most once more and with the same Message-ID', async () => {
    await putTrygghetsdag(platform.table, 'crash-after-send', { capacity: 50 });
    await signUp('crash-after-send', 'Mona Lind', 'mona@umea.se');
    const [address] = (await dueMessages(platform.table, later(0))).filter(
      (m) => m.eventId === 'crash-after-send',
    );
    if (!address) throw new Error('no queued message');
    const transport = createMailTransport({ kind: 'smtp', host: '127.0.0.1', port: platform.smtpPort });
    try {
      // A sender claims the message and hands it to the mail server, and dies before it records that it did.
      const claimed = await claimAt(address, later(0));
      const mail =
        claimed?.mail && (await renderMailIntent(platform.context, { ...claimed, mail: claimed.mail }));
      await transport.sendMail({
        from: 'no-reply@traffpunkt.localhost',
        to: mail?.to,
        subject: mail?.subject,
        text: mail?.text,
        messageId: messageIdOf(address.id),
      });
    } finally {
      transport.close();
    }
    later(1);
    expect(await platform.deliverOutbox()).toBe(1);
    later(60);
    expect(await platform.deliverOutbox()).toBe(0);
    expect(receivedPerMessageId(platform.mailbox).get(messageIdOf(address.id))).toBe(2);
  });

  it('on every try is given up after the last one and shown to the organisers, not sent forever', async () => {
    await putTrygghetsdag(platform.table, 'crash-every-time', { capacity: 50 });
    await signUp('crash-every-time', 'Ebba Ek', 'ebba@umea.se');
    const [address] = (await dueMessages(platform.table, later(0))).filter(
      (m) => m.eventId === 'crash-every-time',
    );
    if (!address) throw new Error('no queued message');
    // Every sender claims it and dies; each claim after the first takes over the one before, cut short.
    const claims = [];
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS + 1; attempt += 1)
      claims.push(await claimAt(address, later(1)));
    expect(claims.map((claimed) => claimed?.attempts)).toEqual([
      ...Array.from({ length: MAX_DELIVERY_ATTEMPTS }, (_, n) => n + 1),
      undefined,
    ]);
    expect(claims.map((claimed) => claimed?.interruptions ?? 0)).toEqual([
      ...Array.from({ length: MAX_DELIVERY_ATTEMPTS }, (_, n) => n),
      0,
    ]);
    const [failed] = (await failedMessages(platform.table)).filter((m) => m.eventId === 'crash-every-time');
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS });
    expect(failed?.lastError).toMatch(/^cut short/);
    const organiser = asOrganiser(platform, await signedInOrganiser(platform, 'sara@skr.se', 'skr'));
    expect(await (await organiser.get('/organiser/outbox')).text()).toContain(
      'Försök igen till ebba@umea.se',
    );
  });
});

describe('a message that fails every try', () => {
  it('ends `failed`, is shown to its organisers only, and "try again" delivers it once', async () => {
    await putTrygghetsdag(platform.table, 'dead-letter', { capacity: 50 });
    await platform.smtpCatcher.stop();
    await signUp('dead-letter', 'Mia Magnusson', 'mia@polisen.se');
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      expect(await platform.deliverOutbox()).toBe(0);
      later(90);
    }
    const [failed] = (await failedMessages(platform.table)).filter(
      (message) => message.eventId === 'dead-letter',
    );
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS });
    if (!failed) throw new Error('no failed message');
    expect(await platform.deliverOutbox()).toBe(0);

    await platform.smtpCatcher.start();
    const skr = asOrganiser(platform, await signedInOrganiser(platform, 'ulla@skr.se', 'skr'));
    const page = await (await skr.get('/organiser/outbox')).text();
    expect(page).toContain('E-post som inte gick fram');
    expect(page).toContain('mia@polisen.se');
    expect(page).toContain('Försök igen till mia@polisen.se');
    const retryPath = `/organiser/outbox/dead-letter/${encodeURIComponent(failed.id)}/retry`;

    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'ola@ks.no', 'ks'));
    expect(await (await ks.get('/organiser/outbox')).text()).not.toContain('mia@polisen.se');
    expect((await ks.post(retryPath)).status).toBe(404);
    const viewer = asOrganiser(platform, await signedInOrganiser(platform, 'vera@skr.se', 'skr', 'viewer'));
    expect(await (await viewer.get('/organiser/outbox')).text()).not.toContain('Försök igen');
    expect((await viewer.post(retryPath)).status).toBe(403);

    const retried = await (await skr.post(retryPath)).text();
    expect(retried).toContain('Meddelandet skickas på nytt inom kort.');
    expect(retried).not.toContain('Försök igen till mia@polisen.se');
    expect((await skr.post(retryPath)).status).toBe(200);
    expect(await platform.deliverOutbox()).toBe(1);
    later(60);
    expect(await platform.deliverOutbox()).toBe(0);
    expect(receivedPerMessageId(platform.mailbox).get(messageIdOf(failed.id))).toBe(1);
    expect((await outboxOf('dead-letter')).map((item) => item.status)).toEqual(['sent']);
  });

  it('is not claimed by the stream path either before its next try is due', async () => {
    await putTrygghetsdag(platform.table, 'stream-backoff', { capacity: 50 });
    await platform.smtpCatcher.stop();
    await signUp('stream-backoff', 'Fredrik Ek', 'fredrik@umea.se');
    await platform.deliverOutbox();
    await platform.smtpCatcher.start();
    const [item] = await outboxOf('stream-backoff');
    const address = { id: String(item?.id), eventId: 'stream-backoff' };
    const delivery = {
      table: platform.table,
      transport: createMailTransport({ kind: 'smtp', host: '127.0.0.1', port: platform.smtpPort }),
      from: 'Träffpunkt <no-reply@traffpunkt.localhost>',
      clock: () => new Date(START + minutes * 60_000),
      random: () => 0.5,
      linkSecret: platform.context.linkSecret,
      publicBaseUrl: platform.context.publicBaseUrl,
      cutShortAfterMs: 90_000,
    };
    try {
      // A stream record redelivered by Lambda right after the failure finds the message waiting out its backoff.
      expect(await deliverOutboxMessage(delivery, address)).toBe('skipped');
      later(5);
      expect(await deliverOutboxMessage(delivery, address)).toBe('sent');
      expect(await deliverOutboxMessage(delivery, address)).toBe('skipped');
    } finally {
      delivery.transport.close();
    }
  });
});
