import type { EventRecord, Language } from '#shared/domain/event.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';

/** Whether the next sign-up goes on the waiting list: no seat is left and the event keeps a list. */
export const joinsWaitingList = (event: EventRecord, seatsLeft: number | undefined) =>
  seatsLeft === 0 && event.waitingListEnabled !== false;

/** Before someone joins a full event's waiting list: that it is full, and how places are given when they free up. */
export function WaitingListNote({ event, language }: { event: EventRecord; language: Language }) {
  const t = participantMessagesFor(language);
  return (
    <p class="notice">
      {t.waitingListFull} {t.waitingListHow(event.offerHours)}
    </p>
  );
}
