import type { EventRecord, Venue } from './event.ts';

/** A document or page the organisers hand out for a meeting: its name and where to find it. */
export interface MeetingMaterial {
  title: string;
  url: string;
}

/** One meeting of a working group's series. A meeting without `startsAt` is "to be decided". */
export interface Meeting {
  eventId: string;
  number: number;
  startsAt?: string;
  endsAt?: string;
  venue: Venue;
  agenda?: string;
  materials?: MeetingMaterial[];
  /** A cancelled meeting keeps its number and date, so calendars can show it as cancelled rather than lose it. */
  cancelled?: boolean;
  /** Raised on every change so that calendars replace their copy (RFC 5545 SEQUENCE). */
  sequence: number;
}

export type ScheduledMeeting = Meeting & { startsAt: string; endsAt: string };

export function isScheduled(meeting: Meeting): meeting is ScheduledMeeting {
  return meeting.startsAt !== undefined && meeting.endsAt !== undefined;
}

/**
 * The SEQUENCE calendars hold for a meeting. Cancelling a whole working group cancels each of its meetings without
 * writing them; one more than a still-standing meeting's own makes that CANCEL replace the invite members hold.
 */
export function meetingSequence(meeting: Meeting, group: Pick<EventRecord, 'status'>): number {
  return group.status === 'cancelled' && !meeting.cancelled ? meeting.sequence + 1 : meeting.sequence;
}
