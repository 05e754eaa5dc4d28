import { describe, expect, it } from 'vitest';
import { localDateAndTime, readTimeSpan } from '#shared/forms/time-span-fields.ts';
import { clockChangeMessagesFor } from '#shared/i18n/clock-change-messages.ts';

const TEXTS = {
  date: 'Ange datumet som åååå-mm-dd.',
  time: 'Ange tiden som tt:mm.',
  order: 'Sluttiden måste ligga efter starttiden.',
  past: 'Tiden har redan varit.',
  ...clockChangeMessagesFor('sv'),
};
const NAMES = { date: 'options.0.date', startTime: 'options.0.startTime', endTime: 'options.0.endTime' };

const span = (date: string, startTime: string, endTime: string, notBefore?: Date) =>
  readTimeSpan('Europe/Stockholm', TEXTS, NAMES, { date, startTime, endTime }, notBefore);

describe('reading a time span', () => {
  it('reads a date and two times of day as wall-clock time in the event’s zone', () => {
    expect(span('2027-03-09', '09:00', '12:00')).toEqual({
      ok: true,
      startsAt: '2027-03-09T08:00:00Z',
      endsAt: '2027-03-09T11:00:00Z',
    });
    expect(span(' 2027-06-09 ', ' 09:00', '12:00 ')).toEqual({
      ok: true,
      startsAt: '2027-06-09T07:00:00Z',
      endsAt: '2027-06-09T10:00:00Z',
    });
  });

  it('reads the same wall-clock time in Oslo as in Stockholm', () => {
    const oslo = readTimeSpan('Europe/Oslo', TEXTS, NAMES, {
      date: '2027-03-09',
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(oslo).toEqual(span('2027-03-09', '09:00', '12:00'));
  });

  it('refuses a date that is not one, under the date field', () => {
    for (const date of ['2027-02-30', '9/3/2027', '2027-3-9', ''])
      expect(span(date, '09:00', '12:00')).toMatchObject({
        ok: false,
        errors: { 'options.0.date': TEXTS.date },
      });
  });

  it('refuses a time of day that is not one, under its own field', () => {
    expect(span('2027-03-09', '9:00', '12:00')).toEqual({
      ok: false,
      errors: { 'options.0.startTime': TEXTS.time },
    });
    expect(span('2027-03-09', '09:00', '25:00')).toEqual({
      ok: false,
      errors: { 'options.0.endTime': TEXTS.time },
    });
    expect(span('2027-03-09', '09.00', '12:60')).toEqual({
      ok: false,
      errors: { 'options.0.startTime': TEXTS.time, 'options.0.endTime': TEXTS.time },
    });
  });

  it('refuses an end that does not come after the start', () => {
    expect(span('2027-03-09', '12:00', '09:00')).toEqual({
      ok: false,
      errors: { 'options.0.endTime': TEXTS.order },
    });
    expect(span('2027-03-09', '12:00', '12:00')).toEqual({
      ok: false,
      errors: { 'options.0.endTime': TEXTS.order },
    });
  });

  it('refuses a start that has already come, when asked to', () => {
    const now = new Date('2027-03-09T08:00:00Z');
    expect(span('2027-03-09', '09:00', '12:00', now)).toEqual({
      ok: false,
      errors: { 'options.0.date': TEXTS.past },
    });
    expect(span('2027-03-08', '10:00', '12:00', now)).toEqual({
      ok: false,
      errors: { 'options.0.date': TEXTS.past },
    });
    expect(span('2027-03-09', '09:01', '12:00', now)).toMatchObject({
      ok: true,
      startsAt: '2027-03-09T08:01:00Z',
    });
  });

  it('refuses a time the clocks skip or repeat that night, under its own field, saying so', () => {
    expect(span('2027-03-28', '02:15', '04:00')).toEqual({
      ok: false,
      errors: { 'options.0.startTime': TEXTS.skipped('2027-03-28', '02:15') },
    });
    expect(span('2027-10-31', '01:00', '02:30')).toEqual({
      ok: false,
      errors: { 'options.0.endTime': TEXTS.repeated('2027-10-31', '02:30') },
    });
  });

  it('spans the night the clocks go forward by the hours that pass, not the hours on the clock', () => {
    expect(span('2027-03-28', '01:00', '04:00')).toEqual({
      ok: true,
      startsAt: '2027-03-28T00:00:00Z',
      endsAt: '2027-03-28T02:00:00Z',
    });
  });
});

describe('the form values of an instant', () => {
  it('are its local date and time of day, in winter and in summer', () => {
    expect(localDateAndTime('2027-03-09T08:00:00Z', 'Europe/Stockholm')).toEqual({
      date: '2027-03-09',
      time: '09:00',
    });
    expect(localDateAndTime('2027-06-09T22:30:00Z', 'Europe/Oslo')).toEqual({
      date: '2027-06-10',
      time: '00:30',
    });
  });

  it('read back to the same instants', () => {
    const read = span('2027-10-12', '18:30', '20:00');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const start = localDateAndTime(read.startsAt, 'Europe/Stockholm');
    const end = localDateAndTime(read.endsAt, 'Europe/Stockholm');
    expect(span(start.date, start.time, end.time)).toEqual(read);
  });
});
