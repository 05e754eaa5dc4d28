import { describe, expect, it } from 'vitest';
import { RETENTION_DAYS_BOUNDS } from '#shared/domain/organisation.ts';
import { erasureTimes, NEEDS_RETENTION_DAYS } from '#shared/domain/retention.ts';

/** Trygghetsdag 2027 ends at 15.00 Stockholm time. */
const event = { endsAt: '2027-02-04T14:00:00Z' };
const instantOf = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

describe('the retention an admin may set', () => {
  it('keeps participants at least the week their needs are kept, for the event’s own follow-up', () => {
    expect(RETENTION_DAYS_BOUNDS.min).toBeGreaterThanOrEqual(NEEDS_RETENTION_DAYS);
    const shortest = erasureTimes(event, { retentionDays: RETENTION_DAYS_BOUNDS.min });
    expect(instantOf(shortest.expiresAt) >= '2027-02-11T14:00:00.000Z').toBe(true);
    expect(shortest.needsExpiresAt).toBe(shortest.expiresAt);
  });

  it('reaches the ten years archiving rules may ask, and goes no further', () => {
    const longest = erasureTimes(event, { retentionDays: RETENTION_DAYS_BOUNDS.max });
    expect(instantOf(longest.expiresAt)).toBe('2037-02-01T14:00:00.000Z');
  });
});
