import type { Context, ScheduledEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dueMessages } from '#store/entities/outbox-message.ts';
import { claimMessage } from '#store/transactions/outbox-delivery.ts';
import { putTrygghetsdag, realToday } from '#test/support/conference-fixture.ts';
import { lambdaContext, loggedLines } from '#test/support/lambda-context.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { LINK_SECRET_ARN } from '#test/support/secrets-extension-stand-in.ts';
import { signUpParticipant } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

type Handler = (event: unknown, context: Context) => Promise<Record<string, number>>;
let handler: Handler;
let platform: TestPlatform;
const context = lambdaContext('Traffpunkt-dev-JobsHandler');

/** What EventBridge Scheduler's Lambda target delivers when the schedule gives no input of its own. */
const schedulerInvocation = {};
/** The classic EventBridge rule's schedule event, should an operator point one at the function. */
const scheduledEvent: ScheduledEvent = {
  version: '0',
  id: '89d1a02d-5ec7-412e-82f5-13505f849b41',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: '2026-11-22T10:15:00Z',
  region: 'eu-north-1',
  resources: ['arn:aws:events:eu-north-1:123456789012:rule/Traffpunkt-dev-Jobs'],
  detail: {},
};

afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(new Date().toISOString());
  Object.assign(process.env, {
    TABLE_NAME: platform.table.name,
    DYNAMODB_ENDPOINT: inject('dynamoDbEndpoint'),
    MAIL_TRANSPORT: 'smtp',
    OUTBOX_CUT_SHORT_AFTER_SECONDS: '90',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(platform.smtpPort),
    PUBLIC_BASE_URL: 'https://traffpunkt.example',
    POWERTOOLS_SERVICE_NAME: 'jobs',
    // Named as the stack names it; nothing here makes or mails a manage link, so it is never read.
    LINK_SECRET_ARN,
  });
  ({ handler } = (await import('#lambda/jobs-handler.ts')) as unknown as { handler: Handler });
});

describe('the jobs Lambda entry', () => {
  it('runs the jobs on the schedule’s invocation and reports what each did', async () => {
    const report = await handler(schedulerInvocation, context);
    // Nothing to do on an empty table: every job reports a count, each of them zero.
    expect(report).toMatchObject({
      remindersQueued: 0,
      offersExpired: 0,
      personalDataErased: 0,
      retriesSent: 0,
    });
    expect(Object.values(report).every((count) => count === 0)).toBe(true);
  });

  it('only sends the outbox messages that are due when the minute schedule asks for that task', async () => {
    const event = await putTrygghetsdag(platform.table, 'lambda-retries', {}, realToday());
    await signUpParticipant(
      platform.table,
      event,
      { name: 'Försök Igen', email: 'retried@kommun.se' },
      new Date().toISOString(),
    );
    expect(await handler({ task: 'outbox-retries' }, context)).toEqual({ retriesSent: 1 });
    expect(await mailTo(platform.mailbox, 'retried@kommun.se')).toHaveLength(1);
  });

  it('sends again, on the minute schedule, a message whose sender was cut short over a minute and a half ago', async () => {
    const event = await putTrygghetsdag(platform.table, 'lambda-cut-short', {}, realToday());
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    await signUpParticipant(
      platform.table,
      event,
      { name: 'Avbruten Sändning', email: 'cut-short@kommun.se' },
      minutesAgo(3),
    );
    const [address] = (await dueMessages(platform.table, minutesAgo(2))).filter(
      (message) => message.eventId === 'lambda-cut-short',
    );
    if (!address) throw new Error('no queued message');
    // The mailer claimed it two minutes ago and was killed at its timeout before it recorded anything.
    await claimMessage(platform.table, address, { now: minutesAgo(2), cutShortBefore: minutesAgo(2) });
    expect(await handler({ task: 'outbox-retries' }, context)).toEqual({ retriesSent: 1 });
    expect(await mailTo(platform.mailbox, 'cut-short@kommun.se')).toHaveLength(1);
  });

  it('sends the outbox messages that are due and the stream did not deliver, and logs the report as JSON', async () => {
    const event = await putTrygghetsdag(platform.table, 'lambda-jobs', {}, realToday());
    await signUpParticipant(
      platform.table,
      event,
      { name: 'Väntar Påsvep', email: 'swept@kommun.se' },
      new Date().toISOString(),
    );
    const lines = await loggedLines(async () => {
      expect(await handler(scheduledEvent, context)).toMatchObject({ retriesSent: 1 });
    });
    expect(await mailTo(platform.mailbox, 'swept@kommun.se')).toHaveLength(1);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'INFO',
        message: 'scheduled jobs ran',
        service: 'jobs',
        function_request_id: context.awsRequestId,
        report: expect.objectContaining({ retriesSent: 1 }),
      }),
    );
  });
});
