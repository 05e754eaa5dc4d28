import { describe, expect, it } from 'vitest';
import type { DatePoll } from '#shared/domain/date-poll.ts';
import {
  answerField,
  optionField,
  readPollAnswers,
  readPollOptions,
} from '#shared/working-group/date-poll-form.ts';

const STOCKHOLM = { timeZone: 'Europe/Stockholm' as const };
const NOW = new Date('2027-02-20T10:00:00Z');

/** The proposal form with a row per `[date, start, end]`, rows numbered from 0. */
function proposals(...rows: ([string, string, string] | undefined)[]): Record<string, string> {
  const fields: Record<string, string> = {};
  rows.forEach((row, index) => {
    if (!row) return;
    const [date, startTime, endTime] = row;
    Object.assign(fields, {
      [optionField(index, 'date')]: date,
      [optionField(index, 'startTime')]: startTime,
      [optionField(index, 'endTime')]: endTime,
    });
  });
  return fields;
}

describe('reading the proposed times of a date poll', () => {
  it('reads each filled row in the event’s zone, numbering the options in order and skipping empty rows', () => {
    const read = readPollOptions(
      STOCKHOLM,
      'sv',
      proposals(['2027-03-09', '09:00', '12:00'], ['', '', ''], ['2027-03-30', '13:00', '16:00']),
      NOW,
    );
    expect(read).toEqual({
      ok: true,
      options: [
        { id: 'o1', startsAt: '2027-03-09T08:00:00Z', endsAt: '2027-03-09T11:00:00Z' },
        { id: 'o2', startsAt: '2027-03-30T11:00:00Z', endsAt: '2027-03-30T14:00:00Z' },
      ],
    });
  });

  it('asks for at least two times', () => {
    const message = 'Föreslå minst 2 och högst 10 tider.';
    expect(readPollOptions(STOCKHOLM, 'sv', proposals(['2027-03-09', '09:00', '12:00']), NOW)).toEqual({
      ok: false,
      errors: { options: message },
    });
    expect(readPollOptions(STOCKHOLM, 'sv', {}, NOW)).toEqual({ ok: false, errors: { options: message } });
  });

  it('reads no more than ten rows', () => {
    const rows = Array.from({ length: 11 }, (_, day): [string, string, string] => [
      `2027-03-${String(day + 10).padStart(2, '0')}`,
      '09:00',
      '12:00',
    ]);
    const read = readPollOptions(STOCKHOLM, 'sv', proposals(...rows), NOW);
    expect(read.ok && read.options.map(({ id }) => id)).toEqual([
      'o1',
      'o2',
      'o3',
      'o4',
      'o5',
      'o6',
      'o7',
      'o8',
      'o9',
      'o10',
    ]);
  });

  it('refuses the same time twice, under the later row', () => {
    expect(
      readPollOptions(
        STOCKHOLM,
        'en',
        proposals(
          ['2027-03-09', '09:00', '12:00'],
          ['2027-03-10', '09:00', '12:00'],
          [' 2027-03-09', '09:00 ', '12:00'],
        ),
        NOW,
      ),
    ).toEqual({ ok: false, errors: { 'options.2.date': 'The same time is already among the proposals.' } });
  });

  it('points each error at its row’s own field, and refuses a time that has passed', () => {
    expect(
      readPollOptions(
        STOCKHOLM,
        'sv',
        proposals(
          ['2027-03-09', '12:00', '09:00'],
          ['2027-02-20', '09:00', '12:00'],
          ['2027-03-11', '9', '12:00'],
        ),
        NOW,
      ),
    ).toEqual({
      ok: false,
      errors: {
        'options.0.endTime': 'Sluttiden måste ligga efter starttiden.',
        'options.1.date': 'Tidpunkten har redan passerat. Välj en senare tidpunkt.',
        'options.2.startTime': 'Ange tiden som tt:mm, till exempel 09:00.',
      },
    });
  });
});

describe('reading a member’s answers', () => {
  const poll: DatePoll = {
    eventId: 'motorburen-problematik-2027',
    meetingNumber: 4,
    options: [
      { id: 'o1', startsAt: '2027-03-09T08:00:00Z', endsAt: '2027-03-09T11:00:00Z' },
      { id: 'o2', startsAt: '2027-03-30T11:00:00Z', endsAt: '2027-03-30T14:00:00Z' },
    ],
    status: 'open',
    createdAt: '2027-02-20T10:00:00Z',
  };

  it('takes yes, if need be or no for every option', () => {
    expect(
      readPollAnswers(poll, 'sv', {
        [answerField('o1')]: 'yes',
        [answerField('o2')]: 'maybe',
        'answer.o9': 'no',
      }),
    ).toEqual({
      ok: true,
      answers: { o1: 'yes', o2: 'maybe' },
    });
  });

  it('asks for an answer to every option, and refuses anything else', () => {
    expect(readPollAnswers(poll, 'sv', { 'answer.o1': 'ja' })).toEqual({
      ok: false,
      errors: {
        'answer.o1': 'Svara ”ja”, ”om det behövs” eller ”nej”.',
        'answer.o2': 'Svara ”ja”, ”om det behövs” eller ”nej”.',
      },
    });
  });
});
