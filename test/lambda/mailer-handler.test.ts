import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { putTrygghetsdag, realToday } from '#test/support/conference-fixture.ts';
import { dynamoDbStreamEvent } from '#test/support/dynamodb-stream-event.ts';
import { lambdaContext, loggedLines } from '#test/support/lambda-context.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { LINK_SECRET_ARN } from '#test/support/secrets-extension-stand-in.ts';
import { signUpParticipant } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

type Handler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;
let handler: Handler;
let platform: TestPlatform;
let event: EventRecord;
const context = lambdaContext('Traffpunkt-dev-MailerHandler');

afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(new Date().toISOString());
  event = await putTrygghetsdag(platform.table, 'lambda-mailer', {}, realToday());
  // The entry reads its configuration from the environment at load time, as it does in Lambda; SMTP stands in for SES.
  Object.assign(process.env, {
    TABLE_NAME: platform.table.name,
    DYNAMODB_ENDPOINT: inject('dynamoDbEndpoint'),
    MAIL_TRANSPORT: 'smtp',
    OUTBOX_CUT_SHORT_AFTER_SECONDS: '90',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(platform.smtpPort),
    POWERTOOLS_SERVICE_NAME: 'mailer',
    // Named as the stack names it; the messages here carry no manage link, so it is never read.
    LINK_SECRET_ARN,
  });
  ({ handler } = (await import('#lambda/mailer-handler.ts')) as unknown as {
    handler: Handler;
  });
});

/** Signs someone up (which queues their e-mail) and returns the outbox item as the stream's INSERT carries it. */
async function signUpAndQueue(email: string) {
  await signUpParticipant(platform.table, event, { name: 'Test Person', email }, new Date().toISOString());
  const { Items = [] } = await platform.table.doc.send(
    new QueryCommand({
      TableName: platform.table.name,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
      ExpressionAttributeValues: { ':pk': `EVENT#${event.id}`, ':outbox': 'OUTBOX#' },
    }),
  );
  // The item holds the mail's intent, which names the recipient only by the hash of their address.
  const item = Items.find((candidate) => candidate.recipientHash === hashEmail(email));
  if (!item) throw new Error(`no outbox item for ${email}`);
  return item;
}

describe('the mailer Lambda entry', () => {
  it('sends the e-mail of a new outbox item from the stream, once, however often the record comes', async () => {
    const item = await signUpAndQueue('stream.once@kommun.se');
    const insert = dynamoDbStreamEvent({ eventName: 'INSERT', item });
    expect(await handler(insert, context)).toEqual({ batchItemFailures: [] });
    expect(await handler(insert, context)).toEqual({ batchItemFailures: [] });
    expect(await mailTo(platform.mailbox, 'stream.once@kommun.se')).toHaveLength(1);
  });

  it('leaves changes to outbox items and other items alone', async () => {
    const item = await signUpAndQueue('not.from.modify@kommun.se');
    await handler(
      dynamoDbStreamEvent(
        { eventName: 'MODIFY', item },
        {
          eventName: 'INSERT',
          item: { PK: `EVENT#${event.id}`, SK: 'REG#x', type: 'registration', id: 'x' },
        },
        { eventName: 'REMOVE', item },
      ),
      context,
    );
    expect(await mailTo(platform.mailbox, 'not.from.modify@kommun.se')).toHaveLength(0);
  });

  it('logs each message’s outcome as JSON, with the invocation it belongs to', async () => {
    const item = await signUpAndQueue('logged@kommun.se');
    const lines = await loggedLines(() =>
      handler(dynamoDbStreamEvent({ eventName: 'INSERT', item }), context),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'INFO',
        message: 'outbox message handled',
        service: 'mailer',
        function_request_id: context.awsRequestId,
        messageId: item.id,
        outcome: 'sent',
      }),
    );
  });

  it('logs a refused message for the alarm and leaves it to the outbox’s retries, not the stream’s', async () => {
    const item = await signUpAndQueue('refused@kommun.se');
    await platform.smtpCatcher.stop();
    try {
      let response: DynamoDBBatchResponse | undefined;
      const lines = await loggedLines(async () => {
        response = await handler(dynamoDbStreamEvent({ eventName: 'INSERT', item }), context);
      });
      expect(response).toEqual({ batchItemFailures: [] });
      expect(lines).toContainEqual(expect.objectContaining({ level: 'WARN', message: 'mail refused' }));
      expect(lines).toContainEqual(expect.objectContaining({ messageId: item.id, outcome: 'retrying' }));
      expect(JSON.stringify(lines)).not.toContain('refused@kommun.se');
    } finally {
      await platform.smtpCatcher.start();
    }
    expect(await mailTo(platform.mailbox, 'refused@kommun.se')).toHaveLength(0);
  });
});
