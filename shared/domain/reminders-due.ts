import type { EventRecord } from './event.ts';
import { eventPhase } from './event-phase.ts';
import type { Registration } from './registration.ts';

export const REMINDER_LEAD_HOURS = 48;

/** When the reminder window of an event opens: two days before it starts. */
export function reminderWindowOpensAt(event: Pick<EventRecord, 'startsAt'>): string {
  return new Date(Date.parse(event.startsAt) - REMINDER_LEAD_HOURS * 3_600_000).toISOString();
}

/**
 * Confirmed participants who are owed the two-days-before reminder now. Someone who signed up inside the window
 * has just had their confirmation, so a reminder a moment later would only be noise.
 */
export function remindersDue(
  event: EventRecord,
  registrations: readonly Registration[],
  now: Date,
): Registration[] {
  const opensAt = reminderWindowOpensAt(event);
  if (eventPhase(event, now) !== 'upcoming' || now.toISOString() < opensAt) return [];
  return registrations.filter(
    (registration) =>
      registration.status === 'confirmed' &&
      registration.reminderQueuedAt === undefined &&
      registration.createdAt < opensAt,
  );
}
