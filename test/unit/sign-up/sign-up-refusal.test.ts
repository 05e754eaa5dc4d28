import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { signUpRefusal } from '#shared/sign-up/sign-up-refusal.ts';

function demoEvent(id: string): EventRecord {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo event ${id}`);
  return page.event;
}

/** Registration opens 22 November 2026 and closes as 28 January begins; the day is 4 February 2027, 10–15. */
const event = demoEvent('trygghetsdag-2027');

describe('refusing a sign-up', () => {
  it('takes one while registration is open', () => {
    expect(event.registrationOpensAt).toBe('2026-11-21T23:00:00Z');
    expect(signUpRefusal(event, new Date('2026-11-21T23:00:00Z'))).toBeUndefined();
    expect(signUpRefusal(event, new Date('2027-01-27T22:59:59.999Z'))).toBeUndefined();
  });

  it('says not open yet before registration opens, and for a draft whatever the time', () => {
    expect(signUpRefusal(event, new Date('2026-11-21T22:59:59.999Z'))).toBe('not-open-yet');
    expect(signUpRefusal({ ...event, status: 'draft' }, new Date('2026-12-01T12:00:00Z'))).toBe(
      'not-open-yet',
    );
  });

  it('says the deadline has passed from the deadline until the event begins', () => {
    expect(event.registrationClosesAt).toBe('2027-01-27T23:00:00Z');
    expect(signUpRefusal(event, new Date('2027-01-27T23:00:00Z'))).toBe('deadline-passed');
    expect(signUpRefusal(event, new Date('2027-02-04T08:59:59Z'))).toBe('deadline-passed');
  });

  it('says the event is past once it has begun, with or without a deadline', () => {
    expect(signUpRefusal(event, new Date('2027-02-04T09:00:00Z'))).toBe('event-past');
    expect(signUpRefusal(event, new Date('2027-02-05T12:00:00Z'))).toBe('event-past');
    const noDeadline = { ...event, registrationClosesAt: undefined };
    expect(signUpRefusal(noDeadline, new Date('2027-02-04T08:59:59Z'))).toBeUndefined();
    expect(signUpRefusal(noDeadline, new Date('2027-02-04T10:00:00Z'))).toBe('event-past');
  });

  it('says cancelled for a cancelled event, before anything else', () => {
    const cancelled = { ...event, status: 'cancelled' as const };
    for (const now of [
      '2026-11-01T00:00:00Z',
      '2026-12-01T00:00:00Z',
      '2027-01-30T00:00:00Z',
      '2027-03-01T00:00:00Z',
    ])
      expect(signUpRefusal(cancelled, new Date(now))).toBe('event-cancelled');
  });
});
