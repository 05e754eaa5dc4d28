import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { sessionChangeMail } from '#shared/mail/session-change-mail.ts';
import type { MergedProgramme } from '#shared/programme/merge-programme.ts';
import { picksOfEvent } from '#store/entities/agenda-pick.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { forgetPick } from '#store/transactions/agenda.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';
import { participantMailContext } from './participant-mail-context.ts';

/**
 * After a programme is saved: everyone confirmed with a changed or removed session on their agenda gets the change
 * by e-mail. Each notice's id names the session's new SEQUENCE, so saving again sends only what is new. The number
 * is of the people told: one with both slots of a move on their agenda gets two notices but counts once.
 */
export async function notifySessionChanges(
  context: AppContext,
  event: EventRecord,
  merge: Pick<MergedProgramme, 'changed' | 'removed'>,
): Promise<number> {
  const affected = new Map<string, { slot: ProgrammeSlot; change: 'changed' | 'removed' }>();
  for (const slot of merge.changed) affected.set(slot.id, { slot, change: 'changed' });
  // A withdrawal outranks the last version calendars hold of the session.
  for (const slot of merge.removed)
    affected.set(slot.id, { slot: { ...slot, sequence: (slot.sequence ?? 0) + 1 }, change: 'removed' });
  if (affected.size === 0) return 0;
  const registrations = new Map((await listRegistrations(context.table, event.id)).map((r) => [r.id, r]));
  const mail = await participantMailContext(context, event);
  const now = context.clock().toISOString();
  const told = new Set<string>();
  for (const pick of await picksOfEvent(context.table, event.id)) {
    const session = affected.get(pick.slotId);
    const registration = registrations.get(pick.registrationId);
    if (!session) continue;
    if (session.change === 'removed')
      await forgetPick(context.table, event.id, pick.registrationId, pick.slotId);
    if (registration?.status !== 'confirmed') continue;
    await queueMessageOnce(context.table, {
      id: `session-${session.change}:${registration.id}:${session.slot.id}:${session.slot.sequence ?? 0}`,
      eventId: event.id,
      reason: `session-${session.change}`,
      message: sessionChangeMail(session.change, mail, registration, session.slot),
      createdAt: now,
    });
    told.add(registration.id);
  }
  return told.size;
}
