import type { EventRecord, Person } from './event.ts';

export const SLOT_KINDS = [
  'talk',
  'break',
  'lunch',
  'dinner',
  'panel',
  'group-work',
  'plenary',
  'other',
] as const;

export type SlotKind = (typeof SLOT_KINDS)[number];

export interface Material {
  title: string;
  url: string;
}

export interface ProgrammeSlot {
  id: string;
  eventId: string;
  startsAt: string;
  endsAt?: string;
  kind: SlotKind;
  title: string;
  description?: string;
  speakers: Person[];
  track?: string;
  materials: Material[];
  /** A session with its own limit: participants pick it for their agenda until it is full. */
  capacity?: number;
  /** Raised on every change to the slot that calendars must follow (RFC 5545 SEQUENCE). */
  sequence?: number;
}

/**
 * A slot id that left the programme, with the SEQUENCE its calendars last got: the CANCEL of its removal. A slot
 * added again under the id goes on from there (`sequenceOfNewSlot`).
 */
export interface RetiredSlot {
  slotId: string;
  sequence: number;
}

/** The SEQUENCE a slot's CANCEL carries: one above the version calendars hold. */
export function withdrawnSequence(slot: Pick<ProgrammeSlot, 'sequence'>): number {
  return (slot.sequence ?? 0) + 1;
}

/**
 * The SEQUENCE calendars hold for a slot. Cancelling the event cancels each slot without writing it (a programme may
 * be larger than a transaction); its SEQUENCE then goes one up like the event's, so that the cancelled entry in
 * feeds, downloads and CANCELs replaces the one held.
 */
export function slotSequence(
  slot: Pick<ProgrammeSlot, 'sequence'>,
  event: Pick<EventRecord, 'status'>,
): number {
  return event.status === 'cancelled' ? withdrawnSequence(slot) : (slot.sequence ?? 0);
}

/** A new slot's SEQUENCE: 0, or one above the CANCEL its id was retired with. */
export function sequenceOfNewSlot(slotId: string, retired: readonly RetiredSlot[]): number {
  const last = retired.find((slot) => slot.slotId === slotId);
  return last ? last.sequence + 1 : 0;
}

/** Breaks and lunch: in the programme, but not sessions to add to a calendar or an agenda. */
export function isPause(slot: Pick<ProgrammeSlot, 'kind'>): boolean {
  return slot.kind === 'break' || slot.kind === 'lunch';
}

/** A moment marked in the programme ("Slutt dag 1"): no end and no kind of its own, so nothing to attend. */
export function isMarker(slot: Pick<ProgrammeSlot, 'kind' | 'endsAt'>): boolean {
  return slot.kind === 'other' && slot.endsAt === undefined;
}

/** What a participant attends and may put in a calendar or an agenda: neither a pause nor a marker. */
export function isSession(slot: Pick<ProgrammeSlot, 'kind' | 'endsAt'>): boolean {
  return !isPause(slot) && !isMarker(slot);
}

/** Slots in the order a programme is read: by start, then by track. */
export function inProgrammeOrder(slots: readonly ProgrammeSlot[]): ProgrammeSlot[] {
  return [...slots].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || (a.track ?? '').localeCompare(b.track ?? ''),
  );
}

/** "Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten": a speaker as the programme and calendars show them. */
export function speakerText(speaker: Person): string {
  return [speaker.name, speaker.title, speaker.organisation].filter(Boolean).join(', ');
}
