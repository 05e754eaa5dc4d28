import type { Venue } from './event.ts';

/** One meeting of a working group's series. A meeting without `startsAt` is "to be decided". */
export interface Meeting {
  eventId: string;
  number: number;
  startsAt?: string;
  endsAt?: string;
  venue: Venue;
  agenda?: string;
  /** Raised on every change so that calendars replace their copy (RFC 5545 SEQUENCE). */
  sequence: number;
}

export function isScheduled(meeting: Meeting): meeting is Meeting & { startsAt: string; endsAt: string } {
  return meeting.startsAt !== undefined && meeting.endsAt !== undefined;
}
