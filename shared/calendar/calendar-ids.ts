/** Stable iCalendar UIDs: the same thing keeps its UID in every file and feed, so calendars replace rather than duplicate it. */

const UID_DOMAIN = 'traffpunkt.se';

export function eventUid(eventId: string): string {
  return `${eventId}@${UID_DOMAIN}`;
}

export function slotUid(eventId: string, slotId: string): string {
  return `${eventId}.${slotId}@${UID_DOMAIN}`;
}

export function meetingUid(eventId: string, meetingNumber: number): string {
  return `${eventId}.meeting-${meetingNumber}@${UID_DOMAIN}`;
}
