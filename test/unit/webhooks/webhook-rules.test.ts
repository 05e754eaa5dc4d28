import { describe, expect, it } from 'vitest';
import { failedLongEnough, nextDeliveryAttemptAt } from '#shared/domain/webhook-endpoint.ts';
import { webhookMessagesFor } from '#shared/i18n/webhook-messages.ts';
import { acceptsWebhookUrl } from '#shared/organiser/webhook-endpoint-form.ts';
import { webhookBody } from '#shared/webhooks/webhook-events.ts';

const FAILED_AT = '2027-03-10T08:00:00.000Z';
const waitAfter = (attempts: number, jitter = 0) =>
  (Date.parse(nextDeliveryAttemptAt(FAILED_AT, attempts, jitter)) - Date.parse(FAILED_AT)) / 1000;

describe('a failed webhook delivery', () => {
  it('is tried again after 30 s, 2 min, 10 min, 1 h, 6 h, then every 12 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((attempts) => waitAfter(attempts))).toEqual([
      30, 120, 600, 3_600, 21_600, 43_200, 43_200, 43_200,
    ]);
  });

  it('waits at most a tenth longer for its jitter', () => {
    expect(waitAfter(1, 0.999)).toBeLessThan(33.01);
    expect(waitAfter(6, 0.5)).toBe(43_200 * 1.05);
  });

  it('turns its endpoint off only once it has failed for three whole days', () => {
    const since = { failingSince: FAILED_AT };
    expect(failedLongEnough(since, '2027-03-13T07:59:59.999Z')).toBe(false);
    expect(failedLongEnough(since, '2027-03-13T08:00:00.000Z')).toBe(true);
    expect(failedLongEnough({}, '2030-01-01T00:00:00.000Z')).toBe(false);
  });
});

describe('a webhook endpoint’s address', () => {
  it.each([
    ['https://intranet.umea.se/hooks', false, true],
    ['http://intranet.umea.se/hooks', false, false],
    ['http://127.0.0.1:4000/hooks', false, false],
    ['http://127.0.0.1:4000/hooks', true, true],
    ['http://localhost:4000/hooks', true, false],
    ['https://127.0.0.1/hooks', false, false],
    ['https://169.254.169.254/latest/meta-data', false, false],
    ['https://10.0.0.8/hooks', false, false],
    ['https://[::1]/hooks', false, false],
    ['https://user:secret@intranet.umea.se/hooks', false, false],
    ['intranet.umea.se/hooks', false, false],
  ])('%s (loopback allowed: %s) is accepted: %s', (url, loopback, accepted) => {
    expect(acceptsWebhookUrl(url, loopback)).toBe(accepted);
  });
});

describe('a webhook body', () => {
  it('is refused when it does not keep its schema, so no delivery promises what the document does not', () => {
    expect(() =>
      webhookBody('application.submitted', FAILED_AT, {
        organisationId: 'skr',
        eventId: 'e',
        municipalityCode: 'Umeå',
      }),
    ).toThrow();
    expect(
      JSON.parse(
        webhookBody('event.changed', FAILED_AT, {
          organisationId: 'skr',
          eventId: 'e',
          changed: ['capacity'],
        }),
      ),
    ).toEqual({
      type: 'event.changed',
      timestamp: FAILED_AT,
      data: { organisationId: 'skr', eventId: 'e', changed: ['capacity'] },
    });
  });
});

describe('the webhooks page in words', () => {
  it.each([
    ['sv', 'Organisationen har 1 webhook.', 'Organisationen har 2 webhooks.'],
    ['nb', 'Organisasjonen har 1 webhook.', 'Organisasjonen har 2 webhooks.'],
    ['en', 'The organisation has 1 webhook.', 'The organisation has 2 webhooks.'],
  ] as const)('counts endpoints in %s', (language, one, two) => {
    const t = webhookMessagesFor(language);
    expect(t.count(1)).toBe(one);
    expect(t.count(2)).toBe(two);
  });
});
