import { describe, expect, it } from 'vitest';
import { readWallClockTime } from '#shared/forms/wall-clock-time.ts';
import { clockChangeMessagesFor } from '#shared/i18n/clock-change-messages.ts';

describe('a typed date and time of day in a zone', () => {
  it('is the instant it names', () => {
    expect(readWallClockTime('2027-03-28', '03:15', 'Europe/Stockholm')).toEqual({
      ok: true,
      instant: '2027-03-28T01:15:00Z',
    });
    expect(readWallClockTime('2027-10-31', '03:00', 'Europe/Oslo')).toEqual({
      ok: true,
      instant: '2027-10-31T02:00:00Z',
    });
  });

  it('is none on the night the clocks go forward, rather than an hour later', () => {
    expect(readWallClockTime('2027-03-28', '02:15', 'Europe/Stockholm')).toEqual({
      ok: false,
      reason: 'skipped',
    });
    // Chile goes forward at midnight, New York at 02:00 on the second Sunday of March.
    expect(readWallClockTime('2027-09-05', '00:30', 'America/Santiago')).toEqual({
      ok: false,
      reason: 'skipped',
    });
    expect(readWallClockTime('2027-03-14', '02:59', 'America/New_York')).toEqual({
      ok: false,
      reason: 'skipped',
    });
  });

  it('is none on the night the clocks go back, when it names two instants', () => {
    expect(readWallClockTime('2027-10-31', '02:30', 'Europe/Stockholm')).toEqual({
      ok: false,
      reason: 'repeated',
    });
    // Lord Howe Island goes back half an hour.
    expect(readWallClockTime('2027-04-04', '01:45', 'Australia/Lord_Howe')).toEqual({
      ok: false,
      reason: 'repeated',
    });
    expect(readWallClockTime('2027-10-31', '01:59', 'Europe/Stockholm').ok).toBe(true);
  });

  it('is none for a date that does not exist', () => {
    expect(readWallClockTime('2027-02-30', '10:00', 'Europe/Stockholm')).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('what a form says of such a time', () => {
  it('is that the clocks change that night, in Swedish, Norwegian and English', () => {
    expect(clockChangeMessagesFor('sv').skipped('2027-03-28', '02:15')).toBe(
      'Klockan ställs fram den natten: 02:15 den 28 mars 2027 finns inte. Välj en annan tid.',
    );
    expect(clockChangeMessagesFor('nb').repeated('2027-10-31', '02:30')).toBe(
      'Klokka stilles tilbake den natten: 02:30 den 31. oktober 2027 kommer to ganger. Velg et annet tidspunkt.',
    );
    expect(clockChangeMessagesFor('en').skipped('2027-03-28', '02:15')).toBe(
      'The clocks go forward that night: 02:15 on 28 March 2027 does not exist. Choose another time.',
    );
  });
});
