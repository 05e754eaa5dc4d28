import ICAL from 'ical.js';
import { expect } from 'vitest';

const CRLF = Buffer.from('\r\n');
const MAX_LINE_OCTETS = 75;

/**
 * Checks a calendar the way strict clients read it, byte by byte (RFC 5545, 3.1), then parses it with ical.js:
 * every line ends in CRLF and holds at most 75 octets of whole UTF-8 characters, every DTSTAMP is UTC,
 * and every TZID has its VTIMEZONE.
 */
export function readCalendar(text: string): ICAL.Component {
  expect(text, 'no lone UTF-16 surrogate, the trace of a split emoji').not.toMatch(/\p{Cs}/u);
  // Problems are gathered and compared once: an expect per line would make checking hundreds of calendars slow.
  const problems: string[] = [];
  const bytes = Buffer.from(text, 'utf-8');
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let lineEnd = bytes.indexOf(CRLF); lineEnd !== -1; lineEnd = bytes.indexOf(CRLF, lineStart)) {
    const line = bytes.subarray(lineStart, lineEnd);
    const shown = line.toString('utf-8');
    if (line.includes('\r') || line.includes('\n')) problems.push(`a bare CR or LF: ${shown}`);
    if (line.length > MAX_LINE_OCTETS) problems.push(`${line.length} octets: ${shown}`);
    try {
      strictUtf8.decode(line);
    } catch {
      problems.push(`a character cut in two: ${shown}`);
    }
    lineStart = lineEnd + CRLF.length;
  }
  if (lineStart !== bytes.length) problems.push('the last line does not end in CRLF');

  const logicalLines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  for (const stamp of logicalLines.filter((line) => line.startsWith('DTSTAMP'))) {
    if (!/^DTSTAMP:\d{8}T\d{6}Z$/.test(stamp)) problems.push(`not in UTC: ${stamp}`);
  }
  expect(problems).toEqual([]);
  const usedZones = new Set(logicalLines.flatMap((line) => line.match(/;TZID=([^;:]+)/)?.[1] ?? []));
  const definedZones = logicalLines.filter((line) => line.startsWith('TZID:')).map((line) => line.slice(5));
  expect(definedZones.sort()).toEqual([...usedZones].sort());

  return new ICAL.Component(ICAL.parse(text));
}

export function vevents(calendar: ICAL.Component): ICAL.Component[] {
  return calendar.getAllSubcomponents('vevent');
}

/** The one VEVENT of an invite or a session's calendar. */
export function onlyVevent(calendar: ICAL.Component): ICAL.Component {
  const [vevent, ...others] = vevents(calendar);
  expect(others).toEqual([]);
  if (!vevent) throw new Error('No VEVENT');
  return vevent;
}

/** DTSTART as an instant, read through the calendar's own VTIMEZONE. */
export function startInstant(vevent: ICAL.Component): string {
  return new ICAL.Event(vevent).startDate.toJSDate().toISOString();
}

export function endInstant(vevent: ICAL.Component): string {
  return new ICAL.Event(vevent).endDate.toJSDate().toISOString();
}
