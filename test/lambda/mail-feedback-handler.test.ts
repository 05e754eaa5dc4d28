import type { Context, SNSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { undeliverableAddresses } from '#store/entities/undeliverable-address.ts';
import type { Table } from '#store/table/table.ts';
import { lambdaContext, loggedLines } from '#test/support/lambda-context.ts';
import { sesBounce, sesComplaint, sesDelivery, snsEvent } from '#test/support/sns-event.ts';
import { createTestTable } from '#test/support/test-table.ts';

type Handler = (event: SNSEvent, context: Context) => Promise<void>;
let handler: Handler;
let table: Table;

const context = lambdaContext('Traffpunkt-dev-MailFeedbackHandler');

beforeAll(async () => {
  table = await createTestTable();
  // The entry reads its configuration from the environment at load time, as it does in Lambda.
  process.env.TABLE_NAME = table.name;
  process.env.DYNAMODB_ENDPOINT = inject('dynamoDbEndpoint');
  process.env.POWERTOOLS_SERVICE_NAME = 'mail-feedback';
  ({ handler } = (await import('#lambda/mail-feedback-handler.ts')) as unknown as {
    handler: Handler;
  });
});

describe('the mail-feedback Lambda entry', () => {
  it('marks the addresses of a permanent bounce undeliverable', async () => {
    await handler(snsEvent(sesBounce('Permanent', ['gone@kommun.se'], '2026-11-22T10:00:00.000Z')), context);
    const marks = await undeliverableAddresses(table, ['gone@kommun.se']);
    expect(marks.get('gone@kommun.se')).toEqual({ reason: 'bounce', at: '2026-11-22T10:00:00.000Z' });
  });

  it('marks a complaining recipient, whatever case their address is written in', async () => {
    await handler(snsEvent(sesComplaint(['Spam.Klagare@Polisen.se'], '2026-11-22T10:05:00.000Z')), context);
    const marks = await undeliverableAddresses(table, ['spam.klagare@polisen.se']);
    expect(marks.get('spam.klagare@polisen.se')).toEqual({
      reason: 'complaint',
      at: '2026-11-22T10:05:00.000Z',
    });
  });

  it('marks every recipient of every record in the batch', async () => {
    await handler(
      snsEvent(
        sesBounce('Permanent', ['a@kommun.se', 'b@kommun.se'], '2026-11-22T11:00:00.000Z'),
        sesComplaint(['c@kommun.se'], '2026-11-22T11:01:00.000Z'),
      ),
      context,
    );
    const marks = await undeliverableAddresses(table, ['a@kommun.se', 'b@kommun.se', 'c@kommun.se']);
    expect([...marks.keys()].sort()).toEqual(['a@kommun.se', 'b@kommun.se', 'c@kommun.se']);
  });

  it('leaves an address alone after a transient bounce or a delivery', async () => {
    await handler(
      snsEvent(
        sesBounce('Transient', ['full@kommun.se'], '2026-11-22T12:00:00.000Z'),
        sesDelivery(['fine@kommun.se'], '2026-11-22T12:00:00.000Z'),
      ),
      context,
    );
    expect((await undeliverableAddresses(table, ['full@kommun.se', 'fine@kommun.se'])).size).toBe(0);
  });

  it('also reads an identity notification, which names its kind notificationType', async () => {
    const { eventType: _, ...bounce } = sesBounce('Permanent', ['old@kommun.se'], '2026-11-22T13:00:00.000Z');
    await handler(snsEvent({ notificationType: 'Bounce', ...bounce }), context);
    expect((await undeliverableAddresses(table, ['old@kommun.se'])).get('old@kommun.se')?.reason).toBe(
      'bounce',
    );
  });

  it('refuses a message that is not an SES notification, so it ends in the on-failure queue', async () => {
    await expect(handler(snsEvent({ hello: 'world' }), context)).rejects.toThrow(/not an SES notification/);
    const broken = sesBounce('Permanent', [], '2026-11-22T14:00:00.000Z');
    await expect(handler(snsEvent(broken), context)).rejects.toThrow();
  });

  it('logs structured JSON with the invocation and the reasons, never the address', async () => {
    const lines = await loggedLines(() =>
      handler(snsEvent(sesComplaint(['secret@kommun.se'], '2026-11-22T15:00:00.000Z')), context),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'INFO',
        message: 'mail feedback recorded',
        service: 'mail-feedback',
        function_request_id: context.awsRequestId,
        reasons: ['complaint'],
      }),
    );
    expect(JSON.stringify(lines)).not.toContain('secret@kommun.se');
  });
});
