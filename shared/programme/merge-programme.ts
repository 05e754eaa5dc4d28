import type { Person } from '#shared/domain/event.ts';
import {
  inProgrammeOrder,
  type ProgrammeSlot,
  type RetiredSlot,
  sequenceOfNewSlot,
} from '#shared/domain/programme-slot.ts';

export interface MergedProgramme {
  /** The programme to store: the imported slots, under the ids and with the materials of the stored slots they match. */
  slots: ProgrammeSlot[];
  /** Imported slots that match no stored one: an id no stored slot has, SEQUENCE 0 or above its retired id's. */
  added: ProgrammeSlot[];
  /** Stored slots whose calendar entries change: SEQUENCE one higher than stored. */
  changed: ProgrammeSlot[];
  /** Stored slots the import leaves out. */
  removed: ProgrammeSlot[];
  /**
   * Stored slots whose session capacity alone changes (a slot in `changed` takes its new capacity with it). A
   * calendar does not show the capacity, so it raises no SEQUENCE; the text cannot write it, so an import resizes
   * nothing.
   */
  resized: ProgrammeSlot[];
}

type Match = (stored: ProgrammeSlot, imported: ProgrammeSlot) => boolean;

const titleKey = (title: string) => title.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, '');
const sameTitle: Match = (a, b) => titleKey(a.title) === titleKey(b.title);
const sameInstant = (a?: string, b?: string) =>
  a === b || (a !== undefined && b !== undefined && Date.parse(a) === Date.parse(b));
const sameStart: Match = (a, b) => sameInstant(a.startsAt, b.startsAt);

const samePerson = (a: Person, b: Person | undefined) =>
  a.name === b?.name && a.title === b.title && a.organisation === b.organisation;

/** What an entry in a calendar shows of a slot; materials and the session's capacity are not in it. */
export function sameInCalendars(a: ProgrammeSlot, b: ProgrammeSlot): boolean {
  return (
    sameStart(a, b) &&
    sameInstant(a.endsAt, b.endsAt) &&
    a.title === b.title &&
    (a.description ?? '') === (b.description ?? '') &&
    a.kind === b.kind &&
    a.track === b.track &&
    a.speakers.length === b.speakers.length &&
    a.speakers.every((speaker, index) => samePerson(speaker, b.speakers[index]))
  );
}

/** Each imported slot with the stored slot it continues, both taken in programme order. */
function pairs(stored: ProgrammeSlot[], imported: ProgrammeSlot[]): Map<ProgrammeSlot, ProgrammeSlot> {
  const paired = new Map<ProgrammeSlot, ProgrammeSlot>();
  const unpaired = new Set(stored);
  const pairBy = (match: Match) => {
    for (const slot of imported.filter((each) => !paired.has(each))) {
      const found = [...unpaired].find((candidate) => match(candidate, slot));
      if (found) {
        paired.set(slot, found);
        unpaired.delete(found);
      }
    }
  };
  // A title can recur (a day has several called Paus): where title and start both match the pair is
  // certain, so those go first and a moved break takes the id of the break that is gone.
  pairBy((a, b) => sameTitle(a, b) && sameStart(a, b));
  pairBy(sameTitle);
  pairBy(sameStart);
  return paired;
}

/**
 * The stored slot with what the imported one says: the text writes times, kind, title, description and
 * speakers, and what it cannot write (materials, a track, a session's capacity) stays as stored.
 */
function continued(stored: ProgrammeSlot, imported: ProgrammeSlot): ProgrammeSlot {
  const { endsAt, description, ...lasting } = stored;
  const { id, materials, sequence, track, ...written } = imported;
  return { ...lasting, ...written, ...(track !== undefined && { track }) };
}

/** `id`, or `id-2`, `id-3`… if `taken` has it; the id given is added to `taken`. */
export function unusedId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${id}-${suffix}`;
  taken.add(candidate);
  return candidate;
}

/**
 * An imported programme laid over the stored one so that calendars can follow it: the slot UID is built
 * from the slot id, so a slot that was moved (same title) or renamed (same start) keeps its id and what
 * the text cannot say; its SEQUENCE rises by one if anything a calendar shows has changed. A new slot under an id
 * removed by an earlier save (`retired`) goes on from that id's last SEQUENCE.
 */
export function mergeProgramme(
  existing: ProgrammeSlot[],
  imported: ProgrammeSlot[],
  retired: readonly RetiredSlot[],
): MergedProgramme {
  const ordered = inProgrammeOrder(imported);
  const paired = pairs(inProgrammeOrder(existing), ordered);
  // Removed ids count as taken too: calendars have cancelled their UIDs and would ignore them at SEQUENCE 0.
  const taken = new Set(existing.map(({ id }) => id));
  const added: ProgrammeSlot[] = [];
  const changed: ProgrammeSlot[] = [];
  const slots = ordered.map((slot) => {
    const stored = paired.get(slot);
    if (!stored) {
      const id = unusedId(slot.id, taken);
      const fresh = { ...slot, id, sequence: sequenceOfNewSlot(id, retired) };
      added.push(fresh);
      return fresh;
    }
    const kept = continued(stored, slot);
    if (sameInCalendars(stored, kept)) return kept;
    const updated = { ...kept, sequence: (stored.sequence ?? 0) + 1 };
    changed.push(updated);
    return updated;
  });
  const matched = new Set(paired.values());
  const removed = existing.filter((slot) => !matched.has(slot));
  return { slots, added, changed, removed, resized: [] };
}
