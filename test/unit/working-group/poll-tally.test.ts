import { describe, expect, it } from 'vitest';
import type { DatePoll, PollResponse } from '#shared/domain/date-poll.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { pollTally } from '#shared/working-group/poll-tally.ts';

const poll: DatePoll = {
  eventId: 'mp',
  meetingNumber: 4,
  status: 'open',
  createdAt: '2027-02-01T08:00:00Z',
  options: [
    { id: 'o1', startsAt: '2027-04-13T07:00:00Z', endsAt: '2027-04-13T10:00:00Z' },
    { id: 'o2', startsAt: '2027-04-14T07:00:00Z', endsAt: '2027-04-14T10:00:00Z' },
  ],
};

const member = (memberId: string, municipality: string): GroupMember => ({
  eventId: 'mp',
  memberId,
  municipalityCode: memberId.slice(0, 4),
  municipality,
  name: memberId,
  email: `${memberId}@example.se`,
  title: 'Samordnare',
  representation: 'municipality',
});
const members = [
  member('1490-1', 'Borås'),
  member('1490-2', 'Borås'),
  member('1488-1', 'Trollhättan'),
  member('1480-1', 'Göteborg'),
];
const answer = (memberId: string, o1: 'yes' | 'maybe' | 'no', o2: 'yes' | 'maybe' | 'no'): PollResponse => ({
  eventId: 'mp',
  meetingNumber: 4,
  memberId,
  answers: { o1, o2 },
  answeredAt: '2027-02-02T08:00:00Z',
});

describe('the tally of a date poll', () => {
  it('counts answers per municipality, says which can come, and which time every municipality can make', () => {
    const tally = pollTally(poll, members, [
      answer('1490-1', 'no', 'yes'),
      answer('1490-2', 'maybe', 'no'),
      answer('1488-1', 'yes', 'no'),
      answer('1480-1', 'yes', 'maybe'),
    ]);
    expect(tally.municipalities.map(({ name }) => name)).toEqual(['Borås', 'Göteborg', 'Trollhättan']);
    expect(tally.municipalities[0]?.answers.o1).toEqual({ counts: { yes: 0, maybe: 1, no: 1 }, can: true });
    expect(tally.options.map(({ counts }) => counts)).toEqual([
      { yes: 2, maybe: 1, no: 1 },
      { yes: 1, maybe: 1, no: 2 },
    ]);
    expect(tally.options.map(({ everyoneCan }) => everyoneCan)).toEqual([true, false]);
    expect(tally.options[1]?.cannot).toEqual(['Trollhättan']);
    expect(tally).toMatchObject({ answered: 4, members: 4 });
  });

  it('does not count a municipality that has not answered as able to come', () => {
    const tally = pollTally(poll, members, [answer('1490-1', 'yes', 'yes'), answer('1488-1', 'yes', 'yes')]);
    expect(tally.municipalities.find(({ name }) => name === 'Göteborg')?.answers.o1).toEqual({
      counts: { yes: 0, maybe: 0, no: 0 },
    });
    expect(tally.options.map(({ everyoneCan }) => everyoneCan)).toEqual([false, false]);
    expect(tally.options[0]?.cannot).toEqual([]);
  });
});
