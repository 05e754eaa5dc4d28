import { describe, expect, it } from 'vitest';
import { erasureTimes, NEEDS_RETENTION_DAYS } from '#shared/domain/retention.ts';

/** Trygghetsdag 2027 ends at 15.00 Stockholm time. */
const event = { endsAt: '2027-02-04T14:00:00Z' };
const epochSeconds = (instant: string) => Date.parse(instant) / 1000;

describe('erasure times', () => {
  it('erase the participant the organisation’s retention after the event ends, and their needs a week after', () => {
    expect(erasureTimes(event, { retentionDays: 90 })).toEqual({
      expiresAt: epochSeconds('2027-05-05T14:00:00Z'),
      needsExpiresAt: epochSeconds('2027-02-11T14:00:00Z'),
    });
    expect(NEEDS_RETENTION_DAYS).toBe(7);
  });

  it('never keep the needs longer than the rest', () => {
    expect(erasureTimes(event, { retentionDays: 3 })).toEqual({
      expiresAt: epochSeconds('2027-02-07T14:00:00Z'),
      needsExpiresAt: epochSeconds('2027-02-07T14:00:00Z'),
    });
  });

  it('are whole seconds, rounded down from an end with milliseconds', () => {
    const { expiresAt } = erasureTimes({ endsAt: '2027-02-04T14:00:00.999Z' }, { retentionDays: 1 });
    expect(expiresAt).toBe(epochSeconds('2027-02-05T14:00:00Z'));
  });
});
