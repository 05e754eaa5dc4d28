import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putEventPage } from '#store/transactions/event-page.ts';
import { mailTo, receivedMail } from '#test/support/read-mail.ts';
import { signUpParticipant } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const TODAY = '2026-11-22';
let platform: TestPlatform;
let trygghetsdag: EventRecord;

const hoursBefore = (instant: string, hours: number) =>
  new Date(Date.parse(instant) - hours * 3_600_000).toISOString();

afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(`${TODAY}T10:00:00Z`);
  await loadDemoData(platform.table, TODAY);
  const page = await getEventPage(platform.table, 'trygghetsdag-2027');
  if (!page) throw new Error('demo data lacks trygghetsdag-2027');
  trygghetsdag = { ...page.event, capacity: 2 };
  await putEventPage(platform.table, { ...page, event: trygghetsdag });
  for (const [name, email] of [
    ['Kerstin Rörsch', 'kerstin@umea.se'],
    ['Seth Åberg', 'seth@umea.se'],
    ['Sofie Ahlholm', 'sofie@norrtalje.se'],
  ] as const) {
    await signUpParticipant(platform.table, trygghetsdag, { name, email }, `${TODAY}T10:00:00Z`);
  }
  await platform.deliverOutbox();
});

describe('the two-days-before reminder', () => {
  it('is not sent while the event is more than two days away', async () => {
    platform.setNow(hoursBefore(trygghetsdag.startsAt, 49));
    expect(await platform.runJobs()).toMatchObject({ remindersQueued: 0 });
  });

  it('reaches every confirmed participant once, through the outbox and SMTP, in Swedish', async () => {
    platform.setNow(hoursBefore(trygghetsdag.startsAt, 47));
    const [first, second] = await Promise.all([platform.runJobs(), platform.runJobs()]);
    expect(first.remindersQueued + second.remindersQueued).toBe(2);
    expect(await platform.deliverOutbox()).toBe(2);

    const reminders = (await receivedMail(platform.mailbox)).filter((mail) =>
      mail.subject?.startsWith('Påminnelse'),
    );
    expect(reminders.map((mail) => mail.to?.[0]?.address).sort()).toEqual([
      'kerstin@umea.se',
      'seth@umea.se',
    ]);
    const reminder = (await mailTo(platform.mailbox, 'kerstin@umea.se')).find((mail) =>
      mail.subject?.startsWith('Påminnelse'),
    );
    expect(reminder?.subject).toBe('Påminnelse: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(reminder?.text).toContain('Hej Kerstin Rörsch!');
    expect(reminder?.text).toContain('10.00');
    expect(reminder?.text).toContain('http://traffpunkt.test/events/trygghetsdag-2027');
    expect(reminder?.html).toContain('<html lang="sv">');
  });

  it('is not sent again when the job runs again, nor to the waiting list', async () => {
    platform.setNow(hoursBefore(trygghetsdag.startsAt, 46));
    expect(await platform.runJobs()).toMatchObject({ remindersQueued: 0 });
    expect(await platform.deliverOutbox()).toBe(0);
    expect(await mailTo(platform.mailbox, 'sofie@norrtalje.se')).toHaveLength(1);
  });

  it('shows up on the mailbox page', async () => {
    const html = await (await platform.app.request('/mailbox')).text();
    expect(html).toContain('Påminnelse: Trygghetsdag 2027');
    expect(html).toContain('seth@umea.se');
    const id = platform.mailbox.messages()[0]?.id;
    const message = await (await platform.app.request(`/mailbox/${id}`)).text();
    expect(message).toContain('Plain text');
  });
});
