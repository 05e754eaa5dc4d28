import { DateTime } from 'luxon';
import type { EventRecord, TimeZone } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';

/** Next year's same weekday: what "the same event next year" means to organisers of a Thursday conference. */
export const WEEKS_TO_NEXT_YEAR = 52;

/** A new edition before it has an id: the event and its parts, each as the draft will store it. */
export interface Edition {
  event: Omit<EventRecord, 'id' | 'organisationId' | 'status'>;
  slots: Omit<ProgrammeSlot, 'eventId'>[];
  meetings: Omit<Meeting, 'eventId'>[];
}

/**
 * An instant moved by whole weeks on the wall clock of `zone`: 10.00 in February is 10.00 a year later, even when
 * the weeks cross a change to or from summer time.
 */
export function movedByWeeks(instant: string, weeks: number, zone: TimeZone): string {
  return (
    DateTime.fromISO(instant, { zone }).plus({ weeks }).toUTC().toISO({ suppressMilliseconds: true }) ??
    instant
  );
}

/** "Trygghetsdag 2027 – …" becomes "Trygghetsdag 2028 – …" when the edition falls in 2028; other titles stay. */
function titleFor(title: string, from: string, to: string, zone: TimeZone): string {
  const [was, is] = [from, to].map((instant) => String(DateTime.fromISO(instant, { zone }).year));
  return was === is ? title : title.replace(new RegExp(`(?<!\\d)${was}(?!\\d)`, 'g'), is as string);
}

/**
 * The next edition of an event: its texts, contacts, programme, questions and settings as they are, every date moved
 * by `weeks` (the event, its programme, its registration window and its dated meetings), the year in its title
 * changed with them. What belonged to the old edition stays with it: the status, the calendars' SEQUENCE, the
 * decisions, cancelled meetings. Co-organisers are kept only on the organisation's own event: another
 * organisation's choice of partners is not ours to repeat.
 */
export function nextEdition(
  source: { event: EventRecord; slots: readonly ProgrammeSlot[]; meetings: readonly Meeting[] },
  weeks: number,
  organisationId: string,
): Edition {
  const {
    id,
    organisationId: owner,
    status,
    sequence,
    version,
    decisionsSentAt,
    coOrganiserIds,
    ...kept
  } = source.event;
  const zone = kept.timeZone;
  const move = (instant: string) => movedByWeeks(instant, weeks, zone);
  const startsAt = move(kept.startsAt);
  const event: Edition['event'] = {
    ...kept,
    title: titleFor(kept.title, kept.startsAt, startsAt, zone),
    startsAt,
    endsAt: move(kept.endsAt),
    ...(kept.registrationOpensAt ? { registrationOpensAt: move(kept.registrationOpensAt) } : {}),
    ...(kept.registrationClosesAt ? { registrationClosesAt: move(kept.registrationClosesAt) } : {}),
    ...(owner === organisationId && coOrganiserIds ? { coOrganiserIds } : {}),
    sequence: 0,
    editionOf: id,
  };
  const slots = source.slots.map(({ eventId, sequence: slotSequence, ...slot }) => ({
    ...slot,
    startsAt: move(slot.startsAt),
    ...(slot.endsAt ? { endsAt: move(slot.endsAt) } : {}),
  }));
  const meetings = source.meetings
    .filter((meeting) => !meeting.cancelled)
    .sort((a, b) => a.number - b.number)
    .map(({ eventId, cancelled, ...meeting }, index) => ({
      ...meeting,
      number: index + 1,
      sequence: 0,
      ...(meeting.startsAt ? { startsAt: move(meeting.startsAt) } : {}),
      ...(meeting.endsAt ? { endsAt: move(meeting.endsAt) } : {}),
    }));
  return { event, slots, meetings };
}
