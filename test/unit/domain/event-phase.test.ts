import { describe, expect, it } from 'vitest';
import { eventPhase, registrationWindow } from '#shared/domain/event-phase.ts';

const event = {
  status: 'published' as const,
  startsAt: '2027-02-04T09:00:00Z',
  endsAt: '2027-02-04T14:00:00Z',
  registrationOpensAt: '2026-11-22T00:00:00Z',
  registrationClosesAt: '2027-01-28T00:00:00Z',
};

describe('event phase', () => {
  it('follows the clock from upcoming through ongoing to past', () => {
    expect(eventPhase(event, new Date('2027-02-04T08:59:59.999Z'))).toBe('upcoming');
    expect(eventPhase(event, new Date('2027-02-04T09:00:00.000Z'))).toBe('ongoing');
    expect(eventPhase(event, new Date('2027-02-04T14:00:00.000Z'))).toBe('past');
  });

  it('says cancelled and draft whatever the time', () => {
    expect(eventPhase({ ...event, status: 'cancelled' }, new Date('2026-12-01T00:00:00Z'))).toBe('cancelled');
    expect(eventPhase({ ...event, status: 'draft' }, new Date('2026-12-01T00:00:00Z'))).toBe('draft');
  });
});

describe('registration window', () => {
  it('closes at the deadline to the millisecond, although stored and current instants are written differently', () => {
    expect(registrationWindow(event, new Date('2027-01-27T23:59:59.999Z'))).toBe('open');
    expect(registrationWindow(event, new Date('2027-01-28T00:00:00.000Z'))).toBe('closed');
    expect(registrationWindow(event, new Date('2027-01-28T00:00:00.500Z'))).toBe('closed');
  });

  it('has not opened before its opening, and is closed for an event that has begun', () => {
    expect(registrationWindow(event, new Date('2026-11-21T23:59:59.999Z'))).toBe('not-open-yet');
    expect(
      registrationWindow({ ...event, registrationClosesAt: undefined }, new Date('2027-02-04T10:00:00Z')),
    ).toBe('closed');
  });
});
