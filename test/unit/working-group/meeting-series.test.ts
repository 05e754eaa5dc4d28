import { describe, expect, it } from 'vitest';
import type { Meeting } from '#shared/domain/meeting.ts';
import { nextMeetingNumber, noticeOfChange } from '#shared/working-group/meeting-series.ts';

const undated: Meeting = { eventId: 'mp', number: 4, venue: { kind: 'digital' }, sequence: 0 };
const dated: Meeting = {
  ...undated,
  startsAt: '2027-03-09T08:00:00Z',
  endsAt: '2027-03-09T11:00:00Z',
  sequence: 1,
};

describe('a meeting series', () => {
  it('numbers a new meeting after the last, cancelled ones included, and holds at most seven', () => {
    expect(nextMeetingNumber([{ number: 1 }, { number: 2 }])).toBe(3);
    expect(nextMeetingNumber([])).toBe(1);
    expect(nextMeetingNumber([1, 2, 3, 4, 5, 6, 7].map((number) => ({ number })))).toBeUndefined();
  });

  it('tells members when a meeting gets its date, moves, changes place or is cancelled, and not otherwise', () => {
    expect(noticeOfChange(undated, dated)).toBe('scheduled');
    expect(noticeOfChange(undefined, dated)).toBe('scheduled');
    expect(noticeOfChange(dated, { ...dated, startsAt: '2027-03-09T09:00:00Z' })).toBe('moved');
    expect(
      noticeOfChange(dated, { ...dated, venue: { kind: 'place', name: 'Rådhuset', city: 'Borås' } }),
    ).toBe('moved');
    expect(noticeOfChange(dated, { ...dated, cancelled: true })).toBe('cancelled');
    expect(
      noticeOfChange(dated, { ...dated, startsAt: '2027-03-09T08:00:00.000Z', agenda: 'Orsaksanalys' }),
    ).toBeUndefined();
    expect(noticeOfChange(undated, { ...undated, cancelled: true })).toBeUndefined();
    expect(noticeOfChange(undated, { ...undated, agenda: 'Orsaksanalys' })).toBeUndefined();
  });
});
