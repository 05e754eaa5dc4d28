import type { AppContext } from '#context/app-context.ts';
import { notifySessionChanges } from '#operations/participants/session-change-notices.ts';
import type { AuditAction } from '#shared/domain/audit-entry.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Material, ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import type { MergedProgramme } from '#shared/programme/merge-programme.ts';
import { slotWhen } from '#shared/programme/slot-when.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { addMaterial, replaceProgramme } from '#store/transactions/programme.ts';
import { type AuditChange, auditWrites, eventChange } from './audit-trail.ts';

/**
 * A slot's change as the audit trail names it: the slot by its title, under an id unique on the trail
 * (`<eventId>/<slotId>`), and in which event and when it lies (or lay), in `language`.
 */
export function slotChange(
  action: AuditAction,
  slot: ProgrammeSlot,
  event: EventRecord,
  language: Language,
): AuditChange {
  return {
    action,
    target: { kind: 'slot', id: `${event.id}/${slot.id}`, label: slot.title },
    detail: `${event.title}, ${slotWhen(slot, event, language)}`,
  };
}

/** The programme as saved, and how many participants were told of a change to a session they picked. */
export interface SavedProgramme {
  page: EventPage;
  told: number;
}

/**
 * Stores an organiser's change of the programme with its entry in the audit trail (in the same transaction), then
 * tells the participants who picked a changed or removed session. Undefined when a slot changed meanwhile (or a
 * new capacity no longer fits its picks), and then nothing is stored. `page` is the page as read, which `merge` was
 * made from.
 */
export async function saveProgrammeChange(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  merge: MergedProgramme,
  change?: AuditChange,
): Promise<SavedProgramme | undefined> {
  const audit = change ? await auditWrites(context, organiser, change, page.event) : [];
  if (!(await replaceProgramme(context.table, page.event.id, page.slots, merge, audit))) return undefined;
  // From the merge rather than read again: the save wrote just that programme (slides a colleague added meanwhile
  // show on the next read).
  const saved = { ...page, slots: merge.slots };
  return { page: saved, told: await notifySessionChanges(context, page.event, merge) };
}

/** Adds a material (a title and a link) to one slot, audited; false when the slot is gone. */
export async function addSlotMaterial(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
  slotId: string,
  material: Material,
): Promise<boolean> {
  const audit = await auditWrites(
    context,
    organiser,
    eventChange(event, 'material-added', material.title),
    event,
  );
  return addMaterial(context.table, event.id, slotId, material, audit);
}
