import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { vtimezoneOf } from '#shared/calendar/time-zone-definitions.ts';
import type { TimeZone } from '#shared/domain/event.ts';

const ZONES: TimeZone[] = ['Europe/Stockholm', 'Europe/Oslo'];

/** The zone as a calendar client builds it from our VTIMEZONE (ical.js's reading of its rules). */
function clientZone(zone: TimeZone): ICAL.Timezone {
  const text = vtimezoneOf(zone);
  if (!text) throw new Error(`no VTIMEZONE for ${zone}`);
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)));
}

/** The UTC offset in seconds a client gives a wall-clock time (`2027-03-28T03:30`) under our VTIMEZONE. */
function clientOffset(client: ICAL.Timezone, wall: DateTime): number {
  const { year, month, day, hour, minute } = wall;
  return client.utcOffset(new ICAL.Time({ year, month, day, hour, minute, second: 0 }, client));
}

/** The hour the clocks go back to is lived twice: its wall-clock time names two instants, both readings are right. */
function livedTwice(instant: DateTime, zone: TimeZone): boolean {
  const hour = instant.setZone(zone).hour;
  return [instant.minus({ hours: 1 }), instant.plus({ hours: 1 })].some(
    (neighbour) => neighbour.setZone(zone).hour === hour,
  );
}

describe('the VTIMEZONE of each of our zones', () => {
  it.each(ZONES)('gives every hour from 2020 to 2040 in %s the offset of the IANA database', (zone) => {
    const client = clientZone(zone);
    const differences: string[] = [];
    for (
      let instant = DateTime.fromISO('2020-01-01T00:00:00Z', { zone: 'utc' });
      instant.year < 2041;
      instant = instant.plus({ hours: 1 })
    ) {
      const wall = instant.setZone(zone);
      const offset = clientOffset(client, wall);
      if (offset !== wall.offset * 60 && !livedTwice(instant, zone))
        differences.push(`${wall.toISO()}: ${offset}`);
    }
    expect(differences).toEqual([]);
  });

  it('has summer time from the last Sunday of March to the last Sunday of October', () => {
    const client = clientZone('Europe/Stockholm');
    const at = (wall: string) =>
      clientOffset(client, DateTime.fromISO(wall, { zone: 'Europe/Stockholm' })) / 3600;
    expect([at('2027-03-28T01:30'), at('2027-03-28T03:30')]).toEqual([1, 2]);
    expect([at('2027-10-31T01:30'), at('2027-10-31T03:30')]).toEqual([2, 1]);
  });

  it('names its zone in TZID and gives nothing for a zone we do not use', () => {
    for (const zone of ZONES) expect(vtimezoneOf(zone)).toContain(`\r\nTZID:${zone}\r\n`);
    expect(vtimezoneOf('America/New_York')).toBeNull();
    expect(vtimezoneOf('toString')).toBeNull();
  });
});
