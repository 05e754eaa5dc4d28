import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';
import { remindersDue, reminderWindowOpensAt } from '#shared/domain/reminders-due.ts';

function demoEvent(id: string): EventRecord {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo event ${id}`);
  return page.event;
}

/** Trygghetsdag 2027 begins on 4 February at 10.00 Stockholm time (09:00Z); the reminder window opens two days before. */
const event = demoEvent('trygghetsdag-2027');

function registration(
  id: string,
  status: RegistrationStatus,
  createdAt: string,
  changes: Partial<Registration> = {},
): Registration {
  return {
    id,
    eventId: event.id,
    status,
    name: id,
    email: `${id}@umea.se`,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
    language: 'sv',
    createdAt,
    ...changes,
  };
}

const EARLY = '2026-12-01T10:00:00Z';
const ids = (list: readonly Registration[]) => list.map(({ id }) => id);

describe('reminders due', () => {
  it('open their window 48 hours before the event begins', () => {
    expect(reminderWindowOpensAt(event)).toBe('2027-02-02T09:00:00.000Z');
  });

  it('go to the confirmed who signed up before the window and have had none, once it is open', () => {
    const registrations = [
      registration('ada', 'confirmed', EARLY),
      registration('bo', 'waiting', EARLY),
      registration('cia', 'offered', EARLY),
      registration('dan', 'cancelled', EARLY),
      registration('eva', 'confirmed', EARLY, { reminderQueuedAt: '2027-02-02T09:05:00Z' }),
      registration('fia', 'confirmed', '2027-02-02T09:00:00.000Z'),
      registration('gun', 'confirmed', '2027-02-02T08:59:59.999Z'),
    ];
    expect(ids(remindersDue(event, registrations, new Date('2027-02-02T12:00:00Z')))).toEqual(['ada', 'gun']);
  });

  it('are none before the window opens', () => {
    const registrations = [registration('ada', 'confirmed', EARLY)];
    expect(remindersDue(event, registrations, new Date('2027-02-02T08:59:59.999Z'))).toEqual([]);
    expect(ids(remindersDue(event, registrations, new Date('2027-02-02T09:00:00.000Z')))).toEqual(['ada']);
  });

  it('are none once the event has begun, nor for a cancelled event', () => {
    const registrations = [registration('ada', 'confirmed', EARLY)];
    expect(remindersDue(event, registrations, new Date('2027-02-04T09:00:00Z'))).toEqual([]);
    const cancelled = { ...event, status: 'cancelled' as const };
    expect(remindersDue(cancelled, registrations, new Date('2027-02-03T09:00:00Z'))).toEqual([]);
  });
});
