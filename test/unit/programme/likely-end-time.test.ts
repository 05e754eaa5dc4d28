import { describe, expect, it } from 'vitest';
import { likelyEndTime } from '#shared/programme/likely-end-time.ts';
import { readWrittenTime, type WrittenTime } from '#shared/programme/written-time.ts';

function time(text: string): WrittenTime {
  const read = readWrittenTime(text);
  if (!read) throw new Error(`Not a time: ${text}`);
  return read;
}

describe('the end time the organiser likely meant', () => {
  it('restores the start’s lost tens digit, as in the Trygghetsdag seed’s 13.30–3.35 before 13.35', () => {
    expect(likelyEndTime(time('13.30'), time('3.35'), time('13.35'))).toBe('13.35');
    expect(likelyEndTime(time('13.35'), time('4.15'), time('14.15'))).toBe('14.15');
  });

  it('reads an end on a twelve-hour clock as the afternoon', () => {
    expect(likelyEndTime(time('9.30'), time('1.00'))).toBe('13.00');
    expect(likelyEndTime(time('14.00'), time('11.00'))).toBe('23.00');
  });

  it('keeps the separator the organiser wrote, with two-digit hours', () => {
    expect(likelyEndTime(time('13:30'), time('4:15'))).toBe('14:15');
    expect(likelyEndTime(time('8.00'), time('9.30'))).toBe('21.30');
  });

  it('guesses nothing that would run past the next slot’s start', () => {
    expect(likelyEndTime(time('13.30'), time('3.35'), time('13.32'))).toBeUndefined();
    expect(likelyEndTime(time('9.30'), time('1.00'), time('12.00'))).toBeUndefined();
  });

  it('guesses nothing that would not fall after the start or within the day', () => {
    expect(likelyEndTime(time('14.00'), time('12.30'))).toBeUndefined();
    expect(likelyEndTime(time('23.00'), time('11.00'))).toBeUndefined();
  });

  it('tries the lost digit only when the end was written with one digit and the start has two', () => {
    expect(likelyEndTime(time('13.30'), time('03.35'))).toBe('15.35');
    expect(likelyEndTime(time('9.30'), time('8.45'))).toBe('20.45');
  });
});
