import { performance } from 'node:perf_hooks';
import type { EventRecord } from '#shared/domain/event.ts';
import { getPublicEvent } from '#store/entities/event.ts';
import { hasProgramme } from '#store/entities/programme-slot.ts';
import type { Table } from '#store/table/table.ts';
import { ORGANISATION_CACHE_MS } from './organisation-cache.ts';

/** Enough for every event that takes sign-ups at once; the least recently stored goes first beyond it. */
const MOST_EVENTS = 500;

const cached = new Map<string, EventRecord>();
/** What this process keeps about an event is keyed by table and event: tests run several tables in one process. */
export const eventKeyInProcess = (table: Table, id: string) => `${table.name}\n${id}`;

/**
 * The event as this process last read it, for a sign-up: its texts are what the sign-up's mail and answers are worked
 * out from, and the sign-up's transaction proves them current (its seat counter vouches for the event's version, see
 * `entities/seat-counter.ts`), so a copy of any age is safe to start from. A refused proof reads it again
 * (`freshPublicEvent`). Pages read the table instead: they must show a change at once, and prove nothing.
 */
export async function cachedPublicEvent(table: Table, id: string): Promise<EventRecord | undefined> {
  return cached.get(eventKeyInProcess(table, id)) ?? (await freshPublicEvent(table, id));
}

/** The event read from the table now, remembered for the next sign-up. */
export async function freshPublicEvent(table: Table, id: string): Promise<EventRecord | undefined> {
  const key = eventKeyInProcess(table, id);
  const event = await getPublicEvent(table, id);
  cached.delete(key);
  if (event) {
    cached.set(key, event);
    if (cached.size > MOST_EVENTS) cached.delete(String(cached.keys().next().value));
  }
  return event;
}

const programmes = new Map<string, { has: boolean; readAt: number }>();

/**
 * Whether the event has a programme, as this process read it at most `ORGANISATION_CACHE_MS` ago: the mail that
 * answers a sign-up links to the programme when there is one, and a burst of sign-ups is a burst of such mails, so
 * the mailer trusts the answer as briefly as it trusts the organisation's sender.
 */
export async function recentlyHasProgramme(table: Table, eventId: string): Promise<boolean> {
  const key = eventKeyInProcess(table, eventId);
  const entry = programmes.get(key);
  if (entry && performance.now() - entry.readAt < ORGANISATION_CACHE_MS) return entry.has;
  const has = await hasProgramme(table, eventId);
  programmes.delete(key);
  programmes.set(key, { has, readAt: performance.now() });
  if (programmes.size > MOST_EVENTS) programmes.delete(String(programmes.keys().next().value));
  return has;
}
