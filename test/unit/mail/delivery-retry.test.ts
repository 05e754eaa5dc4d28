import { describe, expect, it } from 'vitest';
import {
  cutShortBefore,
  deliveryExhausted,
  MAX_DELIVERY_ATTEMPTS,
  nextAttemptAt,
} from '#shared/mail/delivery-retry.ts';

const FAILED_AT = '2027-02-03T09:00:00.000Z';
const waitSeconds = (attempts: number, jitter: number) =>
  (Date.parse(nextAttemptAt(FAILED_AT, attempts, jitter)) - Date.parse(FAILED_AT)) / 1000;

describe('the backoff between tries of an e-mail', () => {
  it('doubles with each failed try, from half a minute', () => {
    expect([1, 2, 3, 4].map((attempts) => waitSeconds(attempts, 0))).toEqual([15, 30, 60, 120]);
    expect([1, 2, 3, 4].map((attempts) => waitSeconds(attempts, 0.999_999))).toEqual([30, 60, 120, 240]);
  });

  it('never waits more than an hour', () => {
    expect(waitSeconds(30, 0.999_999)).toBeGreaterThan(3599);
    expect(waitSeconds(30, 0.999_999)).toBeLessThanOrEqual(3600);
    expect(waitSeconds(30, 0)).toBe(1800);
  });

  it('spreads messages that failed together over the second half of the wait', () => {
    const waits = [0, 0.25, 0.5, 0.75].map((jitter) => waitSeconds(3, jitter));
    expect(waits).toEqual([60, 75, 90, 105]);
  });

  it('gives up after the last try', () => {
    expect(deliveryExhausted(MAX_DELIVERY_ATTEMPTS - 1)).toBe(false);
    expect(deliveryExhausted(MAX_DELIVERY_ATTEMPTS)).toBe(true);
  });
});

describe('a send that was cut short', () => {
  it('is one claimed longer ago than a living sender holds a claim, and still not recorded', () => {
    expect(cutShortBefore('2027-02-03T09:00:00Z', 90_000)).toBe('2027-02-03T08:58:30.000Z');
    expect(cutShortBefore('2027-02-03T09:00:00Z', 15_000)).toBe('2027-02-03T08:59:45.000Z');
  });
});
