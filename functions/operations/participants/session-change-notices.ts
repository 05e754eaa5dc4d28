import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { type ProgrammeSlot, withdrawnSequence } from '#shared/domain/programme-slot.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { sessionChangeMail } from '#shared/mail/session-change-mail.ts';
import type { MergedProgramme } from '#shared/programme/merge-programme.ts';
import { picksOfEvent } from '#store/entities/agenda-pick.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { heldSessionInvites } from '#store/entities/session-invite.ts';
import { forgetPick } from '#store/transactions/agenda.ts';
import { queueSessionCancelOnce, queueSessionRequestOnce } from '#store/transactions/session-invites.ts';
import { participantMailContext } from './participant-mail-context.ts';

interface Affected {
  slot: ProgrammeSlot;
  change: 'changed' | 'removed';
}

/**
 * After a programme is saved: everyone confirmed with a changed or removed session on their agenda gets the change
 * by e-mail, and so does anyone still holding the invite of a removed session they took off their agenda (its
 * CANCEL is the only thing that takes it out of their calendar). Each notice's id names the SEQUENCE it carries, so
 * saving again sends only what is new. The number is of the people told: one with both slots of a move on their
 * agenda gets two notices but counts once.
 */
export async function notifySessionChanges(
  context: AppContext,
  event: EventRecord,
  merge: Pick<MergedProgramme, 'changed' | 'removed'>,
): Promise<number> {
  const affected = new Map<string, Affected>();
  for (const slot of merge.changed) affected.set(slot.id, { slot, change: 'changed' });
  for (const slot of merge.removed) affected.set(slot.id, { slot, change: 'removed' });
  if (affected.size === 0) return 0;
  const registrations = new Map((await listRegistrations(context.table, event.id)).map((r) => [r.id, r]));
  const notices = new Map<string, { registration: Registration; session: Affected }>();
  const notify = (registration: Registration | undefined, session: Affected | undefined) => {
    if (registration && session)
      notices.set(`${registration.id} ${session.slot.id}`, { registration, session });
  };
  for (const pick of await picksOfEvent(context.table, event.id)) {
    const session = affected.get(pick.slotId);
    if (session?.change === 'removed')
      await forgetPick(context.table, event.id, pick.registrationId, pick.slotId);
    const registration = registrations.get(pick.registrationId);
    if (registration?.status === 'confirmed') notify(registration, session);
  }
  for (const invite of await heldSessionInvites(context.table, event.id)) {
    const session = affected.get(invite.slotId);
    if (session?.change === 'removed') notify(registrations.get(invite.registrationId), session);
  }

  const mail = await participantMailContext(context, event);
  const { expiresAt } = erasureTimes(event, mail.organisation);
  const now = context.clock().toISOString();
  for (const { registration, session } of notices.values()) {
    const { slot, change } = session;
    const sequence = change === 'removed' ? withdrawnSequence(slot) : (slot.sequence ?? 0);
    const intent = {
      id: `session-${change}:${registration.id}:${slot.id}:${sequence}`,
      eventId: event.id,
      reason: `session-${change}`,
      message: sessionChangeMail(change, mail, registration, slot),
      createdAt: now,
    };
    const invite = { eventId: event.id, registrationId: registration.id, slotId: slot.id };
    if (change === 'changed') await queueSessionRequestOnce(context.table, intent, invite, expiresAt);
    else await queueSessionCancelOnce(context.table, intent, invite);
  }
  return new Set([...notices.values()].map(({ registration }) => registration.id)).size;
}
