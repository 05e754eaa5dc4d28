import { describe, expect, it } from 'vitest';
import {
  CLOCK_PATTERN,
  clock,
  isTimeOfDay,
  readWrittenTime,
  writtenTime,
} from '#shared/programme/written-time.ts';

describe('a written time', () => {
  it('is hours and minutes with a full stop or a colon, as written', () => {
    expect(readWrittenTime('10.05')).toEqual({ hours: 10, minutes: 5, written: '10.05' });
    expect(readWrittenTime('9:30')).toEqual({ hours: 9, minutes: 30, written: '9:30' });
    expect(readWrittenTime('3.35')).toEqual({ hours: 3, minutes: 35, written: '3.35' });
  });

  it('is none unless the whole text is one', () => {
    for (const text of ['1005', '10.5', '10,05', '10.05 Paus', 'kl. 10.05', '100.05', '10.055', ''])
      expect(readWrittenTime(text)).toBeUndefined();
  });

  it('is what a match found, without the dash and spaces that led up to it', () => {
    const match = new RegExp(`\\s*–\\s*${CLOCK_PATTERN}`).exec('10.05 – 10.30 Öppna drogscener');
    if (!match) throw new Error('no match');
    expect(writtenTime(match)).toEqual({ hours: 10, minutes: 30, written: '10.30' });
  });
});

describe('a time of day', () => {
  it('runs from 0.00 to 23.59', () => {
    expect(isTimeOfDay({ hours: 0, minutes: 0, written: '0.00' })).toBe(true);
    expect(isTimeOfDay({ hours: 23, minutes: 59, written: '23.59' })).toBe(true);
    expect(isTimeOfDay({ hours: 24, minutes: 0, written: '24.00' })).toBe(false);
    expect(isTimeOfDay({ hours: 10, minutes: 60, written: '10.60' })).toBe(false);
  });

  it('is written with two digits each for slot ids and instants', () => {
    expect(clock({ hours: 9, minutes: 5, written: '9.05' })).toBe('09:05');
    expect(clock({ hours: 13, minutes: 30, written: '13.30' })).toBe('13:30');
  });
});
