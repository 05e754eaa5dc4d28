import type { EventRecord } from './event.ts';
import type { Organisation } from './organisation.ts';

/** Dietary and accessibility needs serve the event itself, so they go a week after it, well before the rest. */
export const NEEDS_RETENTION_DAYS = 7;

const DAY_SECONDS = 86_400;

/** When (epoch seconds, for DynamoDB's TTL) a participant's data and their needs are erased. */
export function erasureTimes(
  event: Pick<EventRecord, 'endsAt'>,
  organisation: Pick<Organisation, 'retentionDays'>,
) {
  const end = Math.floor(Date.parse(event.endsAt) / 1000);
  return {
    expiresAt: end + organisation.retentionDays * DAY_SECONDS,
    needsExpiresAt: end + Math.min(NEEDS_RETENTION_DAYS, organisation.retentionDays) * DAY_SECONDS,
  };
}
