import {
  inProgrammeOrder,
  type ProgrammeSlot,
  type RetiredSlot,
  sequenceOfNewSlot,
} from '#shared/domain/programme-slot.ts';
import { type MergedProgramme, sameInCalendars, unusedId } from './merge-programme.ts';
import { type ProgrammeEvent, type ProgrammeProblem, programmeProblems } from './programme-rules.ts';

/**
 * One edit of the stored programme (a slot added, changed, moved or removed) as the merged programme that
 * `replaceProgramme` stores and `notifySessionChanges` tells participants of, so that calendars follow a single
 * slot's change exactly as they follow a pasted programme.
 */

/**
 * A new slot, under its id or, if a stored slot has that id, a variant of it no stored slot has; under an id an
 * earlier removal retired, its SEQUENCE goes on from that removal's.
 */
export function programmeWithNewSlot(
  stored: readonly ProgrammeSlot[],
  slot: ProgrammeSlot,
  retired: readonly RetiredSlot[],
): MergedProgramme {
  const id = unusedId(slot.id, new Set(stored.map(({ id }) => id)));
  const fresh = { ...slot, id, sequence: sequenceOfNewSlot(id, retired) };
  return {
    slots: inProgrammeOrder([...stored, fresh]),
    added: [fresh],
    changed: [],
    removed: [],
    resized: [],
  };
}

/** The stored slot as `revision` writes it; its id, materials and SEQUENCE are the store's. */
function revised(stored: ProgrammeSlot, revision: ProgrammeSlot): ProgrammeSlot {
  const { id, eventId, materials, sequence, ...written } = revision;
  const kept = { id: stored.id, eventId: stored.eventId, materials: stored.materials };
  return { ...kept, ...written, ...(stored.sequence !== undefined && { sequence: stored.sequence }) };
}

/**
 * Stored slots revised by id (a form's change, the two slots of a move): SEQUENCE one higher where a calendar
 * shows the difference, none where only the capacity or nothing changed. Revisions of no stored slot are ignored.
 */
export function programmeWithRevisedSlots(
  stored: readonly ProgrammeSlot[],
  revisions: readonly ProgrammeSlot[],
): MergedProgramme {
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  const changed: ProgrammeSlot[] = [];
  const resized: ProgrammeSlot[] = [];
  const slots = stored.map((slot) => {
    const revision = byId.get(slot.id);
    if (!revision) return slot;
    const next = revised(slot, revision);
    if (!sameInCalendars(slot, next)) {
      const updated = { ...next, sequence: (slot.sequence ?? 0) + 1 };
      changed.push(updated);
      return updated;
    }
    if (slot.capacity !== next.capacity) resized.push(next);
    return next;
  });
  return { slots: inProgrammeOrder(slots), added: [], changed, removed: [], resized };
}

export function programmeWithoutSlot(stored: readonly ProgrammeSlot[], slotId: string): MergedProgramme {
  return {
    slots: inProgrammeOrder(stored.filter(({ id }) => id !== slotId)),
    added: [],
    changed: [],
    removed: stored.filter(({ id }) => id === slotId),
    resized: [],
  };
}

/** How many slots the merge writes or deletes: each is in one of its lists. */
export function slotsTouched({ added, changed, removed, resized }: MergedProgramme): number {
  return added.length + changed.length + removed.length + resized.length;
}

/**
 * The programme rules the edit breaks. Only problems of the slots it adds or moves count: a programme stored
 * before a rule was kept (or before the event's time changed) must not stop an unrelated slot's edit.
 */
export function problemsOfEdit(event: ProgrammeEvent, merge: MergedProgramme): ProgrammeProblem[] {
  const edited = new Set([...merge.added, ...merge.changed].map(({ id }) => id));
  return programmeProblems(event, merge.slots).filter(({ slotIds }) => slotIds.some((id) => edited.has(id)));
}
