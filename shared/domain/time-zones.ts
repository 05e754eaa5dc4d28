import type { TimeZone } from './event.ts';

/**
 * Every zone of the IANA database the runtime knows (Intl's list, canonical names): an event may be held in any of
 * them, since each gets its VTIMEZONE from the same data (`shared/calendar/time-zone-definitions.ts`).
 */
export const TIME_ZONES: readonly TimeZone[] = Intl.supportedValuesOf('timeZone');

const KNOWN = new Set<string>(TIME_ZONES);

/** Whether a form's or a request's value names one of those zones. */
export function isTimeZone(value: unknown): value is TimeZone {
  return typeof value === 'string' && KNOWN.has(value);
}
